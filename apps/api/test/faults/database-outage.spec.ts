import { mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createScratchDatabase, freePort } from '../../src/database/scratch-databases';
import { startPostgresProcess, type PostgresProcess } from '../postgres-process';
import { startSmtpSink, type SmtpSink } from '../smtp-sink';
import {
  buildServer,
  expectEveryGiftThankedOnce,
  GiftClient,
  startStewardProcess,
  type StewardProcess,
} from '../steward-process';

/**
 * PostgreSQL stops during a burst (jobs in flight, some sends done and not yet recorded), then starts
 * again. With no restart of Steward, the backlog must drain within a minute: every gift accepted is
 * stored once and thanked once.
 *
 * This test runs a PostgreSQL of its own, an embedded one, even when DATABASE_URL names the machine's:
 * it has to stop and start the server, which a shared server must not be.
 */
describe('a PostgreSQL outage during a burst of gifts', () => {
  const server = buildServer();
  let dataDir: string;
  let port: number;
  let postgres: PostgresProcess | undefined;
  let smtp: SmtpSink;
  let steward: StewardProcess | undefined;

  const startPostgres = async () => {
    postgres = await startPostgresProcess(server.main, dataDir, port);
  };

  beforeAll(async () => {
    const tmpRoot = resolve(__dirname, '../../../../tmp');
    dataDir = await mkdtemp(join(tmpRoot, 'fault-postgres-'));
    port = await freePort();
    await startPostgres();
    smtp = await startSmtpSink({ acceptDelayMs: 150 });
  }, 120_000);
  afterAll(async () => {
    await steward?.kill();
    await smtp?.close();
    await postgres?.stop();
    await rm(dataDir, { recursive: true, force: true });
    server.remove();
  });

  it('drains the backlog by itself within a minute of the database coming back', async () => {
    const database = await createScratchDatabase(postgres!.url, 'steward_fault');
    steward = await startStewardProcess(server.main, {
      DATABASE_URL: database.url,
      SMTP_URL: smtp.url,
      ACK_RETRY_BASE_MS: '500',
      // Longer than the outage, so a send still being recorded is not taken for an abandoned one; short
      // enough that a claim whose commit the outage hid from its worker is held within the minute.
      ACK_SENDING_LEASE_SECONDS: '20',
      WORKER_HEARTBEAT_SECONDS: '1',
    });
    const gifts = new GiftClient(steward.url, await steward.token());
    const donors = await gifts.createDonors(10);

    await gifts.burst(donors, 40);
    // A backlog is queued and sends are in flight: stop the database under them.
    await postgres!.stop();
    postgres = undefined;
    // Gifts sent while it is down are refused (not accepted) and are not counted.
    await gifts.burst(donors, 10, 2, 300);
    await startPostgres();
    await gifts.burst(donors, 20);

    const result = await expectEveryGiftThankedOnce(database.url, gifts.accepted, smtp, 60_000);
    // At most the sends in flight when it stopped can be in doubt; the rest are sent.
    expect(result.held).toBeLessThanOrEqual(5);
    expect(result.sent + result.held).toBe(gifts.accepted.length);
    expect(gifts.accepted.length).toBeGreaterThanOrEqual(60);
  }, 180_000);
});
