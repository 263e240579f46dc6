import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Tenant } from '../tenancy/tenant.entity';

/** A fundraising effort ("Spring 2027"); appeals are asks inside it. */
@Entity('campaigns')
@Index('uq_campaigns_tenant_name', ['tenantId', 'name'], { unique: true })
@Index('uq_campaigns_tenant_id', ['tenantId', 'id'], { unique: true })
export class Campaign {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  tenantId: string;

  @Column('text')
  name: string;

  @Column('date', { nullable: true })
  startsOn: string | null;

  @Column('date', { nullable: true })
  endsOn: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  /** Mapped only so the foreign key exists; never loaded. */
  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  private readonly tenant?: never;
}
