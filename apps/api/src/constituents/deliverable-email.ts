import type { Expression } from 'kysely';
import type { TenantDb } from '../platform/database/tenant-scope';

/**
 * Which address a message to a constituent goes to: their primary email while it is deliverable, else
 * their earliest deliverable one, else none; as a scalar subquery for a query of the tenant scope,
 * correlated to its constituent (`eb.ref('c.id')`). The same rule as libs/domain's deliverableEmailSql,
 * which the SQL not yet on the tenant scope (libs/notifications) still uses; that copy goes when it moves.
 */
export function deliverableEmail(db: TenantDb, constituentId: Expression<string>) {
  return db
    .selectFrom('constituent_emails as e')
    .select('e.address')
    .where('e.constituent_id', '=', constituentId)
    .where('e.undeliverable_at', 'is', null)
    .orderBy('e.is_primary', 'desc')
    .orderBy('e.id')
    .limit(1);
}
