import { databaseSnapshot } from '../../test/database-snapshot';
import { createConstituent, recordGift } from '../../test/factories';
import { eventually, startMailingTestApp, type TestApp } from '../../test/harness';
import { secondTenant } from '../../test/staff';

/**
 * Two nonprofits on one deployment: everything the first records (a donor, a gift, its thank-you, a
 * task, a fund, a template, the timeline, the captured mail) is invisible to the second, by id and in
 * every listing, and the second can neither change it nor point its own records at it. An id of the
 * other tenant answers 404, never 403: its existence is not disclosed.
 */
describe('two tenants on one deployment', () => {
  let app: TestApp;
  let close: () => Promise<void>;
  let other: { id: string; token: string };
  const first: Record<string, string> = {};

  beforeAll(async () => {
    ({ app, close } = await startMailingTestApp({}));
    other = await secondTenant(app);
    await app
      .http()
      .put('/api/v1/settings/acknowledgements')
      .set('authorization', `Bearer ${app.token}`)
      .send({
        automatedTargetSeconds: 300,
        personalTargetSeconds: 172800,
        majorGiftThresholds: [{ currency: 'USD', amount: 100000 }],
      })
      .expect(200);
    const donor = await createConstituent(app, { firstName: 'Lena', lastName: 'Park' });
    const fund = await app
      .http()
      .post('/api/v1/funds')
      .set('authorization', `Bearer ${app.token}`)
      .send({ name: 'Scholarships' })
      .expect(201);
    const gift = await recordGift(app, { constituentId: donor.id, fundId: fund.body.id });
    const major = await recordGift(app, { constituentId: donor.id, amount: 500000 });
    // The worker's own writes (the thank-you sent) are done before anything is compared.
    await eventually(async () => {
      const res = await app
        .http()
        .get(`/api/v1/gifts/${gift.id}`)
        .set('authorization', `Bearer ${app.token}`)
        .expect(200);
      return res.body.acknowledgement.status === 'sent' ? true : undefined;
    });
    const captured = await eventually(async () => {
      const res = await app
        .http()
        .get('/api/v1/tasks?state=open')
        .set('authorization', `Bearer ${app.token}`)
        .expect(200);
      return res.body.items[0]?.id as string | undefined;
    });
    Object.assign(first, {
      constituent: donor.id,
      fund: fund.body.id,
      gift: gift.id,
      held: major.acknowledgement.id,
      task: captured,
    });
  });
  afterAll(() => close?.());

  const as = (token: string) => ({
    get: (path: string) => app.http().get(`/api/v1${path}`).set('authorization', `Bearer ${token}`),
    post: (path: string, body: object) =>
      app.http().post(`/api/v1${path}`).set('authorization', `Bearer ${token}`).send(body),
    patch: (path: string, body: object) =>
      app.http().patch(`/api/v1${path}`).set('authorization', `Bearer ${token}`).send(body),
  });

  it('answers 404 for every record of the other tenant, by its id', async () => {
    const second = as(other.token);
    for (const path of [
      `/constituents/${first.constituent}`,
      `/constituents/${first.constituent}/timeline`,
      `/gifts/${first.gift}`,
      `/acknowledgements/${first.held}`,
      `/acknowledgements/${first.held}/preview`,
      `/tasks/${first.task}`,
    ]) {
      const res = await second.get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
  });

  it('lists nothing of the other tenant', async () => {
    const second = as(other.token);
    for (const path of [
      '/constituents',
      '/constituents?q=Lena',
      '/gifts',
      '/acknowledgements?status=held',
      '/tasks?state=all',
      '/mail/captured',
      '/giving-summaries',
    ]) {
      const res = await second.get(path).expect(200);
      expect({ path, items: res.body.items }).toEqual({ path, items: [] });
    }
    expect((await second.get('/funds').expect(200)).body).toEqual([]);
    expect((await second.get('/acknowledgements/overdue').expect(200)).body.items).toEqual([]);
  });

  it('cannot change the other tenant’s records, nor point its own at them, and writes nothing trying', async () => {
    const second = as(other.token);
    const before = await databaseSnapshot(app);

    expect((await second.patch(`/constituents/${first.constituent}`, { firstName: 'Taken' })).status).toBe(
      404,
    );
    expect((await second.post(`/acknowledgements/${first.held}/approve`, {})).status).toBe(404);
    expect((await second.post(`/acknowledgements/${first.held}/skip`, { reason: 'x' })).status).toBe(404);
    expect((await second.post(`/tasks/${first.task}/complete`, {})).status).toBe(404);
    const gift = await second.post('/gifts', {
      constituentId: first.constituent,
      amount: 100,
      currency: 'USD',
    });
    expect(gift.status).toBe(400);
    expect(gift.body.errors).toEqual([{ field: 'constituentId', message: 'no constituent with this id' }]);

    expect(await databaseSnapshot(app)).toEqual(before);
  });

  it('keeps names unique per tenant, not across tenants', async () => {
    const fund = await as(other.token).post('/funds', { name: 'Scholarships' });
    expect(fund.status).toBe(201);
    expect(fund.body.id).not.toBe(first.fund);
  });
});
