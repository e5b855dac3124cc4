import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/** What the pg driver's connection offers; the ORM's knex hands out these. */
interface PgConnection {
  query(
    statement: string | { name: string; text: string; values: readonly unknown[] },
    values?: readonly unknown[],
  ): Promise<{ rows: unknown[] }>;
}

interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<void>;
}

/**
 * Where the EntityManager's statements go: its transaction's connection inside one, otherwise
 * the ORM's pool. Knex types neither; this is the one place that reaches past them.
 */
export function connectionsOf(em: EntityManager): KnexClient {
  const transaction = em.getTransactionContext<{ client: KnexClient }>();
  return (transaction ?? (em.getConnection().getKnex() as unknown as { client: KnexClient })).client;
}

interface Statement {
  readonly name: string;
  readonly text: string;
  readonly placeholders: number;
}

const statements = new Map<string, Statement>();

/** `?` placeholders (as the ORM writes them) become `$1…$n`, and the text gets a stable name. */
function statementOf(sql: string): Statement {
  const known = statements.get(sql);
  if (known) return known;
  let placeholders = 0;
  const text = sql.replace(/\?/g, () => `$${++placeholders}`);
  const name = `effekt_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
  const statement = { name, text, placeholders };
  statements.set(sql, statement);
  return statement;
}

/**
 * Runs one SQL statement on the EntityManager's connection (its transaction's, inside one) as a
 * named prepared statement with its values as parameters, and returns the rows.
 *
 * MikroORM's `em.execute` inlines the values into the text, so PostgreSQL parses and plans every
 * statement afresh; for the member-scoped reads that planning cost more than running them (about
 * 0.5 ms each, some 8 ms of database CPU per workspace answer). A named statement is parsed once
 * per connection, and PostgreSQL reuses its plan once a generic one proves as good (`idIn` in
 * sql-array.ts writes id matches so that it does). A
 * transaction-mode connection pooler in front of PostgreSQL must therefore support protocol-level
 * prepared statements (PgBouncer 1.21 or newer with `max_prepared_statements`).
 *
 * Placeholders are `?`, as for `em.execute`; SQL text passed here must not contain `?` otherwise.
 * Errors come back as the ORM's exceptions, so a unique violation is still a
 * `UniqueConstraintViolationException`.
 */
export async function runSql<T = unknown[]>(
  em: EntityManager,
  sql: string,
  values: readonly unknown[] = [],
): Promise<T> {
  const statement = statementOf(sql);
  if (statement.placeholders !== values.length) {
    throw new Error(`SQL has ${statement.placeholders} placeholders but ${values.length} values: ${sql}`);
  }
  const client = connectionsOf(em);
  const connection = await client.acquireConnection();
  try {
    const result = await connection.query({ name: statement.name, text: statement.text, values });
    return result.rows as T;
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  } finally {
    await client.releaseConnection(connection);
  }
}
