/**
 * What a constraint means to a client when PostgreSQL refuses a write for it: the request field it is
 * about, and what to tell them. The problem-details filter turns a unique violation into a 409 and a
 * foreign-key, check or not-null violation into a 400 naming that field. `null`: no request can break it
 * (a tenant key, an internal uniqueness), so a violation is a fault of Steward's and answers 500.
 *
 * Each migration that creates a constraint declares its entry beside it, and index.ts gathers them: a
 * new constraint names its field where it is made. apps/api/src/database/constraint-fields.spec.ts fails
 * when a constraint of the migrated schema has no entry. Not-null violations name a column, not a
 * constraint: they are looked up as "table.column", else named by the column in camelCase.
 */
export type ConstraintFields = Readonly<Record<string, ConstraintField | null>>;

export interface ConstraintField {
  /** The request field, as the API names it (camelCase, or a header such as Idempotency-Key). */
  field: string;
  message: string;
}
