/** The language of Steward's built-in wording (version 0 of every kind). */
export const BUILT_IN_LANGUAGE = 'en';

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/;

/** "fr_CA" or "fr-CA" → "fr-ca"; null when it is not a BCP 47 language tag. */
export function normalizeLanguage(tag: string | null | undefined): string | null {
  const normalized = tag?.trim().replace(/_/g, '-').toLowerCase() ?? '';
  return LANGUAGE_TAG.test(normalized) && normalized.length <= 35 ? normalized : null;
}

/** "zh-Hant-TW" → ["zh-hant-tw", "zh-hant", "zh"]: the tag, then each shorter prefix (RFC 4647 lookup). */
export function languageChain(locale: string | null | undefined): string[] {
  const tag = normalizeLanguage(locale);
  if (!tag) return [];
  const parts = tag.split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

/**
 * The languages to try for a recipient, best first: their locale and its base language, then the
 * tenant's default locale and its base, then English. Past the end comes the built-in wording.
 */
export function languageFallbacks(locale: string | null | undefined, tenantLocale: string | null): string[] {
  return [...new Set([...languageChain(locale), ...languageChain(tenantLocale), BUILT_IN_LANGUAGE])];
}
