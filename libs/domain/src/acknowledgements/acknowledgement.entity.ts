import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Gift } from '../gifts/gift.entity';

/**
 * queued → sending → sent, or → retrying → … → failed, or held / suppressed with a reason.
 * "sending" is a claim: only one worker can move a row into it, which is what makes a re-run job harmless.
 */
export const ACKNOWLEDGEMENT_STATUSES = [
  'queued',
  'sending',
  'retrying',
  'sent',
  'failed',
  'held',
  'suppressed',
] as const;
export type AcknowledgementStatus = (typeof ACKNOWLEDGEMENT_STATUSES)[number];

/** Which thank-you a gift gets, chosen by the rules when the gift is recorded. */
export const ACKNOWLEDGEMENT_TREATMENTS = ['first_gift', 'welcome_back', 'thank_you'] as const;
export type AcknowledgementTreatment = (typeof ACKNOWLEDGEMENT_TREATMENTS)[number];

/** The thank-you of one gift. Unique per gift: a gift is acknowledged at most once. */
@Entity('acknowledgements')
@Index('uq_acknowledgements_gift', ['tenantId', 'giftId'], { unique: true })
@Index('ix_acknowledgements_pending', { synchronize: false })
export class Acknowledgement {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  tenantId: string;

  @Column('uuid')
  giftId: string;

  @Column('uuid')
  constituentId: string;

  @Column('text')
  status: AcknowledgementStatus;

  /** Why it is held, suppressed or failed, in words staff can act on. */
  @Column('text', { nullable: true })
  reason: string | null;

  @Column('text', { default: 'email' })
  channel: string;

  @Column('text', { default: 'thank_you' })
  treatment: AcknowledgementTreatment;

  @Column('text', { nullable: true })
  recipient: string | null;

  @Column('integer', { default: 0 })
  attempts: number;

  @Column('text', { nullable: true })
  lastError: string | null;

  /** Fixed per acknowledgement, so a message re-sent after a crash is recognisably the same message. */
  @Column('text')
  messageId: string;

  @Column('text', { nullable: true })
  subject: string | null;

  @Column('text', { nullable: true })
  smtpResponse: string | null;

  /** When the gift was received: the clock of promptness starts here. */
  @Column('timestamptz')
  giftReceivedAt: Date;

  @Column('timestamptz', { nullable: true })
  nextAttemptAt: Date | null;

  @Column('timestamptz', { nullable: true })
  claimedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt: Date;

  @ManyToOne(() => Gift, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'gift_id', referencedColumnName: 'id' },
  ])
  private readonly gift?: never;
}
