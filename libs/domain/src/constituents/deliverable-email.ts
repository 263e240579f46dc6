/**
 * Which address a message to a constituent goes to: their primary email while it is deliverable, else
 * their earliest deliverable one, else none. The one statement of that rule, as a SQL scalar subquery
 * over the columns naming the tenant and the constituent (e.g. `c.tenant_id`, `c.id`). The gift's plan,
 * the thank-you's claim, the review queue and the giving summaries all use it, so an address changed or
 * bounced after a gift is honoured by every message still to be sent.
 */
export function deliverableEmailSql(tenantIdColumn: string, constituentIdColumn: string): string {
  return `(SELECT e.address FROM constituent_emails e
            WHERE e.tenant_id = ${tenantIdColumn} AND e.constituent_id = ${constituentIdColumn}
              AND e.undeliverable_at IS NULL
            ORDER BY e.is_primary DESC, e.id LIMIT 1)`;
}
