import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { valueCheckExpression, valueCheckName } from '../common/value-checks';
import { Gift } from '../gifts/gift.entity';
import { GivingSummary } from './giving-summary.entity';

/**
 * queued → sending → sent, or → retrying → … → failed; bounced when the server refused the address for
 * good; held for a person (major gift, or a send whose outcome is unknown); deferred to a giving summary
 * (monthly or year-end) that will thank for it; suppressed with a reason. "sending" is a claim: only one
 * worker can move a row into it, which is what makes a re-run job harmless.
 */
export const ACKNOWLEDGEMENT_STATUSES = [
  'queued',
  'sending',
  'retrying',
  'sent',
  'failed',
  'bounced',
  'held',
  'deferred',
  'suppressed',
] as const;
export type AcknowledgementStatus = (typeof ACKNOWLEDGEMENT_STATUSES)[number];

/** Which thank-you a gift gets, chosen by the rules when the gift is recorded. */
export const ACKNOWLEDGEMENT_TREATMENTS = ['first_gift', 'welcome_back', 'thank_you'] as const;
export type AcknowledgementTreatment = (typeof ACKNOWLEDGEMENT_TREATMENTS)[number];

/**
 * Who a message of a gift is for: the donor's thank-you, or the notice to the person a tribute gift
 * names (the honoree, or the family of the one remembered). Each gift has at most one of each.
 */
export const ACKNOWLEDGEMENT_KINDS = ['donor', 'tribute'] as const;
export type AcknowledgementKind = (typeof ACKNOWLEDGEMENT_KINDS)[number];

/**
 * What a reviewer decided about a thank-you whose last send had an unknown outcome: send it again
 * (knowing the donor may get it twice), or record it as delivered (they found it in the mail server's log).
 */
export const UNKNOWN_OUTCOME_DECISIONS = ['resend', 'delivered'] as const;
export type UnknownOutcomeDecision = (typeof UNKNOWN_OUTCOME_DECISIONS)[number];

/** A message a gift causes. Unique per gift and kind: a gift is acknowledged at most once. */
@Check(valueCheckName('acknowledgements', 'status'), valueCheckExpression('status', ACKNOWLEDGEMENT_STATUSES))
@Check(valueCheckName('acknowledgements', 'kind'), valueCheckExpression('kind', ACKNOWLEDGEMENT_KINDS))
@Check(
  valueCheckName('acknowledgements', 'treatment'),
  valueCheckExpression('treatment', ACKNOWLEDGEMENT_TREATMENTS),
)
@Check(
  valueCheckName('acknowledgements', 'outcome_decision'),
  valueCheckExpression('outcome_decision', UNKNOWN_OUTCOME_DECISIONS),
)
@Entity('acknowledgements')
@Index('uq_acknowledgements_gift', ['tenantId', 'giftId', 'kind'], { unique: true })
@Index('ix_acknowledgements_status', ['tenantId', 'status', 'giftReceivedAt'])
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

  @Column('text', { default: 'donor' })
  kind: AcknowledgementKind;

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

  /** The server's last word on this message: its acceptance, or its refusal. */
  @Column('text', { nullable: true })
  smtpResponse: string | null;

  /** The tenant template the message was rendered from; null for Steward's built-in wording. */
  @Column('uuid', { nullable: true })
  templateId: string | null;

  /** The template version used (0 = built-in), so an old message still names what it said. */
  @Column('integer', { nullable: true })
  templateVersion: number | null;

  /** The template language chosen for the recipient (after fallback). */
  @Column('text', { nullable: true })
  language: string | null;

  /** Added by the reviewer of a held acknowledgement; printed in the message. */
  @Column('text', { nullable: true })
  personalNote: string | null;

  @Column('uuid', { nullable: true })
  reviewedBy: string | null;

  @Column('timestamptz', { nullable: true })
  reviewedAt: Date | null;

  /**
   * Set when the sweeper held it because a worker stopped mid-send: when that attempt began. The message
   * may already have reached the donor, so sending it again takes a reviewer's explicit decision.
   */
  @Column('timestamptz', { nullable: true })
  unknownOutcomeAt: Date | null;

  /** The reviewer's last decision about an unknown outcome, who made it and when. */
  @Column('text', { nullable: true })
  outcomeDecision: UnknownOutcomeDecision | null;

  @Column('uuid', { nullable: true })
  outcomeDecidedBy: string | null;

  @Column('timestamptz', { nullable: true })
  outcomeDecidedAt: Date | null;

  /** For "delivered": what showed it arrived (a mail server's log line, say). */
  @Column('text', { nullable: true })
  outcomeEvidence: string | null;

  /** The giving summary that thanked for a deferred installment. */
  @Column('uuid', { nullable: true })
  givingSummaryId: string | null;

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

  @ManyToOne(() => GivingSummary, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'tenant_id',
      referencedColumnName: 'tenantId',
      foreignKeyConstraintName: 'fk_acknowledgements_giving_summary',
    },
    { name: 'giving_summary_id', referencedColumnName: 'id' },
  ])
  private readonly givingSummary?: never;
}
