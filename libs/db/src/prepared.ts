import { Column, getTableColumns, Table } from 'drizzle-orm';
import { Queryable } from './database';

type PreparingSession = {
  prepareQuery(
    query: { sql: string; params: unknown[] },
    fields: undefined,
    name: string,
    arrayMode: boolean,
  ): { execute(): Promise<{ rows: unknown[] } | unknown[]> };
};

/**
 * Runs `text` as the named prepared statement `name`, through Drizzle's session so it works on either driver
 * (PostgreSQL or PGlite) and inside the caller's transaction. On a hot path the query builder's cost is paid for
 * every statement it builds; a statement written once as SQL over array parameters is not built at all, and
 * PostgreSQL plans it once per connection. A name must always stand for the same text.
 */
export async function prepared<R>(
  db: Queryable,
  name: string,
  text: string,
  params: unknown[],
): Promise<R[]> {
  const session = (db as unknown as { session: PreparingSession }).session;
  const result = await session.prepareQuery({ sql: text, params }, undefined, name, false).execute();
  return (Array.isArray(result) ? result : result.rows) as R[];
}

/**
 * Turns raw rows (snake_case names, driver values) into the table's typed rows, the way Drizzle's own select does:
 * each column's own decoder (timestamps to Dates), null kept null. For `SELECT *` or `RETURNING *` over `table`.
 */
export function rowMapper<T extends Table>(table: T): (row: Record<string, unknown>) => T['$inferSelect'] {
  const columns = Object.entries(getTableColumns(table)) as [string, Column][];
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const [key, column] of columns) {
      const value = row[column.name];
      out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return out as T['$inferSelect'];
  };
}
