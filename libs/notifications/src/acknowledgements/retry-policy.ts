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
