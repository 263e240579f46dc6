/**
 * SQLSTATE classes and socket codes that mean "the database is not there right now" (restarting,
 * failing over, unreachable), as opposed to a statement it refused. Trying again later can help.
 */
const UNAVAILABLE_SQLSTATES = /^(08|57P0|53300)/;
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection timeout|Client has encountered a connection error|the database system is (starting up|shutting down)|Connection is not established/i;

/** True when an error (pg's, or TypeORM's wrapping of it) says the database could not be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; driverError?: unknown } | undefined; e;) {
    if (
      typeof e.code === 'string' &&
      (UNAVAILABLE_SQLSTATES.test(e.code) || UNAVAILABLE_SOCKET_CODES.has(e.code))
    )
      return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
    e = e.driverError as typeof e;
  }
  return false;
}
