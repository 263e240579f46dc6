import { Inject, Injectable } from '@nestjs/common';
import {
  Conflict,
  Gift,
  Money,
  newId,
  NotFound,
  TimelineRepository,
  ValidationFailed,
} from '@steward/domain';
import { planAcknowledgement } from '@steward/notifications';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { CursorCodec, type Page } from '../common/cursor';
import { JOB_QUEUE, type JobQueue } from '../platform/jobs/job-queue';
import type { CreateGiftRequest, GiftView, ListGiftsQuery } from './dto/gift.dto';
import { TasksRepository } from '../tasks/tasks.repository';
import { GiftsRepository, type GiftWithAcknowledgement, type StoredDuplicate } from './gifts.repository';

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
    private readonly tasks: TasksRepository,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly cursors: CursorCodec,
  ) {}

  /**
   * Records a gift, its timeline entry, its acknowledgement row and the job that sends it, in ONE
   * transaction: there is never a gift without its thank-you on the way, nor a job without a gift.
   */
  async record(actor: Actor, input: CreateGiftRequest, idempotencyKey?: string): Promise<RecordedGift> {
    const money = Money.of(input.amount, input.currency);
    if (typeof input.goodsServicesValue === 'number' && input.goodsServicesValue > input.amount) {
      throw ValidationFailed.field('goodsServicesValue', 'cannot exceed the amount paid');
    }
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
      goodsServicesValue: input.goodsServicesValue ?? null,
      goodsServicesDescription: input.goodsServicesDescription ?? null,
      anonymous: input.anonymous ?? false,
      tributeType: input.tribute?.type ?? null,
      tributeName: input.tribute?.name.trim() ?? null,
      tributeNotifyName: input.tribute?.notifyName?.trim() || null,
      tributeNotifyEmail: input.tribute?.notifyEmail?.toLowerCase() ?? null,
      tributeNotifyAddress: input.tribute?.notifyAddress?.trim() || null,
      recurringGiftId: input.recurringGiftId ?? null,
      receiptNumber: null as string | null,
      idempotencyKey: idempotencyKey ?? null,
      createdBy: actor.userId,
    });

    const acknowledgementId = newId();
    const recorded = await this.db.transaction(async (tx) => {
      const facts = await this.gifts.factsForNewGift(tx, gift);
      if (!facts) throw ValidationFailed.field('constituentId', 'no constituent with this id');
      if (!facts.fundExists) throw ValidationFailed.field('fundId', 'no fund with this id');
      if (!facts.campaignExists) throw ValidationFailed.field('campaignId', 'no campaign with this id');
      if (facts.recurringGiftFound === false) {
        throw ValidationFailed.field(
          'recurringGiftId',
          "no recurring gift with this id for this gift's donor",
        );
      }

      const plan = planAcknowledgement({
        ...facts,
        receivedAt,
        amount: money.minorUnits,
        installment: gift.recurringGiftId
          ? { isFirst: !facts.earlierInstallments, preference: facts.installmentAcknowledgement }
          : null,
        tribute: gift.tributeType
          ? {
              type: gift.tributeType,
              name: gift.tributeName as string,
              notifyName: gift.tributeNotifyName,
              notifyEmail: gift.tributeNotifyEmail,
              notifyAddress: gift.tributeNotifyAddress,
            }
          : null,
      });
      const acknowledgement = {
        id: acknowledgementId,
        status: plan.donor.status,
        reason: plan.donor.reason,
        recipient: plan.donor.recipient,
        messageId: messageIdOf(acknowledgementId),
        treatment: plan.donor.treatment,
      };
      const createdAt = await this.gifts.insertWithAcknowledgement(tx, gift, acknowledgement);
      if (!createdAt) return null;

      const tributeNoticeId = plan.tributeNotice ? newId() : null;
      if (plan.tributeNotice && tributeNoticeId) {
        await this.gifts.insertTributeNotice(tx, gift, {
          id: tributeNoticeId,
          recipient: plan.tributeNotice.recipient,
          messageId: messageIdOf(tributeNoticeId),
        });
      }
      // Personal follow-ups fall to the relationship manager, else to whoever recorded the gift.
      const tasks = plan.tasks.map((t) => ({
        id: newId(),
        tenantId: actor.tenantId,
        kind: t.kind,
        title: t.title,
        details: t.details,
        constituentId: gift.constituentId,
        giftId: gift.id,
        ownerId: facts.relationshipManagerId ?? actor.userId,
        dueAt: new Date(createdAt.getTime() + facts.personalTargetSeconds * 1000),
        createdBy: actor.userId,
      }));
      await this.tasks.insertMany(tx, tasks);

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
        ...tasks.map((t) => ({
          tenantId: actor.tenantId,
          constituentId: gift.constituentId,
          kind: 'task',
          department: 'development' as const,
          occurredAt: createdAt,
          summary: `Task: ${t.title}`,
          subjectType: 'task',
          subjectId: t.id,
          details: { kind: t.kind, dueAt: t.dueAt.toISOString(), giftId: gift.id },
        })),
      ]);
      const jobs = [
        ...(plan.donor.status === 'queued' ? [acknowledgementId] : []),
        ...(tributeNoticeId ? [tributeNoticeId] : []),
      ];
      await this.queue.enqueueMany(
        tx,
        'acknowledgement.send',
        jobs.map((id) => ({ tenantId: actor.tenantId, acknowledgementId: id })),
      );
      // Receipts are numbered per calendar year (UTC) of receipt; last, so the sequence lock is brief.
      gift.receiptNumber = await this.gifts.assignReceiptNumber(
        tx,
        actor.tenantId,
        gift.id,
        receivedAt.getUTCFullYear(),
      );
      return { createdAt, acknowledgement };
    });

    if (recorded) {
      // Built from what was just written: no read-back on the hot path.
      return {
        created: true,
        gift: toView(
          Object.assign(gift, {
            createdAt: recorded.createdAt,
            acknowledgement: {
              id: recorded.acknowledgement.id,
              status: recorded.acknowledgement.status,
              sentAt: null,
              secondsToSend: null,
              reason: recorded.acknowledgement.reason,
              attempts: 0,
              lastError: null,
              treatment: recorded.acknowledgement.treatment,
              templateVersion: null,
            },
          }),
        ),
      };
    }
    const existing = await this.gifts.findDuplicate(actor.tenantId, {
      idempotencyKey: gift.idempotencyKey,
      source: gift.source,
      externalReference: gift.externalReference,
    });
    if (!existing) throw new Error('a gift insert conflicted with no stored gift');
    // The external reference is the processor's name for one payment: the same payment sent again
    // (a webhook retried under a new key) is answered like a replay; a different payment under the
    // same reference would be lost if answered 200, so it is refused and names the gift that has it.
    if (!existing.sameIdempotencyKey && !isSamePayment(existing, gift)) {
      throw Conflict.field(
        'externalReference',
        `is already recorded on gift ${existing.id}, for a different donor, amount or currency`,
      );
    }
    return { gift: await this.get(actor, existing.id), created: false };
  }

  async get(actor: Actor, id: string): Promise<GiftView> {
    const gift = await this.gifts.findById(actor.tenantId, id);
    if (!gift) throw new NotFound('gift', id);
    return toView(gift);
  }

  async list(actor: Actor, query: ListGiftsQuery): Promise<Page<GiftView>> {
    const limit = query.limit ?? 50;
    const after = this.cursors.decode('gifts', query.cursor, { id: 'uuid' });
    const rows = await this.gifts.list({
      tenantId: actor.tenantId,
      constituentId: query.constituentId,
      afterId: after?.id,
      limit: limit + 1,
    });
    const items = rows.slice(0, limit).map(toView);
    return {
      items,
      nextCursor:
        rows.length > limit ? this.cursors.encode('gifts', { id: items[items.length - 1].id }) : null,
    };
  }
}

function isSamePayment(stored: StoredDuplicate, gift: Gift): boolean {
  return (
    stored.constituentId === gift.constituentId &&
    stored.amount === gift.amount &&
    stored.currency === gift.currency
  );
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
    goodsServicesValue: g.goodsServicesValue,
    goodsServicesDescription: g.goodsServicesDescription,
    receiptNumber: g.receiptNumber as string,
    anonymous: g.anonymous,
    tribute: g.tributeType
      ? {
          type: g.tributeType,
          name: g.tributeName as string,
          notifyName: g.tributeNotifyName,
          notifyEmail: g.tributeNotifyEmail,
          notifyAddress: g.tributeNotifyAddress,
        }
      : null,
    recurringGiftId: g.recurringGiftId,
    createdAt: g.createdAt,
    acknowledgement: g.acknowledgement,
  };
}

/** Fixed per message, so a message re-sent after a crash is recognisably the same message. */
function messageIdOf(acknowledgementId: string): string {
  return `<ack-${acknowledgementId}@steward.invalid>`;
}
