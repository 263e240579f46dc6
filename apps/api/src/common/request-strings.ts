import type { FieldProblem } from '@steward/domain';

/** A UTF-16 code unit of a surrogate pair without its partner: text no encoder can write as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** More would only repeat the point; the client fixes the encoding once. */
const MAX_PROBLEMS = 20;

/**
 * The one rule for text from clients, applied to every string (and key) of a body, a query string and
 * the path parameters before anything reads them: no NUL character (PostgreSQL cannot store it) and
 * well-formed Unicode (no unpaired surrogate, which no email, database or PDF can represent).
 */
export function stringProblems(value: unknown, root: string | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const pending: { value: unknown; path: string | null }[] = [{ value, path: root }];
  while (pending.length > 0 && problems.length < MAX_PROBLEMS) {
    const current = pending.pop() as (typeof pending)[number];
    if (typeof current.value === 'string') {
      const message = textProblem(current.value);
      if (message) problems.push({ field: current.path ?? 'body', message });
      continue;
    }
    if (current.value === null || typeof current.value !== 'object') continue;
    const entries = Array.isArray(current.value) ? current.value.entries() : Object.entries(current.value);
    for (const [key, child] of entries) {
      const path = current.path === null ? String(key) : `${current.path}.${key}`;
      if (typeof key === 'string') {
        const message = textProblem(key);
        if (message) problems.push({ field: path, message: `the field name ${message}` });
      }
      pending.push({ value: child, path });
    }
  }
  return problems.reverse();
}

function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode (it has an unpaired surrogate)';
  return null;
}
