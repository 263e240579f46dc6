import { DeliveryFailed } from '../delivery/mail-transport';

export interface RetryPolicy {
  /** Total delivery attempts before the acknowledgement is marked failed. */
  maxAttempts: number;
  /** Delay before the 2nd attempt; each later one doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
};

/** Exponential backoff after `attemptsSoFar` failed attempts: base, 2×base, 4×base, … capped. */
export function nextAttemptDelayMs(policy: RetryPolicy, attemptsSoFar: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attemptsSoFar - 1));
}

/** What a failed delivery attempt means for the message, with the words staff will read. */
export type DeliveryFailureOutcome = { error: string } & (
  | { outcome: 'bounced'; reason: string; address: string }
  | { outcome: 'failed'; reason: string }
  | { outcome: 'retrying'; nextAttemptAt: Date }
);

/**
 * The one rule for every kind of message: a refused recipient is a bounce (the address is undeliverable);
 * another permanent refusal, or the last attempt, fails; anything else is retried after the backoff.
 */
export function judgeDeliveryFailure(
  error: unknown,
  attempt: { attempts: number; recipient: string | null },
  policy: RetryPolicy,
  now = new Date(),
): DeliveryFailureOutcome {
  const failure =
    error instanceof DeliveryFailed
      ? error
      : new DeliveryFailed(String((error as Error)?.message ?? error), false);
  if (failure.recipientRefused && attempt.recipient) {
    return {
      outcome: 'bounced',
      address: attempt.recipient,
      reason: `the mail server refused the address ${attempt.recipient} (${failure.responseCode}); it is marked undeliverable`,
      error: failure.message,
    };
  }
  if (failure.permanent || attempt.attempts >= policy.maxAttempts) {
    return {
      outcome: 'failed',
      reason: failure.permanent
        ? `the mail server refused the message permanently (${failure.responseCode})`
        : `delivery failed after ${attempt.attempts} attempts`,
      error: failure.message,
    };
  }
  return {
    outcome: 'retrying',
    nextAttemptAt: new Date(now.getTime() + nextAttemptDelayMs(policy, attempt.attempts)),
    error: failure.message,
  };
}
