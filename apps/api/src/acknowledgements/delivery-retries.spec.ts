import { createConstituent, getGift, recordGift } from '../../test/factories';
import { eventually, startTestApp } from '../../test/harness';
import { startSmtpSink } from '../../test/smtp-sink';

describe('when the mail server refuses', () => {
  it('retries with backoff and ends in "sent" when the server accepts on the third try', async () => {
    const smtp = await startSmtpSink({ refuseFirst: 2 });
    const app = await startTestApp({ SMTP_URL: smtp.url, ACK_MAX_ATTEMPTS: '4' });
    try {
      const donor = await createConstituent(app);
      const gift = await recordGift(app, { constituentId: donor.id });
      const settled = await eventually(async () => {
        const g = await getGift(app, gift.id);
        return g.acknowledgement.status === 'sent' ? g : undefined;
      });
      expect(smtp.refusals).toBe(2);
      expect(smtp.messages).toHaveLength(1);
      expect(settled.acknowledgement).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    } finally {
      await app.close();
      await smtp.close();
    }
  });

  it('shows "failed" with the last error after the last try', async () => {
    const smtp = await startSmtpSink({ refuseFirst: 100 });
    const app = await startTestApp({ SMTP_URL: smtp.url, ACK_MAX_ATTEMPTS: '3' });
    try {
      const donor = await createConstituent(app);
      const gift = await recordGift(app, { constituentId: donor.id });
      const settled = await eventually(async () => {
        const g = await getGift(app, gift.id);
        return g.acknowledgement.status === 'failed' ? g : undefined;
      });
      expect(smtp.refusals).toBe(3);
      expect(settled.acknowledgement.attempts).toBe(3);
      expect(settled.acknowledgement.reason).toBe('delivery failed after 3 attempts');
      expect(settled.acknowledgement.lastError).toContain('try again later');
    } finally {
      await app.close();
      await smtp.close();
    }
  });

  it('stops at once on a permanent refusal (5xx)', async () => {
    const smtp = await startSmtpSink({ refuseAlwaysWith: 550 });
    const app = await startTestApp({ SMTP_URL: smtp.url });
    try {
      const donor = await createConstituent(app);
      const gift = await recordGift(app, { constituentId: donor.id });
      const settled = await eventually(async () => {
        const g = await getGift(app, gift.id);
        return g.acknowledgement.status === 'failed' ? g : undefined;
      });
      expect(smtp.refusals).toBe(1);
      expect(settled.acknowledgement.reason).toContain('refused the message permanently (550)');
    } finally {
      await app.close();
      await smtp.close();
    }
  });
});
