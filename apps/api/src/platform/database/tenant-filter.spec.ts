import { asTenantId, newId } from '@steward/domain';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { Pool } from 'pg';
import { createTestDatabase } from '../../../test/harness';
import { migrateDatabase } from '../../database/migrate';
import { createPool } from './pool';
import type { DB } from './schema.generated';
import { TenantScope, type TenantDb } from './tenant-scope';

const ANA = asTenantId('0190a000-0000-7000-8000-00000000000a');
const BEN = asTenantId('0190b000-0000-7000-8000-00000000000b');

/** What a tenant-bound builder sends, without a database: the SQL and its parameters. */
describe('the tenant filter, as compiled', () => {
  const root = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool() }) });
  const db = new TenantScope(root).read(ANA).db;
  afterAll(() => root.destroy());

  it('filters a table in FROM, and keeps the author’s OR as one alternative', () => {
    const query = db
      .selectFrom('gifts as g')
      .select('g.id')
      .where((eb) => eb.or([eb('g.amount', '>', 100n), eb('g.anonymous', '=', true)]))
      .compile();
    expect(query.sql).toBe(
      'select "g"."id" from "gifts" as "g" where ("g"."amount" > $1 or "g"."anonymous" = $2) and "g"."tenant_id" = $3',
    );
    expect(query.parameters).toEqual([100n, true, ANA]);
  });

  it('filters a joined table in its ON, so a left join stays a left join', () => {
    const query = db
      .selectFrom('gifts as g')
      .leftJoin('funds as f', 'f.id', 'g.fund_id')
      .select(['g.id', 'f.name'])
      .compile();
    expect(query.sql).toBe(
      'select "g"."id", "f"."name" from "gifts" as "g" left join "funds" as "f" on ("f"."id" = "g"."fund_id") and "f"."tenant_id" = $1 where "g"."tenant_id" = $2',
    );
  });

  it('filters subqueries and the tables inside a CTE, but not the CTE’s own name', () => {
    const query = db
      .with('recent', (qb) => qb.selectFrom('gifts').select('constituent_id').where('amount', '>', 1n))
      .selectFrom('recent')
      .innerJoin('constituents as c', 'c.id', 'recent.constituent_id')
      .select('c.id')
      .where((eb) =>
        eb.exists(eb.selectFrom('tasks as t').select('t.id').whereRef('t.constituent_id', '=', 'c.id')),
      )
      .compile();
    expect(query.sql).toBe(
      'with "recent" as (select "constituent_id" from "gifts" where ("amount" > $1) and "gifts"."tenant_id" = $2) ' +
        'select "c"."id" from "recent" inner join "constituents" as "c" on ("c"."id" = "recent"."constituent_id") and "c"."tenant_id" = $3 ' +
        'where exists (select "t"."id" from "tasks" as "t" where ("t"."constituent_id" = "c"."id") and "t"."tenant_id" = $4)',
    );
    expect(query.parameters).toEqual([1n, ANA, ANA, ANA]);
  });

  it('writes the tenant into every inserted row, and leads ON CONFLICT with it', () => {
    const values = db
      .insertInto('funds')
      .values([
        { id: 'f1', name: 'Scholarships' },
        { id: 'f2', name: 'Library' },
      ])
      .compile();
    expect(values.sql).toBe(
      'insert into "funds" ("id", "name", "tenant_id") values ($1, $2, $3), ($4, $5, $6)',
    );
    expect(values.parameters).toEqual(['f1', 'Scholarships', ANA, 'f2', 'Library', ANA]);

    const upsert = db
      .insertInto('receipt_sequences')
      .values({ year: 2027, last_number: 1 })
      .onConflict((oc) =>
        oc.column('year').doUpdateSet({ last_number: sql`receipt_sequences.last_number + 1` }),
      )
      .compile();
    expect(upsert.sql).toContain('on conflict ("tenant_id", "year") do update');

    const fromSelect = db
      .insertInto('timeline_entries')
      .columns(['id', 'constituent_id', 'kind', 'department', 'occurred_at', 'summary'])
      .expression((eb) =>
        eb
          .selectFrom('gifts')
          .select([
            'id',
            'constituent_id',
            sql.lit('gift').as('kind'),
            sql.lit('development').as('department'),
            'received_at',
            sql.lit('a gift').as('summary'),
          ]),
      )
      .compile();
    expect(fromSelect.sql).toBe(
      'insert into "timeline_entries" ("id", "constituent_id", "kind", "department", "occurred_at", "summary", "tenant_id") ' +
        'select "id", "constituent_id", \'gift\' as "kind", \'development\' as "department", "received_at", \'a gift\' as "summary", $1 as "tenant_id" ' +
        'from "gifts" where "gifts"."tenant_id" = $2',
    );
  });

  it('filters a builder of the scope composed into another once, not twice', () => {
    const inner = db.insertInto('funds').values({ id: 'f1', name: 'Scholarships' });
    const reading = db.selectFrom('gifts').select('id');
    const query = db
      .with('added', () => inner)
      .with('recent', () => reading)
      .selectFrom('recent')
      .select('id')
      .compile();
    expect(query.sql).toBe(
      'with "added" as (insert into "funds" ("id", "name", "tenant_id") values ($1, $2, $3)), ' +
        '"recent" as (select "id" from "gifts" where "gifts"."tenant_id" = $4) select "id" from "recent"',
    );
    const other = new TenantScope(root).read(BEN).db.insertInto('funds').values({ id: 'f2', name: 'x' });
    expect(() =>
      db
        .with('stolen', () => other)
        .selectFrom('stolen')
        .selectAll()
        .compile(),
    ).toThrow('sets funds.tenant_id itself');
  });

  it('filters UPDATE and DELETE, their FROM and USING included', () => {
    const update = db
      .updateTable('acknowledgements as a')
      .set({ status: 'queued' })
      .from('gifts as g')
      .whereRef('g.id', '=', 'a.gift_id')
      .compile();
    expect(update.sql).toBe(
      'update "acknowledgements" as "a" set "status" = $1 from "gifts" as "g" where ("g"."id" = "a"."gift_id") and "a"."tenant_id" = $2 and "g"."tenant_id" = $3',
    );
    const remove = db.deleteFrom('constituent_emails').where('address', '=', 'x@example.org').compile();
    expect(remove.sql).toBe(
      'delete from "constituent_emails" where ("address" = $1) and "constituent_emails"."tenant_id" = $2',
    );
  });

  it('lets a tenant read its own row of tenants, and no platform table', () => {
    expect(db.selectFrom('tenants').select('name').compile().sql).toBe(
      'select "name" from "tenants" where "tenants"."id" = $1',
    );
    const platform = db as unknown as Kysely<DB>;
    expect(() => platform.selectFrom('system_settings').selectAll().compile()).toThrow(
      'a tenant scope cannot read system_settings',
    );
    expect(() => platform.insertInto('tenants').values({ id: 'x', name: 'x', slug: 'x' }).compile()).toThrow(
      'a tenant scope cannot insert into tenants',
    );
  });

  it('refuses raw SQL that names a tenant table, and what sets tenant_id by hand', () => {
    const raw = db.selectFrom('gifts').select(sql<number>`(select count(*) from tasks)`.as('n'));
    expect(() => raw.compile()).toThrow('raw SQL names the table tasks');
    // Raw expressions that name no table are fine: extract(epoch FROM a column) is not a table.
    expect(
      db
        .selectFrom('acknowledgements as a')
        .select(sql<number>`extract(epoch from a.sent_at - a.created_at)`.as('s'))
        .compile().sql,
    ).toContain('where "a"."tenant_id" = $1');
    const unscoped = db as unknown as Kysely<DB>;
    expect(() =>
      unscoped.insertInto('funds').values({ id: 'f', name: 'n', tenant_id: BEN }).compile(),
    ).toThrow('sets funds.tenant_id itself');
  });
});

/** Two tenants on one real database: what one writes, the other can neither read nor change. */
describe('the tenant scope, on PostgreSQL', () => {
  let database: { url: string; drop: () => Promise<void> };
  let root: Kysely<DB>;
  let scope: TenantScope;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrateDatabase(database.url);
    root = new Kysely<DB>({ dialect: new PostgresDialect({ pool: createPool(database.url, { max: 4 }) }) });
    scope = new TenantScope(root);
    for (const [id, name] of [
      [ANA, 'Ana’s Nonprofit'],
      [BEN, 'Ben’s Nonprofit'],
    ]) {
      await root
        .insertInto('tenants')
        .values({ id, name, slug: name.slice(0, 3).toLowerCase() })
        .execute();
    }
  });
  afterAll(async () => {
    await root?.destroy();
    await database?.drop();
  });

  const addFund = (db: TenantDb, name: string) =>
    db.insertInto('funds').values({ id: newId(), name }).returning('id').executeTakeFirstOrThrow();

  it('keeps each tenant’s rows to itself, for reads, updates and deletes', async () => {
    const anaFund = await scope.transaction(ANA, (unit) => addFund(unit.db, 'Scholarships'));
    await scope.transaction(BEN, (unit) => addFund(unit.db, 'Library'));

    const seenByBen = await scope.read(BEN).db.selectFrom('funds').select('name').execute();
    expect(seenByBen).toEqual([{ name: 'Library' }]);
    const renamed = await scope
      .read(BEN)
      .db.updateTable('funds')
      .set({ name: 'Taken' })
      .where('id', '=', anaFund.id)
      .executeTakeFirst();
    expect(renamed.numUpdatedRows).toBe(0n);
    const removed = await scope
      .read(BEN)
      .db.deleteFrom('funds')
      .where('id', '=', anaFund.id)
      .executeTakeFirst();
    expect(removed.numDeletedRows).toBe(0n);
    const own = await scope.read(ANA).db.selectFrom('funds').select('name').execute();
    expect(own).toEqual([{ name: 'Scholarships' }]);
    const [tenantRow] = await scope.read(ANA).db.selectFrom('tenants').select('name').execute();
    expect(tenantRow.name).toBe('Ana’s Nonprofit');
  });

  it('sets the tenant on the connection for the transaction, and rolls back what a failure left', async () => {
    const setting = await scope.transaction(ANA, async (unit) => {
      const [row] = (await unit.query(`SELECT current_setting('app.tenant_id') AS tenant`)) as {
        tenant: string;
      }[];
      return row.tenant;
    });
    expect(setting).toBe(ANA);

    await expect(
      scope.transaction(ANA, async (unit) => {
        await addFund(unit.db, 'Half-written');
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    const funds = await scope.read(ANA).db.selectFrom('funds').select('name').execute();
    expect(funds.map((f) => f.name)).not.toContain('Half-written');
  });

  it('reads int8 as bigint and dates as calendar strings', async () => {
    const [row] = await sql<{
      big: bigint;
      day: string;
    }>`SELECT 9007199254740993::int8 AS big, '2027-02-28'::date AS day`
      .execute(root)
      .then((r) => r.rows);
    expect(row).toEqual({ big: 9007199254740993n, day: '2027-02-28' });
  });
});
