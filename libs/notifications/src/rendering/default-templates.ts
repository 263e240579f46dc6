import type { TemplateKind } from '@steward/domain';

/** The three parts of a message template, as handlebars source. */
export interface TemplateSource {
  subject: string;
  text: string;
  html: string;
}

/**
 * The thank-you every tenant starts with (version 0), until it saves its own. One template covers every
 * treatment through conditionals. `{{ }}` escapes constituent data; the HTML is deliberately plain so
 * mail clients render it well.
 */
export const DEFAULT_THANK_YOU: TemplateSource = {
  subject: 'Thank you, {{greetingName}}',
  text: `Dear {{greetingName}},
{{#if firstGift}}

Welcome! Your first gift makes you part of {{organizationName}}, and we are so glad you are here.
{{/if}}
{{#if welcomeBack}}

It is wonderful to have you back. Your support means a great deal to {{organizationName}}.
{{/if}}
{{#if personalNote}}

{{personalNote}}
{{/if}}

Thank you for your gift of {{amount}}{{#if fund}} to {{fund.name}}{{/if}}, received on {{receivedOn}}.
{{#if tribute}}
{{#if tribute.inMemory}}Your gift honors the memory of {{tribute.name}}.{{else}}Your gift was made in honor of {{tribute.name}}.{{/if}}
{{/if}}
{{#if installment}}
Thank you for giving every {{installment.period}}: steady support like yours lets us plan ahead.
{{/if}}
{{#if fund.impactStatement}}

{{fund.impactStatement}}
{{/if}}
{{#if firstGiftAnniversary}}

This month marks {{firstGiftAnniversary.years}} {{plural firstGiftAnniversary.years "year" "years"}} since your first gift to {{organizationName}}. Thank you for standing with us.
{{/if}}
{{#if showTotals}}

Your giving this year: {{yearToDate}}.{{#if showLifetime}} Since your first gift: {{lifetime}}.{{/if}}
{{/if}}
{{#if anonymous}}

As you asked, your gift will remain anonymous: we will not name you publicly.
{{/if}}

Gifts like yours keep {{organizationName}} going, and we are grateful.

With thanks,
{{signature}}
{{#if receiptStatement}}

{{receiptStatement}}
{{/if}}
`,
  html: `<!doctype html>
<html><body style="font-family: Georgia, serif; line-height: 1.5; color: #222;">
<p>Dear {{greetingName}},</p>
{{#if firstGift}}<p>Welcome! Your first gift makes you part of {{organizationName}}, and we are so glad you are here.</p>{{/if}}
{{#if welcomeBack}}<p>It is wonderful to have you back. Your support means a great deal to {{organizationName}}.</p>{{/if}}
{{#if personalNote}}<p>{{personalNote}}</p>{{/if}}
<p>Thank you for your gift of <strong>{{amount}}</strong>{{#if fund}} to {{fund.name}}{{/if}}, received on {{receivedOn}}.
{{#if tribute}}{{#if tribute.inMemory}}Your gift honors the memory of {{tribute.name}}.{{else}}Your gift was made in honor of {{tribute.name}}.{{/if}}{{/if}}
{{#if installment}}Thank you for giving every {{installment.period}}: steady support like yours lets us plan ahead.{{/if}}</p>
{{#if fund.impactStatement}}<p>{{fund.impactStatement}}</p>{{/if}}
{{#if firstGiftAnniversary}}<p>This month marks {{firstGiftAnniversary.years}} {{plural firstGiftAnniversary.years "year" "years"}} since your first gift to {{organizationName}}. Thank you for standing with us.</p>{{/if}}
{{#if showTotals}}<p>Your giving this year: {{yearToDate}}.{{#if showLifetime}} Since your first gift: {{lifetime}}.{{/if}}</p>{{/if}}
{{#if anonymous}}<p>As you asked, your gift will remain anonymous: we will not name you publicly.</p>{{/if}}
<p>Gifts like yours keep {{organizationName}} going, and we are grateful.</p>
<p>With thanks,<br>{{signature}}</p>
{{#if receiptStatement}}<p style="font-size: 0.9em; color: #555;">{{receiptStatement}}</p>{{/if}}
{{#if unsubscribeUrl}}<p style="font-size: 0.8em; color: #777;"><a href="{{unsubscribeUrl}}">Unsubscribe</a> from these emails.</p>{{/if}}
</body></html>
`,
};

/**
 * To the person a tribute gift names (the honoree, or the family of the one remembered). It never
 * states the amount, and names the donor only when the gift is not anonymous.
 */
export const DEFAULT_TRIBUTE_NOTIFICATION: TemplateSource = {
  subject:
    '{{#if inMemory}}A gift in memory of {{tributeName}}{{else}}A gift in honor of {{tributeName}}{{/if}}',
  text: `Dear {{recipientName}},

{{#if anonymous}}A friend of {{organizationName}}{{else}}{{donorName}}{{/if}} has made a gift to {{organizationName}}{{#if fund}} for {{fund.name}}{{/if}} {{#if inMemory}}in memory of {{tributeName}}{{else}}in honor of {{tributeName}}{{/if}}.
{{#if inMemory}}

Please accept our deepest sympathy. We are grateful that {{tributeName}}'s memory lives on through this gift.
{{/if}}

With warm regards,
{{signature}}
`,
  html: `<!doctype html>
<html><body style="font-family: Georgia, serif; line-height: 1.5; color: #222;">
<p>Dear {{recipientName}},</p>
<p>{{#if anonymous}}A friend of {{organizationName}}{{else}}{{donorName}}{{/if}} has made a gift to {{organizationName}}{{#if fund}} for {{fund.name}}{{/if}} {{#if inMemory}}in memory of {{tributeName}}{{else}}in honor of {{tributeName}}{{/if}}.</p>
{{#if inMemory}}<p>Please accept our deepest sympathy. We are grateful that {{tributeName}}'s memory lives on through this gift.</p>{{/if}}
<p>With warm regards,<br>{{signature}}</p>
</body></html>
`,
};

/**
 * A donor's giving over a period: the month's installments thanked together, or the year-end summary
 * (which carries the tax statement and, as a PDF attachment, a printable copy).
 */
export const DEFAULT_GIVING_SUMMARY: TemplateSource = {
  subject:
    '{{#if yearEnd}}Your {{periodLabel}} giving summary{{else}}Thank you for your gifts in {{periodLabel}}{{/if}}',
  text: `Dear {{greetingName}},

{{#if yearEnd}}Thank you for your generosity to {{organizationName}} in {{periodLabel}}. Here is a summary of your gifts for your records.{{else}}Thank you for your {{plural gifts.length "gift" "gifts"}} to {{organizationName}} in {{periodLabel}}.{{/if}}

{{#each gifts}}
- {{this.receivedOn}}: {{this.amount}}{{#if this.fundName}} ({{this.fundName}}){{/if}}{{#if this.receiptNumber}}, receipt {{this.receiptNumber}}{{/if}}
{{/each}}

Total: {{#each totals}}{{this}}{{#unless @last}}; {{/unless}}{{/each}}
{{#if taxStatement}}

{{taxStatement}}
{{/if}}

With thanks,
{{signature}}
`,
  html: `<!doctype html>
<html><body style="font-family: Georgia, serif; line-height: 1.5; color: #222;">
<p>Dear {{greetingName}},</p>
<p>{{#if yearEnd}}Thank you for your generosity to {{organizationName}} in {{periodLabel}}. Here is a summary of your gifts for your records.{{else}}Thank you for your {{plural gifts.length "gift" "gifts"}} to {{organizationName}} in {{periodLabel}}.{{/if}}</p>
<table style="border-collapse: collapse;">
{{#each gifts}}<tr><td style="padding: 2px 12px 2px 0;">{{this.receivedOn}}</td><td style="padding: 2px 12px 2px 0; text-align: right;">{{this.amount}}</td><td style="padding: 2px 12px 2px 0;">{{this.fundName}}</td><td>{{this.receiptNumber}}</td></tr>
{{/each}}
</table>
<p><strong>Total: {{#each totals}}{{this}}{{#unless @last}}; {{/unless}}{{/each}}</strong></p>
{{#if taxStatement}}<p style="font-size: 0.9em; color: #555;">{{taxStatement}}</p>{{/if}}
<p>With thanks,<br>{{signature}}</p>
{{#if unsubscribeUrl}}<p style="font-size: 0.8em; color: #777;"><a href="{{unsubscribeUrl}}">Unsubscribe</a> from these emails.</p>{{/if}}
</body></html>
`,
};

/** Steward's own wording per template kind: version 0, used until a tenant saves its own. */
export const BUILT_IN_TEMPLATES: Record<TemplateKind, TemplateSource> = {
  thank_you: DEFAULT_THANK_YOU,
  tribute_notification: DEFAULT_TRIBUTE_NOTIFICATION,
  giving_summary: DEFAULT_GIVING_SUMMARY,
};
