import { displayName, formatMinorUnits, greetingName, type NameParts } from '@steward/domain';
import { periodLabel, type SummaryPeriod } from './giving-summary-period';

/** One gift as a summary lists it. */
export interface SummaryGift {
  id: string;
  amount: number;
  currency: string;
  receivedAt: Date;
  receiptNumber: string | null;
  fundName: string | null;
  goodsServicesValue: number | null;
  goodsServicesDescription: string | null;
}

/** Everything a summary (email or PDF) says, loaded by the giving-summary repository. */
export interface GivingStatement {
  organizationName: string;
  donor: NameParts;
  locale: string;
  period: SummaryPeriod;
  /** Oldest first. */
  gifts: SummaryGift[];
  signature: string;
}

/** A sum of amounts: a bigint, so that no total of exact amounts is ever rounded. */
export interface CurrencyTotal {
  currency: string;
  amount: bigint;
}

export function formatMoney(amount: number | bigint, currency: string, locale: string): string {
  return formatMinorUnits(amount, currency, locale);
}

export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * Sums per currency (never across currencies), in currency-code order, of the very lines the summary
 * lists, so a total always equals its lines. As bigints: past 2^53 a JS number would lose cents.
 */
export function totalsByCurrency(gifts: Pick<SummaryGift, 'amount' | 'currency'>[]): CurrencyTotal[] {
  const sums = new Map<string, bigint>();
  for (const g of gifts) sums.set(g.currency, (sums.get(g.currency) ?? 0n) + BigInt(g.amount));
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => ({ currency, amount }));
}

/** The gifts for which the donor received something in return, as the tax statement lists them. */
export function giftsWithBenefits(gifts: SummaryGift[]): SummaryGift[] {
  return gifts.filter((g) => (g.goodsServicesValue ?? 0) > 0);
}

/**
 * The year-end written acknowledgement under US rules (IRS Publication 1771), covering the USD gifts of
 * the year: the total, and either "no goods or services" or, for each gift that bought something, what
 * and its good-faith value, with the deductible remainder. Null when there are no USD gifts.
 */
export function usYearEndStatement(s: GivingStatement): string | null {
  const usd = s.gifts.filter((g) => g.currency === 'USD');
  if (usd.length === 0) return null;
  const money = (minor: number | bigint) => formatMoney(minor, 'USD', s.locale);
  const total = usd.reduce((sum, g) => sum + BigInt(g.amount), 0n);
  const year = periodLabel(s.period, s.locale);
  const intro =
    `${s.organizationName} received your contributions in ${year} listed above, totaling ${money(total)}` +
    (usd.length < s.gifts.length ? ' (US dollar gifts).' : '.');
  const benefits = giftsWithBenefits(usd);
  if (benefits.length === 0) {
    return `${intro} No goods or services were provided in exchange for these contributions.`;
  }
  const exceptions = benefits.map((g) => {
    const what = g.goodsServicesDescription?.trim() || 'goods or services';
    const receipt = g.receiptNumber ? ` (receipt ${g.receiptNumber})` : '';
    return (
      `for your payment of ${money(g.amount)} on ${formatDate(g.receivedAt, s.locale)}${receipt} you ` +
      `received ${what}, with a good-faith estimated value of ${money(g.goodsServicesValue ?? 0)}`
    );
  });
  const benefitValue = benefits.reduce((sum, g) => sum + BigInt(g.goodsServicesValue ?? 0), 0n);
  const deductible = total > benefitValue ? total - benefitValue : 0n;
  return (
    `${intro} No goods or services were provided in exchange for these contributions, except: ` +
    `${exceptions.join('; ')}. The amount deductible for federal income tax purposes is limited to the ` +
    `excess of your contributions over the value of goods and services received: ` +
    `${money(deductible)}.`
  );
}

/** The variables of the `giving_summary` template (see DEFAULT_GIVING_SUMMARY). */
export function givingSummaryContext(
  s: GivingStatement,
  unsubscribeUrl: string | null = null,
): Record<string, unknown> {
  const yearEnd = s.period.period === 'year';
  return {
    greetingName: greetingName(s.donor),
    donorName: displayName(s.donor),
    organizationName: s.organizationName,
    yearEnd,
    periodLabel: periodLabel(s.period, s.locale),
    gifts: s.gifts.map((g) => ({
      receivedOn: formatDate(g.receivedAt, s.locale),
      amount: formatMoney(g.amount, g.currency, s.locale),
      fundName: g.fundName,
      receiptNumber: g.receiptNumber,
    })),
    totals: totalsByCurrency(s.gifts).map((t) => formatMoney(t.amount, t.currency, s.locale)),
    // The year-end summary is the donor's tax record; a month's thank-you is not.
    taxStatement: yearEnd ? usYearEndStatement(s) : null,
    signature: s.signature,
    unsubscribeUrl,
  };
}
