const UUID = /^[0-9a-f-]{36}$/i;

function checkedUuid(id: string): string {
  if (!UUID.test(id)) throw new Error(`not a uuid: ${id}`);
  return id;
}

/**
 * A PostgreSQL array literal for a `?::uuid[]` parameter. Knex expands a JavaScript array
 * binding into a comma list, which is not an array; ids are validated uuids, so no quoting
 * beyond the literal's braces is needed.
 */
export function uuidArrayLiteral(ids: readonly string[]): string {
  return `{${ids.map(checkedUuid).join(',')}}`;
}

/**
 * `column` is one of `ids`, with one placeholder; bind `idsValue(ids)` to it.
 *
 * Statements are prepared (see run-sql.ts), and PostgreSQL keeps a prepared statement's generic
 * plan only when it does not look costlier than planning for the actual values. For
 * `= any($1)` the generic plan assumes ten elements, so a load of four would be planned afresh
 * on every execution, which cost more than running it. One id is matched with `=`; several go
 * through `array(select unnest(…))`, whose length neither plan can see, so both estimate alike
 * and the generic plan is kept. Either way the index on `column` is used.
 */
export function idIn(column: string, ids: readonly string[]): string {
  return ids.length === 1 ? `${column} = ?::uuid` : `${column} = any(array(select unnest(?::uuid[])))`;
}

/** The value for the placeholder of `idIn(column, ids)`. */
export function idsValue(ids: readonly string[]): string {
  const [only] = ids;
  return ids.length === 1 && only !== undefined ? checkedUuid(only) : uuidArrayLiteral(ids);
}
