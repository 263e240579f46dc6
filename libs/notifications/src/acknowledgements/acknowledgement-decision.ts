import type { AcknowledgementTreatment } from '@steward/domain';
import { suppressionReason } from './acknowledgement-sender';

/** A donor with no gift in this many months is lapsed; their next gift is welcomed back. */
export const LAPSED_AFTER_MONTHS = 13;

export interface DonorContactFacts {
  doNotEmail: boolean;
  doNotContact: boolean;
  deceased: boolean;
  email: string | null;
  /** The donor's latest gift received up to this one, or null for a first gift. */
  previousGiftAt: Date | null;
  receivedAt: Date;
}

export type AcknowledgementDecision = { treatment: AcknowledgementTreatment } & (
  { status: 'queued'; recipient: string } | { status: 'suppressed'; reason: string; recipient: string | null }
);

/**
 * Decided when the gift is recorded, in its transaction: every gift gets an acknowledgement row, and a
 * thank-you that must not be emailed is recorded as suppressed with the reason, never silently dropped.
 */
export function decideAcknowledgement(donor: DonorContactFacts): AcknowledgementDecision {
  const reason = suppressionReason({
    consent: { doNotEmail: donor.doNotEmail, doNotContact: donor.doNotContact, deceased: donor.deceased },
    recipient: donor.email,
  });
  const treatment = chooseTreatment(donor.previousGiftAt, donor.receivedAt);
  if (reason) return { treatment, status: 'suppressed', reason, recipient: donor.email };
  return { treatment, status: 'queued', recipient: donor.email as string };
}

/** First gift ever: welcome. Back after 13 months or more without giving: welcome back. Else: thank you. */
export function chooseTreatment(previousGiftAt: Date | null, receivedAt: Date): AcknowledgementTreatment {
  if (!previousGiftAt) return 'first_gift';
  const lapsedBefore = new Date(receivedAt);
  lapsedBefore.setUTCMonth(lapsedBefore.getUTCMonth() - LAPSED_AFTER_MONTHS);
  return previousGiftAt <= lapsedBefore ? 'welcome_back' : 'thank_you';
}
