import { TimelineRepository, type JobQueue } from '@steward/domain';
import type { DataSource } from 'typeorm';
import { DeliveryFailed, type MailTransport } from '../delivery/mail-transport';
import { renderTemplate, thankYouContext } from '../rendering/thank-you-renderer';
import { MessageTemplateRepository } from '../templates/message-template.repository';
import { TemplateResolver } from '../templates/template-resolver';
import { AcknowledgementRepository, type ClaimedAcknowledgement } from './acknowledgement.repository';
import { nextAttemptDelayMs, type RetryPolicy } from './retry-policy';

export interface SenderLogger {
  log(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
}

export type SendOutcome = 'sent' | 'retrying' | 'failed' | 'suppressed' | 'not-claimed';

/**
 * Handles the `acknowledgement.send` job: claim, check consent again, render, deliver, record.
 * Safe to run any number of times for the same acknowledgement: only the run that claims it sends.
 */
export class AcknowledgementSender {
  private readonly acknowledgements: AcknowledgementRepository;
  private readonly timeline = new TimelineRepository();
  private readonly templates: TemplateResolver;

  constructor(
    private readonly db: DataSource,
    private readonly transport: MailTransport,
    private readonly queue: JobQueue,
    private readonly options: { from: string; retry: RetryPolicy; logger: SenderLogger },
  ) {
    this.acknowledgements = new AcknowledgementRepository(db);
    this.templates = new TemplateResolver(new MessageTemplateRepository(db));
  }

  async send(tenantId: string, acknowledgementId: string): Promise<SendOutcome> {
    const ack = await this.acknowledgements.claim(tenantId, acknowledgementId);
    if (!ack) return 'not-claimed';

    // Consent may have changed since the gift was recorded; the latest word wins.
    const suppression = suppressionReason(ack);
    if (suppression) {
      await this.acknowledgements.settle(ack, 'suppressed', suppression);
      return 'suppressed';
    }

    let message;
    let template;
    try {
      // The tenant's current template in the donor's language (fallbacks, then the built-in wording).
      template = await this.templates.resolve(ack.tenantId, 'thank_you', ack.facts.locale);
      message = renderTemplate(template.compiled, thankYouContext(ack.facts));
    } catch (error) {
      await this.acknowledgements.settle(ack, 'failed', 'the thank-you could not be rendered', String(error));
      return 'failed';
    }

    let receipt;
    try {
      receipt = await this.transport.send({
        tenantId: ack.tenantId,
        messageId: ack.messageId,
        from: this.options.from,
        to: ack.recipient as string,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
    } catch (error) {
      return this.recordDeliveryFailure(ack, error);
    }

    // The server has the message. If recording that fails (database gone, process killed), the row stays
    // in "sending" and the sweeper holds it for a person: a retry must never send it a second time.
    await this.db.transaction(async (tx) => {
      const sentAt = await this.acknowledgements.markSent(tx, {
        tenantId: ack.tenantId,
        id: ack.id,
        subject: message.subject,
        smtpResponse: receipt.response,
        template: { id: template.id, version: template.version, language: template.language },
      });
      await this.timeline.append(tx, [
        {
          tenantId: ack.tenantId,
          constituentId: ack.constituentId,
          kind: 'acknowledgement',
          department: 'development',
          occurredAt: sentAt,
          summary: `Thank-you email sent: ${message.subject}`,
          subjectType: 'acknowledgement',
          subjectId: ack.id,
          details: { giftId: ack.giftId, channel: 'email' },
        },
      ]);
    });
    return 'sent';
  }

  private async recordDeliveryFailure(ack: ClaimedAcknowledgement, error: unknown): Promise<SendOutcome> {
    const failure =
      error instanceof DeliveryFailed
        ? error
        : new DeliveryFailed(String((error as Error)?.message ?? error), false);
    const { retry, logger } = this.options;
    if (failure.permanent || ack.attempts >= retry.maxAttempts) {
      const reason = failure.permanent
        ? `the mail server refused the message permanently (${failure.responseCode})`
        : `delivery failed after ${ack.attempts} attempts`;
      await this.acknowledgements.settle(ack, 'failed', reason, failure.message);
      logger.warn('acknowledgement failed', { acknowledgementId: ack.id, attempts: ack.attempts });
      return 'failed';
    }
    const nextAttemptAt = new Date(Date.now() + nextAttemptDelayMs(retry, ack.attempts));
    await this.db.transaction(async (tx) => {
      await this.acknowledgements.markRetrying(tx, {
        tenantId: ack.tenantId,
        id: ack.id,
        error: failure.message,
        nextAttemptAt,
      });
      await this.queue.enqueue(
        tx,
        'acknowledgement.send',
        { tenantId: ack.tenantId, acknowledgementId: ack.id },
        { runAt: nextAttemptAt },
      );
    });
    logger.log('acknowledgement delivery will be retried', {
      acknowledgementId: ack.id,
      attempts: ack.attempts,
    });
    return 'retrying';
  }
}

/** Why a thank-you must not go out by email any more, or null when it may. */
export function suppressionReason(ack: Pick<ClaimedAcknowledgement, 'consent' | 'recipient'>): string | null {
  if (ack.consent.deceased) return 'the constituent is marked deceased';
  if (ack.consent.doNotContact) return 'the constituent asked not to be contacted';
  if (ack.consent.doNotEmail) return 'the constituent asked not to be emailed';
  if (!ack.recipient) return 'no email address on record';
  return null;
}
