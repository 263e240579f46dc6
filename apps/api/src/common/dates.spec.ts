import { isCalendarDate, isDateTime } from './dates';

describe('the API date-time type', () => {
  it.each([
    '2026-11-23T10:00:00Z',
    '2026-11-23T10:00:00.5Z',
    '2026-11-23T10:00:00.123456789-05:00',
    '2024-02-29T23:59:59+14:00',
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59.999Z',
  ])('accepts %s, which new Date reads to the same instant', (value) => {
    expect(isDateTime(value)).toBe(true);
  });

  it.each([
    ['a week date', '2026-W48-1'],
    ['an ordinal date', '2026-327'],
    ['the basic format', '20261123T100000Z'],
    ['a day that does not exist', '2027-02-31T00:00:00Z'],
    ['February 29 of a common year', '2023-02-29T12:00:00Z'],
    ['a local time (no offset: it depends on the server)', '2026-11-23T10:00:00'],
    ['a date alone', '2026-11-23'],
    ['hour 24', '2026-11-23T24:00:00Z'],
    ['a leap second', '2026-12-31T23:59:60Z'],
    ['an offset of 24 hours', '2026-11-23T10:00:00+24:00'],
    ['year 0', '0000-06-01T00:00:00Z'],
    ['an instant before year 1 in UTC', '0001-01-01T00:00:00+01:00'],
    ['an instant after 9999 in UTC', '9999-12-31T23:30:00-01:00'],
    ['an expanded year', '+002026-11-23T10:00:00Z'],
    ['lower-case separators', '2026-11-23t10:00:00z'],
    ['a space for T', '2026-11-23 10:00:00Z'],
  ])('refuses %s (%s)', (_what, value) => {
    expect(isDateTime(value)).toBe(false);
  });
});

describe('the API date type', () => {
  it.each(['2026-11-23', '2024-02-29', '0001-01-01', '9999-12-31'])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each(['2027-02-31', '2023-02-29', '0000-01-01', '2026-13-01', '2026-1-1', '2026-11-23T00:00:00Z', ''])(
    'refuses %s',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );
});
