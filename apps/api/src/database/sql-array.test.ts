import { describe, expect, it } from 'vitest';
import { idIn, idsValue, uuidArrayLiteral } from './sql-array.js';

const A = '0b7e6a4c-1d2f-4c3b-9a8e-5f6d7c8b9a01';
const B = '1c8f7b5d-2e3a-4d4c-8b9f-6a7e8d9cab12';

describe('matching ids', () => {
  it('matches a single id with `=`, so the prepared statement keeps a generic plan', () => {
    expect(idIn('r.partnership_id', [A])).toBe('r.partnership_id = ?::uuid');
    expect(idsValue([A])).toBe(A);
  });

  it('matches several ids, or none, against an array the planner cannot size', () => {
    expect(idIn('r.partnership_id', [A, B])).toBe('r.partnership_id = any(array(select unnest(?::uuid[])))');
    expect(idsValue([A, B])).toBe(`{${A},${B}}`);
    expect(idsValue([])).toBe('{}');
  });

  it.each([[['x']], [[A, "1'; drop table x; --"]], [['{a,b}']]])('refuses what is not a uuid: %j', (ids) => {
    expect(() => idsValue(ids)).toThrow(/not a uuid/);
    expect(() => uuidArrayLiteral(ids)).toThrow(/not a uuid/);
  });
});
