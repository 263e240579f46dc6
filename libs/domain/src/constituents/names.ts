/** The parts of a constituent that decide how we greet and name them. */
export interface NameParts {
  kind: 'individual' | 'organization';
  firstName?: string | null;
  lastName?: string | null;
  preferredName?: string | null;
  organizationName?: string | null;
  informalSalutation?: string | null;
}

/** How a thank-you greets: the informal salutation, else the preferred name, else the first name. */
export function greetingName(c: NameParts): string {
  if (c.kind === 'organization') return c.organizationName?.trim() || 'friends';
  return c.informalSalutation?.trim() || c.preferredName?.trim() || c.firstName?.trim() || 'friend';
}

/** The name a list or a timeline shows: "Ana Rivera", or the organization's name. */
export function displayName(c: NameParts): string {
  if (c.kind === 'organization') return c.organizationName?.trim() ?? '';
  const first = c.preferredName?.trim() || c.firstName?.trim() || '';
  return [first, c.lastName?.trim() ?? ''].filter(Boolean).join(' ');
}
