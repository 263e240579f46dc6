import { createTemplateEngine } from './template-engine';

describe('the money helper', () => {
  const render = (source: string, context: Record<string, unknown>) =>
    createTemplateEngine().compile(source, { strict: true })(context);

  it('formats a total beyond 2^53 minor units to the cent', () => {
    expect(render('{{money total "USD"}}', { total: 9007199254740993n })).toBe('$90,071,992,547,409.93');
    expect(render('{{money total "USD"}}', { total: '9007199254740993' })).toBe('$90,071,992,547,409.93');
  });

  it('formats an amount in the reader’s locale', () => {
    expect(render('{{money amount "EUR" "fr-FR"}}', { amount: 30000 })).toBe('300,00\u00a0€');
  });

  it('refuses what is not a whole number of minor units, so such a template fails on save', () => {
    expect(() => render('{{money amount "USD"}}', { amount: 12.5 })).toThrow('integer number of minor units');
  });
});
