/**
 * The columns a plain-row read takes of one table, named once and written two ways: as the
 * select list of a read of that table, and as a JSON object, so a read of another table can
 * carry related rows along (a report with its metric and its author) in the same statement.
 *
 * Each entry maps the name the row is read under to a column of the table, optionally with a
 * cast (`price::text`: money leaves PostgreSQL as text, never as a JSON number).
 */
export type RowShape = Readonly<Record<string, string>>;

const COLUMN = /^[a-z_]+(::[a-z]+(\[\])?)?$/;

function entriesOf(shape: RowShape): [string, string][] {
  return Object.entries(shape).map(([name, column]) => {
    if (!COLUMN.test(column) || !/^[a-z_]+$/.test(name)) {
      throw new Error(`row shape entry ${name}: ${column} is not a column`);
    }
    return [name, column];
  });
}

/** `alias.column as name, …`, for the select list of a read of the table itself. */
export function columnsOf(shape: RowShape, alias: string): string {
  return entriesOf(shape)
    .map(([name, column]) => `${alias}.${column} as ${name}`)
    .join(', ');
}

/**
 * A JSON object with the same names, built from the row `alias`. A JSON null when no row
 * matched, so a left-joined or optional relation reads as null, not as an object of nulls.
 */
export function jsonOf(shape: RowShape, alias: string): string {
  const pairs = entriesOf(shape).map(([name, column]) => `'${name}', ${alias}.${column}`);
  return `case when ${alias}.id is null then null else json_build_object(${pairs.join(', ')}) end`;
}
