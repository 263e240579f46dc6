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
