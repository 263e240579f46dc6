import { greetingName, Money, type AcknowledgementTreatment, type NameParts } from '@steward/domain';
import type { TemplateDelegate } from 'handlebars';
import { usReceiptStatement } from '../receipts/us-receipt';
import { DEFAULT_THANK_YOU } from './default-templates';
import { createTemplateEngine } from './template-engine';

/** Everything a thank-you may say, loaded in one query by the acknowledgement repository. */
export interface ThankYouFacts {
  treatment: AcknowledgementTreatment;
  organizationName: string;
  donor: NameParts;
  locale: string;
  amount: number;
  currency: string;
  receivedAt: Date;
  fund: { name: string; impactStatement: string | null } | null;
  /** The relationship manager's (or the organization's) sign-off. */
  signature: string;
  receipt: {
    number: string;
    goodsServicesValue: number | null;
    goodsServicesDescription: string | null;
  } | null;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

interface CompiledTemplate {
  subject: TemplateDelegate;
  text: TemplateDelegate;
  html: TemplateDelegate;
}

/** Renders thank-yous. Templates compile once per renderer, not per message. */
export class ThankYouRenderer {
  private readonly compiled: CompiledTemplate;

  constructor(source = DEFAULT_THANK_YOU) {
    const hbs = createTemplateEngine();
    this.compiled = {
      subject: hbs.compile(source.subject, { noEscape: true }),
      text: hbs.compile(source.text, { noEscape: true }),
      html: hbs.compile(source.html),
    };
  }

  render(facts: ThankYouFacts): RenderedMessage {
    const context = {
      greetingName: greetingName(facts.donor),
      amount: Money.of(facts.amount, facts.currency).format(facts.locale),
      receivedOn: new Intl.DateTimeFormat(facts.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        facts.receivedAt,
      ),
      fund: facts.fund,
      organizationName: facts.organizationName,
      firstGift: facts.treatment === 'first_gift',
      welcomeBack: facts.treatment === 'welcome_back',
      signature: facts.signature,
      receiptStatement: facts.receipt
        ? usReceiptStatement({
            receiptNumber: facts.receipt.number,
            organizationName: facts.organizationName,
            amount: facts.amount,
            currency: facts.currency,
            goodsServicesValue: facts.receipt.goodsServicesValue,
            goodsServicesDescription: facts.receipt.goodsServicesDescription,
            locale: facts.locale,
          })
        : null,
    };
    return {
      // The subject is a header, not HTML: unescaped, and on one line so it cannot inject headers.
      subject: this.compiled.subject(context).replace(/[\r\n]+/g, ' '),
      text: this.compiled.text(context),
      html: this.compiled.html(context),
    };
  }
}
