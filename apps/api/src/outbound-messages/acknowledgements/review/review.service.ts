import { Injectable } from '@nestjs/common';
import {
  Conflict,
  NotFound,
  TimelineRepository,
  ValidationFailed,
  type NewTimelineEntry,
} from '@steward/domain';
import { AcknowledgementSender, releaseSummariesWaitingFor } from '@steward/notifications';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../../auth/actor';
import { CursorCodec, type Page } from '../../../common/cursor';
import { GivingSummarySends } from '../../giving-summaries/giving-summary.jobs';
import { AcknowledgementSends } from '../sending/acknowledgement.jobs';
import type { AcknowledgementView, ListAcknowledgementsQuery, PreviewView } from './review.dto';
import { ReviewRepository, type OutcomeDecisionRecorded } from './review.repository';

/**
 * The review queue: held acknowledgements (major gifts, sends whose outcome is unknown) wait here for
 * a person to add a note, read the exact message, and approve it (it is sent) or skip it with a reason.
 * A send whose outcome is unknown may already have reached the donor: it is sent again only when the
 * reviewer confirms that, or recorded as sent when they found it arrived; either decision is recorded
 * on the acknowledgement and on the constituent's timeline.
 */
@Injectable()
export class ReviewService {
  private readonly timeline = new TimelineRepository();

  constructor(
    private readonly db: DataSource,
    private readonly reviews: ReviewRepository,
    private readonly sender: AcknowledgementSender,
    private readonly sends: AcknowledgementSends,
    private readonly summarySends: GivingSummarySends,
    private readonly cursors: CursorCodec,
  ) {}

  async list(actor: Actor, query: ListAcknowledgementsQuery): Promise<Page<AcknowledgementView>> {
    const limit = query.limit ?? 50;
    const after = this.cursors.decode('acknowledgements', query.cursor, {
      giftReceivedAt: 'timestamp',
      id: 'uuid',
    });
    const rows = await this.reviews.list({
      tenantId: actor.tenantId,
      status: query.status ?? 'held',
      after: after ? { giftReceivedAt: new Date(after.giftReceivedAt), id: after.id } : undefined,
      limit: limit + 1,
    });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor:
        rows.length > limit
          ? this.cursors.encode('acknowledgements', {
              giftReceivedAt: new Date(last.giftReceivedAt).toISOString(),
              id: last.id,
            })
          : null,
    };
  }

  async get(actor: Actor, id: string): Promise<AcknowledgementView> {
    const found = await this.reviews.findById(actor.tenantId, id);
    if (!found) throw new NotFound('acknowledgement', id);
    return found;
  }

  async preview(actor: Actor, id: string): Promise<PreviewView> {
    const preview = await this.sender.preview(actor.tenantId, id);
    if (!preview) throw new NotFound('acknowledgement', id);
    return preview;
  }

  async setNote(actor: Actor, id: string, note: string): Promise<AcknowledgementView> {
    if (!(await this.reviews.setNote(actor.tenantId, id, note.trim() || null))) await this.notHeld(actor, id);
    return this.get(actor, id);
  }

  /** Approves and queues the send in one transaction: approved means on its way. */
  async approve(
    actor: Actor,
    id: string,
    personalNote?: string,
    confirmResend = false,
  ): Promise<AcknowledgementView> {
    return this.db.transaction(async (tx) => {
      const approved = await this.reviews.approve(tx, {
        tenantId: actor.tenantId,
        id,
        reviewerId: actor.userId,
        personalNote: personalNote === undefined ? undefined : personalNote.trim() || null,
        confirmResend,
      });
      if (!approved) return this.notApprovable(actor, id);
      if (approved.resend) {
        const { attemptedAt, reviewerName } = approved.resend;
        await this.timeline.append(tx, [
          decisionEntry(actor, id, approved.resend, {
            decision: 'resend',
            summary:
              `${messageLabel(approved.resend)} to be sent again: ${reviewerName} chose to resend it, ` +
              `knowing the attempt of ${attemptedAt.toISOString()} may already have reached them`,
          }),
        ]);
      }
      await this.sends.queueSends(tx, [{ tenantId: actor.tenantId, id }]);
      // What the approval did (queued), read before the commit: once it commits, a worker may take the
      // send up at once, and a read then would answer "sending" or "sent" at random.
      return (await this.reviews.findById(actor.tenantId, id, tx)) as AcknowledgementView;
    });
  }

  /** The reviewer found that a send of unknown outcome arrived: recorded as sent, nothing is sent. */
  async markSent(actor: Actor, id: string, evidence: string): Promise<AcknowledgementView> {
    const found = evidence.trim();
    if (!found) throw ValidationFailed.field('evidence', 'say what showed that the message arrived');
    await this.db.transaction(async (tx) => {
      const marked = await this.reviews.markSent(tx, {
        tenantId: actor.tenantId,
        id,
        reviewerId: actor.userId,
        evidence: found,
      });
      if (!marked) return this.notMarkable(actor, id);
      await this.releaseSummaries(tx, actor, marked.constituentId);
      await this.timeline.append(tx, [
        decisionEntry(actor, id, marked, {
          decision: 'delivered',
          occurredAt: marked.attemptedAt,
          summary: `${messageLabel(marked)} delivered (recorded by ${marked.reviewerName}): ${found}`,
        }),
      ]);
    });
    return this.get(actor, id);
  }

  async skip(actor: Actor, id: string, reason: string): Promise<AcknowledgementView> {
    await this.db.transaction(async (tx) => {
      const skipped = await this.reviews.skip(tx, {
        tenantId: actor.tenantId,
        id,
        reviewerId: actor.userId,
        reason: `skipped by a reviewer: ${reason.trim()}`,
      });
      if (!skipped) return this.notHeld(actor, id);
      await this.releaseSummaries(tx, actor, skipped.constituentId);
      await this.timeline.append(tx, [
        {
          tenantId: actor.tenantId,
          constituentId: skipped.constituentId,
          kind: 'acknowledgement',
          department: 'development',
          occurredAt: new Date(),
          summary: `Thank-you email skipped: ${reason.trim()}`,
          subjectType: 'acknowledgement',
          subjectId: id,
        },
      ]);
    });
    return this.get(actor, id);
  }

  /** A giving summary waiting for this thank-you to be settled may go now (docs/ACKNOWLEDGEMENTS.md). */
  private releaseSummaries(tx: EntityManager, actor: Actor, constituentId: string): Promise<void> {
    return releaseSummariesWaitingFor(tx, this.summarySends, { tenantId: actor.tenantId, constituentId });
  }

  /** Explains why an approval did not apply: a send of unknown outcome needs a decision, or not held. */
  private async notApprovable(actor: Actor, id: string): Promise<never> {
    const found = await this.reviews.findById(actor.tenantId, id);
    if (found?.unknownOutcome?.awaitingDecision) {
      const { attemptedAt, messageId } = found.unknownOutcome;
      throw new Conflict(
        `This thank-you may already have reached the donor: a worker stopped while sending it (the attempt ` +
          `began ${new Date(attemptedAt).toISOString()}), and the mail server may have accepted it. Look for ` +
          `Message-ID ${messageId} in the mail server's log. If it arrived, record it as sent ` +
          `(POST /api/v1/acknowledgements/${id}/mark-sent); to send it again anyway, approve it with ` +
          `"confirmResend": true.`,
      );
    }
    return this.notHeld(actor, id, found);
  }

  /** Explains why marking as sent did not apply: nothing was attempted, or it is not held. */
  private async notMarkable(actor: Actor, id: string): Promise<never> {
    const found = await this.reviews.findById(actor.tenantId, id);
    if (found?.status === 'held') {
      throw new Conflict(
        'this acknowledgement was never sent (it is held for review, not after an interrupted send): ' +
          'approve or skip it',
      );
    }
    return this.notHeld(actor, id, found);
  }

  /** Explains why a review action did not apply: no such acknowledgement, or it is not held. */
  private async notHeld(actor: Actor, id: string, found?: AcknowledgementView | null): Promise<never> {
    found ??= await this.reviews.findById(actor.tenantId, id);
    if (!found) throw new NotFound('acknowledgement', id);
    throw new Conflict(`this acknowledgement is ${found.status}, not held for review`);
  }
}

function messageLabel(decided: OutcomeDecisionRecorded): string {
  const kind = decided.kind === 'tribute' ? 'Tribute notice' : 'Thank-you email';
  return decided.subject ? `${kind} "${decided.subject}"` : kind;
}

/** The timeline's record of a decision about an unknown outcome: who, when, and which. */
function decisionEntry(
  actor: Actor,
  acknowledgementId: string,
  decided: OutcomeDecisionRecorded,
  entry: { decision: 'resend' | 'delivered'; summary: string; occurredAt?: Date },
): NewTimelineEntry {
  return {
    tenantId: actor.tenantId,
    constituentId: decided.constituentId,
    kind: 'acknowledgement',
    department: 'development',
    occurredAt: entry.occurredAt ?? new Date(),
    summary: entry.summary,
    subjectType: 'acknowledgement',
    subjectId: acknowledgementId,
    details: {
      giftId: decided.giftId,
      channel: 'email',
      decision: entry.decision,
      decidedBy: actor.userId,
      attemptedAt: decided.attemptedAt.toISOString(),
    },
  };
}
