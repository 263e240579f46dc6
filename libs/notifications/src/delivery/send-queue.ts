/** One outbound message, by its row: what the job that sends it names. */
export interface OutboundMessageRef {
  tenantId: string;
  id: string;
}

/** The transaction a job is queued in: whatever runs its statements (a unit of work, an EntityManager). */
export interface StatementRunner {
  query(text: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Queues the sending of messages of one kind (thank-yous, giving summaries), inside the caller's
 * transaction: the row's change and its job commit together. The app implements it on its job
 * queue, one for each kind, with that kind's job.
 */
export interface SendQueue {
  queueSends(
    tx: StatementRunner,
    messages: readonly OutboundMessageRef[],
    options?: { runAt?: Date },
  ): Promise<void>;
}
