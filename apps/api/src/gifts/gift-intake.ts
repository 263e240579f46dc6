import { Money, newId, ValidationFailed, type GiftSource } from '@steward/domain';
import type { CreateGiftRequest } from './dto/gift.dto';
import type { GiftToRecord } from './gifts.repository';

/** Where a gift comes from and who or what recorded it; the same for every gift of one intake. */
export interface IntakeContext {
  source: GiftSource;
  createdBy: string | null;
  idempotencyKey?: string | null;
  /** When the intake received the gift: a gift with no receivedAt was received then. */
  now: Date;
}

/**
 * The pure step every intake path shares (the API, and later batch entry, imports, Stripe): a validated
 * request becomes a gift ready to record, with its id, exact amount and normalized fields. Checks that
 * need the database (the donor, fund and campaign exist) are the recorder's.
 */
export function prepareGift(input: CreateGiftRequest, context: IntakeContext): GiftToRecord {
  const money = Money.of(input.amount, input.currency);
  if (typeof input.goodsServicesValue === 'number' && input.goodsServicesValue > input.amount) {
    throw ValidationFailed.field('goodsServicesValue', 'cannot exceed the amount paid');
  }
  const tribute = input.tribute;
  return {
    id: newId(),
    constituentId: input.constituentId,
    amount: money.minorUnits,
    currency: money.currency,
    receivedAt: input.receivedAt ? new Date(input.receivedAt) : context.now,
    fundId: input.fundId ?? null,
    campaignId: input.campaignId ?? null,
    source: context.source,
    paymentMethod: input.paymentMethod ?? null,
    externalReference: input.externalReference ?? null,
    idempotencyKey: context.idempotencyKey ?? null,
    goodsServicesValue: input.goodsServicesValue ?? null,
    goodsServicesDescription: input.goodsServicesDescription ?? null,
    anonymous: input.anonymous ?? false,
    tribute: tribute
      ? {
          type: tribute.type,
          name: tribute.name.trim(),
          notifyName: tribute.notifyName?.trim() || null,
          notifyEmail: tribute.notifyEmail?.toLowerCase() ?? null,
          notifyAddress: tribute.notifyAddress?.trim() || null,
        }
      : null,
    recurringGiftId: input.recurringGiftId ?? null,
    createdBy: context.createdBy,
  };
}
