import type { JobQueue } from '@steward/domain';
import type { EntityManager } from 'typeorm';
import { GivingSummaryRepository } from './giving-summary.repository';

/**
 * Wakes the donor's summaries that wait for a personal thank-you, in the transaction that settled it:
 * their jobs run once it commits, so the summary follows the thank-you.
 */
export async function releaseSummariesWaitingFor(
  tx: EntityManager,
  queue: JobQueue,
  donor: { tenantId: string; constituentId: string },
): Promise<void> {
  const due = await new GivingSummaryRepository(tx.connection).makeWaitingDue(tx, donor);
  await queue.enqueueMany(
    tx,
    'giving-summary.send',
    due.map((givingSummaryId) => ({ tenantId: donor.tenantId, givingSummaryId })),
  );
}
