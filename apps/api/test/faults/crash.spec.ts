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
 * The process is killed (SIGKILL, as a host or the OOM killer does) in the middle of a burst while the
 * mail server is slow, so sends are in flight and jobs are locked. Started again, it must release the
 * dead process's jobs by itself (not after Graphile's four-hour lock timeout), thank every gift once,
 * and hold for a person only the thank-yous whose send was cut off ("delivery outcome unknown").
 */
describe('the process killed mid-burst while the mail server is slow', () => {
  const server = buildServer();
  let database: { url: string; drop: () => Promise<void> };
  let smtp: SmtpSink;
  const processes: StewardProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpSink({ acceptDelayMs: 400 });
  });
  afterAll(async () => {
    for (const p of processes) await p.kill();
    await smtp?.close();
    await database?.drop();
    server.remove();
  });

  it('ends, after a restart, with every gift stored once and thanked once or held with a reason', async () => {
    const env = {
      DATABASE_URL: database.url,
      SMTP_URL: smtp.url,
      ACK_RETRY_BASE_MS: '500',
      ACK_SENDING_LEASE_SECONDS: '5',
      WORKER_HEARTBEAT_SECONDS: '1',
    };
    const first = await startStewardProcess(server.main, env);
    processes.push(first);
    const gifts = new GiftClient(first.url, await first.token());
    const donors = await gifts.createDonors(10);
    await gifts.burst(donors, 40);
    // Mid-burst: a backlog is queued, five sends are in flight, five jobs are locked by this process.
    await first.kill('SIGKILL');

    const second = await startStewardProcess(server.main, env);
    processes.push(second);
    const more = new GiftClient(second.url, await second.token());
    await more.burst(donors, 20);

    const accepted = [...gifts.accepted, ...more.accepted];
    expect(accepted).toHaveLength(60);
    // Within half a minute of the restart: the dead process's jobs released (six 1 s heartbeats), the
    // sends it cut off held soon after their 5 s lease, the rest delivered.
    const result = await expectEveryGiftThankedOnce(database.url, accepted, smtp, 30_000);
    expect(result.sent + result.held).toBe(60);
    expect(result.held).toBeLessThanOrEqual(5);
  }, 150_000);
});
