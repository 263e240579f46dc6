import {
  greetingName,
  formatMinorUnits,
  type AcknowledgementTreatment,
  type NameParts,
  type RecurringFrequency,
  type TributeType,
} from '@steward/domain';
import type { TemplateDelegate } from 'handlebars';
import { usReceiptStatement } from '../receipts/us-receipt';
import { DEFAULT_THANK_YOU, type TemplateSource } from './default-templates';
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
  /** Written by the reviewer of a held acknowledgement. */
  personalNote?: string | null;
  anonymous?: boolean;
  tribute?: { type: TributeType; name: string } | null;
  installment?: { frequency: RecurringFrequency } | null;
  /** The donor's giving in this gift's currency, this gift included; totals are bigints, always exact. */
  giving?: { yearToDate: bigint; lifetime: bigint; giftCount: number; firstGiftAt: Date | null } | null;
  /** Present on mail that is not transactional: where the donor can opt out. */
  unsubscribeUrl?: string | null;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

export interface CompiledTemplate {
  subject: TemplateDelegate;
  text: TemplateDelegate;
  html: TemplateDelegate;
}

const engine = createTemplateEngine();

/**
 * Compiles a template's three parts. Handlebars compiles lazily, so a broken template surfaces on its
 * first render: validate a template by rendering it (see the template service), not by compiling it.
 */
export function compileTemplate(source: TemplateSource): CompiledTemplate {
  return {
    subject: engine.compile(source.subject, { noEscape: true, strict: false }),
    text: engine.compile(source.text, { noEscape: true }),
    html: engine.compile(source.html),
  };
}

/** Renders a compiled template. The subject is a header: on one line, so it cannot inject headers. */
export function renderTemplate(compiled: CompiledTemplate, context: object): RenderedMessage {
  return {
    subject: compiled
      .subject(context)
      .replace(/[\r\n]+/g, ' ')
      .trim(),
    text: compiled.text(context),
    html: compiled.html(context),
  };
}

const PERIOD_OF_FREQUENCY: Record<RecurringFrequency, string> = {
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  annually: 'year',
};

/** The variables a thank-you template can use, computed from the facts. */
export function thankYouContext(facts: ThankYouFacts): Record<string, unknown> {
  const money = (minor: number | bigint) => formatMinorUnits(minor, facts.currency, facts.locale);
  const giving = facts.giving ?? null;
  return {
    greetingName: greetingName(facts.donor),
    // For the name helper: {{name donor}}, {{name donor "first"}}.
    donor: facts.donor,
    locale: facts.locale,
    amount: money(facts.amount),
    receivedOn: new Intl.DateTimeFormat(facts.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      facts.receivedAt,
    ),
    fund: facts.fund,
    organizationName: facts.organizationName,
    firstGift: facts.treatment === 'first_gift',
    welcomeBack: facts.treatment === 'welcome_back',
    signature: facts.signature,
    personalNote: facts.personalNote?.trim() || null,
    anonymous: facts.anonymous ?? false,
    tribute: facts.tribute
      ? {
          ...facts.tribute,
          inHonor: facts.tribute.type === 'in_honor',
          inMemory: facts.tribute.type === 'in_memory',
        }
      : null,
    installment: facts.installment ? { period: PERIOD_OF_FREQUENCY[facts.installment.frequency] } : null,
    yearToDate: giving ? money(giving.yearToDate) : null,
    lifetime: giving ? money(giving.lifetime) : null,
    giftCount: giving?.giftCount ?? 1,
    // Totals say something only once there is more than this gift to add up.
    showTotals: (giving?.giftCount ?? 1) > 1,
    // "Since your first gift" says something new only when earlier years add to it.
    showLifetime: giving !== null && giving.lifetime > giving.yearToDate,
    firstGiftAnniversary: firstGiftAnniversary(giving?.firstGiftAt ?? null, facts.receivedAt),
    receiptNumber: facts.receipt?.number ?? null,
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
    unsubscribeUrl: facts.unsubscribeUrl ?? null,
  };
}

/** A gift received in the month of a whole-year anniversary of the donor's first gift. */
export function firstGiftAnniversary(firstGiftAt: Date | null, receivedAt: Date): { years: number } | null {
  if (!firstGiftAt) return null;
  const years = receivedAt.getUTCFullYear() - firstGiftAt.getUTCFullYear();
  if (years < 1 || receivedAt.getUTCMonth() !== firstGiftAt.getUTCMonth()) return null;
  return { years };
}

/** Renders thank-yous from one template source; compiled once per renderer, not per message. */
export class ThankYouRenderer {
  private readonly compiled: CompiledTemplate;

  constructor(source: TemplateSource = DEFAULT_THANK_YOU) {
    this.compiled = compileTemplate(source);
  }

  render(facts: ThankYouFacts): RenderedMessage {
    return renderTemplate(this.compiled, thankYouContext(facts));
  }
}
