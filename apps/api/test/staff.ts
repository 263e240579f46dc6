import type { Role } from '@steward/domain';
import { hashPassword } from '../src/auth/password';
import type { TestApp } from './harness';

/** A bearer token for a new staff member of the admin's tenant with `role`, written straight to the table. */
export async function tokenForRole(app: TestApp, role: Role): Promise<string> {
  const email = `${role}.${Math.random().toString(36).slice(2)}@example.org`;
  const password = 'another-long-password-42';
  await app.sql(
    `INSERT INTO users (id, tenant_id, email, password_hash, display_name, role)
     SELECT gen_random_uuid(), tenant_id, $1, $2, 'Staff', $3 FROM users LIMIT 1`,
    [email, await hashPassword(password), role],
  );
  const res = await app.http().post('/api/v1/auth/login').send({ email, password }).expect(200);
  return res.body.accessToken;
}

/**
 * A second nonprofit on the same deployment, with its own administrator: what it can see and change of
 * the first tenant's data is what tenant isolation tests assert (nothing). Written straight to the
 * tables: there is no tenant-creation endpoint yet.
 */
export async function secondTenant(
  app: TestApp,
  name = 'Second Nonprofit',
): Promise<{ id: string; token: string }> {
  const suffix = Math.random().toString(36).slice(2);
  const email = `admin.${suffix}@second.example.org`;
  const password = 'second-tenant-password-42';
  const [tenant] = await app.sql<{ id: string }>(
    `INSERT INTO tenants (id, name, slug) VALUES (gen_random_uuid(), $1, $2) RETURNING id`,
    [name, `second-${suffix}`],
  );
  await app.sql(
    `INSERT INTO users (id, tenant_id, email, password_hash, display_name, role)
     VALUES (gen_random_uuid(), $1, $2, $3, 'Second Admin', 'admin')`,
    [tenant.id, email, await hashPassword(password)],
  );
  const res = await app.http().post('/api/v1/auth/login').send({ email, password }).expect(200);
  return { id: tenant.id, token: res.body.accessToken };
}
