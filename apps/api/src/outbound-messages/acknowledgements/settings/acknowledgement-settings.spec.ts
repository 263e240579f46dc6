import { createConstituent, recordGift } from '../../../../test/factories';
import { startTestApp, type TestApp } from '../../../../test/harness';
import { tokenForRole } from '../../../../test/staff';

describe('acknowledgement settings', () => {
  let app: TestApp;
  const url = '/api/v1/settings/acknowledgements';
  const put = (body: unknown, token = app.token) =>
    app
      .http()
      .put(url)
      .set('authorization', `Bearer ${token}`)
      .send(body as object);

  beforeAll(async () => {
    app = await startTestApp({ STEWARD_ROLE: 'api' });
  });
  afterAll(() => app?.close());

  it('starts from the defaults: 5 minutes, 48 hours, no major gifts', async () => {
    const res = await app.http().get(url).set('authorization', `Bearer ${app.token}`).expect(200);
    expect(res.body).toEqual({
      automatedTargetSeconds: 300,
      personalTargetSeconds: 172800,
      majorGiftThresholds: [],
    });
  });

  it('stores what an admin puts, replaces the threshold list, and the rules use it', async () => {
    await put({
      automatedTargetSeconds: 600,
      personalTargetSeconds: 86400,
      majorGiftThresholds: [
        { currency: 'usd', amount: 1_000_000 },
        { currency: 'EUR', amount: 900_000 },
      ],
    }).expect(200);
    const read = await app.http().get(url).set('authorization', `Bearer ${app.token}`).expect(200);
    expect(read.body).toEqual({
      automatedTargetSeconds: 600,
      personalTargetSeconds: 86400,
      majorGiftThresholds: [
        { currency: 'EUR', amount: 900_000 },
        { currency: 'USD', amount: 1_000_000 },
      ],
    });

    // A gift from the USD threshold waits for a person.
    const donor = await createConstituent(app);
    const major = await recordGift(app, { constituentId: donor.id, amount: 1_000_000 });
    expect(major.acknowledgement.status).toBe('held');

    await put({ automatedTargetSeconds: 600, personalTargetSeconds: 86400, majorGiftThresholds: [] }).expect(
      200,
    );
    const cleared = await app.http().get(url).set('authorization', `Bearer ${app.token}`).expect(200);
    expect(cleared.body.majorGiftThresholds).toEqual([]);
    const ordinary = await recordGift(app, { constituentId: donor.id, amount: 1_000_000 });
    expect(ordinary.acknowledgement.status).toBe('queued');
  });

  it.each([
    ['automatedTargetSeconds', 'zero', { automatedTargetSeconds: 0 }],
    ['automatedTargetSeconds', 'a fraction', { automatedTargetSeconds: 12.5 }],
    ['personalTargetSeconds', 'a year', { personalTargetSeconds: 365 * 86400 }],
    [
      'majorGiftThresholds.0.currency',
      'not ISO 4217',
      { majorGiftThresholds: [{ currency: 'XYZ', amount: 100 }] },
    ],
    [
      'majorGiftThresholds.0.amount',
      'a fraction',
      { majorGiftThresholds: [{ currency: 'USD', amount: 10.5 }] },
    ],
    ['majorGiftThresholds.0.amount', 'negative', { majorGiftThresholds: [{ currency: 'USD', amount: -1 }] }],
    [
      'majorGiftThresholds.1.currency',
      'a currency twice',
      {
        majorGiftThresholds: [
          { currency: 'USD', amount: 100 },
          { currency: 'usd', amount: 200 },
        ],
      },
    ],
  ])('refuses a bad %s (%s), naming it and keeping what was stored', async (field, _what, change) => {
    const before = await app.http().get(url).set('authorization', `Bearer ${app.token}`).expect(200);
    const res = await put({
      automatedTargetSeconds: 300,
      personalTargetSeconds: 172800,
      majorGiftThresholds: [],
      ...change,
    }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    const after = await app.http().get(url).set('authorization', `Bearer ${app.token}`).expect(200);
    expect(after.body).toEqual(before.body);
  });

  it('lets any staff member read the targets and only an admin change them', async () => {
    const officer = await tokenForRole(app, 'development_officer');
    const coordinator = await tokenForRole(app, 'volunteer_coordinator');
    await app.http().get(url).set('authorization', `Bearer ${coordinator}`).expect(200);
    const body = { automatedTargetSeconds: 300, personalTargetSeconds: 172800, majorGiftThresholds: [] };
    await put(body, officer).expect(403);
    await put(body, coordinator).expect(403);
  });
});
