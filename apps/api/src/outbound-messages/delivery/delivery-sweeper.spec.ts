import { OutboundLedger } from '@steward/notifications';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { createConstituent, getGift, recordGift } from '../../../test/factories';
import { eventually, startMailingTestApp, type TestApp } from '../../../test/harness';
import type { SmtpSink } from '../../../test/smtp-sink';
import { DeliverySweeper } from './delivery-sweeper';

describe('the delivery sweeper', () => {
  let smtp: SmtpSink;
  let app: TestApp;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ app, smtp, close } = await startMailingTestApp({}));
  });
  afterAll(() => close?.());

  const sweep = () => app.steward.app.get(DeliverySweeper).sweep();

  it('holds a thank-you a crashed worker left mid-send, and never sends it again by itself', async () => {
    const donor = await createConstituent(app);
    const gift = await recordGift(app, { constituentId: donor.id });
    await eventually(async () =>
      (await getGift(app, gift.id)).acknowledgement.status === 'sent' ? true : undefined,
    );
    // As if the worker had died after claiming it, long ago.
    await app.sql(
      `UPDATE acknowledgements SET status = 'sending', claimed_at = now() - interval '1 day' WHERE id = $1`,
      [gift.acknowledgement.id],
    );
    await sweep();
    const after = await getGift(app, gift.id);
    expect(after.acknowledgement.status).toBe('held');
    expect(after.acknowledgement.reason).toContain('delivery outcome unknown');
    expect(smtp.messages.filter((m) => JSON.stringify(m.to).includes(donor.emails[0].address))).toHaveLength(
      1,
    );
  });

  it('reads only the messages in flight, through an index, for each of its scans', async () => {
    // The sweeper's own statements, planned (not run) on this database with sequential scans ruled out
    // where another way exists: a scan of every message ever sent would show as a Seq Scan.
    const client = new Client({ connectionString: app.databaseUrl });
    await client.connect();
    try {
      await client.query('SET enable_seqscan = off');
      const plans: string[] = [];
      const explain = {
        query: async (sql: string, params?: unknown[]) => {
          const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params);
          plans.push(rows.map((r) => r['QUERY PLAN']).join('\n'));
          return [[], 0];
        },
      } as unknown as EntityManager;
      for (const table of ['acknowledgements', 'giving_summaries'] as const) {
        plans.length = 0;
        const ledger = new OutboundLedger(table);
        await ledger.holdAbandonedSends(explain, 600);
        await ledger.findOverdueUnclaimed(explain, 600, 500);
        expect(plans).toHaveLength(2);
        for (const plan of plans) {
          expect(plan).not.toContain('Seq Scan');
          expect(plan).toContain(`ix_${table}_pending`);
        }
      }
    } finally {
      await client.end();
    }
  });

  it('re-queues a queued giving summary whose job was lost, and it is sent', async () => {
    const donor = await createConstituent(app);
    await recordGift(app, { constituentId: donor.id, receivedAt: '2025-06-01T12:00:00Z' });
    await app
      .http()
      .post('/api/v1/giving-summaries')
      .set('authorization', `Bearer ${app.token}`)
      .send({ period: 'year', year: 2025 })
      .expect(202);
    const [summary] = await eventually(async () => {
      const rows = await app.sql<{ id: string; status: string }>(
        'SELECT id, status FROM giving_summaries WHERE constituent_id = $1',
        [donor.id],
      );
      return rows[0]?.status === 'sent' ? rows : undefined;
    });
    // As if its job had been lost while queued, two hours ago.
    await app.sql(
      `UPDATE giving_summaries SET status = 'queued', sent_at = NULL, created_at = now() - interval '2 hours'
        WHERE id = $1`,
      [summary.id],
    );
    await sweep();
    await eventually(async () => {
      const [row] = await app.sql<{ status: string }>('SELECT status FROM giving_summaries WHERE id = $1', [
        summary.id,
      ]);
      return row.status === 'sent' ? true : undefined;
    });
  });
});
