import type { ParsedMail } from 'mailparser';
import { createConstituent, createUser, getGift, recordGift, tasksOf } from '../../../test/factories';
import { eventually, startMailingTestApp, type TestApp } from '../../../test/harness';
import type { SmtpSink } from '../../../test/smtp-sink';

const BOUNCING = 'nobody@bounce.example';

describe('acknowledgement workflows: each rule, as the donor (or the staff) would find it', () => {
  let smtp: SmtpSink;
  let app: TestApp;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ app, smtp, close } = await startMailingTestApp({ unknownRecipients: [BOUNCING] }));
    // Gifts of $1,000 and more in USD are major gifts for this tenant.
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
  });
  afterAll(() => close?.());

  const api = (method: 'get' | 'post' | 'patch', path: string, token = app.token) =>
    app.http()[method](`/api/v1${path}`).set('authorization', `Bearer ${token}`);

  const mailTo = (address: string): ParsedMail[] =>
    smtp.messages.filter((m) => JSON.stringify(m.to).toLowerCase().includes(address.toLowerCase()));

  async function settled(giftId: string, status = 'sent') {
    return eventually(async () => {
      const gift = await getGift(app, giftId);
      return gift.acknowledgement.status === status ? gift : undefined;
    });
  }

  /** Mail is delivered in order of recording: once a later donor has mail, an earlier one would have too. */
  async function afterTheQueueHasMoved() {
    const witness = await createConstituent(app);
    await settled((await recordGift(app, { constituentId: witness.id })).id);
  }

  describe('a major gift', () => {
    it('is held for the relationship manager, who gets a call task, adds a note, previews and approves it', async () => {
      const manager = await createUser(app, {
        displayName: 'Maya Chen',
        signature: 'Maya Chen, Director of Development',
      });
      const donor = await createConstituent(app, { relationshipManagerId: manager.id });
      const email = donor.emails[0].address;
      const gift = await recordGift(app, { constituentId: donor.id, amount: 500000 });

      expect(gift.acknowledgement).toMatchObject({ status: 'held' });
      expect(gift.acknowledgement.reason).toContain('major gift');
      const [call] = await tasksOf(app, donor.id);
      expect(call).toMatchObject({ kind: 'call', ownerId: manager.id, giftId: gift.id, completedAt: null });
      const dueInHours = (new Date(call.dueAt).getTime() - Date.now()) / 3_600_000;
      expect(dueInHours).toBeGreaterThan(47);
      expect(dueInHours).toBeLessThanOrEqual(48);

      await afterTheQueueHasMoved();
      expect(mailTo(email)).toHaveLength(0);

      const queue = await api('get', '/acknowledgements?status=held', manager.token).expect(200);
      expect(queue.body.items.map((a: { id: string }) => a.id)).toContain(gift.acknowledgement.id);

      const note = 'Your gift will fund the new reading room. Thank you for making it possible.';
      await api('patch', `/acknowledgements/${gift.acknowledgement.id}`, manager.token)
        .send({ personalNote: note })
        .expect(200);
      const preview = await api(
        'get',
        `/acknowledgements/${gift.acknowledgement.id}/preview`,
        manager.token,
      ).expect(200);
      expect(preview.body.to).toBe(email);
      expect(preview.body.text).toContain(note);
      expect(preview.body.text).toContain('Maya Chen, Director of Development');
      expect(preview.body.text).toContain('$5,000.00');

      const approved = await api(
        'post',
        `/acknowledgements/${gift.acknowledgement.id}/approve`,
        manager.token,
      )
        .send({})
        .expect(200);
      expect(approved.body).toMatchObject({ status: 'queued', reviewedBy: manager.id });
      await settled(gift.id);

      const [message] = mailTo(email);
      expect(mailTo(email)).toHaveLength(1);
      expect(message.text).toBe(preview.body.text);
      expect(message.text).toContain(note);

      // Approving twice does not send twice.
      await api('post', `/acknowledgements/${gift.acknowledgement.id}/approve`, manager.token)
        .send({})
        .expect(409);
    });

    it("goes to the donor's address at the time it is approved, not the one they had when they gave", async () => {
      const donor = await createConstituent(app, { emails: [{ address: 'moved.before@example.org' }] });
      const gift = await recordGift(app, { constituentId: donor.id, amount: 250000 });
      expect(gift.acknowledgement.status).toBe('held');

      // While the thank-you waits for review, the donor tells the office their new address.
      await api('patch', `/constituents/${donor.id}`)
        .send({ emails: [{ address: 'moved.after@example.org' }] })
        .expect(200);
      const held = await api('get', `/acknowledgements/${gift.acknowledgement.id}`).expect(200);
      expect(held.body.recipient).toBe('moved.after@example.org');
      const preview = await api('get', `/acknowledgements/${gift.acknowledgement.id}/preview`).expect(200);
      expect(preview.body.to).toBe('moved.after@example.org');

      await api('post', `/acknowledgements/${gift.acknowledgement.id}/approve`).send({}).expect(200);
      await settled(gift.id);
      expect(mailTo('moved.after@example.org')).toHaveLength(1);
      expect(mailTo('moved.before@example.org')).toHaveLength(0);
      const sent = await api('get', `/acknowledgements/${gift.acknowledgement.id}`).expect(200);
      expect(sent.body.recipient).toBe('moved.after@example.org');
    });

    it('can be skipped with a reason, which is recorded instead of a send', async () => {
      const donor = await createConstituent(app);
      const gift = await recordGift(app, { constituentId: donor.id, amount: 100000 });
      expect(gift.acknowledgement.status).toBe('held');
      const skipped = await api('post', `/acknowledgements/${gift.acknowledgement.id}/skip`)
        .send({ reason: 'Thanked in person at the gala' })
        .expect(200);
      expect(skipped.body).toMatchObject({
        status: 'suppressed',
        reason: 'skipped by a reviewer: Thanked in person at the gala',
      });
      await api('post', `/acknowledgements/${gift.acknowledgement.id}/skip`)
        .send({ reason: 'again' })
        .expect(409);
      await afterTheQueueHasMoved();
      expect(mailTo(donor.emails[0].address)).toHaveLength(0);
    });

    it('below the threshold, or in a currency without one, is thanked at once', async () => {
      const donor = await createConstituent(app);
      const below = await recordGift(app, { constituentId: donor.id, amount: 99999 });
      const euros = await recordGift(app, { constituentId: donor.id, amount: 900000, currency: 'EUR' });
      expect(below.acknowledgement.status).toBe('queued');
      expect(euros.acknowledgement.status).toBe('queued');
      expect(await tasksOf(app, donor.id)).toEqual([]);
    });
  });

  describe('a tribute gift', () => {
    it('in memory: the donor is thanked, and the family is told without the amount', async () => {
      const donor = await createConstituent(app, {
        firstName: 'Luis',
        lastName: 'Ortega',
        preferredName: undefined,
      });
      const gift = await recordGift(app, {
        constituentId: donor.id,
        amount: 7500,
        tribute: {
          type: 'in_memory',
          name: 'Rosa Rivera',
          notifyName: 'The Rivera family',
          notifyEmail: 'rivera.family@example.org',
        },
      });
      await settled(gift.id);
      const [thanks] = mailTo(donor.emails[0].address);
      expect(thanks.text).toContain('Your gift honors the memory of Rosa Rivera.');

      const [notice] = await eventually(async () => {
        const found = mailTo('rivera.family@example.org');
        return found.length > 0 ? found : undefined;
      });
      expect(notice.subject).toBe('A gift in memory of Rosa Rivera');
      expect(notice.text).toContain('Dear The Rivera family,');
      expect(notice.text).toContain('Luis Ortega has made a gift to My Nonprofit in memory of Rosa Rivera.');
      expect(notice.text).not.toContain('$75.00');
    });

    it('anonymous: the family is not told who gave, and the donor is told their wish is kept', async () => {
      const donor = await createConstituent(app, { firstName: 'Secret', lastName: 'Giver' });
      const gift = await recordGift(app, {
        constituentId: donor.id,
        anonymous: true,
        tribute: { type: 'in_honor', name: 'Coach Daniels', notifyEmail: 'coach@example.org' },
      });
      expect(gift).toMatchObject({ anonymous: true, tribute: { type: 'in_honor', name: 'Coach Daniels' } });
      await settled(gift.id);
      expect(mailTo(donor.emails[0].address)[0].text).toContain('your gift will remain anonymous');
      const [notice] = await eventually(async () => {
        const found = mailTo('coach@example.org');
        return found.length > 0 ? found : undefined;
      });
      expect(notice.text).toContain(
        'A friend of My Nonprofit has made a gift to My Nonprofit in honor of Coach Daniels.',
      );
      expect(notice.text).not.toContain('Giver');
    });

    it('with only a postal address: a card is a task for a person', async () => {
      const donor = await createConstituent(app);
      const gift = await recordGift(app, {
        constituentId: donor.id,
        tribute: {
          type: 'in_honor',
          name: 'Grandma June',
          notifyName: 'June Park',
          notifyAddress: '4 Oak Lane, Salem',
        },
      });
      const tasks = await tasksOf(app, donor.id);
      expect(tasks).toEqual([
        expect.objectContaining({
          kind: 'letter',
          title: 'Post a tribute card to June Park',
          giftId: gift.id,
        }),
      ]);
      expect(tasks[0].details).toContain('4 Oak Lane, Salem');
    });
  });

  describe('recurring installments follow the donor preference', () => {
    async function installments(preference: string, count: number) {
      const donor = await createConstituent(app, { installmentAcknowledgement: preference });
      const plan = await api('post', '/recurring-gifts')
        .send({ constituentId: donor.id, amount: 2500, currency: 'USD', frequency: 'monthly' })
        .expect(201);
      const gifts = [];
      for (let i = 0; i < count; i++) {
        gifts.push(
          await recordGift(app, {
            constituentId: donor.id,
            amount: 2500,
            recurringGiftId: plan.body.id,
            receivedAt: `2026-0${i + 1}-15T12:00:00Z`,
          }),
        );
      }
      return { donor, gifts };
    }

    it('each: every installment is thanked', async () => {
      const { donor, gifts } = await installments('each', 2);
      for (const g of gifts) await settled(g.id);
      const received = mailTo(donor.emails[0].address);
      expect(received).toHaveLength(2);
      expect(received[1].text).toContain('Thank you for giving every month');
    });

    it('monthly summary: the first installment is thanked, the next wait for the summary', async () => {
      const { donor, gifts } = await installments('monthly_summary', 2);
      await settled(gifts[0].id);
      expect(gifts[1].acknowledgement).toMatchObject({
        status: 'deferred',
        reason: 'installment: the donor is thanked in the monthly summary',
      });
      await afterTheQueueHasMoved();
      expect(mailTo(donor.emails[0].address)).toHaveLength(1);
    });

    it('annual: later installments are thanked in the year-end summary', async () => {
      const { gifts } = await installments('annual', 2);
      expect(gifts[1].acknowledgement).toMatchObject({
        status: 'deferred',
        reason: 'installment: the donor is thanked in the year-end summary',
      });
    });

    it('an installment must belong to a recurring gift of the same donor', async () => {
      const { gifts } = await installments('each', 1);
      const stranger = await createConstituent(app);
      const res = await recordGift(
        app,
        { constituentId: stranger.id, recurringGiftId: gifts[0].recurringGiftId },
        400,
      );
      expect(res.errors).toEqual([expect.objectContaining({ field: 'recurringGiftId' })]);
    });
  });

  describe('personalization', () => {
    it('adds this year and lifetime giving, and marks the anniversary of the first gift', async () => {
      const donor = await createConstituent(app);
      for (const receivedAt of ['2024-11-05T12:00:00Z', '2026-02-01T12:00:00Z']) {
        await settled((await recordGift(app, { constituentId: donor.id, receivedAt })).id);
      }
      const gift = await recordGift(app, { constituentId: donor.id, receivedAt: '2026-11-10T12:00:00Z' });
      await settled(gift.id);
      const last = mailTo(donor.emails[0].address).pop() as ParsedMail;
      expect(last.text).toContain('This month marks 2 years since your first gift to My Nonprofit.');
      expect(last.text).toContain('Your giving this year: $600.00. Since your first gift: $900.00.');
    });
  });

  describe('delivery', () => {
    it('marks a refused address undeliverable (bounced); the next gift gets a letter task instead', async () => {
      const donor = await createConstituent(app, { emails: [{ address: BOUNCING }] });
      const first = await recordGift(app, { constituentId: donor.id });
      const bounced = await settled(first.id, 'bounced');
      expect(bounced.acknowledgement.reason).toContain(`refused the address ${BOUNCING} (550)`);
      const profile = await api('get', `/constituents/${donor.id}`).expect(200);
      expect(profile.body.emails[0]).toMatchObject({
        address: BOUNCING,
        undeliverableAt: expect.any(String),
      });

      const next = await recordGift(app, { constituentId: donor.id });
      expect(next.acknowledgement).toMatchObject({
        status: 'suppressed',
        reason: 'no email address on record: a letter task was created',
      });
    });

    it('carries a one-click unsubscribe (RFC 8058) that works; a plain visit only asks', async () => {
      const donor = await createConstituent(app);
      const gift = await recordGift(app, { constituentId: donor.id });
      await settled(gift.id);
      const [message] = mailTo(donor.emails[0].address);
      const lines = message.headerLines.map((h) => h.line.replace(/\r?\n\s+/g, ' '));
      expect(lines).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
      const url = /^List-Unsubscribe: <([^>]+)>$/m.exec(lines.join('\n'))?.[1] as string;
      expect(message.html).toContain(url);
      const path = new URL(url).pathname;

      const page = await app.http().get(path).expect(200);
      expect(page.text).toContain('<form method="post">');
      const before = await api('get', `/constituents/${donor.id}`).expect(200);
      expect(before.body.doNotEmail).toBe(false);

      await app.http().post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);
      const after = await api('get', `/constituents/${donor.id}`).expect(200);
      expect(after.body.doNotEmail).toBe(true);

      const forged = path.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
      await app.http().get(forged).expect(404);
      await app.http().post(forged).expect(404);

      const next = await recordGift(app, { constituentId: donor.id });
      expect(next.acknowledgement.status).toBe('suppressed');
    });
  });
});
