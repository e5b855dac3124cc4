import { describe, expect, it } from 'vitest';
import { columnsOf, jsonOf } from './row-shape.js';

const SHAPE = { id: 'id', price: 'price::text', version_id: 'version_id' };

describe('row shapes', () => {
  it('select the columns under their names', () => {
    expect(columnsOf(SHAPE, 'm')).toBe('m.id as id, m.price::text as price, m.version_id as version_id');
  });

  it('build the same names as a JSON object, null when no row matched', () => {
    expect(jsonOf(SHAPE, 'm')).toBe(
      "case when m.id is null then null else json_build_object('id', m.id, 'price', m.price::text, 'version_id', m.version_id) end",
    );
  });

  it.each<Record<string, string>>([{ id: 'id; drop table x' }, { id: 'lower(id)' }, { "id'": 'id' }])(
    'refuse anything but a column with an optional cast: %j',
    (shape) => {
      expect(() => columnsOf(shape, 'm')).toThrow(/is not a column/);
      expect(() => jsonOf(shape, 'm')).toThrow(/is not a column/);
    },
  );
});
