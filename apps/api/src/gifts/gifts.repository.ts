import { Injectable } from '@nestjs/common';
import { Acknowledgement, Constituent, Gift, type AcknowledgementStatus } from '@steward/domain';
import { DataSource, EntityManager } from 'typeorm';

export interface GiftWithAcknowledgement extends Gift {
  acknowledgement: Pick<Acknowledgement, 'status' | 'sentAt' | 'reason' | 'attempts' | 'lastError'>;
}

export interface DonorFacts {
  doNotEmail: boolean;
  doNotContact: boolean;
  deceased: boolean;
}

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
  'g.idempotency_key AS "idempotencyKey"',
  'g.created_by AS "createdBy"',
  'g.created_at AS "createdAt"',
  'a.status AS "ackStatus"',
  'a.sent_at AS "ackSentAt"',
  'a.reason AS "ackReason"',
  'a.attempts AS "ackAttempts"',
  'a.last_error AS "ackLastError"',
];

type GiftRow = Omit<Gift, 'amount'> & {
  amount: string;
  ackStatus: AcknowledgementStatus;
  ackSentAt: Date | null;
  ackReason: string | null;
  ackAttempts: number;
  ackLastError: string | null;
};

/** Gifts and their acknowledgement rows. A gift is read with its acknowledgement in one query. */
@Injectable()
export class GiftsRepository {
  constructor(private readonly db: DataSource) {}

  /** Inserts the gift; false when its idempotency key or external reference was already stored. */
  async insert(tx: EntityManager, gift: Gift): Promise<boolean> {
    const result = await tx.createQueryBuilder().insert().into(Gift).values(gift).orIgnore().returning(['id']).execute();
    return result.raw.length > 0;
  }

  async insertAcknowledgement(tx: EntityManager, ack: Partial<Acknowledgement>): Promise<void> {
    await tx.createQueryBuilder().insert().into(Acknowledgement).values(ack).execute();
  }

  /** The gift a retried request already stored, found by what made it a duplicate. */
  async findDuplicate(
    tenantId: string,
    key: { idempotencyKey: string | null; source: string; externalReference: string | null },
  ): Promise<string | null> {
    const qb = this.db
      .getRepository(Gift)
      .createQueryBuilder('g')
      .select('g.id', 'id')
      .where('g.tenant_id = :tenantId', { tenantId })
      .limit(1);
    if (key.idempotencyKey) qb.andWhere('g.idempotency_key = :k', { k: key.idempotencyKey });
    else qb.andWhere('g.source = :s AND g.external_reference = :r', { s: key.source, r: key.externalReference });
    return (await qb.getRawOne<{ id: string }>())?.id ?? null;
  }

  /** Locks the donor's row for the gift's transaction and returns what the acknowledgement needs. */
  async donorFactsForGift(tx: EntityManager, tenantId: string, constituentId: string): Promise<DonorFacts | null> {
    const row = await tx
      .getRepository(Constituent)
      .createQueryBuilder('c')
      .select(['c.do_not_email AS "doNotEmail"', 'c.do_not_contact AS "doNotContact"', 'c.deceased AS deceased'])
      .where('c.tenant_id = :tenantId AND c.id = :constituentId', { tenantId, constituentId })
      .setLock('pessimistic_read')
      .getRawOne<DonorFacts>();
    return row ?? null;
  }

  async findById(tenantId: string, id: string): Promise<GiftWithAcknowledgement | null> {
    const row = await this.viewQuery(tenantId).andWhere('g.id = :id', { id }).getRawOne<GiftRow>();
    return row ? toGift(row) : null;
  }

  /** Newest first, keyset on id (UUID v7 sorts by creation). */
  async list(q: { tenantId: string; constituentId?: string; afterId?: string; limit: number }): Promise<GiftWithAcknowledgement[]> {
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
      .innerJoin(Acknowledgement, 'a', 'a.tenant_id = g.tenant_id AND a.gift_id = g.id')
      .where('g.tenant_id = :tenantId', { tenantId });
  }
}

function toGift(row: GiftRow): GiftWithAcknowledgement {
  const { ackStatus, ackSentAt, ackReason, ackAttempts, ackLastError, ...gift } = row;
  return Object.assign(new Gift(), gift, {
    amount: Number(row.amount),
    currency: row.currency.trim(),
    acknowledgement: {
      status: ackStatus,
      sentAt: ackSentAt,
      reason: ackReason,
      attempts: ackAttempts,
      lastError: ackLastError,
    },
  });
}
