import type { AcknowledgementKind, TemplateKind } from '@steward/domain';
import { BUILT_IN_TEMPLATES } from '../rendering/default-templates';
import { compileTemplate, type CompiledTemplate } from '../rendering/thank-you-renderer';
import type { CurrentTemplateRef, TemplateStore } from './message-template.repository';
import { BUILT_IN_LANGUAGE, languageChain, languageFallbacks } from './template-languages';

/** The template a message of an acknowledgement is rendered from. */
export const TEMPLATE_KIND_OF_ACKNOWLEDGEMENT: Record<AcknowledgementKind, TemplateKind> = {
  donor: 'thank_you',
  tribute: 'tribute_notification',
};

/** The template to render with, and what the acknowledgement records about it. */
export interface ResolvedTemplate {
  /** Null for Steward's built-in wording. */
  id: string | null;
  /** 0 for the built-in wording. */
  version: number;
  /** The language chosen after fallback. */
  language: string;
  compiled: CompiledTemplate;
}

/** Of the current rows, the one of the best language in fallback order; null when none matches. */
export function pickTemplate(
  current: CurrentTemplateRef[],
  locale: string | null | undefined,
  tenantLocale: string | null,
): CurrentTemplateRef | null {
  const byLanguage = new Map(current.map((t) => [t.language, t]));
  for (const language of languageFallbacks(locale, tenantLocale)) {
    const found = byLanguage.get(language);
    if (found) return found;
  }
  return null;
}

const builtIns = new Map<TemplateKind, CompiledTemplate>();

function builtIn(kind: TemplateKind): ResolvedTemplate {
  let compiled = builtIns.get(kind);
  if (!compiled) {
    compiled = compileTemplate(BUILT_IN_TEMPLATES[kind]);
    builtIns.set(kind, compiled);
  }
  return { id: null, version: 0, language: BUILT_IN_LANGUAGE, compiled };
}

/**
 * Finds the current template of a kind for a recipient's locale: exact language ("fr-ca"), its base
 * ("fr"), the tenant's default locale and its base, English, then the built-in wording.
 *
 * "Which version is current" is NOT cached: it is one indexed query per message, so a version saved
 * through the API (in this process or another) is used by the very next send. Compiled templates ARE
 * cached, by row id, because rows are never updated.
 */
export class TemplateResolver {
  private readonly compiled = new Map<string, CompiledTemplate>();

  constructor(
    private readonly store: TemplateStore,
    private readonly maxCompiled = 500,
  ) {}

  async resolve(
    tenantId: string,
    kind: TemplateKind,
    locale: string | null | undefined,
  ): Promise<ResolvedTemplate> {
    const { tenantLocale, current } = await this.store.currentVersions(tenantId, kind, [
      ...languageChain(locale),
      BUILT_IN_LANGUAGE,
    ]);
    const chosen = pickTemplate(current, locale, tenantLocale);
    if (!chosen) return builtIn(kind);
    return {
      id: chosen.id,
      version: chosen.version,
      language: chosen.language,
      compiled: await this.load(tenantId, chosen.id),
    };
  }

  private async load(tenantId: string, id: string): Promise<CompiledTemplate> {
    const cached = this.compiled.get(id);
    if (cached) {
      // Least recently used goes first: re-insert to mark this one as used.
      this.compiled.delete(id);
      this.compiled.set(id, cached);
      return cached;
    }
    const row = await this.store.findById(tenantId, id);
    if (!row) throw new Error(`message template ${id} vanished between two queries`);
    const compiled = compileTemplate(row);
    this.compiled.set(id, compiled);
    if (this.compiled.size > this.maxCompiled) {
      this.compiled.delete(this.compiled.keys().next().value as string);
    }
    return compiled;
  }
}
