import type {
  AcknowledgementTreatment,
  InstallmentAcknowledgement,
  TaskKind,
  TributeType,
} from '@steward/domain';

/** A donor with no gift in this many months is lapsed; their next gift is welcomed back. */
export const LAPSED_AFTER_MONTHS = 13;

/** What the rules need to know about a gift and its donor, loaded in the gift's transaction. */
export interface GiftAcknowledgementFacts {
  doNotEmail: boolean;
  doNotContact: boolean;
  deceased: boolean;
  /** The donor's primary deliverable email, or null. */
  email: string | null;
  /** The donor's latest gift received up to this one, or null for a first gift. */
  previousGiftAt: Date | null;
  receivedAt: Date;
  amount: number;
  /** The tenant's major-gift threshold in the gift's currency, or null when it has none. */
  majorGiftThreshold: number | null;
  /** Set when the gift is an installment of a recurring gift. */
  installment: { isFirst: boolean; preference: InstallmentAcknowledgement } | null;
  tribute: {
    type: TributeType;
    name: string;
    notifyName: string | null;
    notifyEmail: string | null;
    notifyAddress: string | null;
  } | null;
}

export type DonorAcknowledgementPlan = { treatment: AcknowledgementTreatment; recipient: string | null } & (
  { status: 'queued'; reason: null } | { status: 'held' | 'deferred' | 'suppressed'; reason: string }
);

export interface TaskPlan {
  kind: Extract<TaskKind, 'call' | 'letter'>;
  title: string;
  details: string | null;
}

export interface AcknowledgementPlan {
  donor: DonorAcknowledgementPlan;
  /** The notice to the person a tribute gift names, when it can be emailed. */
  tributeNotice: { recipient: string } | null;
  /** Work for people: a call for a major gift, a letter where email cannot go. */
  tasks: TaskPlan[];
}

export const MAJOR_GIFT_HELD_REASON =
  'major gift: held for personal review by the relationship manager before it is sent';

/**
 * Decided when the gift is recorded, in its transaction. Every gift gets an acknowledgement row; one
 * that must not be emailed is recorded with the reason (and, where a person can still thank the donor,
 * a task), never silently dropped. Precedence: consent, then major gift, then installment preference.
 */
export function planAcknowledgement(gift: GiftAcknowledgementFacts): AcknowledgementPlan {
  const treatment = chooseTreatment(gift.previousGiftAt, gift.receivedAt);
  const tasks: TaskPlan[] = [];
  const tributeNotice = planTributeNotice(gift, tasks);
  const recipient = gift.email;
  const suppressed = (reason: string): AcknowledgementPlan => ({
    donor: { treatment, recipient, status: 'suppressed', reason },
    tributeNotice,
    tasks,
  });

  if (gift.deceased) return suppressed('the constituent is marked deceased');
  if (gift.doNotContact) return suppressed('the constituent asked not to be contacted');

  const major = gift.majorGiftThreshold !== null && gift.amount >= gift.majorGiftThreshold;
  if (major) {
    tasks.unshift({
      kind: 'call',
      title: 'Call to thank for a major gift',
      details: 'A personal thank-you call within 48 hours of the gift.',
    });
  }
  // Asked not to be emailed, or no address email can reach: thanked by post instead.
  if (gift.doNotEmail || !recipient) {
    tasks.push({ kind: 'letter', title: 'Post a thank-you letter', details: null });
    return suppressed(
      gift.doNotEmail
        ? 'the constituent asked not to be emailed: a letter task was created'
        : 'no email address on record: a letter task was created',
    );
  }
  if (major) {
    return {
      donor: { treatment, recipient, status: 'held', reason: MAJOR_GIFT_HELD_REASON },
      tributeNotice,
      tasks,
    };
  }
  if (gift.installment && !gift.installment.isFirst && gift.installment.preference !== 'each') {
    const reason =
      gift.installment.preference === 'monthly_summary'
        ? 'installment: the donor is thanked in the monthly summary'
        : 'installment: the donor is thanked in the year-end summary';
    return { donor: { treatment, recipient, status: 'deferred', reason }, tributeNotice, tasks };
  }
  return { donor: { treatment, recipient, status: 'queued', reason: null }, tributeNotice, tasks };
}

/** Tell the honoree (or the family) by email when there is an address, else by a card a person posts. */
function planTributeNotice(gift: GiftAcknowledgementFacts, tasks: TaskPlan[]): { recipient: string } | null {
  const tribute = gift.tribute;
  if (!tribute) return null;
  if (tribute.notifyEmail) return { recipient: tribute.notifyEmail };
  if (tribute.notifyName || tribute.notifyAddress) {
    const what = tribute.type === 'in_memory' ? 'in memory of' : 'in honor of';
    tasks.push({
      kind: 'letter',
      title: `Post a tribute card to ${tribute.notifyName ?? 'the family'}`,
      details: [`A gift was made ${what} ${tribute.name}.`, tribute.notifyAddress].filter(Boolean).join('\n'),
    });
  }
  return null;
}

/** First gift ever: welcome. Back after 13 months or more without giving: welcome back. Else: thank you. */
export function chooseTreatment(previousGiftAt: Date | null, receivedAt: Date): AcknowledgementTreatment {
  if (!previousGiftAt) return 'first_gift';
  const lapsedBefore = new Date(receivedAt);
  lapsedBefore.setUTCMonth(lapsedBefore.getUTCMonth() - LAPSED_AFTER_MONTHS);
  return previousGiftAt <= lapsedBefore ? 'welcome_back' : 'thank_you';
}
