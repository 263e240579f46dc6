import { createTemplateEngine, formatName } from './template-engine';

describe('the name helper', () => {
  const hbs = createTemplateEngine();
  const render = (source: string, context: object) => hbs.compile(source, { strict: true })(context);
  const ana = { kind: 'individual', firstName: 'Ana', lastName: 'Rivera', preferredName: 'Annie' };

  it('names a person in full, by greeting, or by one part', () => {
    expect(render('{{name donor}}', { donor: ana })).toBe('Annie Rivera');
    expect(render('{{name donor "greeting"}}', { donor: { ...ana, informalSalutation: 'Dr. Ana' } })).toBe(
      'Dr. Ana',
    );
    expect(render('{{name donor "first"}}/{{name donor "last"}}', { donor: ana })).toBe('Annie/Rivera');
  });

  it('names an organization by its name whatever the style', () => {
    const org = { kind: 'organization', organizationName: 'Rivera & Sons' };
    expect(render('{{name donor "last"}}', { donor: org })).toBe('Rivera &amp; Sons');
    expect(formatName(org, 'greeting')).toBe('Rivera & Sons');
  });

  it('trims a plain string and renders nothing for a missing name', () => {
    expect(render('[{{name who}}]', { who: '  Rosa Rivera ' })).toBe('[Rosa Rivera]');
    expect(render('[{{name who}}]', { who: null })).toBe('[]');
  });

  it('refuses an unknown style, so a misspelt template fails on save', () => {
    expect(() => render('{{name donor "nick"}}', { donor: ana })).toThrow(
      'name: unknown style "nick"; use full, greeting, first, last',
    );
  });
});

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
