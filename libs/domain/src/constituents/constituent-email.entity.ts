import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { valueCheckExpression, valueCheckName } from '../common/value-checks';
import { Constituent } from './constituent.entity';

export const EMAIL_TYPES = ['personal', 'work', 'other'] as const;
export type EmailType = (typeof EMAIL_TYPES)[number];

/** An email address of a constituent; at most one is primary (partial unique index in migrations). */
@Check(valueCheckName('constituent_emails', 'type'), valueCheckExpression('type', EMAIL_TYPES))
@Entity('constituent_emails')
@Index('ix_constituent_emails_owner', ['tenantId', 'constituentId'])
@Index('ix_constituent_emails_address', ['tenantId', 'address'])
@Index('uq_constituent_emails_primary', { synchronize: false })
export class ConstituentEmail {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  tenantId: string;

  @Column('uuid')
  constituentId: string;

  /** Stored lower-cased so that matching by email (webhooks, imports) is an index lookup. */
  @Column('text')
  address: string;

  @Column('text', { default: 'personal' })
  type: EmailType;

  @Column('boolean', { default: false })
  isPrimary: boolean;

  /** Set when a mail server refused this address for good (5xx): nothing more is sent to it. */
  @Column('timestamptz', { nullable: true })
  undeliverableAt: Date | null;

  @Column('text', { nullable: true })
  undeliverableReason: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  @ManyToOne(() => Constituent, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'constituent_id', referencedColumnName: 'id' },
  ])
  private readonly constituent?: never;
}
