import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { asTenantId, ROLES, Unauthenticated, type Role } from '@steward/domain';
import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { STEWARD_CONFIG, type StewardConfig } from '../config/config';
import { TenantsRepository } from '../tenancy/tenants.repository';
import type { Actor } from './actor';
import { DUMMY_HASH_INPUT, hashPassword, verifyPassword } from './password';
import { UsersRepository } from './users.repository';

interface TokenClaims {
  sub: string;
  tid: string;
  role: Role;
}

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');
  private signingSecret = '';
  private dummyHash = '';

  constructor(
    @Inject(STEWARD_CONFIG) private readonly config: StewardConfig,
    private readonly jwt: JwtService,
    private readonly users: UsersRepository,
    private readonly tenants: TenantsRepository,
  ) {}

  /** Loads the signing secret and makes sure the installation has a tenant and an administrator. */
  async onApplicationBootstrap(): Promise<void> {
    this.signingSecret =
      this.config.auth.jwtSecret ??
      (await this.tenants.setting('jwt_secret', () => randomBytes(48).toString('base64url')));
    this.dummyHash = await hashPassword(DUMMY_HASH_INPUT);
    const tenant = await this.tenants.ensureDefault('My Nonprofit');
    const { email, password } = this.config.admin;
    if (email && password) {
      if (!(await this.users.findActiveByEmail(email))) {
        await this.users.insert({
          tenantId: tenant.id,
          email,
          passwordHash: await hashPassword(password),
          displayName: 'Administrator',
          role: 'admin',
        });
        this.logger.log('created the administrator named by STEWARD_ADMIN_EMAIL');
      }
    } else if (!(await this.users.exists())) {
      const generated = randomBytes(12).toString('base64url');
      await this.users.insert({
        tenantId: tenant.id,
        email: 'admin@steward.local',
        passwordHash: await hashPassword(generated),
        displayName: 'Administrator',
        role: 'admin',
      });
      // Printed once, on the console only: it is the only way to learn a generated password.
      process.stdout.write(
        `\n  Steward created an administrator (shown once):\n    email:    admin@steward.local\n    password: ${generated}\n  Set STEWARD_ADMIN_EMAIL and STEWARD_ADMIN_PASSWORD to choose your own.\n\n`,
      );
    }
  }

  async login(email: string, password: string): Promise<{ accessToken: string }> {
    const user = await this.users.findActiveByEmail(email);
    if (!user) {
      await verifyPassword(this.dummyHash, password);
      throw new Unauthenticated('email or password is wrong');
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      throw new Unauthenticated('email or password is wrong');
    }
    const claims: TokenClaims = { sub: user.id, tid: user.tenantId, role: user.role };
    const accessToken = await this.jwt.signAsync(claims, {
      secret: this.signingSecret,
      expiresIn: this.config.auth.tokenTtl as never,
    });
    return { accessToken };
  }

  private verificationKeyObject?: KeyObject;

  private verificationKey(): KeyObject {
    this.verificationKeyObject ??= createSecretKey(Buffer.from(this.signingSecret, 'utf8'));
    return this.verificationKeyObject;
  }

  async verify(token: string): Promise<Actor> {
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token, {
        // jsonwebtoken takes a KeyObject as is (the options' type says string | Buffer); given a string,
        // it first tries to read it as a PEM public key and fails, on every request: 9% of a gift's CPU.
        secret: this.verificationKey() as unknown as Buffer,
      });
      if (!ROLES.includes(claims.role)) throw new Error('unknown role');
      return { userId: claims.sub, tenantId: asTenantId(claims.tid), role: claims.role };
    } catch {
      throw new Unauthenticated('the access token is invalid or expired');
    }
  }
}
