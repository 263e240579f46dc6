import { Injectable } from '@nestjs/common';
import { Constituent, ConstituentEmail, newId, type EmailType } from '@steward/domain';
import { DataSource, EntityManager } from 'typeorm';

export interface EmailRecord {
  address: string;
  type: EmailType;
  primary: boolean;
  /** When a mail server refused the address for good; null while it is deliverable. */
  undeliverableAt?: Date | null;
}

export type ConstituentWithEmails = Constituent & { emails: EmailRecord[] };

export interface ConstituentListQuery {
  tenantId: string;
  q?: string;
  afterId?: string;
  limit: number;
}

/** The only code that queries constituents and their emails. Every query is scoped by tenant. */
@Injectable()
export class ConstituentsRepository {
  constructor(private readonly db: DataSource) {}

  async insert(tx: EntityManager, constituent: Constituent, emails: EmailRecord[]): Promise<void> {
    await tx.createQueryBuilder().insert().into(Constituent).values(constituent).execute();
    await this.insertEmails(tx, constituent.tenantId, constituent.id, emails);
  }

  async update(
    tx: EntityManager,
    tenantId: string,
    id: string,
    changes: Partial<Constituent>,
  ): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(Constituent)
      .set({ ...changes, updatedAt: () => 'now()' })
      .where('tenant_id = :tenantId AND id = :id', { tenantId, id })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * Locks the constituent's row until the transaction ends, so that two edits of one record (its
   * emails above all) run one after the other instead of interleaving. False when there is none.
   */
  async lockForUpdate(tx: EntityManager, tenantId: string, id: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      'SELECT 1 FROM constituents WHERE tenant_id = $1 AND id = $2 FOR UPDATE',
      [tenantId, id],
    );
    return rows.length > 0;
  }

  /**
   * Makes the constituent's addresses the given list, matched by address: one kept keeps its row (id,
   * undeliverable state and reason: a bounced address stays bounced) with its type and primary flag
   * updated; one not listed is removed; a new one is added. Call it with the constituent locked.
   */
  async mergeEmails(
    tx: EntityManager,
    tenantId: string,
    constituentId: string,
    emails: EmailRecord[],
  ): Promise<void> {
    const addresses = emails.map((e) => e.address);
    const primary = emails.find((e) => e.primary)?.address ?? null;
    // First take the flag off every other address: the partial unique index allows one primary at a
    // time, and it is checked row by row.
    await tx.query(
      `UPDATE constituent_emails SET is_primary = false
        WHERE tenant_id = $1 AND constituent_id = $2 AND is_primary AND address IS DISTINCT FROM $3`,
      [tenantId, constituentId, primary],
    );
    await tx.query(
      `DELETE FROM constituent_emails
        WHERE tenant_id = $1 AND constituent_id = $2 AND NOT (address = ANY($3::text[]))`,
      [tenantId, constituentId, addresses],
    );
    await tx.query(
      `UPDATE constituent_emails e SET type = v.type, is_primary = v.is_primary
         FROM unnest($3::text[], $4::text[], $5::boolean[]) AS v(address, type, is_primary)
        WHERE e.tenant_id = $1 AND e.constituent_id = $2 AND e.address = v.address
          AND (e.type <> v.type OR e.is_primary <> v.is_primary)`,
      [tenantId, constituentId, addresses, emails.map((e) => e.type), emails.map((e) => e.primary)],
    );
    const existing: { address: string }[] = await tx.query(
      'SELECT address FROM constituent_emails WHERE tenant_id = $1 AND constituent_id = $2',
      [tenantId, constituentId],
    );
    const kept = new Set(existing.map((e) => e.address));
    await this.insertEmails(
      tx,
      tenantId,
      constituentId,
      emails.filter((e) => !kept.has(e.address)),
    );
  }

  async findById(
    tenantId: string,
    id: string,
    db: EntityManager = this.db.manager,
  ): Promise<ConstituentWithEmails | null> {
    const [found] = await this.withEmails(
      db,
      await db.getRepository(Constituent).find({ where: { tenantId, id } }),
    );
    return found ?? null;
  }

  exists(tenantId: string, id: string): Promise<boolean> {
    return this.db.getRepository(Constituent).exists({ where: { tenantId, id } });
  }

  /** Newest first. `q` matches names by trigram similarity-friendly ILIKE, or an exact email. */
  async list(query: ConstituentListQuery): Promise<ConstituentWithEmails[]> {
    const qb = this.db
      .getRepository(Constituent)
      .createQueryBuilder('c')
      .where('c.tenant_id = :tenantId', { tenantId: query.tenantId })
      .orderBy('c.id', 'DESC')
      .limit(query.limit);
    if (query.afterId) qb.andWhere('c.id < :afterId', { afterId: query.afterId });
    const q = query.q?.trim();
    if (q) {
      // The expression matches the trigram index ix_constituents_name_trgm exactly.
      qb.andWhere(
        `(${NAME_SEARCH_EXPRESSION} ILIKE :pattern OR EXISTS (
            SELECT 1 FROM constituent_emails e
             WHERE e.tenant_id = c.tenant_id AND e.constituent_id = c.id AND e.address = :email))`,
        { pattern: `%${escapeLike(q.toLowerCase())}%`, email: q.toLowerCase() },
      );
    }
    return this.withEmails(this.db.manager, await qb.getMany());
  }

  /** Whether the user is a former colleague of the tenant (deactivated), who cannot be named. */
  async isInactiveUser(tenantId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      'SELECT 1 FROM users WHERE tenant_id = $1 AND id = $2 AND NOT active',
      [tenantId, userId],
    );
    return rows.length > 0;
  }

  /** Loads the emails of many constituents in one query (no N+1). */
  private async withEmails(db: EntityManager, constituents: Constituent[]): Promise<ConstituentWithEmails[]> {
    if (constituents.length === 0) return [];
    const emails = await db
      .getRepository(ConstituentEmail)
      .createQueryBuilder('e')
      .where('e.tenant_id = :tenantId AND e.constituent_id = ANY(:ids)', {
        tenantId: constituents[0].tenantId,
        ids: constituents.map((c) => c.id),
      })
      .orderBy('e.is_primary', 'DESC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
    const byOwner = new Map<string, EmailRecord[]>();
    for (const e of emails) {
      const list = byOwner.get(e.constituentId) ?? [];
      list.push({
        address: e.address,
        type: e.type,
        primary: e.isPrimary,
        undeliverableAt: e.undeliverableAt,
      });
      byOwner.set(e.constituentId, list);
    }
    return constituents.map((c) => Object.assign(c, { emails: byOwner.get(c.id) ?? [] }));
  }

  private async insertEmails(
    tx: EntityManager,
    tenantId: string,
    constituentId: string,
    emails: EmailRecord[],
  ) {
    if (emails.length === 0) return;
    await tx
      .createQueryBuilder()
      .insert()
      .into(ConstituentEmail)
      .values(
        emails.map((e) => ({
          id: newId(),
          tenantId,
          constituentId,
          address: e.address,
          type: e.type,
          isPrimary: e.primary,
        })),
      )
      .execute();
  }
}

/** Lower-cased full name, as indexed by ix_constituents_name_trgm (see the migration). */
export const NAME_SEARCH_EXPRESSION = `lower(coalesce(c.first_name, '') || ' ' || coalesce(c.preferred_name, '') || ' ' || coalesce(c.last_name, '') || ' ' || coalesce(c.organization_name, ''))`;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
