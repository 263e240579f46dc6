import { createConstituent } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';

describe('constituents', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ STEWARD_ROLE: 'api' });
  });
  afterAll(() => app?.close());

  const auth = () => ({ authorization: `Bearer ${app.token}` });

  it('creates, reads and updates a person, keeping one primary email', async () => {
    const created = await createConstituent(app, {
      firstName: 'Marisol',
      lastName: 'Okafor',
      preferredName: undefined,
      emails: [
        { address: 'M.Okafor@Example.org', type: 'work' },
        { address: 'marisol@example.net', primary: true },
      ],
    });
    const read = await app.http().get(`/api/v1/constituents/${created.id}`).set(auth()).expect(200);
    expect(read.body).toMatchObject({
      displayName: 'Marisol Okafor',
      emails: [
        { address: 'marisol@example.net', primary: true },
        { address: 'm.okafor@example.org', type: 'work', primary: false },
      ],
    });

    const patched = await app
      .http()
      .patch(`/api/v1/constituents/${created.id}`)
      .set(auth())
      .send({ preferredName: 'Mari', doNotEmail: true })
      .expect(200);
    expect(patched.body).toMatchObject({ displayName: 'Mari Okafor', doNotEmail: true, lastName: 'Okafor' });
  });

  it('creates an organization and refuses one without a name', async () => {
    await app
      .http()
      .post('/api/v1/constituents')
      .set(auth())
      .send({ kind: 'organization', organizationName: 'Rivera Family Foundation' })
      .expect(201);
    const res = await app
      .http()
      .post('/api/v1/constituents')
      .set(auth())
      .send({ kind: 'organization' })
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'organizationName' })]);
  });

  it('finds people by part of a name or by email', async () => {
    const person = await createConstituent(app, {
      firstName: 'Thaddeus',
      lastName: 'Quimby',
      emails: [{ address: 'tq@example.org' }],
    });
    const byName = await app.http().get('/api/v1/constituents?q=quimb').set(auth()).expect(200);
    expect(byName.body.items.map((c: { id: string }) => c.id)).toEqual([person.id]);
    const byEmail = await app.http().get('/api/v1/constituents?q=TQ@example.org').set(auth()).expect(200);
    expect(byEmail.body.items.map((c: { id: string }) => c.id)).toEqual([person.id]);
    const wildcard = await app.http().get('/api/v1/constituents?q=%25').set(auth()).expect(200);
    expect(wildcard.body.items).toEqual([]);
  });

  it('answers 404 problem details for an unknown id and 400 for a malformed one', async () => {
    const missing = await app
      .http()
      .get('/api/v1/constituents/01900000-0000-7000-8000-000000000000')
      .set(auth())
      .expect(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    const malformed = await app.http().get('/api/v1/constituents/not-a-uuid').set(auth()).expect(400);
    expect(malformed.body.errors).toEqual([{ field: 'id', message: 'must be a UUID' }]);
  });

  it('names only an active colleague as relationship manager', async () => {
    const stranger = '01900000-0000-7000-8000-000000000000';
    const refused = await app
      .http()
      .post('/api/v1/constituents')
      .set(auth())
      .send({ kind: 'individual', firstName: 'Ana', relationshipManagerId: stranger })
      .expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'relationshipManagerId', message: 'no active user with this id' },
    ]);
    const me = await app.http().get('/api/v1/auth/me').set(auth()).expect(200);
    const managed = await createConstituent(app, { relationshipManagerId: me.body.userId });
    const patched = await app
      .http()
      .patch(`/api/v1/constituents/${managed.id}`)
      .set(auth())
      .send({ relationshipManagerId: stranger })
      .expect(400);
    expect(patched.body.errors[0].field).toBe('relationshipManagerId');
  });
});
