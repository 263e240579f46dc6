import { isDatabaseUnavailable } from '@steward/domain';

const MAX_PAUSE_MS = 5_000;

/**
 * Writes what an attempt did (sent, retrying, held …) and keeps trying while the database is away.
 * Only this process knows the outcome: if it gave up, the message would stay "sending" until the
 * sweeper held it as outcome-unknown, although the server's answer was known. Other errors, and an
 * outage longer than `retryForMs`, are thrown as before.
 */
export async function recordOutcome<T>(
  write: () => Promise<T>,
  options: { retryForMs: number; onRetry?: (error: unknown) => void },
): Promise<T> {
  const deadline = Date.now() + options.retryForMs;
  for (let pause = 250; ; pause = Math.min(pause * 2, MAX_PAUSE_MS)) {
    try {
      return await write();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() + pause > deadline) throw error;
      options.onRetry?.(error);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
