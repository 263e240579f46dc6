import type { FieldProblem } from '@steward/domain';

/**
 * Bounds on the shape of a JSON body, checked right after parsing and before anything walks it
 * recursively (class-transformer and class-validator do, and a deep enough body overflows their stack).
 */
export const JSON_LIMITS = {
  /** Objects and arrays inside one another; Steward's deepest body is 3. */
  maxDepth: 32,
  /** Keys of any one object. */
  maxKeysPerObject: 1_000,
  /** Object keys and array elements in the whole body. */
  maxMembers: 10_000,
} as const;

/**
 * The first way `body` breaks the limits, naming the top-level field it happened under; null when it
 * keeps them. Iterative, so the check itself has no stack to overflow.
 */
export function jsonShapeProblem(body: unknown): FieldProblem | null {
  const pending: { value: unknown; depth: number; field: string }[] = [
    { value: body, depth: 0, field: 'body' },
  ];
  let members = 0;
  while (pending.length > 0) {
    const { value, depth, field } = pending.pop() as (typeof pending)[number];
    if (value === null || typeof value !== 'object') continue;
    if (depth >= JSON_LIMITS.maxDepth) {
      return { field, message: `is nested more than ${JSON_LIMITS.maxDepth} levels deep` };
    }
    const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
    let keys = 0;
    for (const [key, child] of entries) {
      keys += 1;
      members += 1;
      if (!Array.isArray(value) && keys > JSON_LIMITS.maxKeysPerObject) {
        return { field, message: `has more than ${JSON_LIMITS.maxKeysPerObject} keys in one object` };
      }
      if (members > JSON_LIMITS.maxMembers) {
        return { field: 'body', message: `has more than ${JSON_LIMITS.maxMembers} keys and elements in all` };
      }
      pending.push({ value: child, depth: depth + 1, field: depth === 0 ? String(key) : field });
    }
  }
  return null;
}
