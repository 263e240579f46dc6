import { createConstituent, getGift, recordGift } from '../../../../test/factories';
import { eventually, startTestApp, type TestApp } from '../../../../test/harness';
import { tokenForRole } from '../../../../test/staff';

const at = (iso: string, plusSeconds = 0) => new Date(Date.parse(iso) + plusSeconds * 1000).toISOString();
const ago = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();

interface AckState {
  status: string;
  /** When the gift and its acknowledgement were recorded; defaults to receivedAt. */
  createdAt?: string;
  sentAt?: string | null;
  reviewedAt?: string | null;
  reason?: string | null;
}

/** Records a gift through the API, then sets its acknowledgement's state and times exactly. */
async function giftWith(app: TestApp, donorId: string, receivedAt: string, ack: AckState) {
  const gift = await recordGift(app, { constituentId: donorId, receivedAt });
  const createdAt = ack.createdAt ?? receivedAt;
  await app.sql('UPDATE gifts SET created_at = $2 WHERE id = $1', [gift.id, createdAt]);
  await app.sql(
    `UPDATE acknowledgements SET status = $2, created_at = $3, sent_at = $4, reviewed_at = $5,
            reason = COALESCE($6, reason)
      WHERE gift_id = $1`,
    [gift.id, ack.status, createdAt, ack.sentAt ?? null, ack.reviewedAt ?? null, ack.reason ?? null],
  );
  return gift as { id: string; constituentId: string; acknowledgement: { id: string } };
}

async function callTask(
  app: TestApp,
  gift: { id: string; constituentId: string },
  dueAt: string,
  completedAt: string | null,
) {
  const [task] = await app.sql<{ id: string }>(
    `INSERT INTO tasks (id, tenant_id, kind, title, constituent_id, gift_id, due_at, completed_at)
     SELECT gen_random_uuid(), tenant_id, 'call', 'Call to thank for a major gift', constituent_id, id, $2, $3
       FROM gifts WHERE id = $1
     RETURNING id`,
    [gift.id, dueAt, completedAt],
  );
  return task.id;
}

describe('promptness figures', () => {
  let app: TestApp;
  const window = 'from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:00Z';
  const figures = async (query = window, token = app.token) =>
    (
      await app
        .http()
        .get(`/api/v1/acknowledgements/promptness?${query}`)
        .set('authorization', `Bearer ${token}`)
        .expect(200)
    ).body;

  beforeAll(async () => {
    // No worker: the rows keep exactly the state the test gives them.
    app = await startTestApp({ STEWARD_ROLE: 'api' });
    const donor = (await createConstituent(app)).id;
    const t = '2025-01-10T10:00:00Z';
    // Automated: 60 s, 120 s, 400 s, 3600 s, and a cheque received 4 days before it was keyed in and
    // thanked 60 s after: its clock starts when it was recorded.
    await giftWith(app, donor, t, { status: 'sent', sentAt: at(t, 60) });
    await giftWith(app, donor, t, { status: 'sent', sentAt: at(t, 120) });
    await giftWith(app, donor, t, { status: 'sent', sentAt: at(t, 400) });
    await giftWith(app, donor, '2025-01-20T10:00:00Z', {
      status: 'sent',
      sentAt: at('2025-01-20T10:00:00Z', 3600),
    });
    await giftWith(app, donor, '2025-01-06T00:00:00Z', {
      status: 'sent',
      createdAt: '2025-01-10T09:00:00Z',
      sentAt: '2025-01-10T09:01:00Z',
    });
    await giftWith(app, donor, t, { status: 'queued' });
    await giftWith(app, donor, t, { status: 'suppressed' });
    await giftWith(app, donor, t, { status: 'deferred' });
    await giftWith(app, donor, t, { status: 'failed' });
    // Outside the window (to is exclusive).
    await giftWith(app, donor, '2024-12-31T23:59:59Z', { status: 'sent', sentAt: '2025-01-01T00:00:09Z' });
    await giftWith(app, donor, '2025-02-01T00:00:00Z', { status: 'sent', sentAt: '2025-02-01T00:00:05Z' });
    // Personal: reviewed thank-yous after 1 day and after 200000 s (> 48 h); one still held; calls.
    const p1 = await giftWith(app, donor, t, {
      status: 'sent',
      reviewedAt: at(t, 80000),
      sentAt: at(t, 86400),
    });
    await giftWith(app, donor, t, { status: 'sent', reviewedAt: at(t, 190000), sentAt: at(t, 200000) });
    const held = await giftWith(app, donor, t, { status: 'held', reason: 'major gift: waiting for review' });
    await callTask(app, p1, at(t, 172800), at(t, 3600));
    await callTask(app, held, at(t, 172800), null);
  });
  afterAll(() => app?.close());

  it('measures each track against its target, with median, p90 and what is still pending', async () => {
    const body = await figures();
    expect(body.automated).toEqual({
      targetSeconds: 300,
      count: 5,
      sentWithinTarget: 3,
      share: 0.6,
      medianSeconds: 120,
      p90Seconds: 2320,
      pending: 1,
      overdue: 1,
    });
    expect(body.personal).toEqual({
      targetSeconds: 172800,
      count: 3,
      sentWithinTarget: 2,
      share: 2 / 3,
      medianSeconds: 86400,
      p90Seconds: 177280,
      pending: 2,
      overdue: 2,
    });
    expect(body).toMatchObject({ pending: 3, failed: 1, suppressed: 1, deferred: 1 });
  });

  it("follows the tenant's targets", async () => {
    await app
      .http()
      .put('/api/v1/settings/acknowledgements')
      .set('authorization', `Bearer ${app.token}`)
      .send({ automatedTargetSeconds: 450, personalTargetSeconds: 172800, majorGiftThresholds: [] })
      .expect(200);
    const body = await figures();
    expect(body.automated).toMatchObject({ targetSeconds: 450, sentWithinTarget: 4, share: 0.8 });
    await app
      .http()
      .put('/api/v1/settings/acknowledgements')
      .set('authorization', `Bearer ${app.token}`)
      .send({ automatedTargetSeconds: 300, personalTargetSeconds: 172800, majorGiftThresholds: [] })
      .expect(200);
  });

  it('has no share when nothing was sent, and defaults to the last 30 days', async () => {
    const empty = await figures('from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z');
    expect(empty.automated).toMatchObject({ count: 0, share: null, medianSeconds: null, p90Seconds: null });
    const recent = await figures('');
    expect(Date.parse(recent.to) - Date.parse(recent.from)).toBe(30 * 86400 * 1000);
    expect(recent.automated.count).toBe(0);
  });

  it('refuses a range that ends before it starts', async () => {
    const res = await app
      .http()
      .get('/api/v1/acknowledgements/promptness?from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z')
      .set('authorization', `Bearer ${app.token}`)
      .expect(400);
    expect(res.body.errors).toEqual([{ field: 'from', message: 'must be before to' }]);
  });

  it('is for the roles that see giving', async () => {
    await figures(window, await tokenForRole(app, 'read_only'));
    await app
      .http()
      .get(`/api/v1/acknowledgements/promptness?${window}`)
      .set('authorization', `Bearer ${await tokenForRole(app, 'volunteer_coordinator')}`)
      .expect(403);
  });
});

describe('the overdue list', () => {
  let app: TestApp;
  const expected: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({ STEWARD_ROLE: 'api' });
    const donor = (await createConstituent(app)).id;
    const org = (
      await createConstituent(app, {
        kind: 'organization',
        organizationName: 'Rivera Family Foundation',
        firstName: undefined,
        lastName: undefined,
        preferredName: undefined,
      })
    ).id;
    const heldLate = await giftWith(app, org, ago(3 * 86400), {
      status: 'held',
      reason: 'major gift: review',
    });
    await giftWith(app, donor, ago(86400), { status: 'held', reason: 'major gift: review' }); // due tomorrow
    const retrying = await giftWith(app, donor, ago(3600), { status: 'retrying', reason: null });
    const queuedLate = await giftWith(app, donor, ago(600), { status: 'queued' });
    await giftWith(app, donor, ago(60), { status: 'queued' }); // within 5 minutes
    // Received ten days ago but keyed in a minute ago: not late yet.
    await giftWith(app, donor, ago(10 * 86400), { status: 'queued', createdAt: ago(60) });
    const failed = await giftWith(app, donor, ago(60), { status: 'failed', reason: 'delivery failed' });
    await giftWith(app, donor, ago(86400), { status: 'sent', sentAt: ago(86000) });
    const openLate = await callTask(app, heldLate, ago(7200), null);
    await callTask(app, heldLate, ago(-7200), null); // due later
    await callTask(app, heldLate, ago(9000), ago(8000)); // done
    expected.push(
      heldLate.acknowledgement.id,
      openLate,
      retrying.acknowledgement.id,
      queuedLate.acknowledgement.id,
      failed.acknowledgement.id,
    );
  });
  afterAll(() => app?.close());

  const page = async (query: string) =>
    (
      await app
        .http()
        .get(`/api/v1/acknowledgements/overdue?${query}`)
        .set('authorization', `Bearer ${app.token}`)
        .expect(200)
    ).body;

  it('lists what is late and not done, oldest first, a page at a time', async () => {
    const ids: string[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const body = await page(`limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      ids.push(...body.items.map((i: { id: string }) => i.id));
      cursor = body.nextCursor;
      pages++;
    }
    expect(ids).toEqual(expected);
    expect(pages).toBe(3);
  });

  it('says what each item is, whose, for how much, and how late', async () => {
    const { items } = await page('limit=10');
    expect(items[0]).toMatchObject({
      type: 'acknowledgement',
      kind: 'donor',
      constituentName: 'Rivera Family Foundation',
      amount: 30000,
      currency: 'USD',
      status: 'held',
      reason: 'major gift: review',
    });
    // Held three days against a 48-hour target: a day late.
    expect(items[0].overdueSeconds).toBeGreaterThanOrEqual(86400 - 5);
    expect(items[0].overdueSeconds).toBeLessThan(86400 + 60);
    expect(items[1]).toMatchObject({
      type: 'task',
      kind: 'call',
      status: 'open',
      constituentName: 'Rivera Family Foundation',
    });
    expect(items[3]).toMatchObject({ status: 'queued', constituentName: 'Annie Rivera' });
    expect(items[3].overdueSeconds).toBeGreaterThanOrEqual(300 - 5);
    // Failed a minute in: a person must act now, though the 5-minute target has not passed.
    expect(items[4]).toMatchObject({ status: 'failed', reason: 'delivery failed', overdueSeconds: 0 });
  });

  it("counts on the overview's card exactly the late items the list shows", async () => {
    const { items } = await page('limit=50');
    const late = items.filter((i: { status: string }) => !['failed', 'bounced'].includes(i.status));
    const body = (
      await app
        .http()
        .get('/api/v1/acknowledgements/promptness')
        .set('authorization', `Bearer ${app.token}`)
        .expect(200)
    ).body;
    // Late: the held gift, its open call, the retrying and the late queued thank-you. The call due
    // later is not late, though its gift was received three days ago.
    expect(late).toHaveLength(4);
    expect({ automated: body.automated.overdue, personal: body.personal.overdue }).toEqual({
      automated: 2,
      personal: 2,
    });
    expect(body.automated.overdue + body.personal.overdue).toBe(late.length);
    expect(body.failed).toBe(items.length - late.length);
  });

  it('refuses a cursor it did not issue', async () => {
    const res = await app
      .http()
      .get('/api/v1/acknowledgements/overdue?cursor=bm9wZQ')
      .set('authorization', `Bearer ${app.token}`)
      .expect(400);
    expect(res.body.errors[0].field).toBe('cursor');
  });
});

describe("a gift's time to thank", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('is null until the thank-you is sent, then the seconds it took', async () => {
    const donor = await createConstituent(app);
    const gift = await recordGift(app, { constituentId: donor.id });
    expect(gift.acknowledgement.secondsToSend).toBeNull();
    const sent = await eventually(async () => {
      const g = await getGift(app, gift.id);
      return g.acknowledgement.status === 'sent' ? g : undefined;
    });
    expect(sent.acknowledgement.secondsToSend).toBeGreaterThanOrEqual(0);
    expect(sent.acknowledgement.secondsToSend).toBeLessThan(60);
  });

  it('counts from the recording of a backdated gift', async () => {
    const donor = await createConstituent(app);
    const gift = await recordGift(app, { constituentId: donor.id, receivedAt: '2025-03-01T12:00:00Z' });
    await eventually(async () =>
      (await getGift(app, gift.id)).acknowledgement.status === 'sent' ? true : undefined,
    );
    await app.sql(
      `UPDATE acknowledgements SET created_at = '2025-03-04T09:00:00Z', sent_at = '2025-03-04T09:00:42.5Z'
        WHERE gift_id = $1`,
      [gift.id],
    );
    expect((await getGift(app, gift.id)).acknowledgement.secondsToSend).toBe(42.5);
  });
});
