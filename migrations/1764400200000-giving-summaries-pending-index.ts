import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sweeper looks, every minute and across tenants, for giving summaries left in "sending" past the
 * lease and for queued or retrying ones whose job was lost. It filtered giving_summaries by status with
 * no index: a scan of every summary ever planned. Like ix_acknowledgements_pending, the index leads with
 * status and holds only the rows still in flight, so it stays small however many summaries were sent.
 */
export class GivingSummariesPendingIndex1764400200000 implements MigrationInterface {
  name = 'GivingSummariesPendingIndex1764400200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_giving_summaries_pending" ON "giving_summaries" ("status", "claimed_at", "next_attempt_at")
         WHERE "status" IN ('queued', 'sending', 'retrying')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_giving_summaries_pending"`);
  }
}
