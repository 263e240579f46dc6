import type { EntityManager } from 'typeorm';
import type { SendQueue } from '../delivery/send-queue';
import { GivingSummaryRepository } from './giving-summary.repository';

/**
 * Wakes the donor's summaries that wait for a personal thank-you, in the transaction that settled it:
 * their jobs run once it commits, so the summary follows the thank-you.
 */
export async function releaseSummariesWaitingFor(
  tx: EntityManager,
  /** Queues giving-summary sends (the app's giving-summary send queue). */
  summarySends: SendQueue,
  donor: { tenantId: string; constituentId: string },
): Promise<void> {
  const due = await new GivingSummaryRepository(tx.connection).makeWaitingDue(tx, donor);
  await summarySends.queueSends(
    tx,
    due.map((id) => ({ tenantId: donor.tenantId, id })),
  );
}
