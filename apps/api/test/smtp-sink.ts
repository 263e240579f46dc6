import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSinkOptions {
  refuseFirst?: number;
  refuseAlwaysWith?: number;
  acceptDelayMs?: number;
  /** Recipients this server does not know: RCPT TO answers 550, as for a mailbox that does not exist. */
  unknownRecipients?: string[];
  /** The first N connections are turned away at the greeting with 421, as an overloaded server does. */
  refuseGreetings?: number;
  /** Listen on this port (0: any free one). */
  port?: number;
}

export interface SmtpSink {
  url: string;
  port: number;
  messages: ParsedMail[];
  /** Messages answered with a temporary or permanent failure so far. */
  refusals: number;
  /** Resolves when `count` messages have arrived. */
  waitForMessages(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  /** How many times each Message-ID arrived. */
  arrivals(): Map<string, number>;
  /**
   * An outage, as a server stopped for maintenance: new connections are refused until `up()`, a message
   * being received is finished, and idle connections are closed with 421.
   */
  down(): Promise<void>;
  up(): Promise<void>;
  /**
   * Changes how slow (ms before the final answer), how refusing (temporary 451s to come) or how silent
   * it is: the next `silentNext` messages are received whole (and kept: they may well reach the
   * recipient) but never answered, as a server that hangs after the final dot.
   */
  behave(change: { acceptDelayMs?: number; refuseNext?: number; silentNext?: number }): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server in the test process. `refuseFirst` makes it answer the first N messages with a
 * temporary failure (451), as a busy mail server would; `acceptDelayMs` makes it slow to answer; `down()`
 * and `up()` make an outage on the same port.
 */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const waiters: (() => void)[] = [];
  let refusals = 0;
  let refuseNext = options.refuseFirst ?? 0;
  let refuseGreetings = options.refuseGreetings ?? 0;
  let acceptDelayMs = options.acceptDelayMs ?? 0;
  let silentNext = 0;
  const makeServer = () => {
    const created = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // Stopping lets a message being received finish, then says 421 to the idle connections.
      closeTimeout: 500,
      onConnect(_session, callback) {
        if (refuseGreetings <= 0) return callback();
        refuseGreetings--;
        refusals++;
        callback(Object.assign(new Error('too busy, try again later'), { responseCode: 421 }));
      },
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
          if (refuseNext > 0) {
            refuseNext--;
            refusals++;
            return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
          }
          if (acceptDelayMs) await new Promise((r) => setTimeout(r, acceptDelayMs));
          messages.push(await simpleParser(Buffer.concat(chunks)));
          waiters.splice(0).forEach((wake) => wake());
          if (silentNext > 0) {
            silentNext--;
            return;
          }
          callback();
        });
      },
    });
    // A sender killed in the middle of a message (the fault tests SIGKILL workers mid-send) resets its
    // connection, which smtp-server reports as an 'error' event: unheard, it would crash the test run.
    // Nothing is lost by hearing it: a message counts once it was received whole, in onData.
    created.on('error', () => undefined);
    return created;
  };
  let server: SMTPServer | null = null;
  let port = options.port ?? 0;
  const listen = async () => {
    const s = makeServer();
    await new Promise<void>((resolve, reject) => {
      s.server.once('error', reject);
      s.listen(port, '127.0.0.1', () => resolve());
    });
    port = (s.server.address() as { port: number }).port;
    server = s;
  };
  const stop = async () => {
    const s = server;
    server = null;
    if (!s) return;
    await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  await listen();
  const sink: SmtpSink = {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    port,
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
    arrivals() {
      const counts = new Map<string, number>();
      for (const m of messages) counts.set(m.messageId ?? '', (counts.get(m.messageId ?? '') ?? 0) + 1);
      return counts;
    },
    down: stop,
    up: listen,
    behave(change) {
      if (change.acceptDelayMs !== undefined) acceptDelayMs = change.acceptDelayMs;
      if (change.refuseNext !== undefined) refuseNext = change.refuseNext;
      if (change.silentNext !== undefined) silentNext = change.silentNext;
    },
    close: stop,
  };
  return sink;
}
