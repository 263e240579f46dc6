import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ValidationFailed } from '@steward/domain';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isUUID } from 'class-validator';
import { TenantsRepository } from '../tenancy/tenants.repository';

/** What a cursor value may be: the keyset columns Steward pages on. */
export type CursorField = 'uuid' | 'timestamp';

/** An instant as Steward writes it into a cursor: ISO 8601, or PostgreSQL's text (microseconds kept). */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;

const FORGED = 'is not a cursor this API returned';

/**
 * Opaque keyset cursors: base64url JSON of the last row's keys, signed with HMAC-SHA256 under a key
 * of the installation (made once, kept in the database, so every api process shares it) and bound to
 * the listing that issued it. A forged, altered or borrowed cursor is a 400 naming `cursor`; its
 * values are also checked for their type before they reach a uuid or timestamptz parameter.
 */
@Injectable()
export class CursorCodec implements OnApplicationBootstrap {
  private key: Buffer | undefined;

  constructor(private readonly settings: TenantsRepository) {}

  async onApplicationBootstrap(): Promise<void> {
    const stored = await this.settings.setting('cursor_signing_key', () =>
      randomBytes(32).toString('base64url'),
    );
    this.key = Buffer.from(stored, 'base64url');
  }

  encode(listing: string, value: Record<string, string>): string {
    const payload = Buffer.from(JSON.stringify(value)).toString('base64url');
    return `${payload}.${this.tag(listing, payload).toString('base64url')}`;
  }

  decode<K extends string>(
    listing: string,
    cursor: string | undefined,
    shape: Record<K, CursorField>,
  ): Record<K, string> | undefined {
    if (cursor === undefined || cursor === '') return undefined;
    const [payload, tag, ...rest] = cursor.split('.');
    if (!payload || !tag || rest.length > 0) throw ValidationFailed.field('cursor', FORGED);
    const expected = this.tag(listing, payload);
    const given = Buffer.from(tag, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw ValidationFailed.field('cursor', FORGED);
    }
    let value: unknown;
    try {
      value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw ValidationFailed.field('cursor', FORGED);
    }
    if (!isWellFormed(value, shape)) throw ValidationFailed.field('cursor', FORGED);
    return value;
  }

  private tag(listing: string, payload: string): Buffer {
    if (!this.key) throw new Error('cursor signing key used before the application started');
    return createHmac('sha256', this.key).update(`${listing}\n${payload}`).digest().subarray(0, 16);
  }
}

function isWellFormed<K extends string>(
  value: unknown,
  shape: Record<K, CursorField>,
): value is Record<K, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return (Object.entries(shape) as [K, CursorField][]).every(([key, kind]) => {
    const v = record[key];
    if (typeof v !== 'string') return false;
    return kind === 'uuid' ? isUUID(v) : TIMESTAMP.test(v) && !Number.isNaN(new Date(v).getTime());
  });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
