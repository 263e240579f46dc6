import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One nonprofit. Every tenant-owned row carries its id, and every index that matters leads with it. */
@Entity('tenants')
export class Tenant {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  slug: string;

  @Column('text')
  name: string;

  /** Locale used when a donor has none: formats amounts and dates in thank-yous. */
  @Column('text', { default: 'en-US' })
  defaultLocale: string;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;
}
