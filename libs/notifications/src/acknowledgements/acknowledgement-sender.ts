import { isDatabaseUnavailable, TimelineRepository } from '@steward/domain';
import type { DataSource } from 'typeorm';
import type { MailTransport } from '../delivery/mail-transport';
import type { SendQueue } from '../delivery/send-queue';
import { recordOutcome } from '../delivery/record-outcome';
import { renderTemplate, thankYouContext, type RenderedMessage } from '../rendering/thank-you-renderer';
import { tributeNoticeContext } from '../rendering/tribute-notice';
import { MessageTemplateRepository } from '../templates/message-template.repository';
import { TemplateResolver, type ResolvedTemplate } from '../templates/template-resolver';
import { releaseSummariesWaitingFor } from '../summaries/waiting-summaries';
import { AcknowledgementRepository, type ClaimedAcknowledgement } from './acknowledgement.repository';
import { judgeDeliveryFailure, type RetryPolicy } from './retry-policy';

export interface SenderLogger {
  log(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
}

export type SendOutcome =
  'sent' | 'retrying' | 'failed' | 'bounced' | 'held' | 'suppressed' | 'waiting' | 'not-claimed';

export interface SenderOptions {
  from: string;
  retry: RetryPolicy;
  logger: SenderLogger;
  /** The donor's one-click unsubscribe link; without it, no List-Unsubscribe header is sent. */
  unsubscribeUrl?: (tenantId: string, constituentId: string) => string;
  /** Share one resolver between senders so templates compile once per process. */
  templates?: TemplateResolver;
  /** How long to keep trying to record an attempt's outcome while the database is away (default 2 min). */
  recordOutcomeForMs?: number;
}

/** Records an attempt's outcome through a database outage, logging each retry (no personal data). */
export function outcomeRecorder(options: Pick<SenderOptions, 'logger' | 'recordOutcomeForMs'>, what: string) {
  return <T>(write: () => Promise<T>, id: Record<string, string>) =>
    recordOutcome(write, {
      retryForMs: options.recordOutcomeForMs ?? 120_000,
      onRetry: () => options.logger.warn(`database unavailable while recording a ${what}; retrying`, id),
    });
}

/**
 * Sends one acknowledgement (the app's `acknowledgement.send` job): claim, check consent again,
 * render, deliver, record. Safe to run any number of times for the same acknowledgement: only the
 * run that claims it sends.
 */
export class AcknowledgementSender {
  private readonly acknowledgements: AcknowledgementRepository;
  private readonly timeline = new TimelineRepository();
  private readonly templates: TemplateResolver;
  private readonly record: ReturnType<typeof outcomeRecorder>;

  constructor(
    private readonly db: DataSource,
    private readonly transport: MailTransport,
    /** Queues a retry of a thank-you (the `acknowledgement.send` job, in the app). */
    private readonly sends: SendQueue,
    /** Queues the giving summaries a sent personal thank-you releases (they wait for it to go first). */
    private readonly summarySends: SendQueue,
    private readonly options: SenderOptions,
  ) {
    this.acknowledgements = new AcknowledgementRepository(db);
    this.templates = options.templates ?? new TemplateResolver(new MessageTemplateRepository(db));
    this.record = outcomeRecorder(options, 'thank-you outcome');
  }

  async send(tenantId: string, acknowledgementId: string): Promise<SendOutcome> {
    const claimed = await this.acknowledgements.claim(tenantId, acknowledgementId);
    if (!claimed) return 'not-claimed';
    // Receipts are numbered just after a gift's commit; this job can run first. Number it now, so the
    // thank-you always states its receipt number.
    const ack = claimed.facts.receipt ? claimed : await this.acknowledgements.withReceiptNumbered(claimed);

    // Consent may have changed since the gift was recorded; the latest word wins. (A tribute notice
    // goes to someone else, named on the gift: the donor's email preferences are not theirs.)
    const suppression = ack.kind === 'donor' ? suppressionReason(ack) : ack.recipient ? null : 'no recipient';
    if (suppression) {
      await this.acknowledgements.settle(ack, 'suppressed', suppression);
      return 'suppressed';
    }

    const unsubscribeUrl = this.unsubscribeUrlOf(ack);
    let message: RenderedMessage;
    let template: ResolvedTemplate;
    try {
      ({ message, template } = await this.render(ack, unsubscribeUrl));
    } catch (error) {
      // Nothing was sent: a database outage while loading the template is retried, not a failure.
      if (isDatabaseUnavailable(error)) return this.recordDeliveryFailure(ack, error);
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
        unsubscribeUrl,
      });
    } catch (error) {
      return this.recordDeliveryFailure(ack, error);
    }

    // The server has the message. Recording that keeps trying through a database outage; if it still
    // fails (or the process is killed), the row stays "sending" and the sweeper holds it for a person:
    // a retry must never send it a second time.
    await this.record(
      () =>
        this.db.transaction(async (tx) => {
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
              summary:
                ack.kind === 'tribute'
                  ? `Tribute notice emailed: ${message.subject}`
                  : `Thank-you email sent: ${message.subject}`,
              subjectType: 'acknowledgement',
              subjectId: ack.id,
              details: { giftId: ack.giftId, channel: 'email' },
            },
          ]);
          // A giving summary may be waiting for this personal thank-you to go first.
          if (ack.reviewed && ack.kind === 'donor')
            await releaseSummariesWaitingFor(tx, this.summarySends, ack);
        }),
      { acknowledgementId: ack.id },
    );
    return 'sent';
  }

  /**
   * The message this acknowledgement would send now, rendered by the same path as the send itself, for
   * a reviewer to read before approving. Null when there is no such acknowledgement in the tenant.
   */
  async preview(
    tenantId: string,
    acknowledgementId: string,
  ): Promise<(RenderedMessage & { to: string | null; templateVersion: number }) | null> {
    const ack = await this.acknowledgements.findWithFacts(tenantId, acknowledgementId);
    if (!ack) return null;
    const { message, template } = await this.render(ack, this.unsubscribeUrlOf(ack));
    return { ...message, to: ack.recipient, templateVersion: template.version };
  }

  /** A thank-you is relationship mail, not a transaction: the donor can opt out of it in one click. */
  private unsubscribeUrlOf(ack: ClaimedAcknowledgement): string | null {
    return ack.kind === 'donor' && this.options.unsubscribeUrl
      ? this.options.unsubscribeUrl(ack.tenantId, ack.constituentId)
      : null;
  }

  /**
   * Renders the message of this acknowledgement's kind from the tenant's current template for it, in
   * the donor's language (with fallbacks, ending at the built-in wording); returns which one it used.
   */
  private async render(
    ack: ClaimedAcknowledgement,
    unsubscribeUrl: string | null,
  ): Promise<{ message: RenderedMessage; template: ResolvedTemplate }> {
    if (ack.kind === 'tribute' && ack.tributeNotice) {
      const template = await this.templates.resolve(ack.tenantId, 'tribute_notification', ack.facts.locale);
      return {
        template,
        message: renderTemplate(template.compiled, tributeNoticeContext(ack.tributeNotice)),
      };
    }
    const template = await this.templates.resolve(ack.tenantId, 'thank_you', ack.facts.locale);
    return {
      template,
      message: renderTemplate(template.compiled, thankYouContext({ ...ack.facts, unsubscribeUrl })),
    };
  }

  private async recordDeliveryFailure(ack: ClaimedAcknowledgement, error: unknown): Promise<SendOutcome> {
    const { retry, logger } = this.options;
    const judged = judgeDeliveryFailure(error, ack, retry);
    const id = { acknowledgementId: ack.id };
    if (judged.outcome === 'bounced') {
      await this.record(
        () =>
          this.acknowledgements.settleBounced(
            { ...ack, recipient: judged.address },
            judged.reason,
            judged.error,
          ),
        id,
      );
      logger.warn('acknowledgement bounced', id);
    } else if (judged.outcome === 'failed' || judged.outcome === 'held') {
      await this.record(
        () => this.acknowledgements.settle(ack, judged.outcome, judged.reason, judged.error),
        id,
      );
      logger.warn(`acknowledgement ${judged.outcome}`, { ...id, attempts: ack.attempts });
    } else {
      await this.record(
        () =>
          this.db.transaction(async (tx) => {
            await this.acknowledgements.markRetrying(tx, {
              tenantId: ack.tenantId,
              id: ack.id,
              error: judged.error,
              nextAttemptAt: judged.nextAttemptAt,
              countsAsAttempt: judged.countsAsAttempt,
            });
            await this.sends.queueSends(tx, [{ tenantId: ack.tenantId, id: ack.id }], {
              runAt: judged.nextAttemptAt,
            });
          }),
        id,
      );
      logger.log('acknowledgement delivery will be retried', { ...id, attempts: ack.attempts });
    }
    return judged.outcome;
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
