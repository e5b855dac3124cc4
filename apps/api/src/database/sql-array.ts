/**
 * A PostgreSQL array literal for a `?::uuid[]` parameter. Knex expands a JavaScript array
 * binding into a comma list, which is not an array; ids are validated uuids, so no quoting
 * beyond the literal's braces is needed.
 */
export function uuidArrayLiteral(ids: readonly string[]): string {
  for (const id of ids) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Error(`not a uuid: ${id}`);
  }
  return `{${ids.join(',')}}`;
}
