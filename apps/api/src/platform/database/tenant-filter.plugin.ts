import {
  AliasNode,
  AndNode,
  BinaryOperationNode,
  ColumnNode,
  IdentifierNode,
  OnNode,
  OperationNodeTransformer,
  OperatorNode,
  ParensNode,
  PrimitiveValueListNode,
  ReferenceNode,
  SelectionNode,
  SelectQueryNode,
  TableNode,
  ValueListNode,
  ValueNode,
  ValuesNode,
  WhereNode,
  type DeleteQueryNode,
  type InsertQueryNode,
  type JoinNode,
  type KyselyPlugin,
  type OnConflictNode,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryId,
  type QueryResult,
  type RawNode,
  type RootOperationNode,
  type UnknownRow,
  type UpdateQueryNode,
  type WithNode,
} from 'kysely';
import type { TenantId } from '@steward/domain';
import { TENANT_TABLES } from './schema.generated';

/** Tables of one tenant's data, and the column that names the tenant in each. */
const TENANT_COLUMN: ReadonlyMap<string, string> = new Map<string, string>([
  ...TENANT_TABLES.map((table) => [table, 'tenant_id'] as const),
  // A tenant sees its own row of `tenants` (its name, its default language) and no other.
  ['tenants', 'id'],
]);

/** A table a tenant may not reach at all: platform bookkeeping shared by every tenant. */
const PLATFORM_TABLES = new Set(['system_settings', 'job_runners']);

/**
 * Makes every query of a tenant scope about that tenant only, whatever its author wrote: each tenant
 * table in FROM, UPDATE, DELETE, a subquery or a CTE gets `tenant_id = <tenant>` in its WHERE; each joined
 * one gets it in its ON (so a LEFT JOIN stays a left join); each INSERT gets the tenant's id in every row;
 * each ON CONFLICT target leads with tenant_id (every unique index does). Raw SQL that names a tenant
 * table is refused, since it could not be filtered. This is the one place tenant isolation is written;
 * PostgreSQL row-level security is meant to stand behind it as the second wall.
 */
export class TenantFilterPlugin implements KyselyPlugin {
  // Transforms run synchronously, one at a time, so one transformer serves every query of the tenant.
  private readonly filter: TenantFilter;

  constructor(tenantId: TenantId) {
    this.filter = new TenantFilter(tenantId);
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.filter.transformNode(args.node, args.queryId);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** A table in a FROM, JOIN, UPDATE or DELETE, and the name its columns are referred to by. */
interface TableRef {
  table: string;
  referredAs: string;
}

class TenantFilter extends OperationNodeTransformer {
  /** Names of the common table expressions in scope: they shadow nothing and are not filtered. */
  private readonly cteScopes: Set<string>[] = [];

  constructor(private readonly tenantId: TenantId) {
    super();
  }

  protected override transformSelectQuery(node: SelectQueryNode, queryId?: QueryId): SelectQueryNode {
    const transformed = this.inCteScope(node.with, () => super.transformSelectQuery(node, queryId));
    const conditions = this.conditionsFor(transformed.from?.froms ?? [], transformed.where);
    const { joins, whereConditions } = this.filterJoins(transformed.joins);
    return {
      ...transformed,
      joins,
      where: withConditions(transformed.where, [...conditions, ...whereConditions]),
    };
  }

  protected override transformUpdateQuery(node: UpdateQueryNode, queryId?: QueryId): UpdateQueryNode {
    const transformed = this.inCteScope(node.with, () => super.transformUpdateQuery(node, queryId));
    const conditions = this.conditionsFor(
      [...(transformed.table ? [transformed.table] : []), ...(transformed.from?.froms ?? [])],
      transformed.where,
    );
    const { joins, whereConditions } = this.filterJoins(transformed.joins);
    return {
      ...transformed,
      joins,
      where: withConditions(transformed.where, [...conditions, ...whereConditions]),
    };
  }

  protected override transformDeleteQuery(node: DeleteQueryNode, queryId?: QueryId): DeleteQueryNode {
    const transformed = this.inCteScope(node.with, () => super.transformDeleteQuery(node, queryId));
    const conditions = this.conditionsFor(
      [...transformed.from.froms, ...(transformed.using?.tables ?? [])],
      transformed.where,
    );
    const { joins, whereConditions } = this.filterJoins(transformed.joins);
    return {
      ...transformed,
      joins,
      where: withConditions(transformed.where, [...conditions, ...whereConditions]),
    };
  }

  protected override transformInsertQuery(node: InsertQueryNode, queryId?: QueryId): InsertQueryNode {
    const transformed = this.inCteScope(node.with, () => super.transformInsertQuery(node, queryId));
    const ref = transformed.into ? this.tableRef(transformed.into) : null;
    if (!ref) return transformed;
    const column = TENANT_COLUMN.get(ref.table);
    if (!column || column !== 'tenant_id') {
      throw new Error(`a tenant scope cannot insert into ${ref.table}`);
    }
    const columns = transformed.columns ?? [];
    const tenantColumn = columns.findIndex((c) => c.column.name === 'tenant_id');
    if (tenantColumn >= 0) {
      // A builder of this scope composed into another (a CTE) arrives already filled in; anything else
      // naming tenant_id was written by hand, which the scope does not allow.
      if (this.carriesTenant(transformed.values, tenantColumn)) return transformed;
      throw new Error(`a tenant scope sets ${ref.table}.tenant_id itself; do not write it`);
    }
    return {
      ...transformed,
      columns: [...columns, ColumnNode.create('tenant_id')],
      values: transformed.values ? this.withTenantValue(transformed.values) : transformed.values,
      onConflict: transformed.onConflict && leadWithTenant(transformed.onConflict),
    };
  }

  protected override transformRaw(node: RawNode, queryId?: QueryId): RawNode {
    const text = node.sqlFragments.join(' ? ');
    for (const match of text.matchAll(/\b(?:from|join|update|into)\s+(?:only\s+)?"?([a-z_][a-z0-9_]*)"?/gi)) {
      const table = match[1].toLowerCase();
      if ((TENANT_COLUMN.has(table) || PLATFORM_TABLES.has(table)) && !this.isCte(table)) {
        throw new Error(
          `raw SQL names the table ${table}: write it with the query builder, so the tenant scope can filter it`,
        );
      }
    }
    return super.transformRaw(node, queryId);
  }

  /** Whether every row of an INSERT already has this tenant's id at `column`. */
  private carriesTenant(values: OperationNode | undefined, column: number): boolean {
    if (values && ValuesNode.is(values)) {
      return values.values.every((row) =>
        PrimitiveValueListNode.is(row)
          ? row.values[column] === this.tenantId
          : this.isTenantValue(row.values[column]),
      );
    }
    if (values && SelectQueryNode.is(values)) {
      const selection = values.selections?.[column]?.selection;
      return Boolean(selection && AliasNode.is(selection) && this.isTenantValue(selection.node));
    }
    return false;
  }

  private isTenantValue(node: OperationNode | undefined): boolean {
    return Boolean(node && ValueNode.is(node) && node.value === this.tenantId);
  }

  /** Whether `where` (an AND chain) already holds `referredAs.column = <this tenant>`. */
  private alreadyFiltered(where: OperationNode | undefined, ref: TableRef, column: string): boolean {
    if (!where) return false;
    if (AndNode.is(where)) {
      return this.alreadyFiltered(where.left, ref, column) || this.alreadyFiltered(where.right, ref, column);
    }
    if (ParensNode.is(where)) return this.alreadyFiltered(where.node, ref, column);
    return (
      BinaryOperationNode.is(where) &&
      ReferenceNode.is(where.leftOperand) &&
      ColumnNode.is(where.leftOperand.column) &&
      where.leftOperand.column.column.name === column &&
      where.leftOperand.table?.table.identifier.name === ref.referredAs &&
      this.isTenantValue(where.rightOperand)
    );
  }

  private inCteScope<T>(withNode: WithNode | undefined, transform: () => T): T {
    if (!withNode) return transform();
    this.cteScopes.push(new Set(withNode.expressions.map((e) => e.name.table.table.identifier.name)));
    try {
      return transform();
    } finally {
      this.cteScopes.pop();
    }
  }

  private isCte(name: string): boolean {
    return this.cteScopes.some((scope) => scope.has(name));
  }

  /** The table an item of FROM (or UPDATE's target) names, with its alias; null for anything else. */
  private tableRef(node: OperationNode): TableRef | null {
    if (TableNode.is(node)) {
      if (node.table.schema) return null;
      const table = node.table.identifier.name;
      return this.isCte(table) ? null : { table, referredAs: table };
    }
    if (AliasNode.is(node) && TableNode.is(node.node) && IdentifierNode.is(node.alias)) {
      const inner = this.tableRef(node.node);
      return inner ? { table: inner.table, referredAs: node.alias.name } : null;
    }
    return null;
  }

  private conditionsFor(items: readonly OperationNode[], where: WhereNode | undefined): OperationNode[] {
    return items.flatMap((item) => {
      const ref = this.tableRef(item);
      if (!ref) return [];
      const column = TENANT_COLUMN.get(ref.table);
      if (column && this.alreadyFiltered(where?.where, ref, column)) return [];
      return this.condition(ref);
    });
  }

  /** `referredAs.tenant_id = <tenant>` for a tenant table; none for a shared one; refused for platform. */
  private condition(ref: TableRef): OperationNode[] {
    if (PLATFORM_TABLES.has(ref.table)) {
      throw new Error(`a tenant scope cannot read ${ref.table}`);
    }
    const column = TENANT_COLUMN.get(ref.table);
    if (!column) return [];
    return [
      BinaryOperationNode.create(
        ReferenceNode.create(ColumnNode.create(column), TableNode.create(ref.referredAs)),
        OperatorNode.create('='),
        ValueNode.create(this.tenantId),
      ),
    ];
  }

  /** A joined tenant table gets its condition in ON; a cross join (no ON) in the query's WHERE. */
  private filterJoins(joins: readonly JoinNode[] | undefined): {
    joins: readonly JoinNode[] | undefined;
    whereConditions: OperationNode[];
  } {
    const whereConditions: OperationNode[] = [];
    const filtered = joins?.map((join) => {
      const ref = this.tableRef(join.table);
      const column = ref ? TENANT_COLUMN.get(ref.table) : undefined;
      const conditions =
        ref && !(column && this.alreadyFiltered(join.on?.on, ref, column)) ? this.condition(ref) : [];
      if (conditions.length === 0) return join;
      if (!join.on) {
        whereConditions.push(...conditions);
        return join;
      }
      return { ...join, on: OnNode.create(andAll(join.on.on, conditions)) };
    });
    return { joins: filtered, whereConditions };
  }

  /** Every row of VALUES, or every row an INSERT … SELECT produces, carries the tenant's id last. */
  private withTenantValue(values: OperationNode): OperationNode {
    if (ValuesNode.is(values)) {
      return ValuesNode.create(
        values.values.map((row) =>
          PrimitiveValueListNode.is(row)
            ? PrimitiveValueListNode.create([...row.values, this.tenantId])
            : ValueListNode.create([...row.values, ValueNode.create(this.tenantId)]),
        ),
      );
    }
    if (SelectQueryNode.is(values)) {
      return SelectQueryNode.cloneWithSelections(values, [
        SelectionNode.create(
          AliasNode.create(ValueNode.create(this.tenantId), IdentifierNode.create('tenant_id')),
        ),
      ]);
    }
    throw new Error('a tenant scope inserts VALUES or the rows of a SELECT');
  }
}

function withConditions(where: WhereNode | undefined, conditions: OperationNode[]): WhereNode | undefined {
  if (conditions.length === 0) return where;
  return WhereNode.create(
    where ? andAll(where.where, conditions) : andAll(conditions[0], conditions.slice(1)),
  );
}

/**
 * `(existing) AND c1 AND c2 …`. The author's condition is parenthesized, so `a OR b` stays one
 * alternative of the tenant's rows rather than `a OR (b AND tenant)`.
 */
function andAll(existing: OperationNode, conditions: OperationNode[]): OperationNode {
  const start = conditions.length > 0 && !ParensNode.is(existing) ? ParensNode.create(existing) : existing;
  return conditions.reduce((left, condition) => AndNode.create(left, condition), start);
}

/** Unique indexes of tenant tables lead with tenant_id, so an ON CONFLICT target must too. */
function leadWithTenant(onConflict: OnConflictNode): OnConflictNode {
  const columns = onConflict.columns;
  if (!columns || columns.some((c) => c.column.name === 'tenant_id')) return onConflict;
  return { ...onConflict, columns: [ColumnNode.create('tenant_id'), ...columns] };
}
