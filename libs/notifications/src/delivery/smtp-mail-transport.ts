import { connect } from 'node:net';
import { Readable } from 'node:stream';
import MailComposer from 'nodemailer/lib/mail-composer';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { Pool } from 'tarn';
import {
  DeliveryFailed,
  toNodemailer,
  type DeliveryReceipt,
  type DeliveryStage,
  type MailTransport,
  type OutgoingMessage,
} from './mail-transport';

export interface SmtpTransportOptions {
  /** Connections kept open to the server at most (and so messages in flight). */
  maxConnections?: number;
  /** The longest one send may take, from waiting for a connection to the server's final answer. */
  sendTimeoutMs?: number;
  /** The longest opening a connection may take: TCP connect, greeting, EHLO, STARTTLS and login. */
  connectTimeoutMs?: number;
  /** Servers limit messages per connection; a connection is renewed after this many. */
  maxMessagesPerConnection?: number;
}

/** One open SMTP session, with what the pool needs to know about it. */
interface SmtpLink {
  connection: SMTPConnection;
  messages: number;
  /** Failed or closed by the server: the pool replaces it instead of handing it out again. */
  broken: boolean;
  /** The operation to fail when the session breaks (opening it, or the message being sent). */
  interrupt: ((error: Error) => void) | null;
}

/**
 * Pooled SMTP delivery to `SMTP_URL`, on nodemailer's SMTP client and message composer, pooled by tarn.
 *
 * The pool is ours rather than nodemailer's so that every send can be bounded and its failure told
 * apart by how far it got: nodemailer's pool can neither cancel a send that waits too long (it would
 * still go out later, after a retry was scheduled) nor say whether the server had the whole message
 * when a connection broke. A connection that fails is dropped and replaced on the next send.
 */
export class SmtpMailTransport implements MailTransport {
  private readonly pool: Pool<SmtpLink>;
  private readonly connectionOptions: SMTPConnection.Options;
  private readonly auth?: { user: string; pass: string };
  private readonly sendTimeoutMs: number;
  private readonly connectTimeoutMs: number;
  private readonly maxMessages: number;

  constructor(smtpUrl: string, options: SmtpTransportOptions = {}) {
    const url = new URL(smtpUrl);
    this.sendTimeoutMs = options.sendTimeoutMs ?? 30_000;
    this.connectTimeoutMs = Math.min(options.connectTimeoutMs ?? 10_000, this.sendTimeoutMs);
    this.maxMessages = options.maxMessagesPerConnection ?? 100;
    this.auth = url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined;
    this.connectionOptions = {
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
      secure: url.protocol === 'smtps:',
      // A local relay without TLS (a mail catcher, a sidecar) must still work; STARTTLS is used when offered.
      ignoreTLS: url.searchParams.get('ignoreTLS') === 'true',
      tls: { rejectUnauthorized: url.searchParams.get('tlsRejectUnauthorized') !== 'false' },
      connectionTimeout: this.connectTimeoutMs,
      greetingTimeout: this.connectTimeoutMs,
      // Silence on an open connection (a server that stops answering mid-conversation).
      socketTimeout: this.sendTimeoutMs,
    };
    this.pool = new Pool<SmtpLink>({
      create: () => this.open(),
      // A connection that did its share says goodbye; a failed one is closed (twice is harmless).
      destroy: (link) => (link.broken ? link.connection.close() : link.connection.quit()),
      validate: (link) => !link.broken && link.messages < this.maxMessages,
      min: 0,
      max: options.maxConnections ?? 5,
      // A refused connection fails the send waiting for it at once, instead of being retried in the pool.
      propagateCreateError: true,
      createTimeoutMillis: this.connectTimeoutMs + 1_000,
      acquireTimeoutMillis: this.sendTimeoutMs,
      // Servers drop idle connections anyway; closing them first avoids a failed send on a dead one.
      idleTimeoutMillis: 30_000,
      reapIntervalMillis: 1_000,
    });
  }

  async send(message: OutgoingMessage): Promise<DeliveryReceipt> {
    const mail = new MailComposer(toNodemailer(message)).compile();
    const envelope = mail.getEnvelope();
    const content = await mail.build();
    return new Promise<DeliveryReceipt>((resolve, reject) => {
      let stage: DeliveryStage = 'session';
      let link: SmtpLink | undefined;
      let settled = false;
      const finish = (error: Error | null, receipt?: DeliveryReceipt) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        if (link) this.giveBack(link, error !== null);
        if (error) reject(error instanceof DeliveryFailed ? error : smtpFailure(error, stage));
        else resolve(receipt as DeliveryReceipt);
      };
      const acquiring = this.pool.acquire();
      const deadline = setTimeout(() => {
        if (!link) acquiring.abort();
        finish(
          new DeliveryFailed(`no answer from the mail server within ${this.sendTimeoutMs} ms`, { stage }),
        );
      }, this.sendTimeoutMs);

      acquiring.promise.then(
        (acquired) => {
          if (settled) return this.giveBack(acquired, false);
          link = acquired;
          link.interrupt = (error) => finish(error);
          stage = 'envelope';
          // The client reads the message only once the server has said "go ahead" to DATA; once it has
          // read all of it, the server may have the whole message, whatever becomes of its answer.
          const body = new Readable({
            read() {
              stage = 'content';
              this.push(content);
              this.push(null);
            },
          });
          body.once('end', () => {
            if (stage === 'content') stage = 'handed-over';
          });
          link.connection.send(envelope, body, (error, info) => {
            if (error) return finish(error);
            acquired.messages++;
            finish(null, { response: info.response });
          });
        },
        (error: Error) => finish(error),
      );
    });
  }

  /** Returns a connection to the pool; one that failed is closed, and the pool replaces it. */
  private giveBack(link: SmtpLink, failed: boolean): void {
    link.interrupt = null;
    if (failed) {
      link.broken = true;
      link.connection.close();
    }
    this.pool.release(link);
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }

  /** Opens one connection and completes its greeting, EHLO, STARTTLS and login. */
  private open(): Promise<SmtpLink> {
    return new Promise<SmtpLink>((resolve, reject) => {
      // SMTP is a conversation of small writes; with Nagle on, every message waits ~40 ms for the
      // server's delayed ACK, which capped a connection at ~25 messages/s (docs/BENCHMARKS.md). The
      // socket is handed over while still connecting, so its failures reach the client's own error path.
      const { host, port } = this.connectionOptions as { host: string; port: number };
      const socket = connect({ host, port });
      socket.setNoDelay(true);
      socket.setKeepAlive(true);
      const connection = new SMTPConnection({ ...this.connectionOptions, connection: socket });
      const link: SmtpLink = { connection, messages: 0, broken: false, interrupt: null };
      let opened = false;
      const fail = (error: Error) => {
        if (opened) return;
        opened = true;
        clearTimeout(timer);
        link.broken = true;
        connection.close();
        reject(error instanceof DeliveryFailed ? error : smtpFailure(error, 'session'));
      };
      const timer = setTimeout(
        () => fail(new Error(`no SMTP session within ${this.connectTimeoutMs} ms`)),
        this.connectTimeoutMs,
      );
      link.interrupt = fail;
      connection.on('error', (error) => {
        link.broken = true;
        link.interrupt?.(error);
      });
      connection.on('end', () => {
        link.broken = true;
        link.interrupt?.(new Error('the mail server closed the connection'));
      });
      const ready = () => {
        if (opened) return;
        opened = true;
        clearTimeout(timer);
        link.interrupt = null;
        resolve(link);
      };
      connection.connect(() => {
        if (!this.auth || !(connection as SMTPConnection & { allowsAuth: boolean }).allowsAuth)
          return ready();
        connection.login(this.auth, (error) => (error ? fail(error) : ready()));
      });
    });
  }
}

/** nodemailer's error as a DeliveryFailed: the stage reached, the server's answer, a refused recipient. */
function smtpFailure(error: Error, stage: DeliveryStage): DeliveryFailed {
  const smtp = error as Error & { responseCode?: number; code?: string; command?: string };
  return new DeliveryFailed(error.message, {
    stage,
    responseCode: smtp.responseCode,
    recipientRefused: smtp.command === 'RCPT TO',
  });
}
