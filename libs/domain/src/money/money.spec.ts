import { ValidationFailed } from '../common/errors';
import { formatMinorUnits, Money } from './money';

describe('Money', () => {
  it('formats minor units in the reader locale', () => {
    expect(Money.of(30000, 'USD').format('en-US')).toBe('$300.00');
    expect(Money.of(1234, 'JPY').format('en-US')).toBe('¥1,234');
    expect(Money.of(123456, 'EUR').format('de-DE')).toBe('1.234,56\u00a0€');
  });

  it('refuses fractional amounts and unknown currencies naming the field', () => {
    expect(() => Money.of(10.5, 'USD')).toThrow(ValidationFailed);
    try {
      Money.of(100, 'ZZZ');
    } catch (e) {
      expect((e as ValidationFailed).problems[0].field).toBe('currency');
    }
    expect.assertions(2);
  });

  it('falls back to en-US for an unusable locale', () => {
    expect(Money.of(500, 'USD').format('not a locale!')).toBe('$5.00');
  });
});

describe('formatMinorUnits', () => {
  it('formats totals beyond the exact range of a float to the last cent', () => {
    // 2^53 + 1 cents: as a float this would print ...740,992.00.
    expect(formatMinorUnits(9007199254740993n, 'USD')).toBe('$90,071,992,547,409.93');
    expect(formatMinorUnits(10n ** 20n + 7n, 'JPY')).toBe('¥100,000,000,000,000,000,007');
    expect(formatMinorUnits(5n, 'KWD')).toBe('KWD\u00a00.005');
    expect(formatMinorUnits(-250, 'USD')).toBe('-$2.50');
  });

  it('refuses a number that is not an exact count of minor units', () => {
    expect(() => formatMinorUnits(2 ** 53 + 2, 'USD')).toThrow(RangeError);
    expect(() => formatMinorUnits(1.5, 'USD')).toThrow(RangeError);
  });
});
