import Handlebars from 'handlebars';
import { displayName, formatMinorUnits, greetingName, type NameParts } from '@steward/domain';

/**
 * An isolated handlebars instance with Steward's helpers. Templates use `{{ }}` (escaped) for every
 * piece of constituent data; the engine is never shared with other code that could register helpers.
 */
export function createTemplateEngine(): typeof Handlebars {
  const hbs = Handlebars.create();

  // Totals reach templates as bigints; amounts as safe integers. Either is formatted exactly.
  hbs.registerHelper('money', (amount: unknown, currency: string, locale: unknown) =>
    formatMinorUnits(
      exactMinorUnits(amount),
      String(currency),
      typeof locale === 'string' ? locale : 'en-US',
    ),
  );

  hbs.registerHelper('date', (value: Date | string, locale: unknown) => {
    const date = value instanceof Date ? value : new Date(value);
    return new Intl.DateTimeFormat(typeof locale === 'string' ? locale : 'en-US', {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(date);
  });

  hbs.registerHelper('plural', (count: number, singular: string, plural: string) =>
    Number(count) === 1 ? singular : plural,
  );

  hbs.registerHelper('name', (value: unknown, style: unknown) =>
    formatName(value, typeof style === 'string' ? style : 'full'),
  );

  return hbs;
}

export const NAME_STYLES = ['full', 'greeting', 'first', 'last'] as const;

/**
 * `{{name donor}}` → "Ana Rivera"; `{{name donor "greeting"}}` → how a thank-you greets ("Annie");
 * "first" and "last" give one part (an organization answers with its name). A plain string is trimmed.
 * An unknown style throws, so a template that misspells it is refused on save rather than sent.
 */
export function formatName(value: unknown, style = 'full'): string {
  if (!(NAME_STYLES as readonly string[]).includes(style)) {
    throw new Error(`name: unknown style "${style}"; use ${NAME_STYLES.join(', ')}`);
  }
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value !== 'object' || !('kind' in value)) return '';
  const parts = value as NameParts;
  if (parts.kind === 'organization') {
    return style === 'greeting' ? greetingName(parts) : displayName(parts);
  }
  switch (style) {
    case 'greeting':
      return greetingName(parts);
    case 'first':
      return parts.preferredName?.trim() || parts.firstName?.trim() || '';
    case 'last':
      return parts.lastName?.trim() ?? '';
    default:
      return displayName(parts);
  }
}

/** Minor units as the money helper takes them: a bigint, a safe integer, or a string of digits. */
function exactMinorUnits(amount: unknown): number | bigint {
  if (typeof amount === 'bigint') return amount;
  if (typeof amount === 'number' && Number.isSafeInteger(amount)) return amount;
  if (typeof amount === 'string' && /^-?\d+$/.test(amount)) return BigInt(amount);
  throw new TypeError(
    `the amount given to money must be an integer number of minor units, not ${String(amount)}`,
  );
}
