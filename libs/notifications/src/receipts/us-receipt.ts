import { Money } from '@steward/domain';

export interface ReceiptFacts {
  receiptNumber: string;
  organizationName: string;
  amount: number;
  currency: string;
  goodsServicesValue: number | null;
  goodsServicesDescription: string | null;
  locale: string;
}

/** IRS: a written acknowledgement is required for a single contribution of $250 or more. */
export const US_WRITTEN_ACKNOWLEDGEMENT_THRESHOLD = 25_000;
/** IRS: a quid-pro-quo payment above $75 needs a disclosure of the deductible part. */
export const US_QUID_PRO_QUO_THRESHOLD = 7_500;

/**
 * The tax-receipt paragraph of a US thank-you (IRS Publication 1771), or null when the law asks for
 * none. Only USD gifts are treated under US rules; other jurisdictions come with their own rules.
 */
export function usReceiptStatement(r: ReceiptFacts): string | null {
  if (r.currency !== 'USD') return null;
  const money = (minor: number) => Money.of(minor, 'USD').format(r.locale);
  const goods = r.goodsServicesValue ?? 0;
  if (goods > 0) {
    if (r.amount <= US_QUID_PRO_QUO_THRESHOLD && r.amount < US_WRITTEN_ACKNOWLEDGEMENT_THRESHOLD) return null;
    const deductible = Math.max(0, r.amount - goods);
    const what = r.goodsServicesDescription?.trim() || 'goods or services';
    return (
      `Receipt ${r.receiptNumber}. ${r.organizationName} received your payment of ${money(r.amount)}. ` +
      `In exchange you received ${what}, with a good-faith estimated value of ${money(goods)}. ` +
      `The amount of your contribution that is deductible for federal income tax purposes is limited to ` +
      `the excess of your payment over that value: ${money(deductible)}.`
    );
  }
  if (r.amount < US_WRITTEN_ACKNOWLEDGEMENT_THRESHOLD) return null;
  return (
    `Receipt ${r.receiptNumber}. ${r.organizationName} received your contribution of ${money(r.amount)}. ` +
    `No goods or services were provided in exchange for this contribution.`
  );
}
