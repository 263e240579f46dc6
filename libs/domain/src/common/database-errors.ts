/**
 * Whether an error means PostgreSQL could not be reached or dropped the connection (a restart, a
 * failover, a network cut, a pool that could not get a connection in time), as opposed to a query that
 * failed on its own. The first kind is temporary: the API answers 503 with Retry-After, not 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  // TypeORM wraps the driver's error (driverError); Node wraps causes (cause). A few levels suffice.
  const seen = new Set<unknown>();
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object' && !seen.has(current); depth++) {
    seen.add(current);
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && isUnavailableCode(code)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => message.includes(m))) return true;
    const next = current as { driverError?: unknown; cause?: unknown };
    current = next.driverError ?? next.cause;
  }
  return false;
}

function isUnavailableCode(code: string): boolean {
  return (
    // SQLSTATE class 08: connection exception.
    /^08[0-9A-Z]{3}$/.test(code) ||
    // Admin shutdown, crash shutdown, cannot connect now (starting up or in recovery).
    code === '57P01' ||
    code === '57P02' ||
    code === '57P03' ||
    // Too many connections: the server is up but refuses new sessions for now.
    code === '53300' ||
    NETWORK_CODES.has(code)
  );
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** What node-postgres and its pool say when a connection ends or cannot be had (they set no code). */
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end on the pool',
];

/** A statement PostgreSQL refused because it broke a constraint of the schema. */
export interface ConstraintViolation {
  kind: 'unique' | 'foreign_key' | 'check' | 'not_null';
  /** The constraint's (or unique index's) name; absent for NOT NULL, which names a column instead. */
  constraint?: string;
  table?: string;
  column?: string;
  /** For a foreign key: the row written is fine, but a row it would delete or change is still referenced. */
  stillReferenced: boolean;
}

const VIOLATION_KINDS: Record<string, ConstraintViolation['kind']> = {
  '23505': 'unique',
  '23503': 'foreign_key',
  '23514': 'check',
  '23502': 'not_null',
};

/** The constraint violation an error carries (TypeORM wraps the driver's), or null when it is not one. */
export function constraintViolation(error: unknown): ConstraintViolation | null {
  const seen = new Set<unknown>();
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object' && !seen.has(current); depth++) {
    seen.add(current);
    const e = current as {
      code?: unknown;
      constraint?: unknown;
      table?: unknown;
      column?: unknown;
      message?: unknown;
    };
    const kind = typeof e.code === 'string' ? VIOLATION_KINDS[e.code] : undefined;
    if (kind) {
      const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);
      return {
        kind,
        constraint: text(e.constraint),
        table: text(e.table),
        column: text(e.column),
        // PostgreSQL: "update or delete on table … violates foreign key constraint …" (the referenced side).
        stillReferenced:
          kind === 'foreign_key' &&
          typeof e.message === 'string' &&
          e.message.startsWith('update or delete on'),
      };
    }
    const next = current as { driverError?: unknown; cause?: unknown };
    current = next.driverError ?? next.cause;
  }
  return null;
}
