import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { valueCheckExpression, valueCheckName } from '../common/value-checks';
import { Constituent } from '../constituents/constituent.entity';
import { Gift } from '../gifts/gift.entity';
import { User } from '../tenancy/user.entity';

/** Work for a person: thank a major donor by phone, post a letter to a donor without email, … */
export const TASK_KINDS = ['call', 'letter', 'email', 'meeting', 'other'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** A to-do about a constituent, owned by a staff user, due at a time; complete once. */
@Check(valueCheckName('tasks', 'kind'), valueCheckExpression('kind', TASK_KINDS))
@Entity('tasks')
@Index('ix_tasks_open_by_owner', ['tenantId', 'ownerId', 'dueAt'])
@Index('ix_tasks_constituent', ['tenantId', 'constituentId'])
@Index('uq_tasks_tenant_id', ['tenantId', 'id'], { unique: true })
@Index('ix_tasks_open_due', { synchronize: false })
@Index('ix_tasks_gift', { synchronize: false })
export class Task {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  tenantId: string;

  @Column('text')
  kind: TaskKind;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  details: string | null;

  @Column('uuid')
  constituentId: string;

  /** The gift the task is about, when there is one. */
  @Column('uuid', { nullable: true })
  giftId: string | null;

  /** The staff user who should do it; null = anyone in development. */
  @Column('uuid', { nullable: true })
  ownerId: string | null;

  @Column('timestamptz')
  dueAt: Date;

  @Column('timestamptz', { nullable: true })
  completedAt: Date | null;

  @Column('uuid', { nullable: true })
  completedBy: string | null;

  /** What happened: "Left a voicemail", "Letter posted". */
  @Column('text', { nullable: true })
  outcome: string | null;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  @ManyToOne(() => Constituent, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'constituent_id', referencedColumnName: 'id' },
  ])
  private readonly constituent?: never;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId', foreignKeyConstraintName: 'fk_tasks_owner' },
    { name: 'owner_id', referencedColumnName: 'id' },
  ])
  private readonly owner?: never;

  @ManyToOne(() => Gift, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId', foreignKeyConstraintName: 'fk_tasks_gift' },
    { name: 'gift_id', referencedColumnName: 'id' },
  ])
  private readonly gift?: never;
}
