import { Injectable } from '@nestjs/common';
import { TEMPLATE_KINDS, ValidationFailed, type TemplateKind } from '@steward/domain';
import {
  BUILT_IN_LANGUAGE,
  BUILT_IN_TEMPLATES,
  MessageTemplateRepository,
  normalizeLanguage,
  previewTemplate,
  validateTemplate,
  type RenderedMessage,
  type StoredTemplate,
  type TemplateSource,
} from '@steward/notifications';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import type { TemplateView } from './dto/template.dto';

/** Message templates of the caller's tenant: listed, versioned, validated by rendering before saving. */
@Injectable()
export class TemplatesService {
  private readonly templates: MessageTemplateRepository;

  constructor(db: DataSource) {
    this.templates = new MessageTemplateRepository(db);
  }

  /**
   * Every language each kind has: the current version of each saved language and, where English was
   * never saved, the built-in English wording, which is what every language without a template of its
   * own (the tenant's default included) falls back to. A kind saved only in Spanish still lists English.
   */
  async listCurrent(actor: Actor): Promise<TemplateView[]> {
    const saved = await this.templates.listCurrent(actor.tenantId);
    const builtIns = TEMPLATE_KINDS.filter(
      (kind) => !saved.some((t) => t.kind === kind && t.language === BUILT_IN_LANGUAGE),
    ).map(builtInView);
    return [...saved.map(toView), ...builtIns].sort(
      (a, b) =>
        TEMPLATE_KINDS.indexOf(a.kind) - TEMPLATE_KINDS.indexOf(b.kind) ||
        a.language.localeCompare(b.language),
    );
  }

  /** Newest first; English ends with the built-in version 0, the wording messages used before any save. */
  async versions(actor: Actor, kindParam: string, languageParam: string): Promise<TemplateView[]> {
    const kind = parseKind(kindParam);
    const language = parseLanguage(languageParam);
    const saved = (await this.templates.listVersions(actor.tenantId, kind, language)).map(toView);
    return language === BUILT_IN_LANGUAGE ? [...saved, builtInView(kind)] : saved;
  }

  async save(
    actor: Actor,
    kindParam: string,
    languageParam: string,
    source: TemplateSource,
  ): Promise<TemplateView> {
    const kind = parseKind(kindParam);
    const language = parseLanguage(languageParam);
    validateTemplate(kind, source);
    const saved = await this.templates.insertNextVersion({
      tenantId: actor.tenantId,
      kind,
      language,
      source: { subject: source.subject, text: source.text, html: source.html },
      createdBy: actor.userId,
    });
    return toView(saved);
  }

  preview(kind: TemplateKind, source: TemplateSource): RenderedMessage {
    return previewTemplate(kind, { subject: source.subject, text: source.text, html: source.html });
  }
}

function parseKind(kind: string): TemplateKind {
  if (!(TEMPLATE_KINDS as readonly string[]).includes(kind)) {
    throw ValidationFailed.field('kind', `must be one of ${TEMPLATE_KINDS.join(', ')}`);
  }
  return kind as TemplateKind;
}

function parseLanguage(language: string): string {
  const normalized = normalizeLanguage(language);
  if (!normalized) throw ValidationFailed.field('language', 'must be a language tag such as en, fr or fr-ca');
  return normalized;
}

function toView(t: StoredTemplate): TemplateView {
  return {
    id: t.id,
    kind: t.kind,
    language: t.language,
    version: t.version,
    builtIn: false,
    subject: t.subject,
    text: t.text,
    html: t.html,
    createdBy: t.createdBy,
    createdAt: t.createdAt,
  };
}

function builtInView(kind: TemplateKind): TemplateView {
  return {
    id: null,
    kind,
    language: BUILT_IN_LANGUAGE,
    version: 0,
    builtIn: true,
    ...BUILT_IN_TEMPLATES[kind],
    createdBy: null,
    createdAt: null,
  };
}
