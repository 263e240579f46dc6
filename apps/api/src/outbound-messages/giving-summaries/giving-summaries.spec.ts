import type { ParsedMail } from 'mailparser';
import { createConstituent, createUser, getGift, recordGift } from '../../../test/factories';
import { eventually, startMailingTestApp, type TestApp } from '../../../test/harness';
import { pdfText } from '../../../test/pdf-text';
import type { SmtpSink } from '../../../test/smtp-sink';
import { GivingSummaryJobs } from './giving-summary.jobs';

describe('giving summaries', () => {
  let smtp: SmtpSink;
  let app: TestApp;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ app, smtp, close } = await startMailingTestApp({}));
  });
  afterAll(() => close?.());

  const auth = (token = app.token) => `Bearer ${token}`;

  function plan(body: Record<string, unknown>, expectStatus = 202) {
    return app
      .http()
      .post('/api/v1/giving-summaries')
      .set('authorization', auth())
      .send(body)
      .expect(expectStatus)
      .then((res) => res.body);
  }

  function messagesTo(address: string, subject?: string): ParsedMail[] {
    return smtp.messages.filter(
      (m) => JSON.stringify(m.to).includes(address) && (subject === undefined || m.subject === subject),
    );
  }

  /**
   * The summary email once it has arrived and Steward has recorded it as sent: the record follows the
   * server's reply, so on a busy machine a test reading the database at arrival can see it unrecorded.
   */
  async function summaryEmail(address: string, subject: string): Promise<ParsedMail> {
    const message = await eventually(async () => messagesTo(address, subject)[0]);
    await eventually(async () => {
      const rows = await app.sql(`SELECT 1 FROM giving_summaries WHERE message_id = $1 AND status = 'sent'`, [
        message.messageId,
      ]);
      return rows.length > 0 ? true : undefined;
    });
    return message;
  }

  async function createFund(name: string): Promise<string> {
    const res = await app
      .http()
      .post('/api/v1/funds')
      .set('authorization', auth())
      .send({ name })
      .expect(201);
    return res.body.id;
  }

  function fetchPdf(constituentId: string, year: number | string, token = app.token) {
    return app
      .http()
      .get(`/api/v1/constituents/${constituentId}/giving-summary.pdf?year=${year}`)
      .set('authorization', auth(token))
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
  }

  /** A donor with three gifts in 2023 (one bought two dinner seats) and one in 2022. */
  async function donorOf2023() {
    const donor = await createConstituent(app);
    const pantry = await createFund(`Pantry ${Math.random().toString(36).slice(2, 7)}`);
    await recordGift(app, { constituentId: donor.id, amount: 9900, receivedAt: '2022-12-31T23:00:00Z' });
    await recordGift(app, {
      constituentId: donor.id,
      amount: 30000,
      fundId: pantry,
      receivedAt: '2023-03-04T15:00:00Z',
    });
    await recordGift(app, {
      constituentId: donor.id,
      amount: 50000,
      receivedAt: '2023-10-20T19:00:00Z',
      goodsServicesValue: 12000,
      goodsServicesDescription: 'two gala dinner seats',
    });
    await recordGift(app, {
      constituentId: donor.id,
      amount: 2500,
      currency: 'EUR',
      receivedAt: '2023-12-31T23:30:00Z',
    });
    const receipts = await app.sql<{ receipt_number: string; amount: string }>(
      `SELECT receipt_number, amount FROM gifts
        WHERE constituent_id = $1 AND received_at >= '2023-01-01' ORDER BY received_at`,
      [donor.id],
    );
    return { donor, email: donor.emails[0].address, pantry, receipts: receipts.map((r) => r.receipt_number) };
  }

  it('emails the year-end summary with the gifts, totals and tax statement, and a PDF saying the same', async () => {
    const { donor, email, receipts } = await donorOf2023();

    const planned = await plan({ period: 'year', year: 2023 });
    expect(planned).toEqual({
      period: 'year',
      periodStart: '2023-01-01',
      periodEnd: '2024-01-01',
      planned: 1,
      suppressed: 0,
      alreadyPlanned: 0,
      complete: true,
    });

    const message = await summaryEmail(email, 'Your 2023 giving summary');
    expect(message.text).toContain('Dear Annie,');
    expect(message.text).toContain(`- March 4, 2023: $300.00 (Pantry`);
    expect(message.text).toContain(`, receipt ${receipts[0]}`);
    expect(message.text).toContain(`- October 20, 2023: $500.00, receipt ${receipts[1]}`);
    expect(message.text).toContain(`- December 31, 2023: €25.00, receipt ${receipts[2]}`);
    expect(message.text).not.toContain('$99.00');
    expect(message.text).toContain('Total: €25.00; $800.00');
    expect(message.text).toContain(
      'My Nonprofit received your contributions in 2023 listed above, totaling $800.00 (US dollar gifts). ' +
        'No goods or services were provided in exchange for these contributions, except: for your payment ' +
        `of $500.00 on October 20, 2023 (receipt ${receipts[1]}) you received two gala dinner seats, with a ` +
        'good-faith estimated value of $120.00.',
    );
    expect(message.text).toContain('value of goods and services received: $680.00.');

    expect(message.attachments).toHaveLength(1);
    const [attachment] = message.attachments;
    expect(attachment.contentType).toBe('application/pdf');
    expect(attachment.filename).toBe('giving-summary-2023.pdf');
    const { text, pages } = await pdfText(attachment.content);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('My Nonprofit Giving summary for 2023 Annie Rivera');
    expect(flat).toMatch(new RegExp(`March 4, 2023 ${receipts[0]} Pantry \\w+ \\$300\\.00`));
    expect(flat).toContain(`October 20, 2023 ${receipts[1]} General support $500.00`);
    expect(flat).toContain('Total EUR €25.00');
    expect(flat).toContain('Total USD $800.00');
    expect(flat).toContain('two gala dinner seats, estimated value $120.00');
    expect(flat).toContain(`Page 1 of ${pages}`);

    const [row] = await app.sql<{ id: string; status: string; template_version: number; recipient: string }>(
      `SELECT id, status, template_version, recipient FROM giving_summaries WHERE constituent_id = $1`,
      [donor.id],
    );
    expect(row).toMatchObject({ status: 'sent', template_version: 0, recipient: email });
    const timeline = await app.sql<{ summary: string }>(
      `SELECT summary FROM timeline_entries WHERE constituent_id = $1 AND subject_id = $2`,
      [donor.id, row.id],
    );
    expect(timeline).toEqual([{ summary: 'Year-end giving summary emailed: Your 2023 giving summary' }]);
  });

  it("waits for a major gift's personal thank-you, then thanks the whole year after it", async () => {
    const settings = (majorGiftThresholds: { currency: string; amount: number }[]) =>
      app
        .http()
        .put('/api/v1/settings/acknowledgements')
        .set('authorization', auth())
        .send({ automatedTargetSeconds: 300, personalTargetSeconds: 172800, majorGiftThresholds })
        .expect(200);
    await settings([{ currency: 'USD', amount: 1_000_000 }]);
    try {
      const donor = await createConstituent(app);
      const email = donor.emails[0].address;
      const small = await recordGift(app, {
        constituentId: donor.id,
        amount: 5000,
        receivedAt: '2021-02-01T12:00:00Z',
      });
      const major = await recordGift(app, {
        constituentId: donor.id,
        amount: 2_500_000,
        receivedAt: '2021-12-30T12:00:00Z',
      });
      expect(major.acknowledgement.status).toBe('held');
      await eventually(async () =>
        (await getGift(app, small.id)).acknowledgement.status === 'sent' ? true : undefined,
      );

      expect(await plan({ period: 'year', year: 2021 })).toMatchObject({ planned: 1 });
      const waiting = await eventually(async () => {
        const [row] = await app.sql<{ status: string; reason: string | null }>(
          `SELECT status, reason FROM giving_summaries WHERE constituent_id = $1 AND period = 'year'`,
          [donor.id],
        );
        return row?.reason?.startsWith('waiting for the personal thank-you') ? row : undefined;
      });
      expect(waiting.status).toBe('queued');
      expect(messagesTo(email, 'Your 2021 giving summary')).toHaveLength(0);

      await app
        .http()
        .post(`/api/v1/acknowledgements/${major.acknowledgement.id}/approve`)
        .set('authorization', auth())
        .send({ personalNote: 'Thank you for the new roof.' })
        .expect(200);
      const summary = await summaryEmail(email, 'Your 2021 giving summary');
      expect(summary.text).toContain('$25,000.00');
      expect(summary.text).toContain('$50.00');
      // The personal thank-you reached the donor before the summary that lists its gift.
      const subjects = messagesTo(email).map((m) => m.subject);
      expect(subjects.indexOf('Your 2021 giving summary')).toBe(subjects.length - 1);
      expect(messagesTo(email).filter((m) => m.text?.includes('Thank you for the new roof.'))).toHaveLength(
        1,
      );
    } finally {
      await settings([]);
    }
  });

  it('plans a large year in batches of 500 donors, each its own transaction and job, resumable', async () => {
    // 1,201 donors of 1990, written straight to the tables (three batches through the API would take
    // minutes); without an email address each summary is recorded as suppressed, so nothing is sent.
    const [{ tenant_id: tenantId }] = await app.sql<{ tenant_id: string }>(
      `SELECT tenant_id FROM users WHERE email = 'admin@example.org'`,
    );
    await app.sql(
      `WITH donors AS (
         INSERT INTO constituents (id, tenant_id, kind, first_name)
         SELECT gen_random_uuid(), $1, 'individual', 'Donor ' || i FROM generate_series(1, 1201) i
         RETURNING id
       )
       INSERT INTO gifts (id, tenant_id, constituent_id, amount, currency, received_at, receipt_number)
       SELECT gen_random_uuid(), $1, id, 1000, 'USD', '1990-06-01T12:00:00Z', NULL FROM donors`,
      [tenantId],
    );
    const first = await plan({ period: 'year', year: 1990 });
    expect(first).toMatchObject({ planned: 0, suppressed: 500, alreadyPlanned: 0, complete: false });

    const summaries = async () =>
      (
        await app.sql<{ n: number; donors: number }>(
          `SELECT count(*)::int AS n, count(DISTINCT constituent_id)::int AS donors
             FROM giving_summaries WHERE period = 'year' AND period_start = '1990-01-01'`,
        )
      )[0];
    await eventually(async () => ((await summaries()).n === 1201 ? true : undefined), 30_000);
    expect(await summaries()).toEqual({ n: 1201, donors: 1201 });
    const reasons = await app.sql<{ reason: string }>(
      `SELECT DISTINCT reason FROM giving_summaries WHERE period_start = '1990-01-01'`,
    );
    expect(reasons).toEqual([{ reason: 'no email address on record' }]);

    // Planning again, or after a cut-short run, adds nothing: every batch is idempotent.
    expect(await plan({ period: 'year', year: 1990 })).toMatchObject({
      planned: 0,
      suppressed: 0,
      alreadyPlanned: 500,
      complete: false,
    });
    await eventually(async () => {
      const [{ pending }] = await app.sql<{ pending: number }>(
        `SELECT count(*)::int AS pending FROM graphile_worker.jobs WHERE task_identifier = 'giving-summary.plan-batch'`,
      );
      return pending === 0 ? true : undefined;
    }, 30_000);
    expect(await summaries()).toEqual({ n: 1201, donors: 1201 });
  });

  it('sends one summary per donor and year however often the year is planned', async () => {
    const donor = await createConstituent(app);
    const email = donor.emails[0].address;
    await recordGift(app, { constituentId: donor.id, amount: 4000, receivedAt: '2019-05-05T12:00:00Z' });

    const [first, second] = await Promise.all([
      plan({ period: 'year', year: 2019 }),
      plan({ period: 'year', year: 2019 }),
    ]);
    expect(first.planned + second.planned).toBe(1);
    expect(first.alreadyPlanned + second.alreadyPlanned).toBe(1);
    await summaryEmail(email, 'Your 2019 giving summary');
    expect(await plan({ period: 'year', year: 2019 })).toMatchObject({ planned: 0, alreadyPlanned: 1 });

    // Give a re-run job every chance to send again before counting.
    await new Promise((r) => setTimeout(r, 500));
    expect(messagesTo(email, 'Your 2019 giving summary')).toHaveLength(1);
    const rows = await app.sql('SELECT id FROM giving_summaries WHERE constituent_id = $1', [donor.id]);
    expect(rows).toHaveLength(1);
  });

  it("records a deceased donor's summary as suppressed with the reason, and sends nothing", async () => {
    const living = await createConstituent(app);
    const deceased = await createConstituent(app, { deceased: true });
    const noEmail = await createConstituent(app, { emails: [] });
    for (const donor of [living, deceased, noEmail]) {
      await recordGift(app, { constituentId: donor.id, amount: 10000, receivedAt: '2018-06-01T12:00:00Z' });
    }

    expect(await plan({ period: 'year', year: 2018 })).toMatchObject({ planned: 1, suppressed: 2 });
    await summaryEmail(living.emails[0].address, 'Your 2018 giving summary');

    const list = await app
      .http()
      .get('/api/v1/giving-summaries?period=year&periodStart=2018-01-01&status=suppressed')
      .set('authorization', auth())
      .expect(200);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          constituentId: deceased.id,
          constituentName: 'Annie Rivera',
          status: 'suppressed',
          reason: 'the constituent is marked deceased',
          sentAt: null,
        }),
        expect.objectContaining({ constituentId: noEmail.id, reason: 'no email address on record' }),
      ]),
    );
    expect(messagesTo(deceased.emails[0].address)).toHaveLength(0);
  });

  it('lists summaries a page at a time', async () => {
    for (let i = 0; i < 3; i++) {
      const donor = await createConstituent(app);
      await recordGift(app, { constituentId: donor.id, amount: 1000, receivedAt: '2017-02-02T12:00:00Z' });
    }
    await plan({ period: 'year', year: 2017 });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await app
        .http()
        .get(`/api/v1/giving-summaries?periodStart=2017-01-01&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .set('authorization', auth())
        .expect(200);
      seen.push(...res.body.items.map((s) => s.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(3);
  });

  /** A monthly-summary donor with a recurring gift whose first installment (October) was thanked. */
  async function monthlyDonor(preference = 'monthly_summary') {
    const donor = await createConstituent(app, { installmentAcknowledgement: preference });
    const recurring = await app
      .http()
      .post('/api/v1/recurring-gifts')
      .set('authorization', auth())
      .send({
        constituentId: donor.id,
        amount: 2500,
        currency: 'USD',
        frequency: 'monthly',
        startedAt: '2026-10-03T12:00:00Z',
      })
      .expect(201);
    const installment = (receivedAt: string) =>
      recordGift(app, {
        constituentId: donor.id,
        amount: 2500,
        recurringGiftId: recurring.body.id,
        receivedAt,
      });
    const first = await installment('2026-10-03T12:00:00Z');
    expect(first.acknowledgement.status).toBe('queued');
    return { donor, email: donor.emails[0].address, installment };
  }

  it('thanks a month of deferred installments in one email and marks their thank-yous sent', async () => {
    const { donor, email, installment } = await monthlyDonor();
    const november = [await installment('2026-11-03T12:00:00Z'), await installment('2026-11-17T12:00:00Z')];
    expect(november.map((g) => g.acknowledgement.status)).toEqual(['deferred', 'deferred']);
    // A one-time gift is thanked on its own, not in the installments' summary.
    await recordGift(app, { constituentId: donor.id, amount: 7000, receivedAt: '2026-11-10T12:00:00Z' });
    // A donor who asked to be thanked only at year-end gets no monthly summary.
    const annual = await monthlyDonor('annual');
    expect((await annual.installment('2026-11-05T12:00:00Z')).acknowledgement.status).toBe('deferred');

    expect(await plan({ period: 'month', month: '2026-11' })).toMatchObject({
      periodStart: '2026-11-01',
      periodEnd: '2026-12-01',
      planned: 1,
      suppressed: 0,
    });

    const message = await summaryEmail(email, 'Thank you for your gifts in November 2026');
    expect(message.text).toContain('Thank you for your gifts to My Nonprofit in November 2026.');
    expect(message.text).toContain('- November 3, 2026: $25.00');
    expect(message.text).toContain('- November 17, 2026: $25.00');
    expect(message.text).not.toContain('$70.00');
    expect(message.text).toContain('Total: $50.00');
    expect(message.attachments).toHaveLength(0);

    const [summary] = await app.sql<{ id: string }>(
      `SELECT id FROM giving_summaries WHERE constituent_id = $1 AND status = 'sent'`,
      [donor.id],
    );
    // The SMTP server has the message a moment before the sender commits what it sent.
    for (const gift of november) {
      const ack = await eventually(async () => {
        const current = (await getGift(app, gift.id)).acknowledgement;
        return current.status === 'sent' ? current : undefined;
      });
      expect(ack.sentAt).not.toBeNull();
    }
    const acks = await app.sql<{ giving_summary_id: string }>(
      'SELECT giving_summary_id FROM acknowledgements WHERE gift_id = ANY($1)',
      [november.map((g) => g.id)],
    );
    expect(acks).toEqual([{ giving_summary_id: summary.id }, { giving_summary_id: summary.id }]);
    expect(messagesTo(annual.email, 'Thank you for your gifts in November 2026')).toHaveLength(0);
  });

  it("thanks an annual-only donor's installments in the year-end summary", async () => {
    const { email, installment } = await monthlyDonor('annual');
    const deferred = await installment('2026-11-06T12:00:00Z');
    expect(deferred.acknowledgement).toMatchObject({
      status: 'deferred',
      reason: 'installment: the donor is thanked in the year-end summary',
    });

    await plan({ period: 'year', year: 2026 });
    const message = await summaryEmail(email, 'Your 2026 giving summary');
    expect(message.text).toContain('- October 3, 2026: $25.00');
    expect(message.text).toContain('- November 6, 2026: $25.00');

    // As above: the sender commits what it sent a moment after the SMTP server has the message.
    const row = await eventually(async () => {
      const [found] = await app.sql<{ status: string; summary_period: string }>(
        `SELECT a.status, s.period AS summary_period
           FROM acknowledgements a JOIN giving_summaries s ON s.id = a.giving_summary_id
          WHERE a.gift_id = $1`,
        [deferred.id],
      );
      return found;
    });
    expect(row).toEqual({ status: 'sent', summary_period: 'year' });
    expect(messagesTo(email).map((m) => m.subject)).not.toContain(
      'Thank you for your gifts in November 2026',
    );
    expect((await getGift(app, deferred.id)).acknowledgement.status).toBe('sent');
  });

  it('plans the previous month on the 1st, from the crontab the worker runs', async () => {
    const known = await app.sql<{ identifier: string }>(
      'SELECT identifier FROM graphile_worker._private_known_crontabs',
    );
    expect(known.map((k) => k.identifier)).toContain('giving-summary.plan-month');

    const { email, installment } = await monthlyDonor();
    await installment('2027-01-20T12:00:00Z');
    const { handlers } = app.steward.app.get(GivingSummaryJobs);
    // What graphile-worker passes to the 06:00 UTC run of February 1st.
    await handlers['giving-summary.plan-month']({ _cron: { ts: '2027-02-01T06:00:00.000Z' } });
    const message = await summaryEmail(email, 'Thank you for your gifts in January 2027');
    expect(message.text).toContain('- January 20, 2027: $25.00');
  });

  it('serves a donor their printable year to staff who may see giving, and to no one else', async () => {
    const { donor, receipts } = await donorOf2023();
    const res = await fetchPdf(donor.id, 2023).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('inline; filename="giving-summary-2023.pdf"');
    const { text } = await pdfText(res.body as Buffer);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('My Nonprofit Giving summary for 2023 Annie Rivera');
    expect(flat).toContain(`October 20, 2023 ${receipts[1]} General support $500.00`);
    expect(flat).toContain(`December 31, 2023 ${receipts[2]} General support €25.00`);
    expect(flat).toContain('Total USD $800.00');
    expect(flat).toContain('No goods or services were provided in exchange for these contributions, except');
    expect(flat).not.toContain('$99.00');

    const readOnly = await createUser(app, { role: 'read_only' });
    await fetchPdf(donor.id, 2023, readOnly.token).expect(200);
    const coordinator = await createUser(app, { role: 'volunteer_coordinator' });
    await fetchPdf(donor.id, 2023, coordinator.token).expect(403);
    await fetchPdf('0190a0a0-0000-7000-8000-000000000000', 2023).expect(404);
    await fetchPdf(donor.id, 'last').expect(400);
  });

  it('refuses a plan without its month or year', async () => {
    const res = await plan({ period: 'month', year: 2026 }, 400);
    expect(JSON.stringify(res)).toContain('month must be a month as YYYY-MM');
  });
});
