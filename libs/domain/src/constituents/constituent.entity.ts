import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { valueCheckExpression, valueCheckName } from '../common/value-checks';
import { Tenant } from '../tenancy/tenant.entity';
import { User } from '../tenancy/user.entity';

export const CONSTITUENT_KINDS = ['individual', 'organization'] as const;
export type ConstituentKind = (typeof CONSTITUENT_KINDS)[number];

/**
 * How a donor who gives by installments wants to be thanked: for each one, once a month in a summary,
 * or only in the year-end summary. The first installment of a recurring gift is always thanked.
 */
export const INSTALLMENT_ACKNOWLEDGEMENTS = ['each', 'monthly_summary', 'annual'] as const;
export type InstallmentAcknowledgement = (typeof INSTALLMENT_ACKNOWLEDGEMENTS)[number];

/**
 * One holistic record of a person or organization, shared by every department.
 * The trigram index over names (created in migrations) serves type-ahead `?q=` search.
 */
@Check(valueCheckName('constituents', 'kind'), valueCheckExpression('kind', CONSTITUENT_KINDS))
@Check(
  valueCheckName('constituents', 'installment_acknowledgement'),
  valueCheckExpression('installment_acknowledgement', INSTALLMENT_ACKNOWLEDGEMENTS),
)
@Entity('constituents')
@Index('uq_constituents_tenant_id', ['tenantId', 'id'], { unique: true })
@Index('ix_constituents_name_trgm', { synchronize: false })
export class Constituent {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  tenantId: string;

  @Column('text')
  kind: ConstituentKind;

  @Column('text', { nullable: true })
  firstName: string | null;

  @Column('text', { nullable: true })
  lastName: string | null;

  @Column('text', { nullable: true })
  preferredName: string | null;

  @Column('text', { nullable: true })
  organizationName: string | null;

  /** "Dr. Rivera" */
  @Column('text', { nullable: true })
  formalSalutation: string | null;

  /** "Ana" */
  @Column('text', { nullable: true })
  informalSalutation: string | null;

  @Column('text', { nullable: true })
  pronouns: string | null;

  /** BCP 47 locale, e.g. en-US; amounts and dates in thank-yous are formatted with it. */
  @Column('text', { nullable: true })
  preferredLocale: string | null;

  @Column('boolean', { default: false })
  doNotContact: boolean;

  @Column('boolean', { default: false })
  doNotEmail: boolean;

  @Column('boolean', { default: false })
  deceased: boolean;

  @Column('text', { default: 'each' })
  installmentAcknowledgement: InstallmentAcknowledgement;

  @Column('uuid', { nullable: true })
  relationshipManagerId: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt: Date;

  /** Mapped only so the foreign key exists; never loaded. */
  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  private readonly tenant?: never;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'tenant_id',
      referencedColumnName: 'tenantId',
      foreignKeyConstraintName: 'fk_constituents_relationship_manager',
    },
    { name: 'relationship_manager_id', referencedColumnName: 'id' },
  ])
  private readonly relationshipManager?: never;
}
