import { suppressionReason } from './acknowledgement-sender';

export interface DonorContactFacts {
  doNotEmail: boolean;
  doNotContact: boolean;
  deceased: boolean;
  email: string | null;
}

export type AcknowledgementDecision =
  | { status: 'queued'; recipient: string }
  | { status: 'suppressed'; reason: string; recipient: string | null };

/**
 * Decided when the gift is recorded, in its transaction: every gift gets an acknowledgement row, and a
 * thank-you that must not be emailed is recorded as suppressed with the reason, never silently dropped.
 */
export function decideAcknowledgement(donor: DonorContactFacts): AcknowledgementDecision {
  const reason = suppressionReason({
    consent: { doNotEmail: donor.doNotEmail, doNotContact: donor.doNotContact, deceased: donor.deceased },
    recipient: donor.email,
  });
  if (reason) return { status: 'suppressed', reason, recipient: donor.email };
  return { status: 'queued', recipient: donor.email as string };
}
