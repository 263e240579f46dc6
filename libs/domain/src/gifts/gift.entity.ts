import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Fund } from '../funds/fund.entity';
import { Campaign } from '../funds/campaign.entity';
import { Constituent } from '../constituents/constituent.entity';
import { bigintAsNumber } from '../common/bigint.transformer';

export const GIFT_SOURCES = ['manual', 'api', 'import', 'stripe'] as const;
export type GiftSource = (typeof GIFT_SOURCES)[number];

/** Money or value received: one row per payment, amount in integer minor units of `currency`. */
@Entity('gifts')
@Index('ix_gifts_constituent', ['tenantId', 'constituentId', 'receivedAt'])
@Index('uq_gifts_tenant_id', ['tenantId', 'id'], { unique: true })
@Index('uq_gifts_idempotency_key', { synchronize: false })
@Index('uq_gifts_external_reference', { synchronize: false })
@Index('uq_gifts_receipt_number', { synchronize: false })
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
}
