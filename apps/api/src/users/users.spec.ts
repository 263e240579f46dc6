import { createConstituent, createUser, recordGift } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';

describe('staff users', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ STEWARD_ROLE: 'api' });
  });
  afterAll(() => app?.close());

  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  it('an admin adds a colleague who can sign in and set their own signature, but not their role', async () => {
    const maya = await createUser(app, { displayName: 'Maya Chen', role: 'development_officer' });
    const self = await app
      .http()
      .patch(`/api/v1/users/${maya.id}`)
      .set(as(maya.token))
      .send({ signature: 'Maya Chen\nDirector of Development' })
      .expect(200);
    expect(self.body).toMatchObject({
      signature: 'Maya Chen\nDirector of Development',
      role: 'development_officer',
    });

    await app
      .http()
      .patch(`/api/v1/users/${maya.id}`)
      .set(as(maya.token))
      .send({ role: 'admin' })
      .expect(403);
    const listed = await app.http().get('/api/v1/users').set(as(maya.token)).expect(200);
    expect(listed.body.map((u: { displayName: string }) => u.displayName)).toContain('Maya Chen');
    expect(JSON.stringify(listed.body)).not.toContain('passwordHash');
  });

  it('only an admin adds users; an email is used once; a weak password is refused naming the field', async () => {
    const officer = await createUser(app);
    await app
      .http()
      .post('/api/v1/users')
      .set(as(officer.token))
      .send({ email: 'x@example.org', displayName: 'X', role: 'admin', password: 'a-long-enough-password' })
      .expect(403);
    const body = {
      email: 'dup@example.org',
      displayName: 'Dup',
      role: 'read_only',
      password: 'a-long-enough-password',
    };
    await app.http().post('/api/v1/users').set(as(app.token)).send(body).expect(201);
    await app.http().post('/api/v1/users').set(as(app.token)).send(body).expect(409);
    const weak = await app
      .http()
      .post('/api/v1/users')
      .set(as(app.token))
      .send({ ...body, email: 'weak@example.org', password: 'short' })
      .expect(400);
    expect(weak.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
  });

  it('a deactivated user can no longer sign in', async () => {
    const leaving = await createUser(app);
    await app
      .http()
      .patch(`/api/v1/users/${leaving.id}`)
      .set(as(app.token))
      .send({ active: false })
      .expect(200);
    const [{ email }] = await app.sql<{ email: string }>('SELECT email FROM users WHERE id = $1', [
      leaving.id,
    ]);
    await app
      .http()
      .post('/api/v1/auth/login')
      .send({ email, password: 'a-long-enough-password' })
      .expect(401);
  });

  it('a volunteer coordinator sees a gift on the timeline, but not its amount', async () => {
    const coordinator = await createUser(app, { role: 'volunteer_coordinator' });
    const donor = await createConstituent(app);
    await recordGift(app, { constituentId: donor.id, amount: 123456 });
    const officerView = await app.http().get(`/api/v1/constituents/${donor.id}/timeline`).set(as(app.token));
    const coordinatorView = await app
      .http()
      .get(`/api/v1/constituents/${donor.id}/timeline`)
      .set(as(coordinator.token))
      .expect(200);
    expect(JSON.stringify(officerView.body)).toContain('1,234.56');
    expect(coordinatorView.body.items.map((i: { kind: string }) => i.kind)).toContain('gift');
    expect(JSON.stringify(coordinatorView.body)).not.toContain('1,234.56');
    expect(JSON.stringify(coordinatorView.body)).not.toContain('123456');
    await app.http().get('/api/v1/gifts').set(as(coordinator.token)).expect(403);
  });
});
