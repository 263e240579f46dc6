import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '../common/bigint.transformer';
import { Tenant } from '../tenancy/tenant.entity';

/** Default promptness targets: an automated email within 5 minutes, a personal follow-up within 48 hours. */
export const DEFAULT_AUTOMATED_TARGET_SECONDS = 5 * 60;
export const DEFAULT_PERSONAL_TARGET_SECONDS = 48 * 60 * 60;

/** A tenant's acknowledgement targets. A tenant without a row uses the defaults above. */
@Entity('acknowledgement_settings')
export class AcknowledgementSettings {
  @PrimaryColumn('uuid')
  tenantId: string;

  @Column('integer', { default: DEFAULT_AUTOMATED_TARGET_SECONDS })
  automatedTargetSeconds: number;

  @Column('integer', { default: DEFAULT_PERSONAL_TARGET_SECONDS })
  personalTargetSeconds: number;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt: Date;

  /** Mapped only so the foreign key exists; never loaded. */
  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  private readonly tenant?: never;
}

/**
 * From this amount (minor units) in this currency, a gift is a major gift: its thank-you waits for the
 * relationship manager's personal review and a call is scheduled. No row for a currency: no major gifts in it.
 */
@Entity('major_gift_thresholds')
export class MajorGiftThreshold {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('char', { length: 3 })
  currency: string;

  @Column('bigint', { transformer: bigintAsNumber })
  amount: number;

  /** Mapped only so the foreign key exists; never loaded. */
  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  private readonly tenant?: never;
}
