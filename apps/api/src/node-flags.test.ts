import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_NODE_FLAGS } from './node-flags.js';

const rootPackage = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('the Node flags the API runs with', () => {
  it('are the ones `pnpm start` passes to Node', () => {
    const start = rootPackage.scripts.start ?? '';
    const node = /\bexec node ((?:--\S+ )*)apps\/api\/dist\/main\.js/.exec(start);
    expect(node?.[1]?.trim().split(' ')).toEqual([...API_NODE_FLAGS]);
  });

  it('are all known to this Node, which refuses to start on an unknown one', () => {
    const run = spawnSync(process.execPath, [...API_NODE_FLAGS, '-e', '0'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('are checked against an unknown flag, which this Node does refuse', () => {
    const run = spawnSync(process.execPath, ['--no-such-v8-flag-for-effekt', '-e', '0'], {
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
  });
});
