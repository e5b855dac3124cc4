import { randomUUID } from 'node:crypto';
import { runSql } from '@effekt/api';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const MARKER = 'run_sql_marker';

describe('runSql', () => {
  it('binds `?` values as parameters, in order and with their types', async () => {
    const [row] = await runSql<{ text: string; number: number; at: string; none: null }[]>(
      api.orm.em.fork(),
      'select ?::text as text, ?::int as number, ?::timestamptz as at, ?::text as none',
      ["it's ? not a placeholder", 42, new Date('2026-11-29T12:00:00.123Z'), null],
    );
    expect(row).toMatchObject({ text: "it's ? not a placeholder", number: 42, none: null });
    // Timestamps come back as text, as the ORM's driver settings parse them everywhere.
    expect(new Date(row?.at ?? '').toISOString()).toBe('2026-11-29T12:00:00.123Z');
  });

  it('sends a named statement, which PostgreSQL keeps prepared on the connection', async () => {
    await api.orm.em.fork().transactional(async (tx) => {
      await runSql(tx, `select ? as ${MARKER}`, ['x']);
      const prepared = await runSql<{ n: number }[]>(
        tx,
        "select count(*)::int as n from pg_prepared_statements where statement like ? and not from_sql and name like 'effekt_%'",
        [`%${MARKER}%`],
      );
      expect(prepared[0]?.n).toBe(1);
    });
  });

  it('runs inside the EntityManager’s transaction: it sees that transaction’s own writes', async () => {
    const email = `run-sql-${randomUUID()}@example.org`;
    await api.orm.em
      .fork()
      .transactional(async (tx) => {
        const [organisation] = await runSql<{ id: string }[]>(tx, 'select id from organisation limit 1');
        await runSql(
          tx,
          `insert into app_user (id, email, name, password_hash, organisation_id, is_org_admin, created_at)
           values (gen_random_uuid(), ?, 'Run Sql', 'x', ?, false, now())`,
          [email, organisation?.id],
        );
        const inside = await runSql<unknown[]>(tx, 'select 1 from app_user where email = ?', [email]);
        expect(inside).toHaveLength(1);
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    const after = await runSql<unknown[]>(api.orm.em.fork(), 'select 1 from app_user where email = ?', [
      email,
    ]);
    expect(after).toHaveLength(0);
  });

  it('reports database errors as the ORM’s exceptions', async () => {
    const em = api.orm.em.fork();
    const [user] = await runSql<{ id: string }[]>(em, 'select id from app_user limit 1');
    await expect(
      runSql(
        em,
        'insert into app_user (id, email, name, password_hash, organisation_id) select id, email, name, password_hash, organisation_id from app_user where id = ?',
        [user?.id],
      ),
    ).rejects.toBeInstanceOf(UniqueConstraintViolationException);
  });

  it('refuses values that do not match the placeholders', async () => {
    await expect(runSql(api.orm.em.fork(), 'select ? as a, ? as b', [1])).rejects.toThrow(
      /2 placeholders but 1 values/,
    );
  });
});
