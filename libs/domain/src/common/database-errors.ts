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
