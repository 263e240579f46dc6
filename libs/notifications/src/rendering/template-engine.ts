import Handlebars from 'handlebars';
import { Money } from '@steward/domain';

/**
 * An isolated handlebars instance with Steward's helpers. Templates use `{{ }}` (escaped) for every
 * piece of constituent data; the engine is never shared with other code that could register helpers.
 */
export function createTemplateEngine(): typeof Handlebars {
  const hbs = Handlebars.create();

  hbs.registerHelper('money', (amount: number, currency: string, locale: unknown) =>
    Money.of(Number(amount), String(currency)).format(typeof locale === 'string' ? locale : 'en-US'),
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

  return hbs;
}
