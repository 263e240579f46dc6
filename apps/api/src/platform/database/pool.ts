import { Pool, types } from 'pg';

const INT8 = 20;
const DATE = 1082;

/**
 * The PostgreSQL pool every query of Steward's goes through, with one way of reading values:
 * - int8 (money in minor units, counts, sums) as a bigint, never a float or a rounded number;
 * - date ('YYYY-MM-DD') as that string: a calendar date has no time zone to be shifted into;
 * - timestamptz as a Date (an instant).
 * The generated schema types (schema.generated.ts) describe exactly these.
 */
export function createPool(url: string, options: { max: number; applicationName?: string }): Pool {
  const pool = new Pool({
    connectionString: url,
    max: options.max,
    application_name: options.applicationName ?? 'steward',
    // A connection that cannot be had in 10 s (the server black-holed, or every pooled one busy) fails
    // instead of holding the request forever: the API answers 503 with Retry-After.
    connectionTimeoutMillis: 10_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8) return (value: string) => BigInt(value);
        if (oid === DATE) return (value: string) => value;
        return types.getTypeParser(oid, format);
      }) as typeof types.getTypeParser,
    },
  });
  // An idle connection dropped by the server (restart, failover) must not crash the process.
  pool.on('error', () => undefined);
  return pool;
}
