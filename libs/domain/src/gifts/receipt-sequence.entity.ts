import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Tenant } from '../tenancy/tenant.entity';

/**
 * The last receipt number issued per tenant and year. Incremented inside the gift's transaction, so the
 * row lock makes numbers gapless: a rolled-back gift gives its number back.
 */
@Entity('receipt_sequences')
export class ReceiptSequence {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('integer')
  year: number;

  @Column('integer')
  lastNumber: number;

  /** Mapped only so the foreign key exists; never loaded. */
  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  private readonly tenant?: never;
}
