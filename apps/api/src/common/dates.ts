import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * The one date type and the one date-time type of the API. They accept exactly the forms that
 * PostgreSQL stores and `new Date` reads to the same instant on every server, whatever its time zone:
 * ISO 8601 has many more (week dates, ordinal dates, basic format, local times) that it cannot.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** Years Steward reads and writes: four digits, from 0001 (there is no year 0) to 9999. */
const FIRST_INSTANT = utcTime(1, 1, 1, 0, 0, 0, 0);
const LAST_INSTANT = utcTime(9999, 12, 31, 23, 59, 59, 999);

function utcTime(y: number, m: number, d: number, hh: number, mm: number, ss: number, ms: number): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, takes years below 100 as they are.
  date.setUTCFullYear(y, m - 1, d);
  date.setUTCHours(hh, mm, ss, ms);
  return date.getTime();
}

function isRealDay(y: number, m: number, d: number): boolean {
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= days;
}

/** `2026-11-23`: a real calendar day of the years 0001 to 9999. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * `2026-11-23T10:00:00Z` or `2026-11-23T10:00:00.123-05:00` (RFC 3339): a real day and time with a
 * UTC offset, between 0001-01-01 and 9999-12-31 in UTC. Fractions beyond milliseconds are dropped.
 */
export function isDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [y, mo, d, hh, mi, ss] = m.slice(1, 7).map(Number);
  if (!isRealDay(y, mo, d) || hh > 23 || mi > 59 || ss > 59) return false;
  const offsetHours = m[9] === undefined ? 0 : Number(m[9]);
  const offsetMinutes = m[10] === undefined ? 0 : Number(m[10]);
  if (offsetHours > 23 || offsetMinutes > 59) return false;
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  const sign = m[8] === '-' ? -1 : 1;
  const instant = utcTime(y, mo, d, hh, mi, ss, ms) - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  if (instant < FIRST_INSTANT || instant > LAST_INSTANT) return false;
  // The reading the services rely on: `new Date(value)` must land on that same instant.
  return new Date(value).getTime() === instant;
}

/** A date field: `YYYY-MM-DD`, documented as OpenAPI `format: date`. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
      { name: 'isCalendarDate', validator: { validate: isCalendarDate } },
      { message: '$property must be a real date as YYYY-MM-DD, such as 2026-11-23', ...options },
    ),
    ApiProperty({ type: String, format: 'date' }),
  );
}

/** A date-time field: RFC 3339 with `Z` or an offset, documented as OpenAPI `format: date-time`. */
export function IsDateTime(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
      { name: 'isDateTime', validator: { validate: isDateTime } },
      {
        message:
          '$property must be a date and time with a UTC offset, such as 2026-11-23T10:00:00Z or 2026-11-23T10:00:00-05:00',
        ...options,
      },
    ),
    ApiProperty({ type: String, format: 'date-time' }),
  );
}
