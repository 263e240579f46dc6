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
 * A busy mail server answers with temporary refusals: 421 at the greeting (for more connections than
 * a thank-you has attempts) and 451 at the end of the message. None is a reason to give up a thank-you:
 * each is delivered once, and the ones the server turned away at the greeting did not use up attempts.
 */
describe('temporary 4xx refusals from the mail server', () => {
  const server = buildServer();
  let database: { url: string; drop: () => Promise<void> };
  let smtp: SmtpSink;
  let steward: StewardProcess | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    // About three greetings refused per thank-you, more than the three attempts a thank-you has.
    smtp = await startSmtpSink({ refuseGreetings: 100, refuseFirst: 10 });
  });
  afterAll(async () => {
    await steward?.kill();
    await smtp?.close();
    await database?.drop();
    server.remove();
  });

  it('ends with every thank-you delivered once, none failed', async () => {
    steward = await startStewardProcess(server.main, {
      DATABASE_URL: database.url,
      SMTP_URL: smtp.url,
      ACK_MAX_ATTEMPTS: '3',
      ACK_RETRY_BASE_MS: '200',
    });
    const gifts = new GiftClient(steward.url, await steward.token());
    const donors = await gifts.createDonors(10);
    await gifts.burst(donors, 30);

    const result = await expectEveryGiftThankedOnce(database.url, gifts.accepted, smtp, 90_000);
    expect(result).toEqual({ sent: 30, held: 0 });
    expect(smtp.refusals).toBe(110);
  }, 150_000);
});
