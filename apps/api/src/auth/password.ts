import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (memory-hard; OWASP's recommended family). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Spent on unknown emails so that a login's timing does not reveal which emails have accounts. */
export const DUMMY_HASH_INPUT = 'steward-timing-equaliser';
