import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The overdue list looks for open tasks by due time across all owners, and promptness joins call tasks
 * to their gift: partial indexes keep both to the rows that matter (open tasks; tasks about a gift).
 * Recording an installment asks whether its recurring gift has earlier installments, and the recurring
 * gift's foreign key is checked on delete: both look gifts up by recurring gift.
 */
export class WorkflowIndexes1764200000000 implements MigrationInterface {
  name = 'WorkflowIndexes1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_tasks_open_due" ON "tasks" ("tenant_id", "due_at", "id") WHERE "completed_at" IS NULL`,
    );
    await q.query(
      `CREATE INDEX "ix_tasks_gift" ON "tasks" ("tenant_id", "gift_id") WHERE "gift_id" IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX "ix_gifts_recurring_gift" ON "gifts" ("tenant_id", "recurring_gift_id")
         WHERE "recurring_gift_id" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_gifts_recurring_gift"`);
    await q.query(`DROP INDEX "ix_tasks_gift"`);
    await q.query(`DROP INDEX "ix_tasks_open_due"`);
  }
}
