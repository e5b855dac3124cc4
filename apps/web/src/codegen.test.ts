import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import { codegenConfig, generatedDir } from '../codegen';

interface GeneratedFile {
  readonly filename: string;
  readonly content: string;
}

const webRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/**
 * The generated client types are committed. Regenerate them in memory from the current schema and
 * documents and compare: a difference means someone forgot `pnpm --filter @effekt/web codegen`.
 */
it('committed src/gql matches what codegen generates now', { timeout: 60_000 }, async () => {
  const generated: readonly GeneratedFile[] = await generate(
    { ...codegenConfig, cwd: webRoot, silent: true },
    false,
  );
  const expected = new Map(
    generated.map((file) => [path.relative(webRoot, path.resolve(webRoot, file.filename)), file.content]),
  );
  const committedNames = (await readdir(path.join(webRoot, generatedDir))).map((name) =>
    path.join(generatedDir, name),
  );

  expect([...committedNames].sort()).toEqual([...expected.keys()].sort());
  for (const [name, content] of expected) {
    const committed = await readFile(path.join(webRoot, name), 'utf8');
    expect(committed, `${name} is stale: run pnpm --filter @effekt/web codegen`).toBe(content);
  }
});
