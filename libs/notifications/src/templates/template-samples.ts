import type { NameParts, TemplateKind } from '@steward/domain';
import { thankYouContext, type ThankYouFacts } from '../rendering/thank-you-renderer';
import { tributeNoticeContext, type TributeNoticeFacts } from '../rendering/tribute-notice';

/**
 * A context a template is rendered with on save. `strict` ones carry every variable of the kind, so a
 * misspelt or unknown variable is refused; the others leave the optional parts out, to exercise the
 * branches where they are absent (a helper that throws there is refused too, but a missing value just
 * renders empty, as it would when sent).
 */
export interface TemplateSample {
  label: string;
  strict: boolean;
  context: Record<string, unknown>;
}

const ANA: NameParts = { kind: 'individual', firstName: 'Ana', lastName: 'Rivera', preferredName: null };

const THANK_YOU: ThankYouFacts = {
  treatment: 'thank_you',
  organizationName: 'Casa Esperanza',
  donor: ANA,
  locale: 'en-US',
  amount: 25000,
  currency: 'USD',
  receivedAt: new Date('2026-03-14T15:00:00Z'),
  fund: {
    name: 'Scholarships',
    impactStatement: 'Your gift puts a first-generation student in a classroom this fall.',
  },
  signature: 'Maya Chen, Director of Development',
  receipt: { number: '2026-000042', goodsServicesValue: null, goodsServicesDescription: null },
  personalNote: 'It was lovely to see you at the spring breakfast.',
  anonymous: false,
  tribute: { type: 'in_memory', name: 'Rosa Rivera' },
  installment: { frequency: 'monthly' },
  giving: {
    yearToDate: 75000n,
    lifetime: 310000n,
    giftCount: 9,
    firstGiftAt: new Date('2021-03-02T12:00:00Z'),
  },
  unsubscribeUrl: 'https://steward.example/unsubscribe/sample',
};

const TRIBUTE: TributeNoticeFacts = {
  organizationName: 'Casa Esperanza',
  recipientName: 'The Rivera family',
  tribute: { type: 'in_memory', name: 'Rosa Rivera' },
  donor: ANA,
  anonymous: false,
  fund: { name: 'Scholarships' },
  signature: 'Maya Chen, Director of Development',
};

const SUMMARY = {
  organizationName: 'Casa Esperanza',
  greetingName: 'Ana',
  donor: ANA,
  yearEnd: false,
  periodLabel: 'March 2026',
  gifts: [
    { receivedOn: 'March 1, 2026', amount: '$25.00', fundName: 'Scholarships', receiptNumber: '2026-000031' },
    {
      receivedOn: 'March 15, 2026',
      amount: '$25.00',
      fundName: 'Scholarships',
      receiptNumber: '2026-000057',
    },
  ],
  totals: ['$50.00'],
  taxStatement: null,
  signature: 'Maya Chen, Director of Development',
  unsubscribeUrl: 'https://steward.example/unsubscribe/sample',
  locale: 'en-US',
};

/** Sample data per kind; the first sample of each kind is the one the live preview shows. */
export const TEMPLATE_SAMPLES: Record<TemplateKind, TemplateSample[]> = {
  thank_you: [
    {
      label: 'a monthly donor of $250.00 to Scholarships, in memory of Rosa Rivera',
      strict: true,
      context: thankYouContext(THANK_YOU),
    },
    {
      label: 'a first gift, anonymous, in honor of someone',
      strict: true,
      context: thankYouContext({
        ...THANK_YOU,
        treatment: 'first_gift',
        anonymous: true,
        tribute: { type: 'in_honor', name: 'Luis Rivera' },
      }),
    },
    {
      label: 'a lapsed donor welcomed back',
      strict: true,
      context: thankYouContext({ ...THANK_YOU, treatment: 'welcome_back' }),
    },
    {
      label: 'an organization in French, with no fund, receipt, tribute or history',
      strict: false,
      context: thankYouContext({
        treatment: 'first_gift',
        organizationName: 'Casa Esperanza',
        donor: { kind: 'organization', organizationName: 'Fondation Rivera' },
        locale: 'fr-CA',
        amount: 100000,
        currency: 'CAD',
        receivedAt: new Date('2026-06-01T12:00:00Z'),
        fund: null,
        signature: 'The team at Casa Esperanza',
        receipt: null,
      }),
    },
  ],
  tribute_notification: [
    { label: 'a gift in memory of Rosa Rivera', strict: true, context: tributeNoticeContext(TRIBUTE) },
    {
      label: 'an anonymous gift in honor of Luis Rivera',
      strict: true,
      context: tributeNoticeContext({
        ...TRIBUTE,
        tribute: { type: 'in_honor', name: 'Luis Rivera' },
        anonymous: true,
      }),
    },
    {
      label: 'a gift with no fund',
      strict: false,
      context: tributeNoticeContext({ ...TRIBUTE, fund: null }),
    },
  ],
  giving_summary: [
    { label: 'two monthly gifts in March', strict: true, context: SUMMARY },
    {
      label: 'the year-end summary',
      strict: true,
      context: {
        ...SUMMARY,
        yearEnd: true,
        periodLabel: '2026',
        totals: ['$50.00', 'CA$100.00'],
        taxStatement: 'No goods or services were provided in exchange for these contributions.',
      },
    },
  ],
};
