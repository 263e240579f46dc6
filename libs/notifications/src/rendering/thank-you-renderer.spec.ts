import { ThankYouRenderer, type ThankYouFacts } from './thank-you-renderer';

const facts: ThankYouFacts = {
  treatment: 'thank_you',
  organizationName: 'Casa Esperanza',
  donor: { kind: 'individual', firstName: 'Ana', lastName: 'Rivera', preferredName: 'Annie' },
  locale: 'en-US',
  amount: 30000,
  currency: 'USD',
  receivedAt: new Date('2026-11-20T15:00:00Z'),
  fund: { name: 'Scholarships', impactStatement: null },
  signature: 'Maya Chen, Director of Development',
  receipt: null,
};

describe('ThankYouRenderer', () => {
  const renderer = new ThankYouRenderer();

  it('greets by preferred name and formats the amount for the donor locale', () => {
    const message = renderer.render(facts);
    expect(message.subject).toBe('Thank you, Annie');
    expect(message.text).toContain(
      'Thank you for your gift of $300.00 to Scholarships, received on November 20, 2026.',
    );
    expect(message.text).toContain('Maya Chen, Director of Development');
    expect(renderer.render({ ...facts, locale: 'fr-FR' }).text).toContain('300,00\u00a0$US');
  });

  it('adds the US receipt statement when the gift calls for one', () => {
    const message = renderer.render({
      ...facts,
      receipt: { number: '2026-000007', goodsServicesValue: null, goodsServicesDescription: null },
    });
    expect(message.text).toContain(
      'Receipt 2026-000007. Casa Esperanza received your contribution of $300.00.',
    );
    expect(message.html).toContain('No goods or services were provided in exchange for this contribution.');
  });

  it('thanks an organization by its name', () => {
    const message = renderer.render({
      ...facts,
      donor: { kind: 'organization', organizationName: 'Rivera & Sons' },
    });
    expect(message.subject).toBe('Thank you, Rivera & Sons');
    expect(message.html).toContain('Dear Rivera &amp; Sons,');
  });

  it('keeps a subject on one line whatever the donor name holds', () => {
    const message = renderer.render({
      ...facts,
      donor: { kind: 'individual', preferredName: 'Ann\r\nBcc: x@evil.test' },
    });
    expect(message.subject).not.toMatch(/[\r\n]/);
  });
});

describe('the default thank-you text', () => {
  it('keeps paragraphs apart with and without an impact statement', () => {
    const renderer = new ThankYouRenderer();
    const plain = renderer.render(facts).text;
    expect(plain).toContain('November 20, 2026.\n\nGifts like yours');
    const withImpact = renderer.render({
      ...facts,
      fund: { name: 'Scholarships', impactStatement: 'It matters.' },
    }).text;
    expect(withImpact).toContain('November 20, 2026.\n\nIt matters.\n\nGifts like yours');
  });
});
