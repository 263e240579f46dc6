import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { valueCheckExpression, valueCheckName } from '../common/value-checks';
import { bigintAsNumber } from '../common/bigint.transformer';
import { Constituent } from '../constituents/constituent.entity';
import { Fund } from '../funds/fund.entity';

export const RECURRING_FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'annually'] as const;
export type RecurringFrequency = (typeof RECURRING_FREQUENCIES)[number];

export const RECURRING_STATUSES = ['active', 'paused', 'cancelled'] as const;
export type RecurringStatus = (typeof RECURRING_STATUSES)[number];

/** A donor's standing commitment ("$25 a month"); each payment is a gift that names it as installment. */
@Check(
  valueCheckName('recurring_gifts', 'frequency'),
  valueCheckExpression('frequency', RECURRING_FREQUENCIES),
)
@Check(valueCheckName('recurring_gifts', 'status'), valueCheckExpression('status', RECURRING_STATUSES))
@Entity('recurring_gifts')
@Index('uq_recurring_gifts_tenant_id', ['tenantId', 'id'], { unique: true })
@Index('ix_recurring_gifts_constituent', ['tenantId', 'constituentId'])
export class RecurringGift {
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

  @Column('text')
  frequency: RecurringFrequency;

  @Column('text', { default: 'active' })
  status: RecurringStatus;

  @Column('uuid', { nullable: true })
  fundId: string | null;

  @Column('timestamptz')
  startedAt: Date;

  /** The processor's subscription id, when there is one. */
  @Column('text', { nullable: true })
  externalReference: string | null;

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
    {
      name: 'tenant_id',
      referencedColumnName: 'tenantId',
      foreignKeyConstraintName: 'fk_recurring_gifts_fund',
    },
    { name: 'fund_id', referencedColumnName: 'id' },
  ])
  private readonly fund?: never;
}
