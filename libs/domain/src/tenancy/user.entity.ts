import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { valueCheckExpression, valueCheckName } from '../common/value-checks';
import { Tenant } from './tenant.entity';
import { ROLES, type Role } from './roles';

/** A staff account. Emails are unique across tenants so that login needs only email and password. */
@Check(valueCheckName('users', 'role'), valueCheckExpression('role', ROLES))
@Entity('users')
@Index('uq_users_tenant_id', ['tenantId', 'id'], { unique: true })
export class User {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  tenantId: string;

  /** Stored lower-cased. */
  @Column('text', { unique: true })
  email: string;

  @Column('text')
  passwordHash: string;

  @Column('text')
  displayName: string;

  @Column('text')
  role: Role;

  /** Sign-off used in acknowledgements this user signs as relationship manager or sender. */
  @Column('text', { nullable: true })
  signature: string | null;

  @Column('boolean', { default: true })
  active: boolean;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  /** Mapped only so the foreign key exists; never loaded. */
  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  private readonly tenant?: never;
}
