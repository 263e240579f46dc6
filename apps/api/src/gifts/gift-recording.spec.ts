import { createConstituent, recordGift } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';

/** With STEWARD_ROLE=api no worker runs, so the queued job stays visible to assert on. */
describe('recording a gift', () => {
  let app: TestApp;
  let donorId: string;

  beforeAll(async () => {
    app = await startTestApp({ STEWARD_ROLE: 'api' });
    donorId = (await createConstituent(app)).id;
  });
  afterAll(() => app?.close());

  const counts = async () => {
    const [row] = await app.sql<Record<string, string>>(`SELECT
        (SELECT count(*) FROM gifts) AS gifts,
        (SELECT count(*) FROM acknowledgements) AS acknowledgements,
        (SELECT count(*) FROM timeline_entries WHERE kind = 'gift') AS timeline,
        (SELECT count(*) FROM graphile_worker.jobs WHERE task_identifier = 'acknowledgement.send') AS jobs`);
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
  };

  it('commits the gift, its timeline entry, its acknowledgement and its job together', async () => {
    const before = await counts();
    const gift = await recordGift(app, { constituentId: donorId, amount: 2500, currency: 'eur' });
    expect(gift).toMatchObject({
      amount: 2500,
      currency: 'EUR',
      acknowledgement: { status: 'queued', sentAt: null },
    });
    expect(await counts()).toEqual({
      gifts: before.gifts + 1,
      acknowledgements: before.acknowledgements + 1,
      timeline: before.timeline + 1,
      jobs: before.jobs + 1,
    });
  });

  it('rolls all of it back when the job cannot be queued', async () => {
    const before = await counts();
    await app.sql('ALTER FUNCTION graphile_worker.add_job RENAME TO add_job_unavailable');
    try {
      const res = await app
        .http()
        .post('/api/v1/gifts')
        .set('authorization', `Bearer ${app.token}`)
        .send({ constituentId: donorId, amount: 1000, currency: 'USD' });
      expect(res.status).toBe(500);
      expect(res.headers['content-type']).toContain('application/problem+json');
    } finally {
      await app.sql('ALTER FUNCTION graphile_worker.add_job_unavailable RENAME TO add_job');
    }
    expect(await counts()).toEqual(before);
  });

  it('stores a retried request with the same Idempotency-Key once', async () => {
    const before = await counts();
    const send = () =>
      app
        .http()
        .post('/api/v1/gifts')
        .set('authorization', `Bearer ${app.token}`)
        .set('idempotency-key', 'batch-7-row-12')
        .send({ constituentId: donorId, amount: 7500, currency: 'USD' });
    const [first, second] = await Promise.all([send(), send()]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(first.body.id).toBe(second.body.id);
    expect((await counts()).gifts).toBe(before.gifts + 1);
    expect((await counts()).jobs).toBe(before.jobs + 1);
  });

  it('answers a payment already recorded under its external reference, whatever its Idempotency-Key', async () => {
    const send = (key: string, overrides: Record<string, unknown> = {}) =>
      app
        .http()
        .post('/api/v1/gifts')
        .set('authorization', `Bearer ${app.token}`)
        .set('idempotency-key', key)
        .send({
          constituentId: donorId,
          amount: 4200,
          currency: 'USD',
          externalReference: 'pi_3Nx7',
          ...overrides,
        });
    const first = await send('webhook-delivery-1').expect(201);
    const before = await counts();

    // The processor retried the same payment under a new delivery id: the stored gift, as a replay.
    const again = await send('webhook-delivery-2').expect(200);
    expect(again.body).toMatchObject({ id: first.body.id, externalReference: 'pi_3Nx7', amount: 4200 });

    // A different payment under the same reference would be lost if answered 200: refused, naming it.
    const other = await send('webhook-delivery-3', { amount: 9900 }).expect(409);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.body.errors).toEqual([
      { field: 'externalReference', message: expect.stringContaining(`gift ${first.body.id}`) },
    ]);
    expect(await counts()).toEqual(before);
  });

  describe('refuses bad input with problem details naming the field, and writes nothing', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['a negative amount', { amount: -500 }, 'amount'],
      ['a fractional amount', { amount: 300.5 }, 'amount'],
      ['an amount given as a string', { amount: '300.00' }, 'amount'],
      ['an unknown currency', { currency: 'XYZ' }, 'currency'],
      ['an unknown constituent', { constituentId: '01900000-0000-7000-8000-000000000000' }, 'constituentId'],
      ['an unknown field', { note: 'thanks!' }, 'note'],
      ['an unknown fund', { fundId: '01900000-0000-7000-8000-000000000000' }, 'fundId'],
      ['a malformed date', { receivedAt: 'yesterday' }, 'receivedAt'],
    ];
    it.each(cases)('%s', async (_name, override, field) => {
      const before = await counts();
      const res = await app
        .http()
        .post('/api/v1/gifts')
        .set('authorization', `Bearer ${app.token}`)
        .send({ constituentId: donorId, amount: 30000, currency: 'USD', ...override });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 400, title: expect.any(String) });
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      expect(await counts()).toEqual(before);
    });
  });

  it('says what is wrong with an amount: missing, a string, a fraction, or out of bounds', async () => {
    const amountProblem = async (amount: unknown) => {
      const body: Record<string, unknown> = { constituentId: donorId, currency: 'USD' };
      if (amount !== undefined) body.amount = amount;
      const res = await app
        .http()
        .post('/api/v1/gifts')
        .set('authorization', `Bearer ${app.token}`)
        .send(body)
        .expect(400);
      return res.body.errors;
    };
    const unit = 'an integer number of minor units (30000 USD is $300.00)';
    expect(await amountProblem(undefined)).toEqual([
      { field: 'amount', message: `amount is required: ${unit}` },
    ]);
    expect(await amountProblem(null)).toEqual([{ field: 'amount', message: `amount is required: ${unit}` }]);
    expect(await amountProblem('30000')).toEqual([
      { field: 'amount', message: `amount must be ${unit}, not a string` },
    ]);
    expect(await amountProblem(300.5)).toEqual([{ field: 'amount', message: `amount must be ${unit}` }]);
    expect(await amountProblem(0)).toEqual([
      { field: 'amount', message: `amount must be at least 1 (${unit})` },
    ]);
    expect(await amountProblem(1e15)).toEqual([
      { field: 'amount', message: 'amount must be at most 999999999999999 minor units' },
    ]);
  });

  it('names the body when the JSON is malformed', async () => {
    const res = await app
      .http()
      .post('/api/v1/gifts')
      .set('authorization', `Bearer ${app.token}`)
      .set('content-type', 'application/json')
      .send('{"amount": 300');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('lists gifts newest first with a cursor', async () => {
    const page1 = await app
      .http()
      .get('/api/v1/gifts?limit=1')
      .set('authorization', `Bearer ${app.token}`)
      .expect(200);
    expect(page1.body.items).toHaveLength(1);
    const page2 = await app
      .http()
      .get(`/api/v1/gifts?limit=1&cursor=${page1.body.nextCursor}`)
      .set('authorization', `Bearer ${app.token}`)
      .expect(200);
    expect(page2.body.items[0].id < page1.body.items[0].id).toBe(true);
  });
});
