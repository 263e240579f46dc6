import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Tenant } from '../tenancy/tenant.entity';

/** A message kept locally instead of sent, when no SMTP_URL is configured; shown in the admin. */
@Entity('captured_mail')
@Index('ix_captured_mail_tenant_recent', ['tenantId', 'id'])
export class CapturedMail {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  tenantId: string;

  @Column('text')
  messageId: string;

  @Column('text')
  fromAddress: string;

  @Column('text')
  toAddress: string;

  @Column('text')
  subject: string;

  @Column('text', { nullable: true })
  text: string | null;

  @Column('text', { nullable: true })
  html: string | null;

  /** The full RFC 5322 source, so what would have gone over the wire can be inspected. */
  @Column('text')
  raw: string;

  @Column('timestamptz', { default: () => 'now()' })
  capturedAt: Date;

  /** Mapped only so the foreign key exists; never loaded. */
  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  private readonly tenant?: never;
}
