import { createConstituent, getGift, recordGift } from '../../../test/factories';
import { eventually, startMailingTestApp, type TestApp } from '../../../test/harness';
import type { SmtpSink } from '../../../test/smtp-sink';

describe('the rules choose the thank-you', () => {
  let smtp: SmtpSink;
  let app: TestApp;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ app, smtp, close } = await startMailingTestApp({}));
  });
  afterAll(() => close?.());

  /** Records a gift and returns the thank-you the SMTP server received for it. */
  async function thankYouFor(donorEmail: string, gift: Record<string, unknown>) {
    const recorded = await recordGift(app, gift);
    await eventually(async () =>
      (await getGift(app, recorded.id)).acknowledgement.status === 'sent' ? true : undefined,
    );
    const received = smtp.messages.filter((m) => JSON.stringify(m.to).includes(donorEmail));
    return { recorded, message: received[received.length - 1] };
  }

  it('welcomes a first-time donor, thanks a returning one, and welcomes back a lapsed one', async () => {
    const donor = await createConstituent(app);
    const email = donor.emails[0].address;

    const first = await thankYouFor(email, { constituentId: donor.id, receivedAt: '2025-01-10T10:00:00Z' });
    expect(first.recorded.acknowledgement.treatment).toBe('first_gift');
    expect(first.message.text).toContain('Welcome! Your first gift makes you part of My Nonprofit');

    const again = await thankYouFor(email, { constituentId: donor.id, receivedAt: '2025-06-10T10:00:00Z' });
    expect(again.recorded.acknowledgement.treatment).toBe('thank_you');
    expect(again.message.text).not.toContain('Welcome');

    // 13 months and more after the last gift: lapsed.
    const back = await thankYouFor(email, { constituentId: donor.id, receivedAt: '2026-07-10T10:00:00Z' });
    expect(back.recorded.acknowledgement.treatment).toBe('welcome_back');
    expect(back.message.text).toContain('It is wonderful to have you back.');
  });

  it('thanks an organization by its name', async () => {
    const org = await createConstituent(app, {
      kind: 'organization',
      organizationName: 'Rivera Family Foundation',
      firstName: undefined,
      lastName: undefined,
      preferredName: undefined,
      emails: [{ address: 'grants@rivera.example' }],
    });
    const { message } = await thankYouFor('grants@rivera.example', { constituentId: org.id });
    expect(message.subject).toBe('Thank you, Rivera Family Foundation');
    expect(message.text).toContain('Dear Rivera Family Foundation,');
  });

  it.each([
    [{ deceased: true }, 'the constituent is marked deceased'],
    [{ doNotContact: true }, 'the constituent asked not to be contacted'],
  ])('suppresses the email with the reason for %o', async (flags, reason) => {
    const donor = await createConstituent(app, flags);
    const gift = await recordGift(app, { constituentId: donor.id });
    expect(gift.acknowledgement).toMatchObject({ status: 'suppressed', reason });
    const [row] = await app.sql<{ status: string }>(
      'SELECT status FROM acknowledgements WHERE gift_id = $1',
      [gift.id],
    );
    expect(row.status).toBe('suppressed');
  });
});
