import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Tenant } from '../tenancy/tenant.entity';

/** A designation the money is restricted to ("Scholarships"), with the impact statement thank-yous quote. */
@Entity('funds')
@Index('uq_funds_tenant_name', ['tenantId', 'name'], { unique: true })
@Index('uq_funds_tenant_id', ['tenantId', 'id'], { unique: true })
export class Fund {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  tenantId: string;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  impactStatement: string | null;

  @Column('boolean', { default: true })
  active: boolean;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  /** Mapped only so the foreign key exists; never loaded. */
  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  private readonly tenant?: never;
}
