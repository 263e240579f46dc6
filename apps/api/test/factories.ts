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
