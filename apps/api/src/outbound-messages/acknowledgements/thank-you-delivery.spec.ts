import { AcknowledgementSender } from '@steward/notifications';
import { createConstituent, tasksOf, getGift, recordGift } from '../../../test/factories';
import { eventually, startMailingTestApp, type TestApp } from '../../../test/harness';
import type { SmtpSink } from '../../../test/smtp-sink';

describe('a gift arrives, a personal thank-you goes out', () => {
  let smtp: SmtpSink;
  let app: TestApp;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ app, smtp, close } = await startMailingTestApp(
      {},
      { MAIL_FROM: 'Casa Esperanza <thanks@casa.example>' },
    ));
  });
  afterAll(() => close?.());

  it('delivers a thank-you that greets the donor by preferred name with the amount in dollars', async () => {
    const fund = await app
      .http()
      .post('/api/v1/funds')
      .set('authorization', `Bearer ${app.token}`)
      .send({ name: 'Scholarships', impactStatement: 'Your gift puts a student in a classroom this fall.' })
      .expect(201);
    const donor = await createConstituent(app, { emails: [{ address: 'Ana.Rivera@Example.org' }] });

    const gift = await recordGift(app, {
      constituentId: donor.id,
      amount: 30000,
      currency: 'USD',
      fundId: fund.body.id,
    });
    expect(gift.amountFormatted).toBe('$300.00');

    const [message] = await smtp.waitForMessages(1);
    expect(message.to).toMatchObject({ value: [{ address: 'ana.rivera@example.org' }] });
    expect(message.from?.text).toContain('thanks@casa.example');
    expect(message.subject).toBe('Thank you, Annie');
    expect(message.text).toContain('Dear Annie,');
    expect(message.text).toContain('$300.00');
    expect(message.text).toContain('Scholarships');
    expect(message.text).toContain('Your gift puts a student in a classroom this fall.');
    expect(message.html).toContain('<strong>$300.00</strong>');
    expect(message.messageId).toMatch(/^<ack-[0-9a-f-]+@steward\.invalid>$/);

    const settled = await eventually(async () => {
      const g = await getGift(app, gift.id);
      return g.acknowledgement.status === 'sent' ? g : undefined;
    });
    expect(new Date(settled.acknowledgement.sentAt).getTime()).toBeGreaterThanOrEqual(
      new Date(gift.receivedAt).getTime(),
    );

    const timeline = await app
      .http()
      .get(`/api/v1/constituents/${donor.id}/timeline`)
      .set('authorization', `Bearer ${app.token}`)
      .expect(200);
    expect(timeline.body.items.map((i: { kind: string }) => i.kind)).toEqual(['acknowledgement', 'gift']);
  });

  it('escapes donor data in the HTML part', async () => {
    const donor = await createConstituent(app, { preferredName: '<script>alert(1)</script>' });
    await recordGift(app, { constituentId: donor.id });
    const message = await eventually(async () =>
      smtp.messages.find((m) => m.to && JSON.stringify(m.to).includes(donor.emails[0].address)),
    );
    expect(message.html).not.toContain('<script>');
    expect(message.html).toContain('&lt;script&gt;');
  });

  it('sends one email when the same acknowledgement job runs twice', async () => {
    const donor = await createConstituent(app);
    const gift = await recordGift(app, { constituentId: donor.id, amount: 5000 });
    await eventually(async () =>
      (await getGift(app, gift.id)).acknowledgement.status === 'sent' ? true : undefined,
    );
    const [ack] = await app.sql<{ id: string; tenant_id: string }>(
      'SELECT id, tenant_id FROM acknowledgements WHERE gift_id = $1',
      [gift.id],
    );

    // The same job again, twice at once, through the queue and directly.
    await app.sql(`SELECT graphile_worker.add_job('acknowledgement.send', $1::json)`, [
      JSON.stringify({ tenantId: ack.tenant_id, acknowledgementId: ack.id }),
    ]);
    const sender = app.steward.app.get(AcknowledgementSender);
    const outcomes = await Promise.all([
      sender.send(ack.tenant_id, ack.id),
      sender.send(ack.tenant_id, ack.id),
    ]);
    expect(outcomes).toEqual(['not-claimed', 'not-claimed']);
    await eventually(async () => {
      const [{ count }] = await app.sql<{ count: string }>('SELECT count(*) FROM graphile_worker.jobs');
      return count === '0' ? true : undefined;
    });

    const toDonor = smtp.messages.filter((m) => JSON.stringify(m.to).includes(donor.emails[0].address));
    expect(toDonor).toHaveLength(1);
  });

  it('does not email a donor who asked not to be emailed: a letter task is due instead', async () => {
    const donor = await createConstituent(app, { doNotEmail: true });
    const gift = await recordGift(app, { constituentId: donor.id });
    expect(gift.acknowledgement).toMatchObject({
      status: 'suppressed',
      reason: 'the constituent asked not to be emailed: a letter task was created',
    });
    expect(await tasksOf(app, donor.id)).toEqual([
      expect.objectContaining({ kind: 'letter', title: 'Post a thank-you letter', giftId: gift.id }),
    ]);
  });

  it('gives a letter task to thank a donor who has no email address', async () => {
    const donor = await createConstituent(app, { emails: [] });
    const gift = await recordGift(app, { constituentId: donor.id });
    expect(gift.acknowledgement).toMatchObject({
      status: 'suppressed',
      reason: 'no email address on record: a letter task was created',
    });
    const [letter] = await tasksOf(app, donor.id);
    expect(letter).toMatchObject({ kind: 'letter', giftId: gift.id, completedAt: null });
    // Due within the personal follow-up target (48 hours by default).
    const dueInHours = (new Date(letter.dueAt).getTime() - Date.now()) / 3_600_000;
    expect(dueInHours).toBeGreaterThan(47);
    expect(dueInHours).toBeLessThanOrEqual(48);
  });
});
