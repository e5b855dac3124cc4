import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildEffektSchema, printEffektSchema } from './schema.js';
import { SCHEMA_FILE } from './schema-file.js';

describe('the committed schema', () => {
  it('is what the code generates (run `pnpm --filter @effekt/api schema` after changing resolvers)', async () => {
    const generated = printEffektSchema(await buildEffektSchema());
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(generated);
  });

  it('marks only login as callable without signing in', async () => {
    const schema = await buildEffektSchema();
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    const publicFields = roots.flatMap((root) =>
      Object.values(root?.getFields() ?? {})
        .filter((field) => field.extensions?.public === true)
        .map((field) => field.name),
    );
    expect(publicFields).toEqual(['login']);
  });
});
