import type { EntityManager } from 'typeorm';

/** Tables of outgoing messages that share one delivery state machine (docs/JOBS.md). */
export type OutboundTable = 'acknowledgements' | 'giving_summaries';

/** A DataSource or a transaction's EntityManager: both run SQL. */
type Executor = Pick<EntityManager, 'query'>;

interface MessageKey {
  tenantId: string;
  id: string;
}

/**
 * The transitions every outgoing message makes after its claim, whatever the message: retry later,
 * settle without sending, hold what a crash left in "sending", find what lost its job. One place, so a
 * thank-you and a giving summary cannot drift apart. Each transition is guarded on status 'sending'.
 */
export class OutboundLedger {
  constructor(private readonly table: OutboundTable) {}

  /**
   * Back to the queue until `nextAttemptAt`. An attempt that never reached a server's judgement (no
   * session, a lost connection) is given back, so an outage cannot use up a message's attempts.
   */
  async markRetrying(
    db: Executor,
    m: MessageKey & { error: string; nextAttemptAt: Date; countsAsAttempt?: boolean },
  ): Promise<void> {
    await db.query(
      `UPDATE ${this.table}
          SET status = 'retrying', last_error = $3, next_attempt_at = $4, updated_at = now(),
              attempts = attempts - CASE WHEN $5 THEN 0 ELSE 1 END
        WHERE tenant_id = $1 AND id = $2 AND status = 'sending'`,
      [m.tenantId, m.id, m.error, m.nextAttemptAt, m.countsAsAttempt ?? true],
    );
  }

  /**
   * Settles a claimed message without sending it, with the reason staff will read. A bounce keeps the
   * server's refusal as its SMTP response. False when the message was no longer being sent.
   */
  async settle(
    db: Executor,
    m: MessageKey,
    status: 'failed' | 'bounced' | 'suppressed' | 'held',
    reason: string,
    lastError?: string,
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE ${this.table}
          SET status = $3, reason = $4, last_error = COALESCE($5, last_error), next_attempt_at = NULL,
              smtp_response = CASE WHEN $3 = 'bounced' THEN $5 ELSE smtp_response END, updated_at = now(),
              -- A claimed message is held only when its delivery outcome is unknown (the server had the
              -- whole message and never answered): mark it so a resend needs an explicit decision.
              unknown_outcome_at = CASE WHEN $3 = 'held' THEN claimed_at ELSE unknown_outcome_at END
        WHERE tenant_id = $1 AND id = $2 AND status = 'sending'
        RETURNING id`,
      [m.tenantId, m.id, status, reason, lastError ?? null],
    );
    return rows.length > 0;
  }

  /**
   * Messages left in "sending" past the lease belong to a worker that died mid-send. They may or may not
   * have reached the server, so they are held for a person to decide: never re-sent blindly.
   * `unknown_outcome_at` marks them (structured, not only in the reason), so a resend needs an explicit
   * decision (docs/ACKNOWLEDGEMENTS.md#review-queue).
   */
  async holdAbandonedSends(db: Executor, leaseSeconds: number): Promise<number> {
    const [, held]: [unknown[], number] = await db.query(
      `UPDATE ${this.table}
          SET status = 'held', updated_at = now(), unknown_outcome_at = claimed_at,
              reason = 'delivery outcome unknown: the worker stopped while sending it, so it may already '
                    || 'have reached the recipient'
        WHERE status = 'sending' AND claimed_at < now() - make_interval(secs => $1)
        RETURNING id`,
      [leaseSeconds],
    );
    return held;
  }

  /** Queued or retrying messages whose time has long passed: their job was lost (e.g. deleted by hand). */
  async findOverdueUnclaimed(db: Executor, graceSeconds: number, limit: number): Promise<MessageKey[]> {
    const rows: { tenant_id: string; id: string }[] = await db.query(
      `SELECT tenant_id, id FROM ${this.table}
        WHERE status IN ('queued', 'retrying')
          AND COALESCE(next_attempt_at, created_at) < now() - make_interval(secs => $1)
        ORDER BY created_at
        LIMIT $2`,
      [graceSeconds, limit],
    );
    return rows.map((r) => ({ tenantId: r.tenant_id, id: r.id }));
  }
}

/** After a bounce: nothing more goes to that address of the constituent until someone fixes it. */
export async function markAddressUndeliverable(
  db: Executor,
  a: { tenantId: string; constituentId: string; address: string; reason: string },
): Promise<void> {
  await db.query(
    `UPDATE constituent_emails SET undeliverable_at = now(), undeliverable_reason = $4
      WHERE tenant_id = $1 AND constituent_id = $2 AND address = $3 AND undeliverable_at IS NULL`,
    [a.tenantId, a.constituentId, a.address.toLowerCase(), a.reason],
  );
}
