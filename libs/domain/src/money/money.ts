import { ValidationFailed } from '../common/errors';
import { isKnownCurrency, minorUnitDigits } from './currency';

/**
 * An amount of money in integer minor units (cents) of an ISO 4217 currency. Never a float:
 * 30000 USD is $300.00.
 */
export class Money {
  private constructor(
    readonly minorUnits: number,
    readonly currency: string,
  ) {}

  static of(minorUnits: number, currency: string, field = 'amount'): Money {
    if (!Number.isSafeInteger(minorUnits)) {
      throw ValidationFailed.field(field, 'must be an integer number of minor units (30000 USD is $300.00)');
    }
    const code = currency?.toUpperCase();
    if (!code || !isKnownCurrency(code)) {
      throw ValidationFailed.field('currency', `${currency} is not an ISO 4217 currency code`);
    }
    return new Money(minorUnits, code);
  }

  /** Formats for a reader in `locale`, e.g. "$300.00" (en-US) or "300,00 $US" (fr-FR). */
  format(locale = 'en-US'): string {
    const digits = minorUnitDigits(this.currency);
    return formatterFor(locale, this.currency).format(this.minorUnits / 10 ** digits);
  }
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(safeLocale(locale), { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  return formatter;
}

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}
