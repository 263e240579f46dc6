import type { TemplateKind } from '@steward/domain';
import { renderTemplate } from '../rendering/thank-you-renderer';
import type { CurrentTemplateRef, StoredTemplate, TemplateStore } from './message-template.repository';
import { languageChain, languageFallbacks, normalizeLanguage } from './template-languages';
import { TemplateResolver } from './template-resolver';

/** Rows in memory, answering as the repository does (current version per language). */
class FakeStore implements TemplateStore {
  rows: StoredTemplate[] = [];
  findByIdCalls = 0;
  constructor(private readonly tenantLocale: string) {}

  save(kind: TemplateKind, language: string, subject: string): StoredTemplate {
    const version =
      Math.max(
        0,
        ...this.rows.filter((r) => r.kind === kind && r.language === language).map((r) => r.version),
      ) + 1;
    const row: StoredTemplate = {
      id: `id-${this.rows.length + 1}`,
      tenantId: 't1',
      kind,
      language,
      version,
      subject,
      text: subject,
      html: subject,
      createdBy: null,
      createdAt: new Date(),
    };
    this.rows.push(row);
    return row;
  }

  async currentVersions(tenantId: string, kind: TemplateKind) {
    const current = new Map<string, CurrentTemplateRef>();
    for (const r of this.rows.filter((r) => r.tenantId === tenantId && r.kind === kind)) {
      if ((current.get(r.language)?.version ?? -1) < r.version) current.set(r.language, r);
    }
    return { tenantLocale: this.tenantLocale, current: [...current.values()] };
  }

  async findById(tenantId: string, id: string) {
    this.findByIdCalls++;
    return this.rows.find((r) => r.tenantId === tenantId && r.id === id) ?? null;
  }
}

describe('template languages', () => {
  it('normalizes tags and refuses what is not one', () => {
    expect(normalizeLanguage(' fr_CA ')).toBe('fr-ca');
    expect(normalizeLanguage('EN')).toBe('en');
    expect(normalizeLanguage('french!')).toBeNull();
    expect(normalizeLanguage('')).toBeNull();
  });

  it('tries the exact tag, its base, the tenant default and its base, then English', () => {
    expect(languageChain('zh-Hant-TW')).toEqual(['zh-hant-tw', 'zh-hant', 'zh']);
    expect(languageFallbacks('fr-CA', 'es-MX')).toEqual(['fr-ca', 'fr', 'es-mx', 'es', 'en']);
    expect(languageFallbacks('en-GB', 'en-US')).toEqual(['en-gb', 'en', 'en-us']);
    expect(languageFallbacks(null, 'en-US')).toEqual(['en-us', 'en']);
  });
});

describe('TemplateResolver', () => {
  const subjectOf = async (resolver: TemplateResolver, locale: string | null) => {
    const t = await resolver.resolve('t1', 'thank_you', locale);
    return { ...t, subject: renderTemplate(t.compiled, {}).subject };
  };

  it('falls back exact → base → tenant default → English → built-in', async () => {
    const store = new FakeStore('es-MX');
    const resolver = new TemplateResolver(store);

    expect(await subjectOf(resolver, 'fr-CA')).toMatchObject({ id: null, version: 0, language: 'en' });

    store.save('thank_you', 'en', 'English');
    expect(await subjectOf(resolver, 'fr-CA')).toMatchObject({
      language: 'en',
      version: 1,
      subject: 'English',
    });

    store.save('thank_you', 'es', 'Español');
    expect(await subjectOf(resolver, 'fr-CA')).toMatchObject({ language: 'es', subject: 'Español' });

    store.save('thank_you', 'es-mx', 'Español de México');
    expect(await subjectOf(resolver, 'fr-CA')).toMatchObject({ language: 'es-mx' });

    store.save('thank_you', 'fr', 'Français');
    expect(await subjectOf(resolver, 'fr-CA')).toMatchObject({ language: 'fr', subject: 'Français' });

    store.save('thank_you', 'fr-ca', 'Français du Canada');
    expect(await subjectOf(resolver, 'fr-CA')).toMatchObject({
      language: 'fr-ca',
      subject: 'Français du Canada',
    });

    // Another kind has nothing saved: the built-in.
    expect(await resolver.resolve('t1', 'giving_summary', 'fr-CA')).toMatchObject({ id: null, version: 0 });
  });

  it('uses a new version at once, and compiles each version once', async () => {
    const store = new FakeStore('en-US');
    const resolver = new TemplateResolver(store);
    store.save('thank_you', 'en', 'First');
    expect(await subjectOf(resolver, 'en-US')).toMatchObject({ version: 1, subject: 'First' });
    expect(await subjectOf(resolver, 'en-US')).toMatchObject({ version: 1, subject: 'First' });
    expect(store.findByIdCalls).toBe(1);

    store.save('thank_you', 'en', 'Second');
    expect(await subjectOf(resolver, 'en-US')).toMatchObject({ version: 2, subject: 'Second' });
    expect(store.findByIdCalls).toBe(2);
  });
});
