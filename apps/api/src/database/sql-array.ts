const UUID = /^[0-9a-f-]{36}$/i;

/**
 * A PostgreSQL array literal for a `?::uuid[]` parameter. Knex expands a JavaScript array
 * binding into a comma list, which is not an array; ids are validated uuids, so no quoting
 * beyond the literal's braces is needed.
 */
export function uuidArrayLiteral(ids: readonly string[]): string {
  for (const id of ids) {
    if (!UUID.test(id)) throw new Error(`not a uuid: ${id}`);
  }
  return `{${ids.join(',')}}`;
}

/**
 * `column` is one of `ids`, with one placeholder; bind `idsValue(ids)` to it. A single id is
 * matched with `=`: statements are prepared (see run-sql.ts), and for `= $1` PostgreSQL keeps one
 * generic plan instead of planning again on every execution, as it does for `= any($1)`, whose
 * generic plan assumes more rows. Most loads of one answer are for a single partnership or version.
 */
export function idIn(column: string, ids: readonly string[]): string {
  return ids.length === 1 ? `${column} = ?::uuid` : `${column} = any(?::uuid[])`;
}

/** The value for the placeholder of `idIn(column, ids)`. */
export function idsValue(ids: readonly string[]): string {
  const [only] = ids;
  if (ids.length === 1 && only !== undefined) {
    if (!UUID.test(only)) throw new Error(`not a uuid: ${only}`);
    return only;
  }
  return uuidArrayLiteral(ids);
}
