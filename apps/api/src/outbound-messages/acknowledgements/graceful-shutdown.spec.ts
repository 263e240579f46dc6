import { createConstituent, recordGift } from '../../../test/factories';
import { eventually, startMailingTestApp } from '../../../test/harness';

describe('shutting down', () => {
  it('finishes a thank-you that is being sent before the process stops', async () => {
    const { app, smtp, close } = await startMailingTestApp({ acceptDelayMs: 1500 });
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
      await close();
    }
  });
});
