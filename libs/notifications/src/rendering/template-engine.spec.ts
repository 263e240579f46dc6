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
