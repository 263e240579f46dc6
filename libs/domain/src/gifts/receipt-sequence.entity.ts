import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Tenant } from '../tenancy/tenant.entity';

/**
 * The last receipt number issued per tenant and year, advanced by number_receipts (a SQL function, see
 * migrations/1764400000000-receipt-numbering.ts) under this row's lock: numbers are gapless and unique.
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
