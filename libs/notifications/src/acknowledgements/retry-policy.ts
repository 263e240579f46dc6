import { DeliveryFailed } from '../delivery/mail-transport';

export interface RetryPolicy {
  /** Total delivery attempts before the acknowledgement is marked failed. */
  maxAttempts: number;
  /** Delay before the 2nd attempt; each later one doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * While the receiving server cannot be reached, a message tries again at least this often, and never
   * fails for it: an outage of any length ends with the backlog delivered soon after the server is back.
   */
  unreachableMaxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
  unreachableMaxDelayMs: 30_000,
};

/** Exponential backoff after `attemptsSoFar` failed attempts: base, 2×base, 4×base, … capped. */
export function nextAttemptDelayMs(policy: RetryPolicy, attemptsSoFar: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attemptsSoFar - 1));
}

/** What a failed delivery attempt means for the message, with the words staff will read. */
export type DeliveryFailureOutcome = { error: string } & (
  | { outcome: 'bounced'; reason: string; address: string }
  | { outcome: 'failed'; reason: string }
  /** `countsAsAttempt` false: the server never judged the message, so the attempt is not counted. */
  | { outcome: 'retrying'; nextAttemptAt: Date; countsAsAttempt: boolean }
  | { outcome: 'held'; reason: string }
);

/** The reason on a message whose delivery may or may not have happened; a person decides. */
export const OUTCOME_UNKNOWN_REASON =
  'delivery outcome unknown: the mail server was sent the whole message but never answered, so it may ' +
  'have reached the recipient; check and release or skip';

/**
 * The one rule for every kind of message and channel, by how far the attempt got (`DeliveryStage`):
 * - no session with the server (down, refusing, silent): try again soon, however long it lasts, and
 *   never count it against the message; nothing was delivered;
 * - the server answered: a refused recipient is a bounce, another permanent refusal fails, a temporary
 *   one is retried with backoff until the attempts run out;
 * - the session broke before the whole message was sent: nothing was delivered, so try again soon;
 * - the whole message was sent and no answer came: it may have been delivered, so a retry could send a
 *   second copy. It is held for a person, never retried blindly.
 * An error that is not a DeliveryFailed (a fault of ours, not the server's) is retried with backoff.
 */
export function judgeDeliveryFailure(
  error: unknown,
  attempt: { attempts: number; recipient: string | null },
  policy: RetryPolicy,
  now = new Date(),
): DeliveryFailureOutcome {
  const message = String((error as Error)?.message ?? error);
  const retryAfter = (delayMs: number, countsAsAttempt: boolean): DeliveryFailureOutcome => ({
    outcome: 'retrying',
    nextAttemptAt: new Date(now.getTime() + delayMs),
    countsAsAttempt,
    error: message,
  });
  const retrySoon = () =>
    retryAfter(Math.min(policy.unreachableMaxDelayMs, nextAttemptDelayMs(policy, attempt.attempts)), false);
  const retryWithBackoff = (): DeliveryFailureOutcome =>
    attempt.attempts >= policy.maxAttempts
      ? { outcome: 'failed', reason: `delivery failed after ${attempt.attempts} attempts`, error: message }
      : retryAfter(nextAttemptDelayMs(policy, attempt.attempts), true);

  if (!(error instanceof DeliveryFailed)) return retryWithBackoff();
  if (error.stage === 'session') return retrySoon();
  if (error.responseCode !== undefined) {
    if (error.permanent && error.recipientRefused && attempt.recipient) {
      return {
        outcome: 'bounced',
        address: attempt.recipient,
        reason: `the mail server refused the address ${attempt.recipient} (${error.responseCode}); it is marked undeliverable`,
        error: message,
      };
    }
    if (error.permanent) {
      return {
        outcome: 'failed',
        reason: `the mail server refused the message permanently (${error.responseCode})`,
        error: message,
      };
    }
    return retryWithBackoff();
  }
  if (error.stage === 'handed-over')
    return { outcome: 'held', reason: OUTCOME_UNKNOWN_REASON, error: message };
  return retrySoon();
}
