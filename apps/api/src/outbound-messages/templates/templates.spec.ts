import { newId } from '@steward/domain';
import { hashPassword } from '../../auth/password';
import { createConstituent, getGift, recordGift } from '../../../test/factories';
import { eventually, startMailingTestApp, type TestApp } from '../../../test/harness';
import type { SmtpSink } from '../../../test/smtp-sink';

const THANKS = {
  subject: 'With gratitude, {{name donor "first"}}',
  text: 'Dear {{greetingName}},\n\nYour gift of {{amount}} means the world to {{organizationName}}.\n\n{{signature}}\n',
  html: '<p>Dear {{greetingName}},</p><p>Your gift of {{amount}} means the world to {{organizationName}}.</p>',
};

describe('message templates', () => {
  let smtp: SmtpSink;
  let app: TestApp;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ app, smtp, close } = await startMailingTestApp({}));
  });
  afterAll(() => close?.());

  const auth = (token = app.token) => ({ authorization: `Bearer ${token}` });

  function saveTemplate(kind: string, language: string, body: object, token = app.token) {
    return app.http().post(`/api/v1/templates/${kind}/${language}`).set(auth(token)).send(body);
  }

  /** Records a gift, waits for its thank-you, and returns the message and the gift as the API shows it. */
  async function thankYouFor(donor: { id: string; emails: { address: string }[] }) {
    const recorded = await recordGift(app, { constituentId: donor.id, amount: 25000 });
    const gift = await eventually(async () => {
      const g = await getGift(app, recorded.id);
      return g.acknowledgement.status === 'sent' ? g : undefined;
    });
    const message = smtp.messages.filter((m) => JSON.stringify(m.to).includes(donor.emails[0].address)).pop();
    const [ack] = await app.sql<{ template_id: string | null; template_version: number; language: string }>(
      'SELECT template_id, template_version, language FROM acknowledgements WHERE gift_id = $1',
      [recorded.id],
    );
    return { gift, message: message!, ack };
  }

  /** A signed-in user of the admin's tenant with the given role. */
  async function tokenFor(role: string): Promise<string> {
    const [{ tenant_id }] = await app.sql<{ tenant_id: string }>(
      'SELECT tenant_id FROM users WHERE email = $1',
      ['admin@example.org'],
    );
    const email = `${role}.${newId()}@example.org`;
    const password = 'a-long-enough-password';
    await app.sql(
      `INSERT INTO users (id, tenant_id, email, password_hash, display_name, role)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [newId(), tenant_id, email, await hashPassword(password), `A ${role}`, role],
    );
    const login = await app.http().post('/api/v1/auth/login').send({ email, password }).expect(200);
    return login.body.accessToken;
  }

  it('changes the next message on edit; an earlier message still names its version; a broken edit is refused', async () => {
    const donor = await createConstituent(app);

    const before = await thankYouFor(donor);
    expect(before.message.subject).toBe('Thank you, Annie');
    expect(before.gift.acknowledgement.templateVersion).toBe(0);
    expect(before.ack).toEqual({ template_id: null, template_version: 0, language: 'en' });

    const saved = await saveTemplate('thank_you', 'en', THANKS).expect(201);
    expect(saved.body).toMatchObject({ kind: 'thank_you', language: 'en', version: 1, builtIn: false });

    const after = await thankYouFor(donor);
    expect(after.message.subject).toBe('With gratitude, Annie');
    expect(after.message.text).toContain('Your gift of $250.00 means the world to My Nonprofit.');
    expect(after.message.html).toContain('<p>Dear Annie,</p>');
    expect(after.gift.acknowledgement.templateVersion).toBe(1);
    expect(after.ack).toEqual({ template_id: saved.body.id, template_version: 1, language: 'en' });

    // The earlier message still names the wording it was sent with.
    expect((await getGift(app, before.gift.id)).acknowledgement.templateVersion).toBe(0);

    const broken = await saveTemplate('thank_you', 'en', {
      ...THANKS,
      text: 'Dear {{#if fund}}{{greetingName}},',
    }).expect(400);
    expect(broken.headers['content-type']).toContain('application/problem+json');
    expect(broken.body.errors).toEqual([
      { field: 'text', message: expect.stringContaining('Parse error on line 1') },
    ]);

    const throwing = await saveTemplate('thank_you', 'en', {
      ...THANKS,
      html: '<p>{{money amount currency}}</p>',
    });
    expect(throwing.status).toBe(400);
    expect(throwing.body.errors).toEqual([
      { field: 'html', message: expect.stringContaining('must be an integer number of minor units') },
    ]);

    // Nothing was saved by the refusals: version 1 is still current, above the built-in.
    const versions = await app.http().get('/api/v1/templates/thank_you/en/versions').set(auth()).expect(200);
    expect(versions.body.map((v: { version: number }) => v.version)).toEqual([1, 0]);
    expect((await thankYouFor(donor)).gift.acknowledgement.templateVersion).toBe(1);
  });

  it('refuses triple-stash, an unknown helper and an unknown kind or language', async () => {
    const tripled = await saveTemplate('thank_you', 'en', {
      ...THANKS,
      html: '<p>{{{greetingName}}}</p>',
    }).expect(400);
    expect(tripled.body.errors).toEqual([
      { field: 'html', message: expect.stringContaining('constituent data must be escaped') },
    ]);
    const helper = await saveTemplate('thank_you', 'en', {
      ...THANKS,
      subject: '{{shout greetingName}}',
    }).expect(400);
    expect(helper.body.errors).toEqual([
      { field: 'subject', message: expect.stringContaining('unknown helper "shout"') },
    ]);

    expect((await saveTemplate('welcome', 'en', THANKS).expect(400)).body.errors[0].field).toBe('kind');
    expect((await saveTemplate('thank_you', 'not a tag!', THANKS).expect(400)).body.errors[0].field).toBe(
      'language',
    );
  });

  it("chooses the donor's language, falling back to its base, then the tenant's default", async () => {
    await saveTemplate('thank_you', 'fr', {
      subject: 'Merci, {{greetingName}}',
      text: 'Merci pour votre don de {{amount}}.',
      html: '<p>Merci pour votre don de {{amount}}.</p>',
    }).expect(201);

    const quebec = await createConstituent(app, { preferredLocale: 'fr-CA' });
    const fromBase = await thankYouFor(quebec);
    expect(fromBase.message.subject).toBe('Merci, Annie');
    expect(fromBase.message.text).toContain('Merci pour votre don de 250,00\u00a0$\u00a0US.');
    expect(fromBase.ack).toMatchObject({ language: 'fr', template_version: 1 });

    const exact = await saveTemplate('thank_you', 'fr-CA', {
      subject: 'Merci beaucoup, {{greetingName}}',
      text: 'Merci!',
      html: '<p>Merci!</p>',
    }).expect(201);
    expect(exact.body).toMatchObject({ language: 'fr-ca', version: 1 });
    expect((await thankYouFor(quebec)).message.subject).toBe('Merci beaucoup, Annie');

    // No German template: the tenant's default locale (en-US) leads to English.
    const berlin = await createConstituent(app, { preferredLocale: 'de-DE' });
    const fallback = await thankYouFor(berlin);
    expect(fallback.ack.language).toBe('en');
    expect(fallback.message.text).toContain('means the world to My Nonprofit');
  });

  it('previews with sample data and refuses a template that does not render', async () => {
    const preview = await app
      .http()
      .post('/api/v1/templates/preview')
      .set(auth())
      .send({ kind: 'thank_you', ...THANKS })
      .expect(200);
    expect(preview.body).toEqual({
      subject: 'With gratitude, Ana',
      text: expect.stringContaining('Your gift of $250.00 means the world to Casa Esperanza.'),
      html: expect.stringContaining('<p>Dear Ana,</p>'),
    });

    const broken = await app
      .http()
      .post('/api/v1/templates/preview')
      .set(auth())
      .send({ kind: 'tribute_notification', ...THANKS })
      .expect(400);
    // A tribute notice greets the honoree's family, not the donor, and never states the amount.
    expect(broken.body.errors).toEqual([
      { field: 'text', message: expect.stringContaining('"greetingName" not defined') },
      { field: 'html', message: expect.stringContaining('"greetingName" not defined') },
    ]);
  });

  it('never gives two saves the same version', async () => {
    const saves = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        saveTemplate('giving_summary', 'en', {
          subject: `Summary ${i} {{periodLabel}}`,
          text: 'x',
          html: 'x',
        }),
      ),
    );
    expect(saves.map((s) => s.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(saves.map((s) => s.body.version).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('lists the current template per kind and language, with the built-in where none is saved', async () => {
    const list = await app.http().get('/api/v1/templates').set(auth()).expect(200);
    const summary = list.body.map(
      (t: { kind: string; language: string; version: number; builtIn: boolean }) =>
        [t.kind, t.language, t.version, t.builtIn].join(' '),
    );
    expect(summary).toEqual(
      expect.arrayContaining([
        'thank_you en 1 false',
        'thank_you fr 1 false',
        'thank_you fr-ca 1 false',
        'tribute_notification en 0 true',
      ]),
    );
  });

  it('still lists the English wording of a kind once it is saved in another language', async () => {
    await saveTemplate('tribute_notification', 'es', {
      subject: 'Un regalo en memoria de {{tributeName}}',
      text: 'Querida {{recipientName}}: se hizo un regalo en memoria de {{tributeName}}.',
      html: '<p>Querida {{recipientName}}: se hizo un regalo en memoria de {{tributeName}}.</p>',
    }).expect(201);

    const list = await app.http().get('/api/v1/templates').set(auth()).expect(200);
    const notices = list.body
      .filter((t: { kind: string }) => t.kind === 'tribute_notification')
      .map((t: { language: string; version: number; builtIn: boolean }) => [
        t.language,
        t.version,
        t.builtIn,
      ]);
    // English is what a donor in any other language (the tenant's default, en-US, included) receives.
    expect(notices).toEqual([
      ['en', 0, true],
      ['es', 1, false],
    ]);
  });

  it('lets any staff read templates, and only editors change them', async () => {
    const readOnly = await tokenFor('read_only');
    await app.http().get('/api/v1/templates').set(auth(readOnly)).expect(200);
    const refused = await saveTemplate('tribute_notification', 'en', THANKS, readOnly).expect(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');

    const communications = await tokenFor('communications');
    const notice = {
      subject: 'A gift in memory of {{tributeName}}',
      text: 'Dear {{recipientName}}, a gift was made in memory of {{tributeName}}.',
      html: '<p>Dear {{recipientName}}, a gift was made in memory of {{tributeName}}.</p>',
    };
    const saved = await saveTemplate('tribute_notification', 'en', notice, communications).expect(201);
    expect(saved.body.version).toBe(1);
  });
});
