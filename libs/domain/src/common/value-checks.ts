/**
 * A column that holds one of a TypeScript value list (a status, a kind) gets a CHECK constraint with
 * the same list, named `ck_<table>_<column>`. Entities declare it with these two helpers; the migration
 * that makes it is written by `npm run db:checks` from CHECKED_VALUE_LISTS (value-lists.ts), and
 * apps/api/src/database/value-checks.spec.ts fails when the database's list and the TypeScript one differ.
 */
export function valueCheckName(table: string, column: string): string {
  return `ck_${table}_${column}`;
}

/** `"status" IN ('queued', 'sent')`: a NULL passes, so a nullable column keeps its NULL. */
export function valueCheckExpression(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`;
}
