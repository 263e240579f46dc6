import { createTestDatabase } from '../harness';
import { startSmtpSink, type SmtpSink } from '../smtp-sink';
import {
  buildServer,
  expectEveryGiftThankedOnce,
  GiftClient,
  startStewardProcess,
  type StewardProcess,
} from '../steward-process';

/**
 * Two api processes take gifts and two worker processes send the thank-yous, on one database. One
 * worker is killed mid-burst: the other releases the jobs it held and sends them. Each gift is stored
 * once and thanked once (or held with a reason, for a send the kill cut off).
 */
describe('two api processes and two workers on one database', () => {
  const server = buildServer();
  let database: { url: string; drop: () => Promise<void> };
  let smtp: SmtpSink;
  const processes: StewardProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpSink({ acceptDelayMs: 200 });
  });
  afterAll(async () => {
    for (const p of processes) await p.kill();
    await smtp?.close();
    await database?.drop();
    server.remove();
  });

  it('ends with every gift stored once and thanked once, a worker killed on the way', async () => {
    const env = {
      DATABASE_URL: database.url,
      SMTP_URL: smtp.url,
      ACK_RETRY_BASE_MS: '500',
      ACK_SENDING_LEASE_SECONDS: '5',
      WORKER_HEARTBEAT_SECONDS: '1',
    };
    // The first api process migrates and creates the administrator; the others find them.
    const api1 = await startStewardProcess(server.main, { ...env, STEWARD_ROLE: 'api' });
    processes.push(api1);
    const [api2, worker1, worker2] = await Promise.all([
      startStewardProcess(server.main, { ...env, STEWARD_ROLE: 'api' }),
      startStewardProcess(server.main, { ...env, STEWARD_ROLE: 'worker' }),
      startStewardProcess(server.main, { ...env, STEWARD_ROLE: 'worker' }),
    ]);
    processes.push(api2, worker1, worker2);
    // Worker processes say at info that they started (and with how many slots).
    for (const worker of [worker1, worker2]) expect(worker.output()).toMatch(/job worker started: 5 slot/);

    const token = await api1.token();
    const first = new GiftClient(api1.url, token);
    const second = new GiftClient(api2.url, token);
    const donors = await first.createDonors(10);
    await Promise.all([first.burst(donors, 30, 2), second.burst(donors, 30, 2)]);
    await worker1.kill('SIGKILL');
    await Promise.all([first.burst(donors, 10, 2), second.burst(donors, 10, 2)]);

    const accepted = [...first.accepted, ...second.accepted];
    expect(accepted).toHaveLength(80);
    const result = await expectEveryGiftThankedOnce(database.url, accepted, smtp, 60_000);
    expect(result.sent + result.held).toBe(80);
    expect(result.held).toBeLessThanOrEqual(5);
  }, 180_000);
});
