import { isDatabaseUnavailable, TimelineRepository } from '@steward/domain';
import type { DataSource } from 'typeorm';
import type { SenderOptions, SendOutcome } from '../acknowledgements/acknowledgement-sender';
import { outcomeRecorder, suppressionReason } from '../acknowledgements/acknowledgement-sender';
import { judgeDeliveryFailure } from '../acknowledgements/retry-policy';
import type { MailAttachment, MailTransport } from '../delivery/mail-transport';
import type { SendQueue } from '../delivery/send-queue';
import { DEFAULT_GIVING_SUMMARY } from '../rendering/default-templates';
import {
  compileTemplate,
  renderTemplate,
  type CompiledTemplate,
  type RenderedMessage,
} from '../rendering/thank-you-renderer';
import { givingSummaryContext, type GivingStatement } from './giving-summary-content';
import { renderGivingSummaryPdf } from './giving-summary-pdf';
import { periodLabel } from './giving-summary-period';
import { GivingSummaryRepository, type ClaimedSummary } from './giving-summary.repository';

/** Where the summary's wording comes from: the tenant's current template (TemplateResolver) or Steward's. */
export interface SummaryTemplateSource {
  resolve(
    tenantId: string,
    kind: 'giving_summary',
    locale: string,
  ): Promise<{ id: string | null; version: number; compiled: CompiledTemplate }>;
}

const builtIn: SummaryTemplateSource = (() => {
  const compiled = compileTemplate(DEFAULT_GIVING_SUMMARY);
  return { resolve: async () => ({ id: null, version: 0, compiled }) };
})();

/**
 * How long a summary waiting for a personal thank-you sleeps before it looks again. Settling that
 * thank-you wakes it at once (releaseSummariesWaitingFor); this is the fallback, e.g. after a failure.
 */
export const SUMMARY_WAIT_RECHECK_SECONDS = 3600;

/** The thank-you sender's options; templates may be any source of giving-summary templates. */
export type GivingSummarySenderOptions = Omit<SenderOptions, 'templates'> & {
  templates?: SummaryTemplateSource;
};

/**
 * Sends one giving summary (the app's `giving-summary.send` job): claim, check consent again, load the
 * period's gifts, render (and for a year, attach the printable PDF), deliver, then record the summary
 * and the installments it thanked as sent in one transaction. Any number of runs for one summary send
 * at most one email.
 */
export class GivingSummarySender {
  private readonly summaries: GivingSummaryRepository;
  private readonly timeline = new TimelineRepository();
  private readonly record: ReturnType<typeof outcomeRecorder>;

  constructor(
    private readonly db: DataSource,
    private readonly transport: MailTransport,
    /** Queues a retry of a summary (the `giving-summary.send` job, in the app). */
    private readonly sends: SendQueue,
    private readonly options: GivingSummarySenderOptions,
  ) {
    this.summaries = new GivingSummaryRepository(db);
    this.record = outcomeRecorder(options, 'giving summary outcome');
  }

  async send(tenantId: string, givingSummaryId: string): Promise<SendOutcome> {
    const summary = await this.summaries.claim(tenantId, givingSummaryId);
    if (!summary) return 'not-claimed';

    const suppression = suppressionReason(summary);
    if (suppression) return this.suppress(summary, suppression);

    // A gift whose personal thank-you (a major gift held for review) has not gone yet must not be
    // thanked first by a summary, nor left out of the year's total: the summary waits for it.
    let waitingFor: number;
    try {
      waitingFor = await this.summaries.countPersonalThankYousPending(
        tenantId,
        summary.constituentId,
        summary.period,
      );
    } catch (error) {
      return this.recordDeliveryFailure(summary, error);
    }
    if (waitingFor > 0) return this.wait(summary, waitingFor);

    const yearEnd = summary.period.period === 'year';
    // A month's summary lists the installments it thanks; the year's lists every gift of the year.
    let gifts: Awaited<ReturnType<GivingSummaryRepository['findGifts']>>;
    try {
      gifts = await this.summaries.findGifts(
        tenantId,
        summary.constituentId,
        summary.period,
        yearEnd ? undefined : summary.id,
      );
    } catch (error) {
      // Nothing was sent: the claim is given back to be tried again (through the outage, if any).
      return this.recordDeliveryFailure(summary, error);
    }
    if (gifts.length === 0) {
      return this.suppress(summary, 'nothing to summarize: no gifts remain for this period');
    }
    const statement: GivingStatement = { ...summary, gifts };
    const recipient = summary.recipient as string;
    const unsubscribeUrl = this.options.unsubscribeUrl?.(tenantId, summary.constituentId) ?? null;

    let message: RenderedMessage;
    let template: { id: string | null; version: number };
    const attachments: MailAttachment[] = [];
    try {
      const resolved = await (this.options.templates ?? builtIn).resolve(
        tenantId,
        'giving_summary',
        summary.locale,
      );
      template = resolved;
      message = renderTemplate(resolved.compiled, givingSummaryContext(statement, unsubscribeUrl));
      if (yearEnd) {
        attachments.push({
          filename: `giving-summary-${periodLabel(summary.period, summary.locale)}.pdf`,
          content: await renderGivingSummaryPdf(statement),
          contentType: 'application/pdf',
        });
      }
    } catch (error) {
      if (isDatabaseUnavailable(error)) return this.recordDeliveryFailure(summary, error);
      await this.db.transaction((tx) =>
        this.summaries.settle(tx, summary, 'failed', 'the summary could not be rendered', String(error)),
      );
      return 'failed';
    }

    let receipt;
    try {
      receipt = await this.transport.send({
        tenantId,
        messageId: summary.messageId,
        from: this.options.from,
        to: recipient,
        subject: message.subject,
        text: message.text,
        html: message.html,
        unsubscribeUrl,
        attachments,
      });
    } catch (error) {
      return this.recordDeliveryFailure(summary, error);
    }

    // Delivered. Recording keeps trying through a database outage; if it still fails, the row stays
    // "sending" and the sweeper holds it: never re-sent.
    await this.record(
      () =>
        this.db.transaction(async (tx) => {
          const sentAt = await this.summaries.markSent(tx, {
            tenantId,
            id: summary.id,
            recipient,
            smtpResponse: receipt.response,
            templateId: template.id,
            templateVersion: template.version,
          });
          const thanked = await this.summaries.markDeferredThanked(tx, {
            tenantId,
            id: summary.id,
            giftIds: gifts.map((g) => g.id),
            sentAt,
            subject: message.subject,
          });
          await this.timeline.append(tx, [
            {
              tenantId,
              constituentId: summary.constituentId,
              kind: 'giving_summary',
              department: 'development',
              occurredAt: sentAt,
              summary: `${yearEnd ? 'Year-end giving summary' : 'Monthly giving summary'} emailed: ${message.subject}`,
              subjectType: 'giving_summary',
              subjectId: summary.id,
              details: {
                period: summary.period.period,
                periodStart: summary.period.start,
                giftCount: gifts.length,
                installmentsThanked: thanked,
                channel: 'email',
              },
            },
          ]);
        }),
      { givingSummaryId: summary.id },
    );
    return 'sent';
  }

  private async wait(summary: ClaimedSummary, gifts: number): Promise<SendOutcome> {
    const until = new Date(Date.now() + SUMMARY_WAIT_RECHECK_SECONDS * 1000);
    const reason =
      `waiting for the personal thank-you of ${gifts} ${gifts === 1 ? 'gift' : 'gifts'} of this period ` +
      '(held for review, or approved and not sent yet): the summary is sent after it';
    await this.record(
      () =>
        this.db.transaction(async (tx) => {
          await this.summaries.markWaiting(tx, summary, reason, until);
          await this.sends.queueSends(tx, [{ tenantId: summary.tenantId, id: summary.id }], { runAt: until });
        }),
      { givingSummaryId: summary.id },
    );
    return 'waiting';
  }

  /** Not emailed after all: the summary and the installments waiting for it are settled with the reason. */
  private async suppress(summary: ClaimedSummary, reason: string): Promise<SendOutcome> {
    await this.db.transaction(async (tx) => {
      if (await this.summaries.settle(tx, summary, 'suppressed', reason)) {
        await this.summaries.suppressDeferred(tx, summary.tenantId, summary.period, [
          { id: summary.id, constituentId: summary.constituentId, reason },
        ]);
      }
    });
    return 'suppressed';
  }

  private async recordDeliveryFailure(summary: ClaimedSummary, error: unknown): Promise<SendOutcome> {
    const { retry, logger } = this.options;
    const judged = judgeDeliveryFailure(error, summary, retry);
    const id = { givingSummaryId: summary.id };
    if (judged.outcome === 'bounced') {
      await this.record(
        () =>
          this.db.transaction(async (tx) => {
            await this.summaries.settle(tx, summary, 'bounced', judged.reason, judged.error);
            await this.summaries.markAddressUndeliverable(tx, summary, judged.address, judged.error);
          }),
        id,
      );
      logger.warn('giving summary bounced', id);
    } else if (judged.outcome === 'failed' || judged.outcome === 'held') {
      await this.record(
        () =>
          this.db.transaction((tx) =>
            this.summaries.settle(tx, summary, judged.outcome, judged.reason, judged.error),
          ),
        id,
      );
      logger.warn(`giving summary ${judged.outcome}`, { ...id, attempts: summary.attempts });
    } else {
      await this.record(
        () =>
          this.db.transaction(async (tx) => {
            await this.summaries.markRetrying(tx, {
              tenantId: summary.tenantId,
              id: summary.id,
              error: judged.error,
              nextAttemptAt: judged.nextAttemptAt,
              countsAsAttempt: judged.countsAsAttempt,
            });
            await this.sends.queueSends(tx, [{ tenantId: summary.tenantId, id: summary.id }], {
              runAt: judged.nextAttemptAt,
            });
          }),
        id,
      );
      logger.log('giving summary delivery will be retried', { ...id, attempts: summary.attempts });
    }
    return judged.outcome;
  }
}
