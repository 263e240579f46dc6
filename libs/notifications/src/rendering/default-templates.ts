/**
 * The thank-you every tenant starts with. Until templates are editable per tenant, this is the voice.
 * `{{ }}` escapes constituent data; the HTML part is deliberately simple so mail clients render it well.
 */
export const DEFAULT_THANK_YOU = {
  subject: 'Thank you, {{greetingName}}',
  text: `Dear {{greetingName}},
{{#if firstGift}}

Welcome! Your first gift makes you part of {{organizationName}}, and we are so glad you are here.
{{/if}}
{{#if welcomeBack}}

It is wonderful to have you back. Your support means a great deal to {{organizationName}}.
{{/if}}

Thank you for your gift of {{amount}}{{#if fund}} to {{fund.name}}{{/if}}, received on {{receivedOn}}.
{{#if fund.impactStatement}}

{{fund.impactStatement}}
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
<p>Thank you for your gift of <strong>{{amount}}</strong>{{#if fund}} to {{fund.name}}{{/if}}, received on {{receivedOn}}.</p>
{{#if fund.impactStatement}}<p>{{fund.impactStatement}}</p>{{/if}}
<p>Gifts like yours keep {{organizationName}} going, and we are grateful.</p>
<p>With thanks,<br>{{signature}}</p>
{{#if receiptStatement}}<p style="font-size: 0.9em; color: #555;">{{receiptStatement}}</p>{{/if}}
</body></html>
`,
};
