import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { valueCheckExpression, valueCheckName } from '../common/value-checks';
import { Constituent } from '../constituents/constituent.entity';

export const DEPARTMENTS = [
  'development',
  'volunteering',
  'alumni',
  'programs',
  'events',
  'communications',
  'social',
  'general',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

/**
 * One touchpoint on a constituent's unified timeline, written in the same transaction as the row it
 * records. Read newest first with keyset pagination on (occurred_at, id).
 */
@Check(valueCheckName('timeline_entries', 'department'), valueCheckExpression('department', DEPARTMENTS))
@Entity('timeline_entries')
@Index('ix_timeline_constituent_recent', { synchronize: false })
export class TimelineEntry {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  tenantId: string;

  @Column('uuid')
  constituentId: string;

  /** gift, acknowledgement, volunteer_shift, note, … */
  @Column('text')
  kind: string;

  @Column('text')
  department: Department;

  @Column('timestamptz')
  occurredAt: Date;

  @Column('text')
  summary: string;

  /** The row this entry records (e.g. the gift), so the admin can link to it. */
  @Column('text', { nullable: true })
  subjectType: string | null;

  @Column('uuid', { nullable: true })
  subjectId: string | null;

  /** Kind-specific details; amounts live here so they can be hidden from roles that may not see giving. */
  @Column('jsonb', { default: () => "'{}'" })
  details: Record<string, unknown>;

  @ManyToOne(() => Constituent, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'constituent_id', referencedColumnName: 'id' },
  ])
  private readonly constituent?: never;
}
