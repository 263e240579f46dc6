import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { valueCheckExpression, valueCheckName } from '../common/value-checks';
import { Fund } from '../funds/fund.entity';
import { Campaign } from '../funds/campaign.entity';
import { Constituent } from '../constituents/constituent.entity';
import { bigintAsNumber } from '../common/bigint.transformer';
import { RecurringGift } from './recurring-gift.entity';

export const GIFT_SOURCES = ['manual', 'api', 'import', 'stripe'] as const;
export type GiftSource = (typeof GIFT_SOURCES)[number];

/** A gift given in honor of a living person, or in memory of one who died. */
export const TRIBUTE_TYPES = ['in_honor', 'in_memory'] as const;
export type TributeType = (typeof TRIBUTE_TYPES)[number];

/** Money or value received: one row per payment, amount in integer minor units of `currency`. */
@Check(valueCheckName('gifts', 'source'), valueCheckExpression('source', GIFT_SOURCES))
@Check(valueCheckName('gifts', 'tribute_type'), valueCheckExpression('tribute_type', TRIBUTE_TYPES))
@Entity('gifts')
@Index('ix_gifts_constituent', ['tenantId', 'constituentId', 'receivedAt'])
@Index('uq_gifts_tenant_id', ['tenantId', 'id'], { unique: true })
@Index('uq_gifts_idempotency_key', { synchronize: false })
@Index('uq_gifts_external_reference', { synchronize: false })
@Index('uq_gifts_receipt_number', { synchronize: false })
@Index('ix_gifts_unnumbered', { synchronize: false })
@Index('ix_gifts_recurring_gift', { synchronize: false })
export class Gift {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  tenantId: string;

  @Column('uuid')
  constituentId: string;

  @Column('bigint', { transformer: bigintAsNumber })
  amount: number;

  @Column('char', { length: 3 })
  currency: string;

  @Column('timestamptz')
  receivedAt: Date;

  @Column('uuid', { nullable: true })
  fundId: string | null;

  @Column('uuid', { nullable: true })
  campaignId: string | null;

  @Column('text', { default: 'api' })
  source: GiftSource;

  @Column('text', { nullable: true })
  paymentMethod: string | null;

  /** The processor's id (Stripe payment intent, …); unique per tenant and source. */
  @Column('text', { nullable: true })
  externalReference: string | null;

  /** Goods or services the donor received for this payment (a gala dinner), at fair market value. */
  @Column('bigint', { nullable: true, transformer: bigintAsNumber })
  goodsServicesValue: number | null;

  @Column('text', { nullable: true })
  goodsServicesDescription: string | null;

  /** "2026-000042": per tenant and calendar year (UTC) of receipt, gapless; assigned in the gift's transaction. */
  @Column('text', { nullable: true })
  receiptNumber: string | null;

  /** The donor asked not to be named publicly: thanked privately, never named to a tribute's family. */
  @Column('boolean', { default: false })
  anonymous: boolean;

  @Column('text', { nullable: true })
  tributeType: TributeType | null;

  /** The person honored or remembered. */
  @Column('text', { nullable: true })
  tributeName: string | null;

  /** Who is told of the tribute (the honoree, or the family), by email when there is one, else by letter. */
  @Column('text', { nullable: true })
  tributeNotifyName: string | null;

  @Column('text', { nullable: true })
  tributeNotifyEmail: string | null;

  @Column('text', { nullable: true })
  tributeNotifyAddress: string | null;

  /** Set when this gift is an installment of a recurring gift. */
  @Column('uuid', { nullable: true })
  recurringGiftId: string | null;

  /** Client-supplied Idempotency-Key: a retried POST returns the gift it already stored. */
  @Column('text', { nullable: true })
  idempotencyKey: string | null;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  @ManyToOne(() => Constituent, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'constituent_id', referencedColumnName: 'id' },
  ])
  private readonly constituent?: never;

  @ManyToOne(() => Fund, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'fund_id', referencedColumnName: 'id' },
  ])
  private readonly fund?: never;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'campaign_id', referencedColumnName: 'id' },
  ])
  private readonly campaign?: never;

  @ManyToOne(() => RecurringGift, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'recurring_gift_id', referencedColumnName: 'id' },
  ])
  private readonly recurringGift?: never;
}
