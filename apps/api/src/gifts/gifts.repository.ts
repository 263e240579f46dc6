import {
  DEFAULT_PERSONAL_TARGET_SECONDS,
  minorUnitsFromColumn,
  type AcknowledgementStatus,
  type AcknowledgementTreatment,
  type GiftSource,
  type InstallmentAcknowledgement,
  type TenantId,
  type TributeType,
} from '@steward/domain';
import { sql, type RawBuilder } from 'kysely';
import {
  insertAcknowledgementsQuery,
  type NewAcknowledgementRow,
} from '../outbound-messages/acknowledgements/acknowledgement-inserts';
import { secondsToSendSql } from '../outbound-messages/acknowledgements/promptness/clock';
import { deliverableEmail } from '../constituents/deliverable-email';
import type { TenantDb } from '../platform/database/tenant-scope';
import { insertTasksQuery, type NewTaskRow } from '../tasks/task-inserts';
import { TimelineRepository, type NewTimelineEntry } from '../timeline/timeline.repository';

/** A gift ready to be written: validated and normalized by the intake (gift-intake.ts). */
export interface GiftToRecord {
  id: string;
  constituentId: string;
  amount: number;
  currency: string;
  receivedAt: Date;
  fundId: string | null;
  campaignId: string | null;
  source: GiftSource;
  paymentMethod: string | null;
  externalReference: string | null;
  idempotencyKey: string | null;
  goodsServicesValue: number | null;
  goodsServicesDescription: string | null;
  anonymous: boolean;
  tribute: {
    type: TributeType;
    name: string;
    notifyName: string | null;
    notifyEmail: string | null;
    notifyAddress: string | null;
  } | null;
  recurringGiftId: string | null;
  createdBy: string | null;
}

/** What recording one gift must know, read for the whole set in one statement (factsFor). */
export interface GiftFacts {
  /** False when the constituent does not exist (in this tenant). */
  constituentFound: boolean;
  doNotEmail: boolean;
  doNotContact: boolean;
  deceased: boolean;
  email: string | null;
  previousGiftAt: Date | null;
  fundExists: boolean;
  campaignExists: boolean;
  relationshipManagerId: string | null;
  installmentAcknowledgement: InstallmentAcknowledgement;
  majorGiftThreshold: number | null;
  personalTargetSeconds: number;
  /** Null when recurringGiftId was not given; false when it names no recurring gift of this donor. */
  recurringGiftFound: boolean | null;
  earlierInstallments: boolean;
  /** A gift already stored with the same Idempotency-Key (first) or external reference. */
  existing: StoredGift | null;
}

/** A gift already stored that a new one may repeat, with the payment it records. */
export interface StoredGift {
  id: string;
  constituentId: string;
  amount: number;
  currency: string;
  /** Found by the request's Idempotency-Key (a replay), rather than by its external reference. */
  bySameIdempotencyKey: boolean;
}

/** Everything a set of gifts writes besides the gifts, decided by the recorder. */
export interface GiftDependents {
  acknowledgements: NewAcknowledgementRow[];
  tasks: NewTaskRow[];
  timeline: NewTimelineEntry[];
  /** The expression adding the send jobs (the outbox), folded into the same statement. */
  queueSends?: RawBuilder<number>;
}

export interface GiftRow {
  id: string;
  constituentId: string;
  amount: number;
  currency: string;
  receivedAt: Date;
  fundId: string | null;
  campaignId: string | null;
  source: GiftSource;
  paymentMethod: string | null;
  externalReference: string | null;
  goodsServicesValue: number | null;
  goodsServicesDescription: string | null;
  receiptNumber: string | null;
  anonymous: boolean;
  tributeType: TributeType | null;
  tributeName: string | null;
  tributeNotifyName: string | null;
  tributeNotifyEmail: string | null;
  tributeNotifyAddress: string | null;
  recurringGiftId: string | null;
  createdAt: Date;
  acknowledgement: {
    id: string;
    status: AcknowledgementStatus;
    sentAt: Date | null;
    reason: string | null;
    attempts: number;
    lastError: string | null;
    treatment: AcknowledgementTreatment;
    templateVersion: number | null;
    secondsToSend: number | null;
  };
}

/** Gifts of one tenant: recorded in sets, read with their thank-you. */
export class GiftsRepository {
  constructor(
    private readonly db: TenantDb,
    private readonly tenantId: TenantId,
  ) {}

  /**
   * The facts of every gift of the set, in its order, in one statement: the donor's consent (share-
   * locked, so the donor cannot vanish before commit), the address a thank-you would go to, the
   * donor's previous gift, whether the fund, campaign and recurring gift exist, the tenant's threshold
   * and target, and any gift already stored under the same idempotency key or external reference.
   */
  async factsFor(gifts: GiftToRecord[]): Promise<GiftFacts[]> {
    const input = sql<{
      position: number;
      constituent_id: string;
      fund_id: string | null;
      campaign_id: string | null;
      received_at: Date;
      currency: string;
      recurring_gift_id: string | null;
      idempotency_key: string | null;
      source: GiftSource;
      external_reference: string | null;
    }>`unnest(${gifts.map((_, i) => i)}::int[], ${gifts.map((g) => g.constituentId)}::uuid[],
               ${gifts.map((g) => g.fundId)}::uuid[], ${gifts.map((g) => g.campaignId)}::uuid[],
               ${gifts.map((g) => g.receivedAt)}::timestamptz[], ${gifts.map((g) => g.currency)}::text[],
               ${gifts.map((g) => g.recurringGiftId)}::uuid[], ${gifts.map((g) => g.idempotencyKey)}::text[],
               ${gifts.map((g) => g.source)}::text[], ${gifts.map((g) => g.externalReference)}::text[])`.as<'i'>(
      sql`i(position, constituent_id, fund_id, campaign_id, received_at, currency, recurring_gift_id,
            idempotency_key, source, external_reference)`,
    );
    const rows = await this.db
      .selectFrom(input)
      .innerJoin('constituents as c', 'c.id', 'i.constituent_id')
      .select((eb) => [
        'i.position',
        'c.do_not_email as doNotEmail',
        'c.do_not_contact as doNotContact',
        'c.deceased',
        'c.relationship_manager_id as relationshipManagerId',
        'c.installment_acknowledgement as installmentAcknowledgement',
        deliverableEmail(this.db, eb.ref('c.id')).as('email'),
        eb
          .selectFrom('gifts as p')
          .select((p) => p.fn.max('p.received_at').as('at'))
          .whereRef('p.constituent_id', '=', 'c.id')
          .whereRef('p.received_at', '<=', 'i.received_at')
          .as('previousGiftAt'),
        eb
          .or([
            eb('i.fund_id', 'is', null),
            eb.exists(eb.selectFrom('funds as f').select('f.id').whereRef('f.id', '=', 'i.fund_id')),
          ])
          .as('fundExists'),
        eb
          .or([
            eb('i.campaign_id', 'is', null),
            eb.exists(eb.selectFrom('campaigns as k').select('k.id').whereRef('k.id', '=', 'i.campaign_id')),
          ])
          .as('campaignExists'),
        eb
          .selectFrom('major_gift_thresholds as m')
          .select('m.amount')
          .whereRef('m.currency', '=', 'i.currency')
          .as('majorGiftThreshold'),
        eb.fn
          .coalesce(
            eb.selectFrom('acknowledgement_settings as s').select('s.personal_target_seconds'),
            sql.lit(DEFAULT_PERSONAL_TARGET_SECONDS),
          )
          .as('personalTargetSeconds'),
        eb
          .case()
          .when('i.recurring_gift_id', 'is', null)
          .then(sql.lit<boolean | null>(null))
          .else(
            eb.exists(
              eb
                .selectFrom('recurring_gifts as r')
                .select('r.id')
                .whereRef('r.id', '=', 'i.recurring_gift_id')
                .whereRef('r.constituent_id', '=', 'c.id'),
            ),
          )
          .end()
          .as('recurringGiftFound'),
        eb
          .and([
            eb('i.recurring_gift_id', 'is not', null),
            eb.exists(
              eb
                .selectFrom('gifts as x')
                .select('x.id')
                .whereRef('x.recurring_gift_id', '=', 'i.recurring_gift_id'),
            ),
          ])
          .as('earlierInstallments'),
      ])
      // The gift already stored under the request's Idempotency-Key (first), or under its external
      // reference: a new key does not make a new payment.
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('gifts as d')
            .select((d) => [
              'd.id',
              'd.constituent_id',
              'd.amount',
              'd.currency',
              d.fn
                .coalesce(d('d.idempotency_key', '=', d.ref('i.idempotency_key')), sql.lit(false))
                .as('same_key'),
            ])
            .where((d) =>
              d.or([
                d('d.idempotency_key', '=', d.ref('i.idempotency_key')),
                d.and([
                  d('d.source', '=', d.ref('i.source')),
                  d('d.external_reference', '=', d.ref('i.external_reference')),
                ]),
              ]),
            )
            .orderBy('same_key', 'desc')
            .limit(1)
            .as('dup'),
        (join) => join.onTrue(),
      )
      .select([
        'dup.id as existingGiftId',
        'dup.constituent_id as existingConstituentId',
        'dup.amount as existingAmount',
        'dup.currency as existingCurrency',
        'dup.same_key as existingBySameKey',
      ])
      .forShare('c')
      .execute();

    const byPosition = new Map(rows.map((r) => [r.position, r]));
    return gifts.map((_, position) => {
      const row = byPosition.get(position);
      if (!row) return { ...MISSING_CONSTITUENT };
      return {
        constituentFound: true,
        doNotEmail: row.doNotEmail,
        doNotContact: row.doNotContact,
        deceased: row.deceased,
        email: row.email,
        previousGiftAt: row.previousGiftAt,
        fundExists: Boolean(row.fundExists),
        campaignExists: Boolean(row.campaignExists),
        relationshipManagerId: row.relationshipManagerId,
        installmentAcknowledgement: row.installmentAcknowledgement,
        majorGiftThreshold:
          row.majorGiftThreshold === null ? null : minorUnitsFromColumn(row.majorGiftThreshold),
        personalTargetSeconds: Number(row.personalTargetSeconds),
        recurringGiftFound: row.recurringGiftFound === null ? null : Boolean(row.recurringGiftFound),
        earlierInstallments: Boolean(row.earlierInstallments),
        existing: row.existingGiftId
          ? {
              id: row.existingGiftId,
              constituentId: row.existingConstituentId as string,
              amount: minorUnitsFromColumn(row.existingAmount as bigint),
              currency: (row.existingCurrency as string).trim(),
              bySameIdempotencyKey: Boolean(row.existingBySameKey),
            }
          : null,
      };
    });
  }

  /**
   * Writes the gifts and everything they cause (their thank-you rows, tasks and timeline entries) in
   * one statement. A gift whose idempotency key or external reference another transaction has just
   * stored makes the statement fail with a unique violation (nothing of it is written), so that the
   * caller can read that gift instead. Returns when the gifts were recorded (their created_at).
   */
  async insert(gifts: GiftToRecord[], dependents: GiftDependents): Promise<Date> {
    const queueing = dependents.queueSends;
    const timeline = new TimelineRepository(this.db);
    let statement = this.db
      .with('recorded', () =>
        this.db
          .insertInto('gifts')
          .values(
            gifts.map((g) => ({
              id: g.id,
              constituent_id: g.constituentId,
              amount: BigInt(g.amount),
              currency: g.currency,
              received_at: g.receivedAt,
              fund_id: g.fundId,
              campaign_id: g.campaignId,
              source: g.source,
              payment_method: g.paymentMethod,
              external_reference: g.externalReference,
              idempotency_key: g.idempotencyKey,
              created_by: g.createdBy,
              goods_services_value: g.goodsServicesValue === null ? null : BigInt(g.goodsServicesValue),
              goods_services_description: g.goodsServicesDescription,
              anonymous: g.anonymous,
              tribute_type: g.tribute?.type ?? null,
              tribute_name: g.tribute?.name ?? null,
              tribute_notify_name: g.tribute?.notifyName ?? null,
              tribute_notify_email: g.tribute?.notifyEmail ?? null,
              tribute_notify_address: g.tribute?.notifyAddress ?? null,
              recurring_gift_id: g.recurringGiftId,
            })),
          )
          .returning('created_at'),
      )
      .with('messages', () => insertAcknowledgementsQuery(this.db, dependents.acknowledgements))
      // Every gift has its timeline entry, so this list is never empty.
      .with('entries', () => timeline.appendQuery(dependents.timeline));
    if (dependents.tasks.length > 0) {
      // The CTE adds no columns the final SELECT reads, so the builder's type is unchanged in substance.
      statement = statement.with('task_rows', () =>
        insertTasksQuery(this.db, dependents.tasks),
      ) as unknown as typeof statement;
    }
    const row = await statement
      .selectFrom('recorded')
      .select((eb) => [
        eb.fn.max('recorded.created_at').as('createdAt'),
        // The thank-yous' jobs, added by this statement (one aggregate row: evaluated once).
        (queueing ?? sql<number>`0`).as('queued'),
      ])
      .executeTakeFirstOrThrow();
    return row.createdAt as Date;
  }

  /**
   * Numbers every committed gift of the tenant that has no receipt number yet (gapless per tenant and
   * year, under a lock held for one UPDATE: see the number_receipts migration), and returns the numbers
   * of `giftIds`. Called after a recording commits, never inside its transaction.
   */
  async numberReceipts(giftIds: string[]): Promise<Map<string, string | null>> {
    const { rows } = await sql<{ gift_id: string; receipt_number: string | null }>`
      SELECT gift_id, receipt_number FROM number_receipts(${this.tenantId}::uuid, ${giftIds}::uuid[])`.execute(
      this.db,
    );
    return new Map(rows.map((r) => [r.gift_id, r.receipt_number]));
  }

  async findById(id: string): Promise<GiftRow | null> {
    const row = await this.viewQuery().where('g.id', '=', id).executeTakeFirst();
    return row ? toGiftRow(row) : null;
  }

  /** Newest first, keyset on id (UUID v7 sorts by creation). */
  async list(q: { constituentId?: string; afterId?: string; limit: number }): Promise<GiftRow[]> {
    let query = this.viewQuery().orderBy('g.id', 'desc').limit(q.limit);
    if (q.constituentId) query = query.where('g.constituent_id', '=', q.constituentId);
    if (q.afterId) query = query.where('g.id', '<', q.afterId);
    return (await query.execute()).map(toGiftRow);
  }

  private viewQuery() {
    return this.db
      .selectFrom('gifts as g')
      .innerJoin('acknowledgements as a', (join) =>
        join.onRef('a.gift_id', '=', 'g.id').on('a.kind', '=', 'donor'),
      )
      .select([
        'g.id',
        'g.constituent_id as constituentId',
        'g.amount',
        'g.currency',
        'g.received_at as receivedAt',
        'g.fund_id as fundId',
        'g.campaign_id as campaignId',
        'g.source',
        'g.payment_method as paymentMethod',
        'g.external_reference as externalReference',
        'g.goods_services_value as goodsServicesValue',
        'g.goods_services_description as goodsServicesDescription',
        'g.receipt_number as receiptNumber',
        'g.anonymous',
        'g.tribute_type as tributeType',
        'g.tribute_name as tributeName',
        'g.tribute_notify_name as tributeNotifyName',
        'g.tribute_notify_email as tributeNotifyEmail',
        'g.tribute_notify_address as tributeNotifyAddress',
        'g.recurring_gift_id as recurringGiftId',
        'g.created_at as createdAt',
        'a.id as ackId',
        'a.status as ackStatus',
        'a.sent_at as ackSentAt',
        'a.reason as ackReason',
        'a.attempts as ackAttempts',
        'a.last_error as ackLastError',
        'a.treatment as ackTreatment',
        'a.template_version as ackTemplateVersion',
        sql<number | null>`${sql.raw(secondsToSendSql('a'))}`.as('ackSecondsToSend'),
      ]);
  }
}

const MISSING_CONSTITUENT: GiftFacts = {
  constituentFound: false,
  doNotEmail: false,
  doNotContact: false,
  deceased: false,
  email: null,
  previousGiftAt: null,
  fundExists: true,
  campaignExists: true,
  relationshipManagerId: null,
  installmentAcknowledgement: 'each',
  majorGiftThreshold: null,
  personalTargetSeconds: DEFAULT_PERSONAL_TARGET_SECONDS,
  recurringGiftFound: null,
  earlierInstallments: false,
  existing: null,
};

type ViewRow = Awaited<ReturnType<ReturnType<GiftsRepository['viewQuery']>['executeTakeFirstOrThrow']>>;

function toGiftRow(r: ViewRow): GiftRow {
  return {
    id: r.id,
    constituentId: r.constituentId,
    amount: minorUnitsFromColumn(r.amount),
    currency: r.currency.trim(),
    receivedAt: r.receivedAt,
    fundId: r.fundId,
    campaignId: r.campaignId,
    source: r.source,
    paymentMethod: r.paymentMethod,
    externalReference: r.externalReference,
    goodsServicesValue: r.goodsServicesValue === null ? null : minorUnitsFromColumn(r.goodsServicesValue),
    goodsServicesDescription: r.goodsServicesDescription,
    receiptNumber: r.receiptNumber,
    anonymous: r.anonymous,
    tributeType: r.tributeType,
    tributeName: r.tributeName,
    tributeNotifyName: r.tributeNotifyName,
    tributeNotifyEmail: r.tributeNotifyEmail,
    tributeNotifyAddress: r.tributeNotifyAddress,
    recurringGiftId: r.recurringGiftId,
    createdAt: r.createdAt,
    acknowledgement: {
      id: r.ackId,
      status: r.ackStatus,
      sentAt: r.ackSentAt,
      reason: r.ackReason,
      attempts: r.ackAttempts,
      lastError: r.ackLastError,
      treatment: r.ackTreatment,
      templateVersion: r.ackTemplateVersion,
      secondsToSend: r.ackSecondsToSend === null ? null : Math.round(r.ackSecondsToSend * 1000) / 1000,
    },
  };
}
