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
 * The mail server refuses connections for a while during a burst of gifts, then comes back. Steward
 * (the real server entry, one process, default retry settings) must deliver every thank-you within a
 * minute of the server's return, once, without being restarted.
 */
describe('an SMTP outage during a burst of gifts', () => {
  const server = buildServer();
  let database: { url: string; drop: () => Promise<void> };
  let smtp: SmtpSink;
  let steward: StewardProcess | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpSink();
  });
  afterAll(async () => {
    await steward?.kill();
    await smtp?.close();
    await database?.drop();
    server.remove();
  });

  it('ends with every thank-you delivered once within a minute of the server coming back', async () => {
    steward = await startStewardProcess(server.main, { DATABASE_URL: database.url, SMTP_URL: smtp.url });
    const gifts = new GiftClient(steward.url, await steward.token());
    const donors = await gifts.createDonors(10);

    await gifts.burst(donors, 20);
    await smtp.down();
    // Gifts keep arriving while the mail server is away; the outage outlasts several attempts.
    await gifts.burst(donors, 40, 4, 150);
    await smtp.up();
    await gifts.burst(donors, 10);

    const result = await expectEveryGiftThankedOnce(database.url, gifts.accepted, smtp, 60_000);
    expect(gifts.accepted).toHaveLength(70);
    expect(result).toEqual({ sent: 70, held: 0 });
  }, 150_000);
});
