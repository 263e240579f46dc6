import { createConstituent, getGift, recordGift } from '../../../test/factories';
import { eventually, startMailingTestApp } from '../../../test/harness';
import type { startSmtpSink, SmtpSink } from '../../../test/smtp-sink';

/** Records one gift against a mail server that behaves as told, and waits for its thank-you to settle. */
async function giftAgainst(
  smtpOptions: Parameters<typeof startSmtpSink>[0],
  env: Record<string, string>,
  settledStatus: 'sent' | 'failed',
): Promise<{ smtp: SmtpSink; acknowledgement: Record<string, unknown> }> {
  const { app, smtp, close } = await startMailingTestApp(smtpOptions, env);
  try {
    const donor = await createConstituent(app);
    const gift = await recordGift(app, { constituentId: donor.id });
    const settled = await eventually(async () => {
      const g = await getGift(app, gift.id);
      return g.acknowledgement.status === settledStatus ? g : undefined;
    });
    return { smtp, acknowledgement: settled.acknowledgement };
  } finally {
    await close();
  }
}

describe('when the mail server refuses', () => {
  it('retries with backoff and ends in "sent" when the server accepts on the third try', async () => {
    const { smtp, acknowledgement } = await giftAgainst(
      { refuseFirst: 2 },
      { ACK_MAX_ATTEMPTS: '4' },
      'sent',
    );
    expect(smtp.refusals).toBe(2);
    expect(smtp.messages).toHaveLength(1);
    expect(acknowledgement).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
  });

  it('shows "failed" with the last error after the last try', async () => {
    const { smtp, acknowledgement } = await giftAgainst(
      { refuseFirst: 100 },
      { ACK_MAX_ATTEMPTS: '3' },
      'failed',
    );
    expect(smtp.refusals).toBe(3);
    expect(acknowledgement).toMatchObject({ attempts: 3, reason: 'delivery failed after 3 attempts' });
    expect(acknowledgement.lastError).toContain('try again later');
  });

  it('stops at once on a permanent refusal (5xx)', async () => {
    const { smtp, acknowledgement } = await giftAgainst({ refuseAlwaysWith: 550 }, {}, 'failed');
    expect(smtp.refusals).toBe(1);
    expect(acknowledgement.reason).toContain('refused the message permanently (550)');
  });
});
