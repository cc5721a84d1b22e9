import { Column, SQL, sql } from 'drizzle-orm';

/**
 * `column = any($1::text[])`: the set as one array parameter. `inArray` sends one parameter per value, so a batch of
 * 64 comments makes a statement of 64 placeholders that the query builder walks piece by piece (the worker's
 * largest JavaScript cost) and whose text, and PostgreSQL's plan, changes with the batch's size.
 */
export function anyOf(column: Column, values: readonly string[]): SQL {
  return sql`${column} = any(${sql.param([...values])}::text[])`;
}
