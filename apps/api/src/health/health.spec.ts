import { startTestApp, type TestApp } from '../../test/harness';

describe('health and readiness', () => {
  describe('in a process that runs the worker', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp();
    });
    afterAll(() => app?.close());

    it('reports the worker taking jobs with every slot', async () => {
      for (const path of ['/api/v1/health', '/api/v1/health/ready']) {
        const res = await app.http().get(path).expect(200);
        expect(res.body).toMatchObject({
          status: 'ok',
          database: 'up',
          queue: 'up',
          worker: { state: 'running', slots: 2, concurrency: 2, restarts: 0 },
          oldestDueJobSeconds: 0,
        });
      }
    });
  });

  describe('in an api process, with a job nobody takes', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ STEWARD_ROLE: 'api', QUEUE_LAG_LIMIT_SECONDS: '60' });
    });
    afterAll(() => app?.close());

    it('stays healthy, and is not ready once the oldest due job has waited past the limit', async () => {
      await app.sql(
        `SELECT graphile_worker.add_job('giving-summary.plan-month', '{}'::json, run_at => now() - interval '10 minutes')`,
      );
      const health = await app.http().get('/api/v1/health').expect(200);
      expect(health.body.worker.state).toBe('not-in-this-process');
      expect(health.body.oldestDueJobSeconds).toBeGreaterThanOrEqual(600);
      const ready = await app.http().get('/api/v1/health/ready').expect(503);
      expect(ready.headers['content-type']).toContain('application/problem+json');
      expect(ready.body.detail).toMatch(/oldest due job has waited \d+ s \(limit 60 s\)/);
    });
  });
});
