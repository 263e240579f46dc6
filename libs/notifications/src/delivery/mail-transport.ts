import nodemailer from 'nodemailer';

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
 * How far a failed attempt got, in terms any outbound channel has (SMTP, a social network's API):
 * - `session`: no session with the receiving server (unreachable, refused, timed out, login refused);
 * - `envelope`: a session, but the server turned the message down or the session broke before the
 *   message itself was sent (MAIL FROM, RCPT TO, DATA);
 * - `content`: the message was being sent and broke off before its end;
 * - `handed-over`: the whole message was sent and the server's answer never came: it may have it.
 * Only `handed-over` without an answer leaves the outcome unknown; anything earlier cannot have delivered.
 */
export type DeliveryStage = 'session' | 'envelope' | 'content' | 'handed-over';

/**
 * A delivery failure: how far the attempt got, and the server's answer if it gave one (a 4xx asks to
 * try again later, a 5xx refuses for good; `recipientRefused` when it refused the recipient's address).
 * What to do about it is decided in one place, `judgeDeliveryFailure`.
 */
export class DeliveryFailed extends Error {
  readonly stage: DeliveryStage;
  readonly responseCode?: number;
  readonly recipientRefused: boolean;

  constructor(
    message: string,
    failure: { stage: DeliveryStage; responseCode?: number; recipientRefused?: boolean },
  ) {
    super(message);
    this.stage = failure.stage;
    this.responseCode = failure.responseCode;
    this.recipientRefused = failure.recipientRefused ?? false;
  }

  /** The server answered, and the answer was a permanent refusal (5xx). */
  get permanent(): boolean {
    return this.responseCode !== undefined && this.responseCode >= 500 && this.responseCode < 600;
  }
}

export interface MailTransport {
  send(message: OutgoingMessage): Promise<DeliveryReceipt>;
  close(): Promise<void>;
}

/** The message as nodemailer takes it: our routing fields dropped, the unsubscribe link made headers. */
export function toNodemailer(message: OutgoingMessage) {
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
