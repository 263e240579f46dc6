import { connect } from 'node:net';
import nodemailer from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';

export interface OutgoingMessage {
  /** Not a header: lets a local capture keep each tenant's mail apart. */
  tenantId: string;
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
  /** Where the recipient can opt out; becomes List-Unsubscribe with RFC 8058 one-click. */
  unsubscribeUrl?: string | null;
}

/** A file sent with a message (e.g. the printable year-end giving summary). */
export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export interface DeliveryReceipt {
  /** The server's final answer ("250 OK: queued as …"), or "captured" for local capture. */
  response: string;
}

/**
 * A delivery failure, with whether trying again later can help (4xx, network) or not (5xx), and whether
 * the server refused the recipient's address itself (a bounce: the address is undeliverable).
 */
export class DeliveryFailed extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly responseCode?: number,
    readonly recipientRefused = false,
  ) {
    super(message);
  }
}

export interface MailTransport {
  send(message: OutgoingMessage): Promise<DeliveryReceipt>;
  close(): Promise<void>;
}

/** Pooled SMTP delivery through nodemailer to `SMTP_URL`. */
export class SmtpMailTransport implements MailTransport {
  private readonly transporter: nodemailer.Transporter<SMTPPool.SentMessageInfo>;

  constructor(smtpUrl: string, options: { maxConnections?: number; socketTimeoutMs?: number } = {}) {
    const url = new URL(smtpUrl);
    this.transporter = nodemailer.createTransport({
      pool: true,
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
      secure: url.protocol === 'smtps:',
      auth: url.username
        ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
        : undefined,
      maxConnections: options.maxConnections ?? 5,
      connectionTimeout: options.socketTimeoutMs ?? 30_000,
      greetingTimeout: options.socketTimeoutMs ?? 30_000,
      socketTimeout: options.socketTimeoutMs ?? 60_000,
      // A local relay without TLS (a mail catcher, a sidecar) must still work; STARTTLS is used when offered.
      ignoreTLS: url.searchParams.get('ignoreTLS') === 'true',
      tls: { rejectUnauthorized: url.searchParams.get('tlsRejectUnauthorized') !== 'false' },
      getSocket: noDelaySocket(options.socketTimeoutMs ?? 30_000),
    } as SMTPPool.Options);
  }

  async send(message: OutgoingMessage): Promise<DeliveryReceipt> {
    try {
      const info = await this.transporter.sendMail(toNodemailer(message));
      return { response: info.response };
    } catch (error) {
      const err = error as Error & { responseCode?: number; code?: string };
      const code = err.responseCode;
      const permanent = code !== undefined && code >= 500 && code < 600;
      // nodemailer reports a refused RCPT TO as an envelope error.
      throw new DeliveryFailed(err.message, permanent, code, permanent && err.code === 'EENVELOPE');
    }
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}

/** The message as nodemailer takes it: our routing fields dropped, the unsubscribe link made headers. */
function toNodemailer(message: OutgoingMessage) {
  const { tenantId: _tenant, unsubscribeUrl, headers, ...mail } = message;
  return {
    ...mail,
    headers: unsubscribeUrl
      ? {
          ...headers,
          'List-Unsubscribe': `<${unsubscribeUrl}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        }
      : headers,
  };
}

/**
 * Opens each pooled connection with Nagle's algorithm off. SMTP is a conversation of small writes; with
 * Nagle on, every message waits ~40 ms for the server's delayed ACK, which capped a pooled connection at
 * ~25 messages/s (docs/BENCHMARKS.md). The connected socket is handed to nodemailer as `connection`, so it
 * still upgrades it for implicit TLS (smtps:) or STARTTLS as before.
 */
function noDelaySocket(timeoutMs: number) {
  return (
    options: { host: string; port: number },
    callback: (error: Error | null, socketOptions?: { connection: ReturnType<typeof connect> }) => void,
  ): void => {
    let settled = false;
    const done = (error: Error | null) => {
      if (settled) return;
      settled = true;
      socket.setTimeout(0);
      if (error) {
        socket.destroy();
        callback(error);
      } else {
        callback(null, { connection: socket });
      }
    };
    const socket = connect({ host: options.host, port: options.port }, () => done(null));
    socket.setNoDelay(true);
    socket.setKeepAlive(true);
    socket.setTimeout(timeoutMs, () =>
      done(Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' })),
    );
    socket.once('error', (error) => done(error));
  };
}

export interface CapturedMessage extends OutgoingMessage {
  raw: string;
}

/**
 * With no SMTP server configured, messages are built exactly as they would be sent (nodemailer's stream
 * transport) and handed to `store`, which keeps them where the admin can show them.
 */
export class CaptureMailTransport implements MailTransport {
  private readonly transporter = nodemailer.createTransport({ streamTransport: true, buffer: true });

  constructor(private readonly store: (message: CapturedMessage) => Promise<void>) {}

  async send(message: OutgoingMessage): Promise<DeliveryReceipt> {
    const info = await this.transporter.sendMail(toNodemailer(message));
    await this.store({ ...message, raw: (info.message as Buffer).toString('utf8') });
    return { response: 'captured' };
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}
