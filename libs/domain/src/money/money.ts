import { ValidationFailed } from '../common/errors';
import { isKnownCurrency, minorUnitDigits } from './currency';

/**
 * The largest amount of one gift (or installment, or threshold), in minor units: 999,999,999,999,999
 * ($9,999,999,999,999.99, ¥999,999,999,999,999). Each amount is then an exact JavaScript number, and
 * every total of amounts is summed as a bigint (in SQL, read back as a BigInt), so no sum loses a cent.
 */
export const MAX_GIFT_MINOR_UNITS = 999_999_999_999_999;

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
    return new Money(minorUnits, currencyCode(currency));
  }

  /** Formats for a reader in `locale`, e.g. "$300.00" (en-US) or "300,00 $US" (fr-FR). */
  format(locale = 'en-US'): string {
    return formatMinorUnits(this.minorUnits, this.currency, locale);
  }
}

/**
 * Formats an amount or a total of minor units exactly, however large: the digits go to Intl as a
 * decimal string, never through a division in floating point.
 */
export function formatMinorUnits(minorUnits: number | bigint, currency: string, locale = 'en-US'): string {
  if (typeof minorUnits === 'number' && !Number.isSafeInteger(minorUnits)) {
    throw new RangeError(`${minorUnits} is not an exact number of minor units`);
  }
  const code = currencyCode(currency);
  const digits = minorUnitDigits(code);
  const units = BigInt(minorUnits);
  const sign = units < 0n ? '-' : '';
  const magnitude = (units < 0n ? -units : units).toString().padStart(digits + 1, '0');
  const decimal =
    digits === 0
      ? `${sign}${magnitude}`
      : `${sign}${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
  // Intl formats a numeric string exactly (ECMA-402's Intl.NumberFormat v3).
  return formatterFor(locale, code).format(decimal as Intl.StringNumericLiteral);
}

function currencyCode(currency: string): string {
  const code = currency?.toUpperCase();
  if (!code || !isKnownCurrency(code)) {
    throw ValidationFailed.field('currency', `${currency} is not an ISO 4217 currency code`);
  }
  return code;
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
