/** Display helpers: amounts in minor units, dates, durations. The browser's locale decides the look. */

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** 500000 USD → "$5,000.00": the currency's own number of decimals says where the minor unit sits. */
export function money(amount: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    moneyFormats.set(currency, format);
  }
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}

export const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "3 hours ago", "in 2 days": the largest unit that fits. */
export function fromNow(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return relative.format(seconds, 'second');
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
  return relative.format(Math.round(seconds / 86_400), 'day');
}

/** 45 → "45 s", 300 → "5 min", 9000 → "2 h 30 min", 172800 → "2 days". */
export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.round(s / 60)} min`;
  if (s < 86_400) {
    const h = Math.floor(s / 3600);
    const m = Math.round((s % 3600) / 60);
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  const days = s / 86_400;
  return `${Number.isInteger(days) ? days : days.toFixed(1)} days`;
}

export const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
