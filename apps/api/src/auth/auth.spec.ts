import { ADMIN, startTestApp, type TestApp } from '../../test/harness';

describe('authentication', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ STEWARD_ROLE: 'api' });
  });
  afterAll(() => app?.close());

  it('requires a bearer token on every endpoint but login, health and docs', async () => {
    const res = await app.http().get('/api/v1/constituents').expect(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    await app.http().post('/api/v1/gifts').send({}).expect(401);
    await app.http().get('/api/v1/mail/captured').expect(401);
    await app.http().get('/api/v1/constituents').set('authorization', 'Bearer forged.token.here').expect(401);
    await app.http().get('/api/v1/health').expect(200);
    await app.http().get('/api/docs-json').expect(200);
  });

  it('refuses a wrong password without saying whether the account exists', async () => {
    const wrong = await app
      .http()
      .post('/api/v1/auth/login')
      .send({ email: ADMIN.email, password: 'nope-nope-nope' })
      .expect(401);
    const unknown = await app
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'who@example.org', password: 'nope-nope-nope' })
      .expect(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('stores the password as an argon2id hash', async () => {
    const [user] = await app.sql<{ password_hash: string }>(
      'SELECT password_hash FROM users WHERE email = $1',
      [ADMIN.email],
    );
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
  });
});
