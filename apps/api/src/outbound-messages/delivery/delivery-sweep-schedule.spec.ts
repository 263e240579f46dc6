import { createConstituent, getGift, recordGift } from '../../../test/factories';
import { ADMIN, eventually, startTestApp, type TestApp } from '../../../test/harness';
import { createSteward, type RunningSteward } from '../../app.factory';
import { loadConfig } from '../../config/config';
import { JobRegistry } from '../../platform/jobs/job-registry';

/**
 * The sweeper runs by itself, on the queue's schedule, once per tick across all workers: on the
 * crontab every minute with the default lease, and every half lease when the lease is short.
 */
describe('the delivery sweep on its schedule', () => {
  describe('with the default ten-minute lease', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp();
    });
    afterAll(() => app?.close());

    it('is an item of the crontab the workers share, beside every other job of the app', async () => {
      const known = await app.sql<{ identifier: string }>(
        'SELECT identifier FROM graphile_worker._private_known_crontabs ORDER BY identifier',
      );
      expect(known.map((k) => k.identifier)).toEqual(['delivery.sweep', 'giving-summary.plan-month']);
      const repeating = await app.sql(
        "SELECT 1 FROM graphile_worker.jobs WHERE key = 'repeat:delivery.sweep'",
      );
      expect(repeating).toHaveLength(0);
      expect([...app.steward.app.get(JobRegistry).all.keys()].sort()).toEqual([
        'acknowledgement.send',
        'delivery.sweep',
        'giving-summary.plan-batch',
        'giving-summary.plan-month',
        'giving-summary.send',
      ]);
    });
  });

  describe('with a six-second lease and two worker processes on one database', () => {
    let app: TestApp;
    let secondWorker: RunningSteward;
    const env = { ACK_SENDING_LEASE_SECONDS: '6' };

    beforeAll(async () => {
      app = await startTestApp(env);
      const config = loadConfig({
        DATABASE_URL: app.databaseUrl,
        STEWARD_ADMIN_EMAIL: ADMIN.email,
        STEWARD_ADMIN_PASSWORD: ADMIN.password,
        STEWARD_ROLE: 'worker',
        LOG_LEVEL: 'silent',
        WORKER_CONCURRENCY: '2',
        ...env,
      });
      secondWorker = await createSteward(config, app.databaseUrl);
    });
    afterAll(async () => {
      await secondWorker?.close();
      await app?.close();
    });

    it('holds a send cut short within seconds of its lease, with nobody calling the sweeper', async () => {
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
      const held = await eventually(async () => {
        const { acknowledgement } = await getGift(app, gift.id);
        return acknowledgement.status === 'held' ? acknowledgement : undefined;
      });
      expect(held.reason).toContain('delivery outcome unknown');
    });

    it('keeps one sweep waiting at a time, however many workers there are', async () => {
      // Every worker start and every run adds the next sweep under one job key: never two in the queue.
      const waiting = () =>
        app.sql<{ count: string }>(
          `SELECT count(*) FROM graphile_worker.jobs
            WHERE task_identifier = 'delivery.sweep' AND locked_at IS NULL AND attempts < max_attempts`,
        );
      const seen = new Set<string>();
      // Over two ticks (one every three seconds), sampled often.
      const until = Date.now() + 6_000;
      while (Date.now() < until) {
        seen.add((await waiting())[0].count);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect([...seen].filter((count) => count !== '0' && count !== '1')).toEqual([]);
      expect(seen).toContain('1');
    });
  });
});
