import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { ConstraintFields } from './constraint-fields';

/**
 * Links that had no foreign key and were checked in the application before being written (a check a
 * concurrent change could slip past, and that any new path could forget): a constituent's relationship
 * manager, a task's owner and gift, a recurring gift's fund, and the giving summary that thanked an
 * acknowledgement. Each key is composite, (tenant_id, id), so a link cannot cross tenants either; users
 * get the unique (tenant_id, id) the keys need, replacing the plain index of the same columns.
 *
 * A dangling value could only come from a fault; such links are cleared first (a task without an owner
 * falls to anyone in development, as one created without), so the keys can be added to any database.
 */
export class CompositeForeignKeys1764400100000 implements MigrationInterface {
  name = 'CompositeForeignKeys1764400100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_users_tenant"`);
    await q.query(`CREATE UNIQUE INDEX "uq_users_tenant_id" ON "users" ("tenant_id", "id")`);

    await q.query(
      `UPDATE "constituents" c SET "relationship_manager_id" = NULL
        WHERE "relationship_manager_id" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."tenant_id" = c."tenant_id" AND u."id" = c."relationship_manager_id")`,
    );
    await q.query(
      `UPDATE "tasks" t SET "owner_id" = NULL
        WHERE "owner_id" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."tenant_id" = t."tenant_id" AND u."id" = t."owner_id")`,
    );
    await q.query(
      `UPDATE "tasks" t SET "gift_id" = NULL
        WHERE "gift_id" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "gifts" g WHERE g."tenant_id" = t."tenant_id" AND g."id" = t."gift_id")`,
    );
    await q.query(
      `UPDATE "recurring_gifts" r SET "fund_id" = NULL
        WHERE "fund_id" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "funds" f WHERE f."tenant_id" = r."tenant_id" AND f."id" = r."fund_id")`,
    );
    await q.query(
      `UPDATE "acknowledgements" a SET "giving_summary_id" = NULL
        WHERE "giving_summary_id" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "giving_summaries" s
                           WHERE s."tenant_id" = a."tenant_id" AND s."id" = a."giving_summary_id")`,
    );

    await q.query(
      `ALTER TABLE "constituents" ADD CONSTRAINT "fk_constituents_relationship_manager" FOREIGN KEY ("tenant_id", "relationship_manager_id") REFERENCES "users"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_owner" FOREIGN KEY ("tenant_id", "owner_id") REFERENCES "users"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_gift" FOREIGN KEY ("tenant_id", "gift_id") REFERENCES "gifts"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "recurring_gifts" ADD CONSTRAINT "fk_recurring_gifts_fund" FOREIGN KEY ("tenant_id", "fund_id") REFERENCES "funds"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "acknowledgements" ADD CONSTRAINT "fk_acknowledgements_giving_summary" FOREIGN KEY ("tenant_id", "giving_summary_id") REFERENCES "giving_summaries"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "acknowledgements" DROP CONSTRAINT "fk_acknowledgements_giving_summary"`);
    await q.query(`ALTER TABLE "recurring_gifts" DROP CONSTRAINT "fk_recurring_gifts_fund"`);
    await q.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_gift"`);
    await q.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_owner"`);
    await q.query(`ALTER TABLE "constituents" DROP CONSTRAINT "fk_constituents_relationship_manager"`);
    await q.query(`DROP INDEX "public"."uq_users_tenant_id"`);
    await q.query(`CREATE INDEX "ix_users_tenant" ON "users" ("tenant_id", "id")`);
  }
}

/** What the constraints above mean to a client (constraint-fields.ts). */
export const compositeForeignKeysConstraintFields: ConstraintFields = {
  uq_users_tenant_id: null,
  // An inactive colleague is refused by the services' rule first, with the same words.
  fk_constituents_relationship_manager: {
    field: 'relationshipManagerId',
    message: 'no active user with this id',
  },
  fk_tasks_owner: { field: 'ownerId', message: 'no active user with this id' },
  fk_tasks_gift: { field: 'giftId', message: 'no gift with this id' },
  fk_recurring_gifts_fund: { field: 'fundId', message: 'no fund with this id' },
  fk_acknowledgements_giving_summary: null, // set by the summary that thanked it
};
