import { Injectable } from '@nestjs/common';
import {
  Acknowledgement,
  DEFAULT_PERSONAL_TARGET_SECONDS,
  deliverableEmailSql,
  Gift,
  type InstallmentAcknowledgement,
  type AcknowledgementStatus,
  type AcknowledgementTreatment,
  minorUnitsFromColumn,
} from '@steward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { secondsToSendSql } from '../acknowledgements/promptness/clock';

export interface GiftWithAcknowledgement extends Gift {
  acknowledgement: Pick<
    Acknowledgement,
    'id' | 'status' | 'sentAt' | 'reason' | 'attempts' | 'lastError' | 'treatment' | 'templateVersion'
  > & { secondsToSend: number | null };
}

/** What the gift's transaction must know before writing; see factsForNewGift. */
export interface GiftFacts {
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
}

/** What a duplicate gift is compared on: the payment it records. */
export interface StoredDuplicate {
  id: string;
  constituentId: string;
  amount: number;
  currency: string;
  /** True when it was found by the request's Idempotency-Key, false by its external reference. */
  sameIdempotencyKey: boolean;
}

export type NewAcknowledgement = Pick<
  Acknowledgement,
  'id' | 'status' | 'reason' | 'recipient' | 'messageId' | 'treatment'
>;

const GIFT_VIEW_COLUMNS = [
  'g.id AS id',
  'g.tenant_id AS "tenantId"',
  'g.constituent_id AS "constituentId"',
  'g.amount AS amount',
  'g.currency AS currency',
  'g.received_at AS "receivedAt"',
  'g.fund_id AS "fundId"',
  'g.campaign_id AS "campaignId"',
  'g.source AS source',
  'g.payment_method AS "paymentMethod"',
  'g.external_reference AS "externalReference"',
  'g.goods_services_value AS "goodsServicesValue"',
  'g.goods_services_description AS "goodsServicesDescription"',
  'g.receipt_number AS "receiptNumber"',
  'g.anonymous AS anonymous',
  'g.tribute_type AS "tributeType"',
  'g.tribute_name AS "tributeName"',
  'g.tribute_notify_name AS "tributeNotifyName"',
  'g.tribute_notify_email AS "tributeNotifyEmail"',
  'g.tribute_notify_address AS "tributeNotifyAddress"',
  'g.recurring_gift_id AS "recurringGiftId"',
  'a.id AS "ackId"',
  'g.idempotency_key AS "idempotencyKey"',
  'g.created_by AS "createdBy"',
  'g.created_at AS "createdAt"',
  'a.status AS "ackStatus"',
  'a.sent_at AS "ackSentAt"',
  'a.reason AS "ackReason"',
  'a.attempts AS "ackAttempts"',
  'a.last_error AS "ackLastError"',
  'a.treatment AS "ackTreatment"',
  'a.template_version AS "ackTemplateVersion"',
  `${secondsToSendSql('a')} AS "ackSecondsToSend"`,
];

type GiftRow = Omit<Gift, 'amount' | 'goodsServicesValue'> & {
  amount: string;
  goodsServicesValue: string | null;
  ackStatus: AcknowledgementStatus;
  ackSentAt: Date | null;
  ackReason: string | null;
  ackAttempts: number;
  ackLastError: string | null;
  ackTreatment: AcknowledgementTreatment;
  ackTemplateVersion: number | null;
  ackSecondsToSend: number | null;
  ackId: string;
};

/** Gifts and their acknowledgement rows. A gift is read with its acknowledgement in one query. */
@Injectable()
export class GiftsRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Everything the gift's transaction must know before writing, in one query: the donor's consent (the
   * row is share-locked so it cannot vanish mid-transaction), the address a thank-you would go to, and
   * whether the fund and campaign exist. Null when the constituent does not.
   */
  async factsForNewGift(
    tx: EntityManager,
    q: {
      tenantId: string;
      constituentId: string;
      fundId: string | null;
      campaignId: string | null;
      receivedAt: Date;
      currency: string;
      recurringGiftId: string | null;
    },
  ): Promise<GiftFacts | null> {
    const rows: (Omit<GiftFacts, 'majorGiftThreshold'> & { majorGiftThreshold: string | null })[] =
      await tx.query(
        `SELECT c.do_not_email AS "doNotEmail", c.do_not_contact AS "doNotContact", c.deceased,
                c.relationship_manager_id AS "relationshipManagerId",
                c.installment_acknowledgement AS "installmentAcknowledgement",
                ${deliverableEmailSql('c.tenant_id', 'c.id')} AS email,
                (SELECT max(g.received_at) FROM gifts g
                  WHERE g.tenant_id = c.tenant_id AND g.constituent_id = c.id AND g.received_at <= $5) AS "previousGiftAt",
                ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM funds f WHERE f.tenant_id = c.tenant_id AND f.id = $3)) AS "fundExists",
                ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM campaigns k WHERE k.tenant_id = c.tenant_id AND k.id = $4)) AS "campaignExists",
                (SELECT m.amount FROM major_gift_thresholds m WHERE m.tenant_id = c.tenant_id AND m.currency = $6) AS "majorGiftThreshold",
                COALESCE((SELECT s.personal_target_seconds FROM acknowledgement_settings s WHERE s.tenant_id = c.tenant_id), $8) AS "personalTargetSeconds",
                CASE WHEN $7::uuid IS NULL THEN NULL
                     ELSE EXISTS (SELECT 1 FROM recurring_gifts r
                                   WHERE r.tenant_id = c.tenant_id AND r.id = $7 AND r.constituent_id = c.id) END AS "recurringGiftFound",
                ($7::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM gifts i
                                                   WHERE i.tenant_id = c.tenant_id AND i.recurring_gift_id = $7)) AS "earlierInstallments"
           FROM constituents c
          WHERE c.tenant_id = $1 AND c.id = $2
            FOR SHARE OF c`,
        [
          q.tenantId,
          q.constituentId,
          q.fundId,
          q.campaignId,
          q.receivedAt,
          q.currency,
          q.recurringGiftId,
          DEFAULT_PERSONAL_TARGET_SECONDS,
        ],
      );
    const row = rows[0];
    if (!row) return null;
    return {
      ...row,
      majorGiftThreshold:
        row.majorGiftThreshold === null ? null : minorUnitsFromColumn(row.majorGiftThreshold),
    };
  }

  /**
   * Inserts the gift and its acknowledgement in one statement. Returns the gift's created_at, or null
   * when its idempotency key or external reference was already stored (then nothing is written).
   */
  async insertWithAcknowledgement(
    tx: EntityManager,
    gift: Gift,
    ack: NewAcknowledgement,
  ): Promise<Date | null> {
    const rows: { created_at: Date }[] = await tx.query(
      `WITH g AS (
         INSERT INTO gifts (id, tenant_id, constituent_id, amount, currency, received_at, fund_id, campaign_id,
                            source, payment_method, external_reference, idempotency_key, created_by,
                            goods_services_value, goods_services_description, anonymous, tribute_type,
                            tribute_name, tribute_notify_name, tribute_notify_email, tribute_notify_address,
                            recurring_gift_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $19, $20, $22, $23, $24, $25, $26, $27, $28)
         ON CONFLICT DO NOTHING
         RETURNING id, created_at
       ), a AS (
         INSERT INTO acknowledgements (id, tenant_id, gift_id, constituent_id, status, reason, recipient,
                                       message_id, gift_received_at, treatment)
         SELECT $14, $2, g.id, $3, $15, $16, $17, $18, $6, $21 FROM g
       )
       SELECT created_at FROM g`,
      [
        gift.id,
        gift.tenantId,
        gift.constituentId,
        gift.amount,
        gift.currency,
        gift.receivedAt,
        gift.fundId,
        gift.campaignId,
        gift.source,
        gift.paymentMethod,
        gift.externalReference,
        gift.idempotencyKey,
        gift.createdBy,
        ack.id,
        ack.status,
        ack.reason,
        ack.recipient,
        ack.messageId,
        gift.goodsServicesValue,
        gift.goodsServicesDescription,
        ack.treatment,
        gift.anonymous,
        gift.tributeType,
        gift.tributeName,
        gift.tributeNotifyName,
        gift.tributeNotifyEmail,
        gift.tributeNotifyAddress,
        gift.recurringGiftId,
      ],
    );
    return rows[0]?.created_at ?? null;
  }

  /** The notice to a tribute's honoree or family: a second message of the gift, queued with it. */
  async insertTributeNotice(
    tx: EntityManager,
    gift: Pick<Gift, 'id' | 'tenantId' | 'constituentId' | 'receivedAt'>,
    notice: { id: string; recipient: string; messageId: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO acknowledgements (id, tenant_id, gift_id, constituent_id, kind, status, recipient, message_id,
                                     gift_received_at, treatment)
       VALUES ($1, $2, $3, $4, 'tribute', 'queued', $5, $6, $7, 'thank_you')`,
      [
        notice.id,
        gift.tenantId,
        gift.id,
        gift.constituentId,
        notice.recipient,
        notice.messageId,
        gift.receivedAt,
      ],
    );
  }

  /**
   * Gives the gift the next receipt number of its tenant and year. The sequence row stays locked until
   * the transaction ends, so numbers are gapless: call it last, just before commit, to hold it briefly.
   */
  async assignReceiptNumber(
    tx: EntityManager,
    tenantId: string,
    giftId: string,
    year: number,
  ): Promise<string> {
    const [rows]: [{ receipt_number: string }[], number] = await tx.query(
      `WITH next AS (
         INSERT INTO receipt_sequences (tenant_id, year, last_number) VALUES ($1, $2, 1)
         ON CONFLICT (tenant_id, year) DO UPDATE SET last_number = receipt_sequences.last_number + 1
         RETURNING last_number
       )
       UPDATE gifts SET receipt_number = $2::text || '-' || lpad(next.last_number::text, greatest(6, length(next.last_number::text)), '0')
         FROM next
        WHERE gifts.tenant_id = $1 AND gifts.id = $3
       RETURNING receipt_number`,
      [tenantId, year, giftId],
    );
    return rows[0].receipt_number;
  }

  /**
   * The stored gift that made an insert a duplicate: the one with the request's Idempotency-Key if
   * there is one, else the one with its external reference (a new key does not make a new payment).
   */
  async findDuplicate(
    tenantId: string,
    key: { idempotencyKey: string | null; source: string; externalReference: string | null },
  ): Promise<StoredDuplicate | null> {
    const rows: (Omit<StoredDuplicate, 'amount'> & { amount: string })[] = await this.db.query(
      `SELECT id, constituent_id AS "constituentId", amount::text AS amount, trim(currency) AS currency,
              COALESCE(idempotency_key = $2, false) AS "sameIdempotencyKey"
         FROM gifts
        WHERE tenant_id = $1
          AND (idempotency_key = $2 OR (source = $3 AND external_reference = $4))
        ORDER BY COALESCE(idempotency_key = $2, false) DESC
        LIMIT 1`,
      [tenantId, key.idempotencyKey, key.source, key.externalReference],
    );
    return rows[0] ? { ...rows[0], amount: minorUnitsFromColumn(rows[0].amount) } : null;
  }

  async findById(tenantId: string, id: string): Promise<GiftWithAcknowledgement | null> {
    const row = await this.viewQuery(tenantId).andWhere('g.id = :id', { id }).getRawOne<GiftRow>();
    return row ? toGift(row) : null;
  }

  /** Newest first, keyset on id (UUID v7 sorts by creation). */
  async list(q: {
    tenantId: string;
    constituentId?: string;
    afterId?: string;
    limit: number;
  }): Promise<GiftWithAcknowledgement[]> {
    const qb = this.viewQuery(q.tenantId).orderBy('g.id', 'DESC').limit(q.limit);
    if (q.constituentId) qb.andWhere('g.constituent_id = :constituentId', { constituentId: q.constituentId });
    if (q.afterId) qb.andWhere('g.id < :afterId', { afterId: q.afterId });
    return (await qb.getRawMany<GiftRow>()).map(toGift);
  }

  private viewQuery(tenantId: string) {
    return this.db
      .createQueryBuilder()
      .select(GIFT_VIEW_COLUMNS)
      .from(Gift, 'g')
      .innerJoin(Acknowledgement, 'a', "a.tenant_id = g.tenant_id AND a.gift_id = g.id AND a.kind = 'donor'")
      .where('g.tenant_id = :tenantId', { tenantId });
  }
}

function toGift(row: GiftRow): GiftWithAcknowledgement {
  const {
    ackId,
    ackStatus,
    ackSentAt,
    ackReason,
    ackAttempts,
    ackLastError,
    ackTreatment,
    ackTemplateVersion,
    ackSecondsToSend,
    ...gift
  } = row;
  return Object.assign(new Gift(), gift, {
    amount: minorUnitsFromColumn(row.amount),
    goodsServicesValue: row.goodsServicesValue === null ? null : minorUnitsFromColumn(row.goodsServicesValue),
    currency: row.currency.trim(),
    acknowledgement: {
      id: ackId,
      status: ackStatus,
      sentAt: ackSentAt,
      reason: ackReason,
      attempts: ackAttempts,
      lastError: ackLastError,
      treatment: ackTreatment,
      templateVersion: ackTemplateVersion,
      secondsToSend: ackSecondsToSend === null ? null : Math.round(ackSecondsToSend * 1000) / 1000,
    },
  });
}
