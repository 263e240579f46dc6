import { TEMPLATE_KINDS, ValidationFailed, type TemplateKind } from '@steward/domain';
import { BUILT_IN_TEMPLATES, type TemplateSource } from '../rendering/default-templates';
import { previewTemplate, validateTemplate } from './template-validation';

function problemsOf(kind: TemplateKind, source: TemplateSource) {
  try {
    validateTemplate(kind, source);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    return error.problems;
  }
}

const ok: TemplateSource = {
  subject: 'Thank you, {{greetingName}}',
  text: 'Dear {{greetingName}}',
  html: '<p>{{amount}}</p>',
};

describe('validateTemplate', () => {
  it.each(TEMPLATE_KINDS)('accepts the built-in %s', (kind) => {
    expect(problemsOf(kind, BUILT_IN_TEMPLATES[kind])).toEqual([]);
  });

  it('names the part with a syntax error and gives the handlebars message', () => {
    const problems = problemsOf('thank_you', { ...ok, text: 'Dear {{#if greetingName}}{{greetingName}' });
    expect(problems).toHaveLength(1);
    expect(problems[0].field).toBe('text');
    expect(problems[0].message).toContain('Parse error on line 1');
  });

  it('refuses triple-stash in any part, saying why', () => {
    for (const part of ['subject', 'text', 'html'] as const) {
      const problems = problemsOf('thank_you', { ...ok, [part]: 'Hi {{{greetingName}}}' });
      expect(problems).toEqual([
        { field: part, message: expect.stringContaining('constituent data must be escaped') },
      ]);
    }
    expect(problemsOf('thank_you', { ...ok, html: '{{& greetingName}}' })[0].message).toContain(
      'triple-stash',
    );
  });

  it('refuses an unknown helper and an unknown variable', () => {
    expect(problemsOf('thank_you', { ...ok, html: '{{shout greetingName}}' })).toEqual([
      { field: 'html', message: 'unknown helper "shout" (line 1, column 1)' },
    ]);
    expect(problemsOf('thank_you', { ...ok, subject: 'Thanks {{greetingNme}}' })[0]).toMatchObject({
      field: 'subject',
      message: expect.stringContaining('"greetingNme" not defined'),
    });
    // A tribute notice never states the amount: the kind has no such variable.
    expect(
      problemsOf('tribute_notification', {
        ...BUILT_IN_TEMPLATES.tribute_notification,
        text: '{{amount}}',
      })[0].field,
    ).toBe('text');
  });

  it('refuses a helper that throws on the sample data, naming every failing part', () => {
    const problems = problemsOf('thank_you', {
      subject: '{{name donor "nick"}}',
      text: '{{money amount currency}}',
      html: ok.html,
    });
    expect(problems.map((p) => p.field)).toEqual(['subject', 'text']);
    expect(problems[0].message).toContain('unknown style "nick"');
  });

  it('accepts the helpers and optional parts used with care', () => {
    expect(
      problemsOf('thank_you', {
        subject: 'Thank you, {{name donor "first"}}',
        text: '{{#if fund}}{{fund.name}}{{/if}} {{plural giftCount "gift" "gifts"}} {{#if tribute}}{{tribute.name}}{{/if}}',
        html: '<p>{{name donor}}</p>',
      }),
    ).toEqual([]);
  });
});

describe('previewTemplate', () => {
  it('renders the first sample: Ana Rivera, $250.00 to Scholarships', () => {
    const preview = previewTemplate('thank_you', BUILT_IN_TEMPLATES.thank_you);
    expect(preview.subject).toBe('Thank you, Ana');
    expect(preview.text).toContain(
      'Thank you for your gift of $250.00 to Scholarships, received on March 14, 2026.',
    );
    expect(preview.text).toContain('Your gift honors the memory of Rosa Rivera.');
    const summary = previewTemplate('giving_summary', BUILT_IN_TEMPLATES.giving_summary);
    expect(summary.text).toContain('Thank you for your gifts to Casa Esperanza in March 2026.');
  });
});
