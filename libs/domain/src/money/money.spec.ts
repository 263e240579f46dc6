import { ValidationFailed } from '../common/errors';
import { Money } from './money';

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
