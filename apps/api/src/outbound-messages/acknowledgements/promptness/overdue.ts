import { clockStartSql } from './clock';

/** Messages still to send, and those that need a person; together with open tasks, what is open. */
const OPEN_MESSAGE_STATUSES = ['queued', 'sending', 'retrying', 'held', 'failed', 'bounced'] as const;

/**
 * The one definition of "open" and "overdue", used by the overview's figures and by the overdue list,
 * so that the card's "N overdue" counts exactly the late items the list shows.
 *
 * Open: a message still to send (queued, sending, retrying, held) or one a person must fix (failed,
 * bounced), of any kind; and every task not completed. Each has a track and a due time:
 * - a message is personal when a person holds or reviewed it, else automated; it is due at its clock's
 *   start (clock.ts) plus its track's target;
 * - a task is personal work, due at its own `due_at` (for a call the rules create, the gift's clock
 *   plus the personal target at the time; a person may set another).
 * Late ("overdue"): open, not failed or bounced, and past its due time. Failed and bounced messages
 * are on the list at once, whatever their age, since only a person can fix them; the figures count
 * them as failed, not as overdue.
 *
 * `filters` adds conditions to each branch (a window, or a sargable "could be late" bound); they narrow
 * what is read, never what the words mean. The query expects a `targets` CTE and the tenant as $1.
 */
export function openItemsSql(filters: { acknowledgements?: string; tasks?: string } = {}): string {
  const personal = `a.status = 'held' OR a.reviewed_at IS NOT NULL`;
  return `SELECT 'acknowledgement' AS type, a.kind, a.id, a.gift_id, a.constituent_id, a.status, a.reason,
                 a.gift_received_at AS received_at,
                 CASE WHEN ${personal} THEN 'personal' ELSE 'automated' END AS track,
                 ${clockStartSql('a')} + make_interval(secs =>
                   CASE WHEN ${personal} THEN targets.personal ELSE targets.automated END) AS due_at
            FROM acknowledgements a CROSS JOIN targets
           WHERE a.tenant_id = $1
             AND a.status IN (${OPEN_MESSAGE_STATUSES.map((s) => `'${s}'`).join(', ')})
             ${filters.acknowledgements ? `AND (${filters.acknowledgements})` : ''}
          UNION ALL
          SELECT 'task', t.kind, t.id, t.gift_id, t.constituent_id, 'open', t.title,
                 COALESCE(g.received_at, t.created_at), 'personal', t.due_at
            FROM tasks t
            LEFT JOIN gifts g ON g.tenant_id = t.tenant_id AND g.id = t.gift_id
           WHERE t.tenant_id = $1 AND t.completed_at IS NULL
             ${filters.tasks ? `AND (${filters.tasks})` : ''}`;
}

/** Whether the open item aliased `i` (a row of openItemsSql) needs a person now, whatever its due time. */
export const needsPersonSql = (i: string) => `${i}.status IN ('failed', 'bounced')`;

/** Whether the open item aliased `i` is late: not one that needs a person, and past its due time. */
export const isLateSql = (i: string) => `(NOT ${needsPersonSql(i)} AND ${i}.due_at < now())`;
