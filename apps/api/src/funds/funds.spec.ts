import { startTestApp, type TestApp } from '../../test/harness';

describe('funds and campaigns', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ STEWARD_ROLE: 'api' });
  });
  afterAll(() => app?.close());

  const post = (path: string, body: object) =>
    app.http().post(`/api/v1/${path}`).set('authorization', `Bearer ${app.token}`).send(body);

  it('gives a name to one fund only, even to requests sent at once: the others get a 409 naming it', async () => {
    // Nothing checks the name before the insert: the unique index decides, and its refusal is answered.
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => post('funds', { name: 'Scholarships' })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
    for (const refused of answers.filter((a) => a.status === 409)) {
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({
        type: 'https://steward.dev/problems/conflict',
        errors: [{ field: 'name', message: 'is already the name of another fund' }],
      });
    }
    const rows = await app.sql(`SELECT id FROM funds WHERE name = 'Scholarships'`);
    expect(rows).toHaveLength(1);

    await post('campaigns', { name: 'Spring 2027' }).expect(201);
    const again = await post('campaigns', { name: 'Spring 2027' }).expect(409);
    expect(again.body.errors).toEqual([
      { field: 'name', message: 'is already the name of another campaign' },
    ]);
  });
});
