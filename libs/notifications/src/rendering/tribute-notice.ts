import { displayName, type NameParts, type TributeType } from '@steward/domain';

/** What the notice to a tribute's honoree or family may say. It never carries the amount. */
export interface TributeNoticeFacts {
  organizationName: string;
  recipientName: string | null;
  tribute: { type: TributeType; name: string };
  donor: NameParts;
  anonymous: boolean;
  fund: { name: string } | null;
  signature: string;
}

/** The variables a tribute-notification template can use. */
export function tributeNoticeContext(facts: TributeNoticeFacts): Record<string, unknown> {
  return {
    recipientName: facts.recipientName?.trim() || 'friend',
    tributeName: facts.tribute.name,
    inHonor: facts.tribute.type === 'in_honor',
    inMemory: facts.tribute.type === 'in_memory',
    // An anonymous donor is never named to the family.
    donorName: facts.anonymous ? null : displayName(facts.donor),
    anonymous: facts.anonymous,
    fund: facts.fund,
    organizationName: facts.organizationName,
    signature: facts.signature,
  };
}
