import { createConstituent, createUser, tasksOf } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';

describe('tasks', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ STEWARD_ROLE: 'api' });
  });
  afterAll(() => app?.close());

  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  it('a task has an owner and a due time, shows on "my tasks", and is completed once, on the timeline', async () => {
    const owner = await createUser(app);
    const donor = await createConstituent(app);
    const created = await app
      .http()
      .post('/api/v1/tasks')
      .set(as(app.token))
      .send({
        kind: 'meeting',
        title: 'Site visit with the Riveras',
        constituentId: donor.id,
        ownerId: owner.id,
        dueAt: '2020-01-01T09:00:00Z',
      })
      .expect(201);
    expect(created.body).toMatchObject({ ownerId: owner.id, overdue: true, constituentName: 'Annie Rivera' });

    const mine = await app.http().get('/api/v1/tasks?owner=me').set(as(owner.token)).expect(200);
    expect(mine.body.items.map((t: { id: string }) => t.id)).toEqual([created.body.id]);

    const done = await app
      .http()
      .post(`/api/v1/tasks/${created.body.id}/complete`)
      .set(as(owner.token))
      .send({ outcome: 'They would like to fund a scholarship' })
      .expect(200);
    expect(done.body).toMatchObject({ completedBy: owner.id, overdue: false });
    await app
      .http()
      .post(`/api/v1/tasks/${created.body.id}/complete`)
      .set(as(owner.token))
      .send({})
      .expect(409);

    expect(
      await app
        .http()
        .get('/api/v1/tasks?owner=me')
        .set(as(owner.token))
        .then((r) => r.body.items),
    ).toEqual([]);
    const timeline = await app.http().get(`/api/v1/constituents/${donor.id}/timeline`).set(as(app.token));
    expect(timeline.body.items[0].summary).toBe(
      'Site visit with the Riveras: done (They would like to fund a scholarship)',
    );
    expect(await tasksOf(app, donor.id)).toHaveLength(1);
  });

  it("refuses a task about a gift, donor or owner that is not there: the database's keys say so", async () => {
    const donor = await createConstituent(app);
    const nowhere = '01a20840-0000-7000-8000-0000000000aa';
    const task = (fields: Record<string, string>) =>
      app
        .http()
        .post('/api/v1/tasks')
        .set(as(app.token))
        .send({
          kind: 'call',
          title: 'Thank-you call',
          constituentId: donor.id,
          dueAt: '2030-01-01T00:00:00Z',
          ...fields,
        });
    const before = await app.sql<{ n: number }>('SELECT count(*)::int AS n FROM tasks');

    // Nothing is looked up before the insert: the reference reaches the database, which refuses it.
    const noGift = await task({ giftId: nowhere }).expect(400);
    expect(noGift.headers['content-type']).toContain('application/problem+json');
    expect(noGift.body.errors).toEqual([{ field: 'giftId', message: 'no gift with this id' }]);
    const noDonor = await task({ constituentId: nowhere }).expect(400);
    expect(noDonor.body.errors).toEqual([{ field: 'constituentId', message: 'no constituent with this id' }]);
    const noOwner = await task({ ownerId: nowhere }).expect(400);
    expect(noOwner.body.errors).toEqual([{ field: 'ownerId', message: 'no active user with this id' }]);
    expect(await app.sql('SELECT count(*)::int AS n FROM tasks')).toEqual(before);

    // The links are the database's own: no path, present or to come, can write them dangling.
    const [{ tenant_id: tenantId }] = await app.sql<{ tenant_id: string }>(
      'SELECT tenant_id FROM constituents WHERE id = $1',
      [donor.id],
    );
    const dangling = (column: 'gift_id' | 'owner_id') =>
      app.sql(
        `INSERT INTO tasks (id, tenant_id, kind, title, constituent_id, ${column}, due_at)
         VALUES (gen_random_uuid(), $1, 'call', 'x', $2, $3, now())`,
        [tenantId, donor.id, nowhere],
      );
    await expect(dangling('gift_id')).rejects.toMatchObject({ code: '23503', constraint: 'fk_tasks_gift' });
    await expect(dangling('owner_id')).rejects.toMatchObject({ code: '23503', constraint: 'fk_tasks_owner' });
    await expect(
      app.sql('UPDATE constituents SET relationship_manager_id = $2 WHERE id = $1', [donor.id, nowhere]),
    ).rejects.toMatchObject({ code: '23503', constraint: 'fk_constituents_relationship_manager' });
  });

  it('refuses an owner from nowhere, naming the field, and pages soonest-due first', async () => {
    const donor = await createConstituent(app);
    const bad = await app
      .http()
      .post('/api/v1/tasks')
      .set(as(app.token))
      .send({
        kind: 'call',
        title: 'Call',
        constituentId: donor.id,
        ownerId: '01a20840-0000-7000-8000-000000000000',
        dueAt: '2030-01-01T00:00:00Z',
      })
      .expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'ownerId' })]);

    for (const day of ['03', '01', '02']) {
      await app
        .http()
        .post('/api/v1/tasks')
        .set(as(app.token))
        .send({
          kind: 'call',
          title: `Call ${day}`,
          constituentId: donor.id,
          dueAt: `2031-01-${day}T00:00:00Z`,
        })
        .expect(201);
    }
    const first = await app.http().get(`/api/v1/tasks?constituentId=${donor.id}&limit=2`).set(as(app.token));
    const second = await app
      .http()
      .get(`/api/v1/tasks?constituentId=${donor.id}&limit=2&cursor=${first.body.nextCursor}`)
      .set(as(app.token));
    expect([...first.body.items, ...second.body.items].map((t: { title: string }) => t.title)).toEqual([
      'Call 01',
      'Call 02',
      'Call 03',
    ]);
    expect(second.body.nextCursor).toBeNull();
  });
});
