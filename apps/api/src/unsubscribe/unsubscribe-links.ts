import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { STEWARD_CONFIG, type StewardConfig } from '../config/config';
import { TenantsRepository } from '../tenancy/tenants.repository';

/**
 * Signed, stateless unsubscribe links: the token names the tenant and constituent and carries an HMAC,
 * so a link cannot be forged or pointed at someone else. The key is generated once per installation.
 */
@Injectable()
export class UnsubscribeLinks implements OnApplicationBootstrap {
  private key?: Buffer;

  constructor(
    @Inject(STEWARD_CONFIG) private readonly config: StewardConfig,
    private readonly tenants: TenantsRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ready();
  }

  /** Loads the key; safe to call more than once. */
  async ready(): Promise<void> {
    this.key ??= Buffer.from(
      await this.tenants.setting('unsubscribe_key', () => randomBytes(32).toString('base64url')),
      'base64url',
    );
  }

  urlFor(tenantId: string, constituentId: string): string {
    return `${this.config.mail.publicUrl}/api/v1/unsubscribe/${this.tokenFor(tenantId, constituentId)}`;
  }

  /**
   * 64 characters: tenant id, constituent id and a 128-bit HMAC, as one base64url string (URL path
   * parameters are limited to 100 characters by the router, and short links survive mail clients).
   */
  tokenFor(tenantId: string, constituentId: string): string {
    return Buffer.concat([
      uuidBytes(tenantId),
      uuidBytes(constituentId),
      this.mac(tenantId, constituentId),
    ]).toString('base64url');
  }

  /** The tenant and constituent a token names, or null when it was not signed here. */
  verify(token: string): { tenantId: string; constituentId: string } | null {
    if (!/^[A-Za-z0-9_-]{64}$/.test(token)) return null;
    const bytes = Buffer.from(token, 'base64url');
    const tenantId = uuidString(bytes.subarray(0, 16));
    const constituentId = uuidString(bytes.subarray(16, 32));
    const expected = this.mac(tenantId, constituentId);
    return timingSafeEqual(expected, bytes.subarray(32)) ? { tenantId, constituentId } : null;
  }

  private mac(tenantId: string, constituentId: string): Buffer {
    if (!this.key) throw new Error('unsubscribe key not loaded yet');
    return createHmac('sha256', this.key)
      .update(`unsubscribe:${tenantId}:${constituentId}`)
      .digest()
      .subarray(0, 16);
  }
}

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

function uuidString(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
