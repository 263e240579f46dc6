import type { TestApp } from './harness';

/** Creates a constituent through the API; any field can be overridden. */
export async function createConstituent(app: TestApp, overrides: Record<string, unknown> = {}) {
  const res = await app
    .http()
    .post('/api/v1/constituents')
    .set('authorization', `Bearer ${app.token}`)
    .send({
      kind: 'individual',
      firstName: 'Ana',
      lastName: 'Rivera',
      preferredName: 'Annie',
      emails: [{ address: `ana.${Math.random().toString(36).slice(2)}@example.org` }],
      ...overrides,
    })
    .expect(201);
  return res.body as { id: string; emails: { address: string }[] };
}

export async function recordGift(app: TestApp, body: Record<string, unknown>, expectStatus = 201) {
  const res = await app
    .http()
    .post('/api/v1/gifts')
    .set('authorization', `Bearer ${app.token}`)
    .send({ amount: 30000, currency: 'USD', ...body })
    .expect(expectStatus);
  return res.body;
}

export async function getGift(app: TestApp, id: string) {
  const res = await app
    .http()
    .get(`/api/v1/gifts/${id}`)
    .set('authorization', `Bearer ${app.token}`)
    .expect(200);
  return res.body;
}

/** Every task about a constituent, open or done, soonest due first. */
export async function tasksOf(app: TestApp, constituentId: string) {
  const res = await app
    .http()
    .get(`/api/v1/tasks?state=all&constituentId=${constituentId}`)
    .set('authorization', `Bearer ${app.token}`)
    .expect(200);
  return res.body.items as {
    id: string;
    kind: string;
    title: string;
    details: string | null;
    giftId: string | null;
    ownerId: string | null;
    dueAt: string;
    completedAt: string | null;
  }[];
}

/** Creates a staff user through the API and returns it with a bearer token of its own. */
export async function createUser(app: TestApp, overrides: Record<string, unknown> = {}) {
  const email = `staff.${Math.random().toString(36).slice(2)}@example.org`;
  const password = 'a-long-enough-password';
  const res = await app
    .http()
    .post('/api/v1/users')
    .set('authorization', `Bearer ${app.token}`)
    .send({ email, password, displayName: 'Maya Chen', role: 'development_officer', ...overrides })
    .expect(201);
  const login = await app.http().post('/api/v1/auth/login').send({ email, password }).expect(200);
  return { ...(res.body as { id: string; displayName: string }), token: login.body.accessToken as string };
}
