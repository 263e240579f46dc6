import { Client } from 'pg';
import { createConstituent, recordGift } from '../../test/factories';
import { eventually, startTestApp, type TestApp } from '../../test/harness';

describe('constituents', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ STEWARD_ROLE: 'api' });
  });
  afterAll(() => app?.close());

  const auth = () => ({ authorization: `Bearer ${app.token}` });

  it('creates, reads and updates a person, keeping one primary email', async () => {
    const created = await createConstituent(app, {
      firstName: 'Marisol',
      lastName: 'Okafor',
      preferredName: undefined,
      emails: [
        { address: 'M.Okafor@Example.org', type: 'work' },
        { address: 'marisol@example.net', primary: true },
      ],
    });
    const read = await app.http().get(`/api/v1/constituents/${created.id}`).set(auth()).expect(200);
    expect(read.body).toMatchObject({
      displayName: 'Marisol Okafor',
      emails: [
        { address: 'marisol@example.net', primary: true },
        { address: 'm.okafor@example.org', type: 'work', primary: false },
      ],
    });

    const patched = await app
      .http()
      .patch(`/api/v1/constituents/${created.id}`)
      .set(auth())
      .send({ preferredName: 'Mari', doNotEmail: true })
      .expect(200);
    expect(patched.body).toMatchObject({ displayName: 'Mari Okafor', doNotEmail: true, lastName: 'Okafor' });
  });

  it('keeps a bounced address bounced when a PATCH sends the emails again, so no thank-you goes to it', async () => {
    const donor = await createConstituent(app, {
      emails: [
        { address: 'ana.old@example.org', primary: true },
        { address: 'ana.work@example.org', type: 'work' },
        { address: 'ana.gone@example.org' },
      ],
    });
    // What a 550 to RCPT TO leaves behind (the delivery tests produce it with a real SMTP server).
    await app.sql(
      `UPDATE constituent_emails SET undeliverable_at = now(), undeliverable_reason = '550 no such user'
        WHERE constituent_id = $1 AND address = 'ana.old@example.org'`,
      [donor.id],
    );
    const rowsBefore = await app.sql<{ id: string; address: string }>(
      'SELECT id, address FROM constituent_emails WHERE constituent_id = $1',
      [donor.id],
    );
    const idOf = (rows: { id: string; address: string }[], address: string) =>
      rows.find((r) => r.address === address)?.id;

    // The admin's form sends every address back: the bounced one unchanged, the work one now primary,
    // one removed and one added.
    const patched = await app
      .http()
      .patch(`/api/v1/constituents/${donor.id}`)
      .set(auth())
      .send({
        emails: [
          { address: 'ana.old@example.org' },
          { address: 'Ana.Work@example.org', type: 'work', primary: true },
          { address: 'ana.new@example.org', type: 'other' },
        ],
      })
      .expect(200);
    expect(patched.body.emails).toEqual([
      { address: 'ana.work@example.org', type: 'work', primary: true, undeliverableAt: null },
      {
        address: 'ana.old@example.org',
        type: 'personal',
        primary: false,
        undeliverableAt: expect.any(String),
      },
      { address: 'ana.new@example.org', type: 'other', primary: false, undeliverableAt: null },
    ]);
    const rowsAfter = await app.sql<{ id: string; address: string; undeliverable_reason: string | null }>(
      'SELECT id, address, undeliverable_reason FROM constituent_emails WHERE constituent_id = $1',
      [donor.id],
    );
    expect(idOf(rowsAfter, 'ana.old@example.org')).toBe(idOf(rowsBefore, 'ana.old@example.org'));
    expect(idOf(rowsAfter, 'ana.work@example.org')).toBe(idOf(rowsBefore, 'ana.work@example.org'));
    expect(rowsAfter.find((r) => r.address === 'ana.old@example.org')?.undeliverable_reason).toBe(
      '550 no such user',
    );

    // Sending the same list once more changes nothing; and the next thank-you avoids the bounced address.
    await app
      .http()
      .patch(`/api/v1/constituents/${donor.id}`)
      .set(auth())
      .send({
        emails: [{ address: 'ana.old@example.org', primary: true }, { address: 'ana.work@example.org' }],
      })
      .expect(200);
    const gift = await recordGift(app, { constituentId: donor.id });
    const ack = await app
      .http()
      .get(`/api/v1/acknowledgements/${gift.acknowledgement.id}`)
      .set(auth())
      .expect(200);
    expect(ack.body.recipient).toBe('ana.work@example.org');
  });

  it('applies two email edits of one donor sent at once one after the other, never answering 500', async () => {
    const donor = await createConstituent(app, { emails: [{ address: 'both@example.org' }] });
    // Hold the donor's email rows, so that both edits are under way before either can finish.
    const blocker = new Client({ connectionString: app.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT 1 FROM constituent_emails WHERE constituent_id = $1 FOR UPDATE', [
        donor.id,
      ]);
      const edit = (address: string) =>
        app
          .http()
          .patch(`/api/v1/constituents/${donor.id}`)
          .set(auth())
          .send({ emails: [{ address }] })
          .then((res) => res);
      const edits = [edit('first@example.org'), edit('second@example.org')];
      await eventually(async () => {
        const [{ waiting }] = await app.sql<{ waiting: number }>(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return waiting >= 2 ? true : undefined;
      });
      await blocker.query('COMMIT');
      const answers = await Promise.all(edits);
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
    } finally {
      await blocker.end();
    }
    // The later edit wins, whole: one address, primary.
    const emails = await app.sql<{ address: string; is_primary: boolean }>(
      'SELECT address, is_primary FROM constituent_emails WHERE constituent_id = $1',
      [donor.id],
    );
    expect(emails).toHaveLength(1);
    expect(emails[0].is_primary).toBe(true);
  });

  it('creates an organization and refuses one without a name', async () => {
    await app
      .http()
      .post('/api/v1/constituents')
      .set(auth())
      .send({ kind: 'organization', organizationName: 'Rivera Family Foundation' })
      .expect(201);
    const res = await app
      .http()
      .post('/api/v1/constituents')
      .set(auth())
      .send({ kind: 'organization' })
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'organizationName' })]);
  });

  it('finds people by part of a name or by email', async () => {
    const person = await createConstituent(app, {
      firstName: 'Thaddeus',
      lastName: 'Quimby',
      emails: [{ address: 'tq@example.org' }],
    });
    const byName = await app.http().get('/api/v1/constituents?q=quimb').set(auth()).expect(200);
    expect(byName.body.items.map((c: { id: string }) => c.id)).toEqual([person.id]);
    const byEmail = await app.http().get('/api/v1/constituents?q=TQ@example.org').set(auth()).expect(200);
    expect(byEmail.body.items.map((c: { id: string }) => c.id)).toEqual([person.id]);
    const wildcard = await app.http().get('/api/v1/constituents?q=%25').set(auth()).expect(200);
    expect(wildcard.body.items).toEqual([]);
  });

  it('answers 404 problem details for an unknown id and 400 for a malformed one', async () => {
    const missing = await app
      .http()
      .get('/api/v1/constituents/01900000-0000-7000-8000-000000000000')
      .set(auth())
      .expect(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    const malformed = await app.http().get('/api/v1/constituents/not-a-uuid').set(auth()).expect(400);
    expect(malformed.body.errors).toEqual([{ field: 'id', message: 'must be a UUID' }]);
  });

  it('names only an active colleague as relationship manager', async () => {
    const stranger = '01900000-0000-7000-8000-000000000000';
    const refused = await app
      .http()
      .post('/api/v1/constituents')
      .set(auth())
      .send({ kind: 'individual', firstName: 'Ana', relationshipManagerId: stranger })
      .expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'relationshipManagerId', message: 'no active user with this id' },
    ]);
    const me = await app.http().get('/api/v1/auth/me').set(auth()).expect(200);
    const managed = await createConstituent(app, { relationshipManagerId: me.body.userId });
    const patched = await app
      .http()
      .patch(`/api/v1/constituents/${managed.id}`)
      .set(auth())
      .send({ relationshipManagerId: stranger })
      .expect(400);
    expect(patched.body.errors[0].field).toBe('relationshipManagerId');
  });
});
