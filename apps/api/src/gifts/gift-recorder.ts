import { Injectable, Logger } from '@nestjs/common';
import { AcknowledgementSends } from '../outbound-messages/acknowledgements/sending/acknowledgement.jobs';
import { Conflict, Money, newId, ValidationFailed, type FieldProblem, type TenantId } from '@steward/domain';
import { planAcknowledgement, type AcknowledgementPlan } from '@steward/notifications';
import {
  messageIdOf,
  type NewAcknowledgementRow,
} from '../outbound-messages/acknowledgements/acknowledgement-inserts';
import { TenantScope } from '../platform/database/tenant-scope';
import type { NewTaskRow } from '../tasks/task-inserts';
import type { NewTimelineEntry } from '../timeline/timeline.repository';
import { GiftsRepository, type GiftFacts, type GiftToRecord } from './gifts.repository';

/** What became of one gift of a set. */
export type RecordingOutcome =
  | {
      created: true;
      giftId: string;
      createdAt: Date;
      /** Null only if numbering failed after the commit: the thank-you's sender numbers it then. */
      receiptNumber: string | null;
      acknowledgement: {
        id: string;
        status: AcknowledgementPlanStatus;
        reason: string | null;
        treatment: string;
      };
    }
  /** An Idempotency-Key or external reference matched a gift already stored: nothing was written. */
  | { created: false; giftId: string };

type AcknowledgementPlanStatus = AcknowledgementPlan['donor']['status'];

export interface RecordingOptions {
  /** The name of a gift's field in problems: `constituentId` for one gift, `gifts[3].constituentId` for a set. */
  fieldName?: (index: number, field: string) => string;
}

/** Unique indexes that make a gift a retry of one already stored. */
const DUPLICATE_GIFT_CONSTRAINTS = new Set(['uq_gifts_idempotency_key', 'uq_gifts_external_reference']);

/**
 * Records a set of gifts — one from the API, a thousand from an import — in ONE transaction with
 * set-based statements: one facts query for the set, one statement writing the gifts with their
 * thank-you rows, tasks, timeline entries and every send job (the outbox), then, after
 * the commit, one call numbering the receipts. There is never a gift without its thank-you on the way,
 * nor a job without a gift; concurrent gifts of one tenant do not wait for one another.
 */
@Injectable()
export class GiftRecorder {
  private readonly logger = new Logger('GiftRecorder');

  constructor(
    private readonly tenants: TenantScope,
    private readonly sends: AcknowledgementSends,
  ) {}

  async recordMany(
    actor: { tenantId: TenantId; userId: string | null },
    gifts: GiftToRecord[],
    options: RecordingOptions = {},
  ): Promise<RecordingOutcome[]> {
    if (gifts.length === 0) return [];
    const fieldName = options.fieldName ?? ((index, field) => `gifts[${index}].${field}`);
    let outcomes: RecordingOutcome[];
    try {
      outcomes = await this.recordOnce(actor, gifts, fieldName);
    } catch (error) {
      // Another request stored the same idempotency key or external reference between our facts query
      // and our insert; nothing of ours was written. Once more, and the facts now name that gift.
      if (!isDuplicateGift(error)) throw error;
      outcomes = await this.recordOnce(actor, gifts, fieldName);
    }
    return this.numberReceipts(actor.tenantId, outcomes);
  }

  private recordOnce(
    actor: { tenantId: TenantId; userId: string | null },
    gifts: GiftToRecord[],
    fieldName: (index: number, field: string) => string,
  ): Promise<RecordingOutcome[]> {
    return this.tenants.transaction(actor.tenantId, async (unit) => {
      const repository = unit.repo(GiftsRepository);
      const facts = await repository.factsFor(gifts);
      refuseDanglingReferences(facts, fieldName);

      const now = new Date();
      const fresh = freshGifts(gifts, facts, fieldName);
      const planned = fresh.map(({ gift, index }) => ({
        gift,
        index,
        acknowledgementId: newId(),
        plan: planAcknowledgement(planningFacts(gift, facts[index], fresh)),
        facts: facts[index],
      }));

      const acknowledgements: NewAcknowledgementRow[] = [];
      const tasks: NewTaskRow[] = [];
      const timeline: NewTimelineEntry[] = [];
      const sends: { tenantId: string; id: string }[] = [];
      for (const { gift, plan, acknowledgementId, facts: giftFacts } of planned) {
        acknowledgements.push({
          id: acknowledgementId,
          giftId: gift.id,
          constituentId: gift.constituentId,
          kind: 'donor',
          status: plan.donor.status,
          reason: plan.donor.reason,
          recipient: plan.donor.recipient,
          messageId: messageIdOf(acknowledgementId),
          giftReceivedAt: gift.receivedAt,
          treatment: plan.donor.treatment,
        });
        if (plan.donor.status === 'queued') sends.push({ tenantId: actor.tenantId, id: acknowledgementId });
        if (plan.tributeNotice) {
          const noticeId = newId();
          acknowledgements.push({
            id: noticeId,
            giftId: gift.id,
            constituentId: gift.constituentId,
            kind: 'tribute',
            status: 'queued',
            reason: null,
            recipient: plan.tributeNotice.recipient,
            messageId: messageIdOf(noticeId),
            giftReceivedAt: gift.receivedAt,
            treatment: 'thank_you',
          });
          sends.push({ tenantId: actor.tenantId, id: noticeId });
        }
        timeline.push({
          constituentId: gift.constituentId,
          kind: 'gift',
          department: 'development',
          occurredAt: gift.receivedAt,
          summary: `Gift of ${Money.of(gift.amount, gift.currency).format('en-US')} received`,
          subjectType: 'gift',
          subjectId: gift.id,
          details: { amount: gift.amount, currency: gift.currency, fundId: gift.fundId },
        });
        for (const task of plan.tasks) {
          const row: NewTaskRow = {
            id: newId(),
            kind: task.kind,
            title: task.title,
            details: task.details,
            constituentId: gift.constituentId,
            giftId: gift.id,
            // Personal follow-ups fall to the relationship manager, else to whoever recorded the gift.
            ownerId: giftFacts.relationshipManagerId ?? actor.userId,
            dueAt: new Date(now.getTime() + giftFacts.personalTargetSeconds * 1000),
            createdBy: actor.userId,
          };
          tasks.push(row);
          timeline.push({
            constituentId: gift.constituentId,
            kind: 'task',
            department: 'development',
            occurredAt: now,
            summary: `Task: ${row.title}`,
            subjectType: 'task',
            subjectId: row.id,
            details: { kind: row.kind, dueAt: row.dueAt.toISOString(), giftId: gift.id },
          });
        }
      }

      // The gifts, everything they cause and their send jobs: one statement.
      const createdAt =
        planned.length > 0
          ? await repository.insert(
              planned.map((p) => p.gift),
              {
                acknowledgements,
                tasks,
                timeline,
                queueSends: sends.length > 0 ? this.sends.queueSendsWithin(sends) : undefined,
              },
            )
          : now;

      const byIndex = new Map(planned.map((p) => [p.index, p]));
      return gifts.map((gift, index): RecordingOutcome => {
        const written = byIndex.get(index);
        if (!written) return { created: false, giftId: duplicateOf(index, gifts, facts) };
        return {
          created: true,
          giftId: gift.id,
          createdAt,
          receiptNumber: null,
          acknowledgement: {
            id: written.acknowledgementId,
            status: written.plan.donor.status,
            reason: written.plan.donor.reason,
            treatment: written.plan.donor.treatment,
          },
        };
      });
    });
  }

  /** After the commit: receipts for the set in one call. A failure leaves them to the sender's numbering. */
  private async numberReceipts(
    tenantId: TenantId,
    outcomes: RecordingOutcome[],
  ): Promise<RecordingOutcome[]> {
    const created = outcomes.filter((o) => o.created).map((o) => o.giftId);
    if (created.length === 0) return outcomes;
    try {
      const numbers = await this.tenants.read(tenantId).repo(GiftsRepository).numberReceipts(created);
      return outcomes.map((o) => (o.created ? { ...o, receiptNumber: numbers.get(o.giftId) ?? null } : o));
    } catch (error) {
      this.logger.warn({
        msg: 'receipts could not be numbered after recording; the sender will',
        err: String(error),
      });
      return outcomes;
    }
  }
}

/** Every reference a gift makes must exist in the tenant; all problems of the set at once. */
function refuseDanglingReferences(
  facts: GiftFacts[],
  fieldName: (index: number, field: string) => string,
): void {
  const problems: FieldProblem[] = [];
  facts.forEach((f, i) => {
    if (!f.constituentFound) {
      problems.push({ field: fieldName(i, 'constituentId'), message: 'no constituent with this id' });
      return;
    }
    if (!f.fundExists) problems.push({ field: fieldName(i, 'fundId'), message: 'no fund with this id' });
    if (!f.campaignExists)
      problems.push({ field: fieldName(i, 'campaignId'), message: 'no campaign with this id' });
    if (f.recurringGiftFound === false) {
      problems.push({
        field: fieldName(i, 'recurringGiftId'),
        message: "no recurring gift with this id for this gift's donor",
      });
    }
  });
  if (problems.length > 0) throw new ValidationFailed(problems);
}

/**
 * The gifts to write: not already stored, and not a repeat of an earlier gift of the same set. An
 * external reference is the processor's name for one payment: the same payment sent again (a webhook
 * retried under a new Idempotency-Key) is answered like a replay; a different payment under a reference
 * already recorded would be lost if answered so, and is refused naming the gift that has it.
 */
function freshGifts(
  gifts: GiftToRecord[],
  facts: GiftFacts[],
  fieldName: (index: number, field: string) => string,
): { gift: GiftToRecord; index: number }[] {
  const problems: FieldProblem[] = [];
  const seen = new Map<string, GiftToRecord>();
  const fresh: { gift: GiftToRecord; index: number }[] = [];
  gifts.forEach((gift, index) => {
    const stored = facts[index].existing;
    const earlier = duplicateKeys(gift)
      .map((k) => seen.get(k))
      .find((g) => g !== undefined);
    const repeated = stored ?? (earlier ? { ...earlier, bySameIdempotencyKey: false } : null);
    if (repeated) {
      if (!repeated.bySameIdempotencyKey && !isSamePayment(repeated, gift)) {
        problems.push({
          field: fieldName(index, 'externalReference'),
          message: `is already recorded on gift ${repeated.id}, for a different donor, amount or currency`,
        });
      }
      return;
    }
    duplicateKeys(gift).forEach((k) => seen.set(k, gift));
    fresh.push({ gift, index });
  });
  if (problems.length > 0)
    throw new Conflict(problems.map((p) => `${p.field} ${p.message}`).join('; '), problems);
  return fresh;
}

function duplicateKeys(gift: GiftToRecord): string[] {
  return [
    ...(gift.idempotencyKey ? [`key:${gift.idempotencyKey}`] : []),
    ...(gift.externalReference ? [`ref:${gift.source}:${gift.externalReference}`] : []),
  ];
}

function isSamePayment(
  stored: Pick<GiftToRecord, 'constituentId' | 'amount' | 'currency'>,
  gift: GiftToRecord,
): boolean {
  return (
    stored.constituentId === gift.constituentId &&
    stored.amount === gift.amount &&
    stored.currency === gift.currency
  );
}

/** The gift an unwritten one repeats: stored already, or an earlier gift of the same set. */
function duplicateOf(index: number, gifts: GiftToRecord[], facts: GiftFacts[]): string {
  const stored = facts[index].existing;
  if (stored) return stored.id;
  const keys = new Set(duplicateKeys(gifts[index]));
  const earlier = gifts.findIndex((g, i) => i < index && duplicateKeys(g).some((k) => keys.has(k)));
  return gifts[earlier].id;
}

/**
 * The facts the rules judge one gift by, with the gifts of the same set counted as if recorded before
 * it when they were received before it: a donor's two first gifts in one import are a first gift, then
 * a second one; an installment following another of the set is not the first.
 */
function planningFacts(
  gift: GiftToRecord,
  facts: GiftFacts,
  set: { gift: GiftToRecord; index: number }[],
): Parameters<typeof planAcknowledgement>[0] {
  let previousGiftAt = facts.previousGiftAt;
  let earlierInstallments = facts.earlierInstallments;
  const position = set.findIndex((s) => s.gift === gift);
  set.forEach(({ gift: other }, i) => {
    if (i === position) return;
    const before =
      other.receivedAt < gift.receivedAt ||
      (other.receivedAt.getTime() === gift.receivedAt.getTime() && i < position);
    if (!before) return;
    if (
      other.constituentId === gift.constituentId &&
      (!previousGiftAt || other.receivedAt > previousGiftAt)
    ) {
      previousGiftAt = other.receivedAt;
    }
    if (gift.recurringGiftId && other.recurringGiftId === gift.recurringGiftId) earlierInstallments = true;
  });
  return {
    ...facts,
    previousGiftAt,
    receivedAt: gift.receivedAt,
    amount: gift.amount,
    installment: gift.recurringGiftId
      ? { isFirst: !earlierInstallments, preference: facts.installmentAcknowledgement }
      : null,
    tribute: gift.tribute,
  };
}

function isDuplicateGift(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string };
  return e?.code === '23505' && DUPLICATE_GIFT_CONSTRAINTS.has(e.constraint ?? '');
}
