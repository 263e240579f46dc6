import { ValidationFailed } from '@steward/domain';

/** Opaque keyset cursors: base64url of JSON, so clients cannot depend on their shape. */
export function encodeCursor(value: Record<string, string>): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<K extends string>(
  cursor: string | undefined,
  keys: K[],
): Record<K, string> | undefined {
  if (!cursor) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (keys.every((k) => typeof value[k] === 'string')) return value as Record<K, string>;
  } catch {
    // fall through to the validation error
  }
  throw ValidationFailed.field('cursor', 'is not a cursor this API returned');
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
