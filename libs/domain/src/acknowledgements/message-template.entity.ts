import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { valueCheckExpression, valueCheckName } from '../common/value-checks';
import { Tenant } from '../tenancy/tenant.entity';

/**
 * What a template is for. One template of a kind covers every treatment (first gift, welcome back, …)
 * through conditionals, so a tenant edits one voice, not a dozen near-copies.
 */
export const TEMPLATE_KINDS = ['thank_you', 'tribute_notification', 'giving_summary'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/**
 * A tenant's handlebars template of one kind and language. Rows are never updated: an edit inserts the
 * next version, so every sent message can name the exact wording it used. The highest version is current.
 */
@Check(valueCheckName('message_templates', 'kind'), valueCheckExpression('kind', TEMPLATE_KINDS))
@Entity('message_templates')
@Index('uq_message_templates_version', ['tenantId', 'kind', 'language', 'version'], { unique: true })
export class MessageTemplate {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  tenantId: string;

  @Column('text')
  kind: TemplateKind;

  /** BCP 47 language tag, lower-cased: "en", "fr", "es-mx". */
  @Column('text')
  language: string;

  @Column('integer')
  version: number;

  @Column('text')
  subject: string;

  @Column('text')
  textBody: string;

  @Column('text')
  htmlBody: string;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  /** Mapped only so the foreign key exists; never loaded. */
  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  private readonly tenant?: never;
}
