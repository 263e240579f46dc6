import { Inject, Injectable } from '@nestjs/common';
import {
  Gift,
  JOB_QUEUE,
  Money,
  newId,
  NotFound,
  TimelineRepository,
  ValidationFailed,
  type JobQueue,
} from '@steward/domain';
import { decideAcknowledgement } from '@steward/notifications';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { ConstituentsRepository } from '../constituents/constituents.repository';
import { decodeCursor, encodeCursor, type Page } from '../common/cursor';
import { FundsRepository } from '../funds/funds.repository';
import type { CreateGiftRequest, GiftView, ListGiftsQuery } from './dto/gift.dto';
import { GiftsRepository, type GiftWithAcknowledgement } from './gifts.repository';

export interface RecordedGift {
  gift: GiftView;
  /** False when an Idempotency-Key or external reference matched a gift already stored. */
  created: boolean;
}

@Injectable()
export class GiftsService {
  private readonly timeline = new TimelineRepository();

  constructor(
    private readonly db: DataSource,
    private readonly gifts: GiftsRepository,
    private readonly constituents: ConstituentsRepository,
    private readonly funds: FundsRepository,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
  ) {}

  /**
   * Records a gift, its timeline entry, its acknowledgement row and the job that sends it, in ONE
   * transaction: there is never a gift without its thank-you on the way, nor a job without a gift.
   */
  async record(actor: Actor, input: CreateGiftRequest, idempotencyKey?: string): Promise<RecordedGift> {
    const money = Money.of(input.amount, input.currency);
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : new Date();
    const gift = Object.assign(new Gift(), {
      id: newId(),
      tenantId: actor.tenantId,
      constituentId: input.constituentId,
      amount: money.minorUnits,
      currency: money.currency,
      receivedAt,
      fundId: input.fundId ?? null,
      campaignId: input.campaignId ?? null,
      source: 'api' as const,
      paymentMethod: input.paymentMethod ?? null,
      externalReference: input.externalReference ?? null,
      idempotencyKey: idempotencyKey ?? null,
      createdBy: actor.userId,
    });

    const created = await this.db.transaction(async (tx) => {
      const donor = await this.gifts.donorFactsForGift(tx, actor.tenantId, gift.constituentId);
      if (!donor) throw ValidationFailed.field('constituentId', 'no constituent with this id');
      if (gift.fundId && !(await this.funds.fundExists(tx, actor.tenantId, gift.fundId))) {
        throw ValidationFailed.field('fundId', 'no fund with this id');
      }
      if (gift.campaignId && !(await this.funds.campaignExists(tx, actor.tenantId, gift.campaignId))) {
        throw ValidationFailed.field('campaignId', 'no campaign with this id');
      }
      if (!(await this.gifts.insert(tx, gift))) return false;

      const email = await this.constituents.primaryEmail(tx, actor.tenantId, gift.constituentId);
      const decision = decideAcknowledgement({ ...donor, email });
      const acknowledgementId = newId();
      await this.gifts.insertAcknowledgement(tx, {
        id: acknowledgementId,
        tenantId: actor.tenantId,
        giftId: gift.id,
        constituentId: gift.constituentId,
        status: decision.status,
        reason: decision.status === 'suppressed' ? decision.reason : null,
        recipient: decision.recipient,
        messageId: `<ack-${acknowledgementId}@steward.invalid>`,
        giftReceivedAt: receivedAt,
      });
      await this.timeline.append(tx, [
        {
          tenantId: actor.tenantId,
          constituentId: gift.constituentId,
          kind: 'gift',
          department: 'development',
          occurredAt: receivedAt,
          summary: `Gift of ${money.format('en-US')} received`,
          subjectType: 'gift',
          subjectId: gift.id,
          details: { amount: money.minorUnits, currency: money.currency, fundId: gift.fundId },
        },
      ]);
      if (decision.status === 'queued') {
        await this.queue.enqueue(tx, 'acknowledgement.send', { tenantId: actor.tenantId, acknowledgementId });
      }
      return true;
    });

    if (created) return { gift: await this.get(actor, gift.id), created: true };
    const existingId = await this.gifts.findDuplicate(actor.tenantId, {
      idempotencyKey: gift.idempotencyKey,
      source: gift.source,
      externalReference: gift.externalReference,
    });
    return { gift: await this.get(actor, existingId as string), created: false };
  }

  async get(actor: Actor, id: string): Promise<GiftView> {
    const gift = await this.gifts.findById(actor.tenantId, id);
    if (!gift) throw new NotFound('gift', id);
    return toView(gift);
  }

  async list(actor: Actor, query: ListGiftsQuery): Promise<Page<GiftView>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, ['id']);
    const rows = await this.gifts.list({
      tenantId: actor.tenantId,
      constituentId: query.constituentId,
      afterId: after?.id,
      limit: limit + 1,
    });
    const items = rows.slice(0, limit).map(toView);
    return { items, nextCursor: rows.length > limit ? encodeCursor({ id: items[items.length - 1].id }) : null };
  }
}

function toView(g: GiftWithAcknowledgement): GiftView {
  return {
    id: g.id,
    constituentId: g.constituentId,
    amount: g.amount,
    currency: g.currency,
    amountFormatted: Money.of(g.amount, g.currency).format('en-US'),
    receivedAt: g.receivedAt,
    fundId: g.fundId,
    campaignId: g.campaignId,
    source: g.source,
    paymentMethod: g.paymentMethod,
    externalReference: g.externalReference,
    createdAt: g.createdAt,
    acknowledgement: g.acknowledgement,
  };
}
