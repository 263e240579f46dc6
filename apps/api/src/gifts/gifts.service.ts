import { Injectable } from '@nestjs/common';
import { Money, NotFound } from '@steward/domain';
import type { Actor } from '../auth/actor';
import type { Page } from '../common/cursor';
import { Pagination } from '../common/pagination';
import { TenantScope } from '../platform/database/tenant-scope';
import type { CreateGiftRequest, GiftView, ListGiftsQuery } from './dto/gift.dto';
import { prepareGift } from './gift-intake';
import { GiftRecorder } from './gift-recorder';
import { GiftsRepository, type GiftRow } from './gifts.repository';

export interface RecordedGift {
  gift: GiftView;
  /** False when an Idempotency-Key or external reference matched a gift already stored. */
  created: boolean;
}

@Injectable()
export class GiftsService {
  constructor(
    private readonly tenants: TenantScope,
    private readonly recorder: GiftRecorder,
    private readonly pagination: Pagination,
  ) {}

  /**
   * Records one gift through the same set-based path as every intake: the gift, its timeline entry, its
   * acknowledgement row and the job that sends it, in ONE transaction.
   */
  async record(actor: Actor, input: CreateGiftRequest, idempotencyKey?: string): Promise<RecordedGift> {
    const gift = prepareGift(input, {
      source: 'api',
      createdBy: actor.userId,
      idempotencyKey,
      now: new Date(),
    });
    const [outcome] = await this.recorder.recordMany(actor, [gift], { fieldName: (_, field) => field });
    if (!outcome.created) return { gift: await this.get(actor, outcome.giftId), created: false };
    // Built from what was just written: no read-back on the hot path.
    return {
      created: true,
      gift: toView({
        ...gift,
        tributeType: gift.tribute?.type ?? null,
        tributeName: gift.tribute?.name ?? null,
        tributeNotifyName: gift.tribute?.notifyName ?? null,
        tributeNotifyEmail: gift.tribute?.notifyEmail ?? null,
        tributeNotifyAddress: gift.tribute?.notifyAddress ?? null,
        receiptNumber: outcome.receiptNumber,
        createdAt: outcome.createdAt,
        acknowledgement: {
          id: outcome.acknowledgement.id,
          status: outcome.acknowledgement.status,
          sentAt: null,
          secondsToSend: null,
          reason: outcome.acknowledgement.reason,
          attempts: 0,
          lastError: null,
          treatment: outcome.acknowledgement.treatment as GiftRow['acknowledgement']['treatment'],
          templateVersion: null,
        },
      }),
    };
  }

  async get(actor: Actor, id: string): Promise<GiftView> {
    const gift = await this.tenants.read(actor.tenantId).repo(GiftsRepository).findById(id);
    if (!gift) throw new NotFound('gift', id);
    return toView(gift);
  }

  async list(actor: Actor, query: ListGiftsQuery): Promise<Page<GiftView>> {
    const gifts = this.tenants.read(actor.tenantId).repo(GiftsRepository);
    const page = await this.pagination.page(query, {
      listing: 'gifts',
      keyset: { id: 'uuid' },
      fetch: (after, limit) => gifts.list({ constituentId: query.constituentId, afterId: after?.id, limit }),
      positionOf: (gift) => ({ id: gift.id }),
    });
    return { ...page, items: page.items.map(toView) };
  }
}

function toView(g: Omit<GiftRow, 'receiptNumber'> & { receiptNumber: string | null }): GiftView {
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
    receiptNumber: g.receiptNumber,
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
