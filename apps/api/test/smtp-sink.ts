import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  url: string;
  messages: ParsedMail[];
  /** Connections refused so far (each DATA that answered 451). */
  refusals: number;
  /** Resolves when `count` messages have arrived. */
  waitForMessages(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server in the test process. `refuseFirst` makes it answer the first N messages with a
 * temporary failure (451), as a busy mail server would; `acceptDelayMs` makes it slow to answer.
 */
export async function startSmtpSink(
  options: {
    refuseFirst?: number;
    refuseAlwaysWith?: number;
    acceptDelayMs?: number;
    /** Recipients this server does not know: RCPT TO answers 550, as for a mailbox that does not exist. */
    unknownRecipients?: string[];
  } = {},
): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const waiters: (() => void)[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.unknownRecipients?.includes(address.address.toLowerCase())) {
        return callback(Object.assign(new Error('5.1.1 no such user here'), { responseCode: 550 }));
      }
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        if (options.refuseAlwaysWith) {
          refusals++;
          return callback(
            Object.assign(new Error('mailbox unavailable'), { responseCode: options.refuseAlwaysWith }),
          );
        }
        if (refusals < (options.refuseFirst ?? 0)) {
          refusals++;
          return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
        }
        if (options.acceptDelayMs) await new Promise((r) => setTimeout(r, options.acceptDelayMs));
        messages.push(await simpleParser(Buffer.concat(chunks)));
        waiters.splice(0).forEach((wake) => wake());
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  const sink: SmtpSink = {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    messages,
    get refusals() {
      return refusals;
    },
    async waitForMessages(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} message(s), got ${messages.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return sink;
}
