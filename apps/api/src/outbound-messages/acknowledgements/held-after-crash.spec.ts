import type { ParsedMail } from 'mailparser';
import { createConstituent, createUser, getGift, recordGift } from '../../../test/factories';
import { eventually, startMailingTestApp, type TestApp } from '../../../test/harness';
import type { SmtpSink } from '../../../test/smtp-sink';
import { DeliverySweeper } from '../delivery/delivery-sweeper';

/**
 * A thank-you held because a worker stopped while sending it may already be in the donor's mailbox (in
 * practice it usually is: the server had accepted it). The reviewer must see that, and choose: send it
 * again knowing the donor may get it twice, or record it as sent because the mail server's log shows it.
 */
describe('a thank-you held after a crash', () => {
  let smtp: SmtpSink;
  let app: TestApp;
  let close: () => Promise<void>;
  let reviewer: { id: string; token: string };

  beforeAll(async () => {
    ({ app, smtp, close } = await startMailingTestApp({}));
    reviewer = await createUser(app, { displayName: 'Maya Chen', role: 'development_officer' });
  });
  afterAll(() => close?.());

  const api = (method: 'get' | 'post', path: string, token = reviewer.token) =>
    app.http()[method](`/api/v1${path}`).set('authorization', `Bearer ${token}`);

  const mailTo = (address: string): ParsedMail[] =>
    smtp.messages.filter((m) => JSON.stringify(m.to).toLowerCase().includes(address.toLowerCase()));

  async function settled(giftId: string) {
    return eventually(async () => {
      const gift = await getGift(app, giftId);
      return gift.acknowledgement.status === 'sent' ? gift : undefined;
    });
  }

  /** Mail is delivered in order of recording: once a later donor has mail, an earlier one would have too. */
  async function afterTheQueueHasMoved() {
    const witness = await createConstituent(app);
    await settled((await recordGift(app, { constituentId: witness.id })).id);
  }

  /**
   * A thank-you the SMTP server accepted, whose worker then died before recording it: the row is left
   * in "sending" (as the crash leaves it, a day ago), and the sweeper holds it.
   */
  async function heldAfterCrash() {
    const donor = await createConstituent(app);
    const gift = await recordGift(app, { constituentId: donor.id });
    await settled(gift.id);
    const ackId: string = gift.acknowledgement.id;
    const [{ claimed_at: attemptedAt }] = await app.sql<{ claimed_at: Date }>(
      `UPDATE acknowledgements
          SET status = 'sending', claimed_at = now() - interval '1 day', sent_at = NULL, smtp_response = NULL
        WHERE id = $1 RETURNING claimed_at`,
      [ackId],
    );
    await app.steward.app.get(DeliverySweeper).sweep();
    return { donor, gift, ackId, attemptedAt, email: donor.emails[0].address };
  }

  async function timelineOf(constituentId: string) {
    const res = await api('get', `/constituents/${constituentId}/timeline?limit=50`).expect(200);
    return res.body.items as {
      kind: string;
      summary: string;
      occurredAt: string;
      details: Record<string, unknown>;
    }[];
  }

  it('says, as a field of the review item, that it may already have reached the donor', async () => {
    const { ackId, attemptedAt } = await heldAfterCrash();

    const item = (await api('get', `/acknowledgements/${ackId}`).expect(200)).body;
    expect(item.status).toBe('held');
    expect(item.reason).toContain('may already have reached the recipient');
    expect(item.unknownOutcome).toEqual({
      attemptedAt: attemptedAt.toISOString(),
      messageId: `<ack-${ackId}@steward.invalid>`,
      awaitingDecision: true,
      lastDecision: null,
    });
    const queue = (await api('get', '/acknowledgements?status=held&limit=100').expect(200)).body;
    const queued = queue.items.find((a: { id: string }) => a.id === ackId);
    expect(queued.unknownOutcome.awaitingDecision).toBe(true);
  });

  it('is not sent again by a plain approval: 409 says why and what to do, and nothing is sent', async () => {
    const { ackId, email } = await heldAfterCrash();

    const refused = await api('post', `/acknowledgements/${ackId}/approve`).send({}).expect(409);

    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.status).toBe(409);
    expect(refused.body.detail).toContain('may already have reached the donor');
    expect(refused.body.detail).toContain(`<ack-${ackId}@steward.invalid>`);
    expect(refused.body.detail).toContain('mark-sent');
    expect(refused.body.detail).toContain('"confirmResend": true');
    await api('post', `/acknowledgements/${ackId}/approve`).send({ confirmResend: false }).expect(409);
    expect((await api('get', `/acknowledgements/${ackId}`).expect(200)).body.status).toBe('held');
    await afterTheQueueHasMoved();
    expect(mailTo(email)).toHaveLength(1);
  });

  it('is sent again when the reviewer confirms it, and the choice is recorded with who and when', async () => {
    const { donor, gift, ackId, email } = await heldAfterCrash();
    const before = Date.now();

    const approved = await api('post', `/acknowledgements/${ackId}/approve`)
      .send({ confirmResend: true })
      .expect(200);

    expect(approved.body.status).toBe('queued');
    expect(approved.body.unknownOutcome).toMatchObject({
      awaitingDecision: false,
      lastDecision: { choice: 'resend', decidedBy: reviewer.id, decidedByName: 'Maya Chen', evidence: null },
    });
    const decidedAt = new Date(approved.body.unknownOutcome.lastDecision.decidedAt).getTime();
    expect(decidedAt).toBeGreaterThanOrEqual(before - 1000);
    await settled(gift.id);
    // The donor now has it twice, as the reviewer accepted: the same message, by its Message-ID.
    const received = mailTo(email);
    expect(received).toHaveLength(2);
    expect(received[1].messageId).toBe(received[0].messageId);

    const entries = await timelineOf(donor.id);
    const decision = entries.find((e) => e.details.decision === 'resend');
    expect(decision?.summary).toContain('Maya Chen chose to resend it');
    expect(decision?.details).toMatchObject({ giftId: gift.id, decidedBy: reviewer.id });
  });

  it('is recorded as sent, without sending, when the reviewer found that it arrived', async () => {
    const { donor, gift, ackId, attemptedAt, email } = await heldAfterCrash();
    const evidence = 'Mail server log: 250 2.0.0 Ok: queued as 4F3A1C2B9D';

    const marked = await api('post', `/acknowledgements/${ackId}/mark-sent`).send({ evidence }).expect(200);

    expect(marked.body).toMatchObject({ status: 'sent', reason: null, sentAt: attemptedAt.toISOString() });
    expect(marked.body.unknownOutcome).toMatchObject({
      awaitingDecision: false,
      lastDecision: { choice: 'delivered', decidedBy: reviewer.id, decidedByName: 'Maya Chen', evidence },
    });
    expect((await getGift(app, gift.id)).acknowledgement.status).toBe('sent');
    await api('post', `/acknowledgements/${ackId}/mark-sent`).send({ evidence }).expect(409);
    await api('post', `/acknowledgements/${ackId}/approve`).send({ confirmResend: true }).expect(409);
    await afterTheQueueHasMoved();
    expect(mailTo(email)).toHaveLength(1);

    const entries = await timelineOf(donor.id);
    const decision = entries.find((e) => e.details.decision === 'delivered');
    expect(decision?.summary).toContain(`recorded by Maya Chen): ${evidence}`);
    expect(decision?.occurredAt).toBe(attemptedAt.toISOString());
  });

  it('cannot be marked sent without saying what showed it, nor can a thank-you never sent', async () => {
    const { ackId } = await heldAfterCrash();
    const blank = await api('post', `/acknowledgements/${ackId}/mark-sent`)
      .send({ evidence: '  ' })
      .expect(400);
    expect(blank.body.errors).toEqual([{ field: 'evidence', message: expect.any(String) }]);

    // A major gift waits for review before any send: there is nothing to have arrived.
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
    const donor = await createConstituent(app);
    const major = await recordGift(app, { constituentId: donor.id, amount: 500000 });
    expect(major.acknowledgement.status).toBe('held');
    const refused = await api('post', `/acknowledgements/${major.acknowledgement.id}/mark-sent`)
      .send({ evidence: 'I think it went out' })
      .expect(409);
    expect(refused.body.detail).toContain('was never sent');
    const item = (await api('get', `/acknowledgements/${major.acknowledgement.id}`).expect(200)).body;
    expect(item.unknownOutcome).toBeNull();
    // Its approval needs no such confirmation.
    await api('post', `/acknowledgements/${major.acknowledgement.id}/approve`).send({}).expect(200);
  });
});

describe('a thank-you whose mail server never answered after the whole message', () => {
  it('is held as possibly delivered, and a plain approval does not send it again', async () => {
    const { app, smtp, close } = await startMailingTestApp({}, { SMTP_SEND_TIMEOUT_MS: '1500' });
    try {
      smtp.behave({ silentNext: 1 });
      const donor = await createConstituent(app);
      const gift = await recordGift(app, { constituentId: donor.id });
      const held = await eventually(async () => {
        const found = await getGift(app, gift.id);
        return found.acknowledgement.status === 'held' ? found : undefined;
      });
      expect(held.acknowledgement.reason).toContain('delivery outcome unknown');
      const item = await app
        .http()
        .get(`/api/v1/acknowledgements/${gift.acknowledgement.id}`)
        .set('authorization', `Bearer ${app.token}`)
        .expect(200);
      expect(item.body.unknownOutcome).toMatchObject({ awaitingDecision: true, lastDecision: null });
      await app
        .http()
        .post(`/api/v1/acknowledgements/${gift.acknowledgement.id}/approve`)
        .set('authorization', `Bearer ${app.token}`)
        .send({})
        .expect(409);
      expect(smtp.arrivals().get(`<ack-${gift.acknowledgement.id}@steward.invalid>`)).toBe(1);
    } finally {
      await close();
    }
  });
});
