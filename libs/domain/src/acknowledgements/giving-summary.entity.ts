import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { valueCheckExpression, valueCheckName } from '../common/value-checks';
import { Constituent } from '../constituents/constituent.entity';

/** A month's installments thanked together, or a year's giving summarized for the donor's taxes. */
export const GIVING_SUMMARY_PERIODS = ['month', 'year'] as const;
export type GivingSummaryPeriod = (typeof GIVING_SUMMARY_PERIODS)[number];

/**
 * A summary moves through the claim-based states of an acknowledgement: queued (also while it waits for
 * a personal thank-you), sending, retrying, then sent, failed, bounced, held or suppressed.
 */
export const GIVING_SUMMARY_STATUSES = [
  'queued',
  'sending',
  'retrying',
  'sent',
  'failed',
  'bounced',
  'held',
  'suppressed',
] as const;
export type GivingSummaryStatus = (typeof GIVING_SUMMARY_STATUSES)[number];

/**
 * One summary email to one donor for one period. Unique per donor and period, so planning the same
 * month twice creates nothing new; it moves through the same claim-based states as an acknowledgement.
 */
@Check(valueCheckName('giving_summaries', 'period'), valueCheckExpression('period', GIVING_SUMMARY_PERIODS))
@Check(valueCheckName('giving_summaries', 'status'), valueCheckExpression('status', GIVING_SUMMARY_STATUSES))
@Entity('giving_summaries')
@Index('uq_giving_summaries_period', ['tenantId', 'constituentId', 'period', 'periodStart'], { unique: true })
@Index('uq_giving_summaries_tenant_id', ['tenantId', 'id'], { unique: true })
@Index('ix_giving_summaries_pending', { synchronize: false })
export class GivingSummary {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  tenantId: string;

  @Column('uuid')
  constituentId: string;

  @Column('text')
  period: GivingSummaryPeriod;

  /** First day of the period (UTC date). */
  @Column('date')
  periodStart: string;

  /** Day after the period's last day (UTC date): the period is [start, end). */
  @Column('date')
  periodEnd: string;

  @Column('text')
  status: GivingSummaryStatus;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('text', { nullable: true })
  recipient: string | null;

  @Column('text')
  messageId: string;

  @Column('integer', { default: 0 })
  attempts: number;

  @Column('text', { nullable: true })
  lastError: string | null;

  @Column('text', { nullable: true })
  smtpResponse: string | null;

  @Column('uuid', { nullable: true })
  templateId: string | null;

  @Column('integer', { nullable: true })
  templateVersion: number | null;

  @Column('timestamptz', { nullable: true })
  nextAttemptAt: Date | null;

  @Column('timestamptz', { nullable: true })
  claimedAt: Date | null;

  /** Set when the sweeper held it because a worker stopped mid-send: when that attempt began. */
  @Column('timestamptz', { nullable: true })
  unknownOutcomeAt: Date | null;

  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt: Date;

  @ManyToOne(() => Constituent, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'constituent_id', referencedColumnName: 'id' },
  ])
  private readonly constituent?: never;
}
