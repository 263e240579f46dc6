import { usReceiptStatement, type ReceiptFacts } from './us-receipt';

const base: ReceiptFacts = {
  receiptNumber: '2026-000042',
  organizationName: 'Casa Esperanza',
  amount: 30000,
  currency: 'USD',
  goodsServicesValue: null,
  goodsServicesDescription: null,
  locale: 'en-US',
};

describe('US receipt statement', () => {
  it('states that no goods or services were provided for a gift of $250 or more', () => {
    expect(usReceiptStatement(base)).toBe(
      'Receipt 2026-000042. Casa Esperanza received your contribution of $300.00. ' +
        'No goods or services were provided in exchange for this contribution.',
    );
    expect(usReceiptStatement({ ...base, amount: 25000 })).toContain('No goods or services');
  });

  it('asks for nothing below $250 without goods or services', () => {
    expect(usReceiptStatement({ ...base, amount: 24999 })).toBeNull();
  });

  it('discloses the deductible part of a quid-pro-quo payment above $75', () => {
    const text = usReceiptStatement({
      ...base,
      amount: 15000,
      goodsServicesValue: 6000,
      goodsServicesDescription: 'a gala dinner',
    });
    expect(text).toContain(
      'In exchange you received a gala dinner, with a good-faith estimated value of $60.00.',
    );
    expect(text).toContain('limited to the excess of your payment over that value: $90.00.');
    expect(usReceiptStatement({ ...base, amount: 7500, goodsServicesValue: 2000 })).toBeNull();
  });

  it('leaves gifts in other currencies to their own rules', () => {
    expect(usReceiptStatement({ ...base, currency: 'EUR' })).toBeNull();
  });
});
