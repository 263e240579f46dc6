import fc from 'fast-check';

/**
 * fast-check arbitraries for requests to an operation of an OpenAPI 3 document: valid ones built from
 * its schemas (types, formats, enums, bounds, required fields, nullability) and broken ones made from
 * them (a field nulled, mistyped, too long, with NUL or an unpaired surrogate, nested too deep; a body
 * of the wrong shape, malformed JSON, or a content type the endpoint does not document).
 */

export interface OpenApiSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  items?: OpenApiSchema;
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  allOf?: OpenApiSchema[];
  example?: unknown;
  default?: unknown;
}

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: OpenApiSchema;
}

export interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema: OpenApiSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, OpenApiSchema> };
}

/** What one generated request is: its path and query values, headers and body. */
export interface GeneratedRequest {
  path: Record<string, { value: string; raw?: boolean }>;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body:
    { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'raw'; contentType: string; text: string };
}

/** Ids the fuzzer has seen, by the collection they belong to (`constituents`, `gifts`, …). */
export type IdPool = Map<string, Set<string>>;

export interface ArbitraryContext {
  document: OpenApiDocument;
  ids: IdPool;
  /** nextCursor values of earlier responses: real cursors, to be followed and misused. */
  cursors: string[];
}

const DATE_TIME_FORMS = [
  '2026-W48-1',
  '2026-327',
  '20261123T100000Z',
  '2026-11-23T10:00:00',
  '2027-02-31T10:00:00Z',
];
const DATES = ['2027-02-31', '0000-01-01', '2026-13-01', '2026-1-1'];
const DEEP = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

/** Values no field should accept as they are, whatever its type, in kinds drawn evenly. */
const brokenScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  // Text no database, email or PDF can take: NUL, unpaired surrogates, inside or alone.
  fc.oneof(
    fc.constantFrom('\u0000', 'a\ud800b', '\udc00', 'x\ud83d'),
    fc
      .tuple(fc.string({ maxLength: 8 }), fc.constantFrom('\u0000', '\ud800', '\udfff'))
      .map(([t, bad]) => `${t}${bad}${t}`),
  ),
  fc.constantFrom(0, -1, 1.5, 2 ** 53 - 1, 2 ** 53 + 2, 1e308, -1e308, true, false),
  fc.constantFrom(...DATE_TIME_FORMS, ...DATES, '-'.repeat(36), '00000000-0000-0000-0000-00000000000g'),
  fc.constantFrom<unknown>([], [[]], [[{}]], ['a', 1], {}, { a: { b: { c: 1 } } }, DEEP(40)),
  fc.constantFrom('', ' ', 'x'.repeat(5000), '{{', '{{{x}}}', '{{#each}}'),
  fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.integer(), fc.double()),
);

export function resolve(schema: OpenApiSchema | undefined, document: OpenApiDocument): OpenApiSchema {
  let current = schema ?? {};
  for (let i = 0; i < 10 && current.$ref; i++) {
    const name = current.$ref.replace('#/components/schemas/', '');
    current = { ...(document.components?.schemas?.[name] ?? {}), nullable: current.nullable };
  }
  if (current.allOf?.length === 1)
    return { ...resolve(current.allOf[0], document), nullable: current.nullable };
  return current;
}

/** The collection an id field most likely names, from its name (constituentId → constituents). */
function collectionOf(name: string, apiPath: string): string | null {
  const byName: Record<string, string> = {
    constituentId: 'constituents',
    giftId: 'gifts',
    fundId: 'funds',
    campaignId: 'campaigns',
    recurringGiftId: 'recurring-gifts',
    ownerId: 'users',
    owner: 'users',
    relationshipManagerId: 'users',
  };
  if (byName[name]) return byName[name];
  if (name === 'id') return apiPath.split('/')[3] ?? null;
  return null;
}

function knownId(ctx: ArbitraryContext, collection: string | null): fc.Arbitrary<string> {
  const known = [...(collection ? (ctx.ids.get(collection) ?? []) : []), ...(ctx.ids.get('*') ?? [])];
  const random = fc.uuid({ version: 7 });
  return known.length === 0 ? random : fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, random);
}

function validString(
  schema: OpenApiSchema,
  name: string,
  ctx: ArbitraryContext,
  apiPath: string,
): fc.Arbitrary<string> {
  if (schema.enum?.length) return fc.constantFrom(...(schema.enum as string[]));
  switch (schema.format) {
    case 'uuid':
      return knownId(ctx, collectionOf(name, apiPath));
    case 'date-time':
      return fc
        .date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2035-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2035-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10));
  }
  if (/email/i.test(name)) return fc.emailAddress();
  if (/id$/i.test(name) && collectionOf(name, apiPath)) return knownId(ctx, collectionOf(name, apiPath));
  const maxLength = Math.min(schema.maxLength ?? 40, 40);
  const text = fc.string({
    minLength: Math.max(schema.minLength ?? 0, 1),
    maxLength: Math.max(maxLength, 1),
  });
  const examples = [schema.example, schema.default].filter((v): v is string => typeof v === 'string');
  return examples.length
    ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...examples) }, { weight: 1, arbitrary: text })
    : text;
}

function validNumber(schema: OpenApiSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (integer ? 0 : -1e6);
  const max = schema.maximum ?? (integer ? 1_000_000 : 1e6);
  const lo = Math.max(min, -(2 ** 31));
  const hi = Math.min(max, 2 ** 31 - 1);
  const inner = integer
    ? fc.integer({ min: Math.ceil(lo), max: Math.floor(Math.max(lo, hi)) })
    : fc.double({ min: lo, max: hi, noNaN: true });
  const edges = [min, max, schema.example].filter((v): v is number => typeof v === 'number');
  return fc.oneof({ weight: 3, arbitrary: inner }, fc.constantFrom(...edges));
}

/** A value the schema describes. */
export function validValue(
  raw: OpenApiSchema | undefined,
  ctx: ArbitraryContext,
  apiPath: string,
  name = '',
  depth = 0,
): fc.Arbitrary<unknown> {
  const schema = resolve(raw, ctx.document);
  const value = ((): fc.Arbitrary<unknown> => {
    if (schema.enum?.length) return fc.constantFrom(...schema.enum);
    switch (schema.type) {
      case 'string':
        return validString(schema, name, ctx, apiPath);
      case 'integer':
        return validNumber(schema, true);
      case 'number':
        return validNumber(schema, false);
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.array(validValue(schema.items, ctx, apiPath, name, depth + 1), {
          maxLength: Math.min(schema.maxItems ?? 3, 3),
        });
      case 'object':
      default:
        if (!schema.properties || depth > 4) return fc.constant({});
        return validObject(schema, ctx, apiPath, depth);
    }
  })();
  return schema.nullable ? fc.oneof({ weight: 5, arbitrary: value }, fc.constant(null)) : value;
}

function validObject(schema: OpenApiSchema, ctx: ArbitraryContext, apiPath: string, depth: number) {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(properties).map(([key, property]) => {
    const value = validValue(property, ctx, apiPath, key, depth + 1);
    // Optional fields are left out more often than not, so that valid bodies stay valid as a whole.
    const optional = fc.oneof(
      { weight: 2, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: value },
    );
    return [key, required.has(key) ? value : optional] as const;
  });
  return fc
    .record(Object.fromEntries(entries))
    .map((record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)));
}

/** A valid object with one thing wrong: mostly a field broken; else a field missing or unknown, or no object. */
function brokenObject(schema: OpenApiSchema, ctx: ArbitraryContext, apiPath: string): fc.Arbitrary<unknown> {
  const keys = Object.keys(schema.properties ?? {});
  const valid = validValue(schema, ctx, apiPath);
  const mutations: fc.MaybeWeightedArbitrary<unknown>[] = [
    fc.tuple(valid, fc.string({ maxLength: 12 }), brokenScalar).map(([v, key, bad]) => ({
      ...(v as object),
      [`unknown_${key}`]: bad,
    })),
    brokenScalar,
  ];
  if (keys.length > 0) {
    mutations.push(
      {
        weight: 5,
        arbitrary: fc
          .tuple(valid, fc.constantFrom(...keys), brokenScalar)
          .map(([v, key, bad]) => ({ ...(v as object), [key]: bad })),
      },
      // Null where the field may only be left out reached NOT NULL columns and string methods.
      {
        weight: 3,
        arbitrary: fc
          .tuple(valid, fc.constantFrom(...keys))
          .map(([v, key]) => ({ ...(v as object), [key]: null })),
      },
      fc.tuple(valid, fc.constantFrom(...keys)).map(([v, key]) => {
        const copy = { ...(v as Record<string, unknown>) };
        delete copy[key];
        return copy;
      }),
    );
  }
  return fc.oneof(...mutations);
}

function brokenText(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(
      '',
      '\u0000',
      'a\u0000b',
      '%00',
      'x'.repeat(150),
      '-'.repeat(36),
      '01900000-0000-7000-8000-00000000000',
      '../../etc/passwd',
      "' OR 1=1 --",
      ...DATE_TIME_FORMS,
      ...DATES,
      '-1',
      '1e309',
      '9007199254740993',
      '1.5',
    ),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
  );
}

function forgedCursor(ctx: ArbitraryContext): fc.Arbitrary<string> {
  const forged = fc.oneof(
    fc.constantFrom(
      Buffer.from('{"id":"zz"}').toString('base64url'),
      Buffer.from('{"at":"x","id":"y","dueAt":"z","giftReceivedAt":"w"}').toString('base64url'),
      'bm9wZQ',
      'a.b',
    ),
    fc.string({ maxLength: 40 }),
  );
  if (ctx.cursors.length === 0) return forged;
  const real = fc.constantFrom(...ctx.cursors);
  const altered = real.map((c) => `${c.slice(0, -2)}${c.endsWith('A') ? 'B' : 'A'}${c.slice(-1)}`);
  return fc.oneof(real, altered, forged);
}

function parameterValue(p: OpenApiParameter, ctx: ArbitraryContext, apiPath: string, broken: boolean) {
  if (p.name === 'cursor') return forgedCursor(ctx);
  if (broken) return brokenText();
  const schema = resolve(p.schema, ctx.document);
  if (schema.type === 'array') {
    return fc
      .array(validValue(schema.items, ctx, apiPath, p.name), { minLength: 1, maxLength: 3 })
      .map((v) => v.join(','));
  }
  return validValue(schema, ctx, apiPath, p.name).map((v) => String(v));
}

/** Drops the entries an optional parameter left out. */
function defined<T>(record: Record<string, T | undefined>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Record<string, T>;
}

/**
 * Requests to one operation: about half valid throughout (from the schemas, with ids and cursors the
 * API gave out), the others valid but for one broken part (a path parameter, a query parameter, a
 * header, the body's fields or shape, or its encoding).
 */
export function requestArbitrary(
  apiPath: string,
  operation: OpenApiOperation,
  ctx: ArbitraryContext,
): fc.Arbitrary<GeneratedRequest> {
  const parameters = operation.parameters ?? [];
  const pathParams = parameters.filter((p) => p.in === 'path');
  const queryParams = parameters.filter((p) => p.in === 'query');
  const headerParams = parameters.filter((p) => p.in === 'header');
  const bodySchema = operation.requestBody?.content['application/json']?.schema;

  const validPath = fc.record(
    Object.fromEntries(
      pathParams.map((p) => [
        p.name,
        parameterValue(p, ctx, apiPath, false).map((value) => ({ value: String(value) })),
      ]),
    ),
  ) as fc.Arbitrary<GeneratedRequest['path']>;
  const validQuery = fc
    .record(
      Object.fromEntries(
        queryParams.map((p) => {
          const value =
            p.name === 'cursor' && ctx.cursors.length > 0
              ? fc.constantFrom(...ctx.cursors)
              : p.name === 'cursor'
                ? fc.constant(undefined)
                : parameterValue(p, ctx, apiPath, false);
          return [p.name, p.required ? value : fc.option(value, { nil: undefined, freq: 2 })];
        }),
      ),
    )
    .map((r) => defined(r as Record<string, string | undefined>));
  const validHeaders = fc
    .record(
      Object.fromEntries(
        headerParams.map((p) => [
          p.name,
          fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: undefined }),
        ]),
      ),
    )
    .map((r) => defined(r as Record<string, string | undefined>));
  const validBody: fc.Arbitrary<GeneratedRequest['body']> = bodySchema
    ? validValue(bodySchema, ctx, apiPath).map((value) => ({ kind: 'json' as const, value }))
    : fc.constant({ kind: 'none' as const });
  const valid = fc.record({ path: validPath, query: validQuery, headers: validHeaders, body: validBody });

  const breakages: fc.Arbitrary<(r: GeneratedRequest) => GeneratedRequest>[] = [];
  for (const p of pathParams) {
    breakages.push(
      fc
        .oneof(
          brokenText().map((value) => ({ value })),
          fc.constantFrom('%zz', '%E0%A4%A', '%00', 'a%2Fb').map((value) => ({ value, raw: true })),
        )
        .map((broken) => (r: GeneratedRequest) => ({ ...r, path: { ...r.path, [p.name]: broken } })),
    );
  }
  for (const p of queryParams) {
    breakages.push(
      fc
        .oneof(
          parameterValue(p, ctx, apiPath, true),
          p.name === 'cursor' ? forgedCursor(ctx) : brokenText(),
          fc.tuple(brokenText(), brokenText()).map((pair): string[] => [...pair]),
        )
        .map((broken) => (r: GeneratedRequest) => ({ ...r, query: { ...r.query, [p.name]: broken } })),
    );
  }
  for (const p of headerParams) {
    breakages.push(
      fc
        .constantFrom('', 'x'.repeat(201), ' ')
        .map((broken) => (r: GeneratedRequest) => ({ ...r, headers: { ...r.headers, [p.name]: broken } })),
    );
  }
  breakages.push(
    (bodySchema
      ? fc.oneof(
          {
            weight: 4,
            arbitrary: brokenObject(resolve(bodySchema, ctx.document), ctx, apiPath).map((value) => ({
              kind: 'json' as const,
              value,
            })),
          },
          { weight: 1, arbitrary: rawBody(validValue(bodySchema, ctx, apiPath)) },
        )
      : rawBody(fc.constant({ a: 1 }))
    ).map((body) => (r: GeneratedRequest) => ({ ...r, body })),
  );
  const broken = fc.tuple(valid, fc.oneof(...breakages)).map(([request, breakIt]) => breakIt(request));
  return fc.oneof({ weight: 1, arbitrary: valid }, { weight: 1, arbitrary: broken });
}

/** The body as a client might botch it: malformed JSON, or a form, text or XML body. */
function rawBody(valid: fc.Arbitrary<unknown>): fc.Arbitrary<GeneratedRequest['body']> {
  // Thousands of levels: deep enough to overflow any recursive walk of the parsed body.
  const deep = `${'[{"a":'.repeat(2500)}1${'}]'.repeat(2500)}`;
  return fc.oneof(
    valid.map((v) => {
      const text = JSON.stringify(v) ?? 'null';
      const body = text.startsWith('{') && text.length > 2 ? `{"deep":${deep},${text.slice(1)}` : deep;
      return { kind: 'raw' as const, contentType: 'application/json', text: body };
    }),
    valid.map((v) => ({
      kind: 'raw' as const,
      contentType: 'application/json',
      text: JSON.stringify(v).slice(0, -1),
    })),
    valid.map((v) => ({
      kind: 'raw' as const,
      contentType: 'application/x-www-form-urlencoded',
      text: new URLSearchParams(
        Object.entries((v as Record<string, unknown>) ?? {}).map(([k, x]): [string, string] => [
          k,
          String(x),
        ]),
      ).toString(),
    })),
    fc.constantFrom(
      { kind: 'raw' as const, contentType: 'text/plain', text: '{"name":"plain"}' },
      { kind: 'raw' as const, contentType: 'application/xml', text: '<a/>' },
      { kind: 'raw' as const, contentType: 'application/json', text: '' },
      { kind: 'raw' as const, contentType: 'application/json', text: '{"__proto__":{"admin":true}}' },
    ),
  );
}
