import { Conflict, newId, type TemplateKind } from '@steward/domain';
import type { DataSource } from 'typeorm';
import type { TemplateSource } from '../rendering/default-templates';

/** A saved template version, as the API shows it. */
export interface StoredTemplate extends TemplateSource {
  id: string;
  tenantId: string;
  kind: TemplateKind;
  language: string;
  version: number;
  createdBy: string | null;
  createdAt: Date;
}

/** Which row is current for a language: enough to find its compiled form in the cache. */
export interface CurrentTemplateRef {
  id: string;
  language: string;
  version: number;
}

/** What the resolver needs from storage; the repository below, or a fake in unit tests. */
export interface TemplateStore {
  /**
   * The current version of each of the given languages, and of the languages sharing the tenant's
   * default locale's base language, with that default locale itself.
   */
  currentVersions(
    tenantId: string,
    kind: TemplateKind,
    languages: string[],
  ): Promise<{ tenantLocale: string | null; current: CurrentTemplateRef[] }>;
  findById(tenantId: string, id: string): Promise<StoredTemplate | null>;
}

const COLUMNS = `id, tenant_id AS "tenantId", kind, language, version, subject, text_body AS text,
                 html_body AS html, created_by AS "createdBy", created_at AS "createdAt"`;

/** How many times a save re-reads the current version when a concurrent save took the next number. */
const INSERT_ATTEMPTS = 5;

/**
 * message_templates, as SQL. Rows are never updated: a save inserts the next version, and the unique
 * (tenant_id, kind, language, version) index is what keeps two concurrent saves from sharing a number.
 */
export class MessageTemplateRepository implements TemplateStore {
  constructor(private readonly db: DataSource) {}

  async currentVersions(
    tenantId: string,
    kind: TemplateKind,
    languages: string[],
  ): Promise<{ tenantLocale: string | null; current: CurrentTemplateRef[] }> {
    // One round trip on the unique index; the LEFT JOIN keeps the tenant's locale when nothing is saved.
    const rows: {
      tenantLocale: string;
      id: string | null;
      language: string | null;
      version: number | null;
    }[] = await this.db.query(
      `SELECT t.default_locale AS "tenantLocale", m.id, m.language, m.version
           FROM tenants t
           LEFT JOIN LATERAL (
             SELECT DISTINCT ON (language) id, language, version
               FROM message_templates
              WHERE tenant_id = t.id AND kind = $2
                AND (language = ANY($3)
                     OR split_part(language, '-', 1) = split_part(lower(replace(t.default_locale, '_', '-')), '-', 1))
              ORDER BY language, version DESC
           ) m ON true
          WHERE t.id = $1`,
      [tenantId, kind, languages],
    );
    return {
      tenantLocale: rows[0]?.tenantLocale ?? null,
      current: rows
        .filter((r) => r.id !== null)
        .map((r) => ({ id: r.id as string, language: r.language as string, version: r.version as number })),
    };
  }

  async findById(tenantId: string, id: string): Promise<StoredTemplate | null> {
    const rows: StoredTemplate[] = await this.db.query(
      `SELECT ${COLUMNS} FROM message_templates WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id],
    );
    return rows[0] ?? null;
  }

  /** The current (highest) version of every kind and language the tenant has saved. */
  listCurrent(tenantId: string): Promise<StoredTemplate[]> {
    return this.db.query(
      `SELECT DISTINCT ON (kind, language) ${COLUMNS}
         FROM message_templates
        WHERE tenant_id = $1
        ORDER BY kind, language, version DESC`,
      [tenantId],
    );
  }

  /** Every saved version of one kind and language, newest first. */
  listVersions(tenantId: string, kind: TemplateKind, language: string): Promise<StoredTemplate[]> {
    return this.db.query(
      `SELECT ${COLUMNS}
         FROM message_templates
        WHERE tenant_id = $1 AND kind = $2 AND language = $3
        ORDER BY version DESC`,
      [tenantId, kind, language],
    );
  }

  /**
   * Inserts the next version (current + 1, or 1 for the first save). A concurrent save that took the
   * same number makes the insert do nothing; then it reads the new current version and tries again.
   */
  async insertNextVersion(t: {
    tenantId: string;
    kind: TemplateKind;
    language: string;
    source: TemplateSource;
    createdBy: string | null;
  }): Promise<StoredTemplate> {
    for (let attempt = 1; attempt <= INSERT_ATTEMPTS; attempt++) {
      const rows: StoredTemplate[] = await this.db.query(
        `INSERT INTO message_templates (id, tenant_id, kind, language, version, subject, text_body, html_body,
                                        created_by)
         SELECT $1, $2, $3, $4, COALESCE(max(version), 0) + 1, $5, $6, $7, $8
           FROM message_templates
          WHERE tenant_id = $2 AND kind = $3 AND language = $4
         ON CONFLICT (tenant_id, kind, language, version) DO NOTHING
         RETURNING ${COLUMNS}`,
        [
          newId(),
          t.tenantId,
          t.kind,
          t.language,
          t.source.subject,
          t.source.text,
          t.source.html,
          t.createdBy,
        ],
      );
      if (rows[0]) return rows[0];
    }
    throw new Conflict('the template is being saved by someone else at the same time; try again');
  }
}
