import { Inject, Injectable } from '@nestjs/common';
import { Conflict, JOB_QUEUE, NotFound, TimelineRepository, type JobQueue } from '@steward/domain';
import { AcknowledgementSender } from '@steward/notifications';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { CursorCodec, type Page } from '../../common/cursor';
import type { AcknowledgementView, ListAcknowledgementsQuery, PreviewView } from './review.dto';
import { ReviewRepository } from './review.repository';

/**
 * The review queue: held acknowledgements (major gifts, sends whose outcome is unknown) wait here for
 * a person to add a note, read the exact message, and approve it (it is sent) or skip it with a reason.
 */
@Injectable()
export class ReviewService {
  private readonly timeline = new TimelineRepository();

  constructor(
    private readonly db: DataSource,
    private readonly reviews: ReviewRepository,
    private readonly sender: AcknowledgementSender,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
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
  async approve(actor: Actor, id: string, personalNote?: string): Promise<AcknowledgementView> {
    await this.db.transaction(async (tx) => {
      const approved = await this.reviews.approve(tx, {
        tenantId: actor.tenantId,
        id,
        reviewerId: actor.userId,
        personalNote: personalNote === undefined ? undefined : personalNote.trim() || null,
      });
      if (!approved) return this.notHeld(actor, id);
      await this.queue.enqueue(tx, 'acknowledgement.send', {
        tenantId: actor.tenantId,
        acknowledgementId: id,
      });
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

  /** Explains why a review action did not apply: no such acknowledgement, or it is not held. */
  private async notHeld(actor: Actor, id: string): Promise<never> {
    const found = await this.reviews.findById(actor.tenantId, id);
    if (!found) throw new NotFound('acknowledgement', id);
    throw new Conflict(`this acknowledgement is ${found.status}, not held for review`);
  }
}
