import { describe, expect, it } from 'vitest';
import { decisionChains } from './chains';

const d = (id: string, supersedes?: string, supersededBy?: string) => ({
  id,
  supersedes: supersedes ? { id: supersedes } : null,
  supersededBy: supersededBy ? { id: supersededBy } : null,
});

describe('decisionChains', () => {
  it('puts each decision in force first, followed by what it replaced', () => {
    const chains = decisionChains([d('c', 'b'), d('x'), d('b', 'a', 'c'), d('a', undefined, 'b')]);
    expect(chains.map((chain) => chain.map((decision) => decision.id))).toEqual([['c', 'b', 'a'], ['x']]);
  });

  it('keeps a decision whose successor is not in the list', () => {
    expect(decisionChains([d('a', undefined, 'gone')]).map((c) => c.map((x) => x.id))).toEqual([['a']]);
  });

  it('does not loop on a cycle', () => {
    const chains = decisionChains([d('a', 'b', 'b'), d('b', 'a', 'a')]);
    expect(
      chains
        .flat()
        .map((x) => x.id)
        .sort(),
    ).toEqual(['a', 'b']);
  });
});
