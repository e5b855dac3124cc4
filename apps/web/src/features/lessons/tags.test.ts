import { describe, expect, it } from 'vitest';
import { allTags, parseTags } from './tags';

describe('parseTags', () => {
  it('splits on commas, trims and drops empty and repeated tags', () => {
    expect(parseTags(' rekruttering, Data ,, data,')).toEqual(['rekruttering', 'Data']);
  });
});

describe('allTags', () => {
  it('lists each tag once in Danish order', () => {
    expect(allTags([{ tags: ['økonomi', 'data'] }, { tags: ['data', 'ansættelse'] }])).toEqual([
      'ansættelse',
      'data',
      'økonomi',
    ]);
  });
});
