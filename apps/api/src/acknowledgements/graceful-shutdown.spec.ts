import { createConstituent, recordGift } from '../../test/factories';
import { eventually, startTestApp } from '../../test/harness';
import { startSmtpSink } from '../../test/smtp-sink';

describe('shutting down', () => {
  it('finishes a thank-you that is being sent before the process stops', async () => {
    const smtp = await startSmtpSink({ acceptDelayMs: 1500 });
    const app = await startTestApp({ SMTP_URL: smtp.url });
    const sql = app.sql.bind(app);
    try {
      const donor = await createConstituent(app);
      const gift = await recordGift(app, { constituentId: donor.id });
      await eventually(async () => {
        const [row] = await sql<{ status: string }>(
          'SELECT status FROM acknowledgements WHERE gift_id = $1',
          [gift.id],
        );
        return row.status === 'sending' ? true : undefined;
      });
      await app.steward.close();
      expect(smtp.messages).toHaveLength(1);
      const [row] = await sql<{ status: string; sent_at: Date | null }>(
        'SELECT status, sent_at FROM acknowledgements WHERE gift_id = $1',
        [gift.id],
      );
      expect(row.status).toBe('sent');
      expect(row.sent_at).not.toBeNull();
    } finally {
      await app.close();
      await smtp.close();
    }
  });
});
