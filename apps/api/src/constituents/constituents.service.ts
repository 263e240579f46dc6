import { Injectable } from '@nestjs/common';
import { Constituent, displayName, newId, NotFound, ValidationFailed } from '@steward/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { CursorCodec, type Page } from '../common/cursor';
import {
  ConstituentsRepository,
  type ConstituentWithEmails,
  type EmailRecord,
} from './constituents.repository';
import type {
  ConstituentView,
  CreateConstituentRequest,
  EmailInput,
  ListConstituentsQuery,
  UpdateConstituentRequest,
} from './dto/constituent.dto';

@Injectable()
export class ConstituentsService {
  constructor(
    private readonly db: DataSource,
    private readonly constituents: ConstituentsRepository,
    private readonly cursors: CursorCodec,
  ) {}

  async create(actor: Actor, input: CreateConstituentRequest): Promise<ConstituentView> {
    checkNames(input);
    await this.checkRelationshipManager(actor, input.relationshipManagerId);
    const constituent = Object.assign(new Constituent(), {
      id: newId(),
      tenantId: actor.tenantId,
      kind: input.kind,
      firstName: input.firstName ?? null,
      lastName: input.lastName ?? null,
      preferredName: input.preferredName ?? null,
      organizationName: input.organizationName ?? null,
      formalSalutation: input.formalSalutation ?? null,
      informalSalutation: input.informalSalutation ?? null,
      pronouns: input.pronouns ?? null,
      preferredLocale: input.preferredLocale ?? null,
      doNotContact: input.doNotContact ?? false,
      doNotEmail: input.doNotEmail ?? false,
      deceased: input.deceased ?? false,
      installmentAcknowledgement: input.installmentAcknowledgement ?? 'each',
      relationshipManagerId: input.relationshipManagerId ?? null,
    });
    const emails = normaliseEmails(input.emails ?? []);
    await this.db.transaction((tx) => this.constituents.insert(tx, constituent, emails));
    return this.get(actor, constituent.id);
  }

  async get(actor: Actor, id: string): Promise<ConstituentView> {
    const found = await this.constituents.findById(actor.tenantId, id);
    if (!found) throw new NotFound('constituent', id);
    return toView(found);
  }

  async list(actor: Actor, query: ListConstituentsQuery): Promise<Page<ConstituentView>> {
    const limit = query.limit ?? 50;
    const after = this.cursors.decode('constituents', query.cursor, { id: 'uuid' });
    const rows = await this.constituents.list({
      tenantId: actor.tenantId,
      q: query.q,
      afterId: after?.id,
      limit: limit + 1,
    });
    const items = rows.slice(0, limit).map(toView);
    return {
      items,
      nextCursor:
        rows.length > limit ? this.cursors.encode('constituents', { id: items[items.length - 1].id }) : null,
    };
  }

  async update(actor: Actor, id: string, input: UpdateConstituentRequest): Promise<ConstituentView> {
    const { emails, ...fields } = input;
    await this.checkRelationshipManager(actor, input.relationshipManagerId);
    await this.db.transaction(async (tx) => {
      if (!(await this.constituents.lockForUpdate(tx, actor.tenantId, id)))
        throw new NotFound('constituent', id);
      const current = await this.constituents.findById(actor.tenantId, id, tx);
      if (!current) throw new NotFound('constituent', id);
      checkNames({ ...current, ...fields });
      if (Object.keys(fields).length > 0) await this.constituents.update(tx, actor.tenantId, id, fields);
      if (emails) await this.constituents.mergeEmails(tx, actor.tenantId, id, normaliseEmails(emails));
    });
    return this.get(actor, id);
  }

  /**
   * A relationship manager signs thank-yous and owns follow-up tasks: it must be an active colleague.
   * A user who is not there at all is refused by the foreign key, with the same words.
   */
  private async checkRelationshipManager(actor: Actor, userId: string | null | undefined): Promise<void> {
    if (userId && (await this.constituents.isInactiveUser(actor.tenantId, userId))) {
      throw ValidationFailed.field('relationshipManagerId', 'no active user with this id');
    }
  }
}

/** The names a record must keep: an organization its name, an individual a first or a last name. */
function checkNames(c: {
  kind: Constituent['kind'];
  firstName?: string | null;
  lastName?: string | null;
  organizationName?: string | null;
}): void {
  if (c.kind === 'organization' && !c.organizationName) {
    throw ValidationFailed.field('organizationName', 'is required for an organization');
  }
  if (c.kind === 'individual' && !c.firstName && !c.lastName) {
    throw ValidationFailed.field('firstName', 'firstName or lastName is required for an individual');
  }
}

/** Lower-cases, de-duplicates, and makes exactly one address primary. */
function normaliseEmails(input: EmailInput[]): EmailRecord[] {
  const seen = new Set<string>();
  const emails: EmailRecord[] = [];
  for (const e of input) {
    const address = e.address.trim().toLowerCase();
    if (seen.has(address)) continue;
    seen.add(address);
    emails.push({ address, type: e.type ?? 'personal', primary: e.primary === true });
  }
  const primaries = emails.filter((e) => e.primary).length;
  if (primaries > 1) throw ValidationFailed.field('emails', 'at most one email can be primary');
  if (primaries === 0 && emails.length > 0) emails[0].primary = true;
  return emails;
}

function toView(c: ConstituentWithEmails): ConstituentView {
  return {
    id: c.id,
    kind: c.kind,
    displayName: displayName(c),
    firstName: c.firstName,
    lastName: c.lastName,
    preferredName: c.preferredName,
    organizationName: c.organizationName,
    formalSalutation: c.formalSalutation,
    informalSalutation: c.informalSalutation,
    pronouns: c.pronouns,
    preferredLocale: c.preferredLocale,
    doNotContact: c.doNotContact,
    doNotEmail: c.doNotEmail,
    deceased: c.deceased,
    installmentAcknowledgement: c.installmentAcknowledgement,
    relationshipManagerId: c.relationshipManagerId,
    emails: c.emails.map((e) => ({ ...e, undeliverableAt: e.undeliverableAt ?? null })),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}
