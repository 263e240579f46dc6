import { ValidationFailed, type GivingSummaryPeriod } from '@steward/domain';

/** A summary's period as stored: [start, end) in UTC dates, "YYYY-MM-DD". */
export interface SummaryPeriod {
  period: GivingSummaryPeriod;
  start: string;
  end: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function isoDate(year: number, monthIndex: number): string {
  return new Date(Date.UTC(year, monthIndex, 1)).toISOString().slice(0, 10);
}

/** "2026-11" → [2026-11-01, 2026-12-01). */
export function monthPeriod(month: string): SummaryPeriod {
  const match = MONTH.exec(month);
  if (!match) throw ValidationFailed.field('month', 'must be a month as YYYY-MM');
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  // Date.UTC reads years below 100 as 19xx; the bounds match yearPeriod's.
  if (year < 1900 || year > 9998)
    throw ValidationFailed.field('month', 'must be a month of the years 1900 to 9998');
  return { period: 'month', start: isoDate(year, index), end: isoDate(year, index + 1) };
}

export function yearPeriod(year: number): SummaryPeriod {
  if (!Number.isInteger(year) || year < 1900 || year > 9998) {
    throw ValidationFailed.field('year', 'must be a year between 1900 and 9998');
  }
  return { period: 'year', start: isoDate(year, 0), end: isoDate(year + 1, 0) };
}

/** The calendar month (UTC) before the one `at` falls in: what the run on the 1st summarizes. */
export function previousMonth(at: Date): SummaryPeriod {
  const start = isoDate(at.getUTCFullYear(), at.getUTCMonth() - 1);
  return monthPeriod(start.slice(0, 7));
}

/** The period's bounds as instants, for comparing with `received_at`. */
export function periodBounds(p: Pick<SummaryPeriod, 'start' | 'end'>): { from: Date; to: Date } {
  return { from: new Date(`${p.start}T00:00:00Z`), to: new Date(`${p.end}T00:00:00Z`) };
}

/** "November 2026" for a month (in the reader's language), "2026" for a year. */
export function periodLabel(p: Pick<SummaryPeriod, 'period' | 'start'>, locale: string): string {
  const start = new Date(`${p.start}T00:00:00Z`);
  if (p.period === 'year') return String(start.getUTCFullYear());
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(start);
}
