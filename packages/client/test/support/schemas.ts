// The specs' JSON Schemas, read for generated tests: `$ref`s followed and `allOf` folded, a
// fast-check arbitrary for the values a schema accepts, and for each kind of value it refuses.
// Written from the spec alone (not from the generated validators), so a test built on these can
// tell the client's checks are right rather than merely self-consistent.
import fc from 'fast-check';
import { type ApiName, resolve, specDocument, specOperation } from './spec.js';

// biome-ignore lint/suspicious/noExplicitAny: JSON Schemas are walked generically.
export type Json = any;
export type Path = (string | number)[];
export type Kind = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

export function kindOf(value: unknown): Kind | 'other' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string' || typeof value === 'boolean') return typeof value as Kind;
  // A null-prototype object (`Object.create(null)`, which fast-check makes too) is plain data.
  const prototype = typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (prototype === Object.prototype || prototype === null) return 'object';
  return 'other';
}

/** The JSON types a flattened schema admits; undefined when it does not say (any, or a union). */
export function typesOf(schema: Json): Kind[] | undefined {
  if (schema === true || schema === undefined) return undefined;
  if (schema.type !== undefined) return [schema.type].flat();
  if ('const' in schema) return [kindOf(schema.const) as Kind];
  if (Array.isArray(schema.enum)) return [...new Set(schema.enum.map(kindOf))] as Kind[];
  const union: Json[] | undefined = schema.oneOf ?? schema.anyOf;
  if (union) {
    const kinds = union.map((branch) => typesOf(branch));
    if (kinds.some((k) => k === undefined)) return undefined;
    return [...new Set(kinds.flat())] as Kind[];
  }
  if (schema.properties || schema.required || schema.additionalProperties !== undefined)
    return ['object'];
  if (schema.items) return ['array'];
  return undefined;
}

export const admits = (types: readonly Kind[] | undefined, kind: Kind | 'other') =>
  kind !== 'other' &&
  (types === undefined || types.includes(kind) || (kind === 'integer' && types.includes('number')));

/** Whether a value of every JSON kind passes `types`: no value then has a wrong type. */
const admitsAll = (types: readonly Kind[]) =>
  (['null', 'boolean', 'number', 'string', 'array', 'object'] as const).every((kind) =>
    admits(types, kind),
  );

const strictest: Record<string, (a: number, b: number) => number> = {
  minimum: Math.max,
  exclusiveMinimum: Math.max,
  minLength: Math.max,
  minItems: Math.max,
  maximum: Math.min,
  exclusiveMaximum: Math.min,
  maxLength: Math.min,
  maxItems: Math.min,
  maxProperties: Math.min,
};

function merge(a: Json, b: Json): Json {
  if (a === true) return b;
  if (b === true) return a;
  const out: Json = { ...a };
  for (const [keyword, value] of Object.entries<Json>(b)) {
    if (!(keyword in out)) out[keyword] = value;
    else if (keyword === 'properties') {
      const properties = { ...out.properties };
      for (const [name, schema] of Object.entries(value))
        properties[name] = name in properties ? { allOf: [properties[name], schema] } : schema;
      out.properties = properties;
    } else if (keyword === 'required') out.required = [...new Set([...out.required, ...value])];
    else if (keyword === 'type') {
      const types = [value].flat();
      out.type = [out.type].flat().filter((t: string) => types.includes(t));
    } else if (strictest[keyword]) out[keyword] = strictest[keyword](out[keyword], value);
    else out[keyword] = value;
  }
  return out;
}

/**
 * `fn` remembered per schema node (and depth): building arbitraries, `stringMatching` above all,
 * costs far more than using them, and the same nodes are met on every run.
 */
function remembered<T>(fn: (document: Json, node: Json, depth: number) => T) {
  const cache = new WeakMap<object, Map<number, T>>();
  return (document: Json, node: Json, depth = 0): T => {
    if (typeof node !== 'object' || node === null) return fn(document, node, depth);
    let byDepth = cache.get(node);
    if (!byDepth) {
      byDepth = new Map();
      cache.set(node, byDepth);
    }
    if (!byDepth.has(depth)) byDepth.set(depth, fn(document, node, depth));
    return byDepth.get(depth) as T;
  };
}

/** The schema with its `$ref`s followed and its `allOf` folded in; unions stay as they are. */
export const flatten = remembered(flattened);

function flattened(document: Json, schema: Json, depth: number): Json {
  if (schema === true || schema === undefined) return true;
  if (depth > 40) throw new Error('Schema nests too deeply');
  const { $ref, allOf, ...rest } = schema;
  let result: Json = true;
  if (typeof $ref === 'string')
    result = merge(result, flatten(document, resolve(document, schema), depth + 1));
  for (const part of allOf ?? []) result = merge(result, flatten(document, part, depth + 1));
  return merge(result, rest);
}

// --- What the spec says an operation takes ---------------------------------------------------

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  /** Flattened. */
  schema: Json;
  /** A comma-separated list (`x-comma-list`): the schema of one item, flattened. */
  commaItem?: Json;
}

export interface OperationSpec {
  document: Json;
  parameters: ParameterSpec[];
  /** The body schema, flattened; undefined without a JSON body. */
  body?: Json;
  /** Every example of the body the spec gives. */
  bodyExamples: unknown[];
}

export function operationSpec(api: ApiName, operationId: string): OperationSpec {
  const document = specDocument(api);
  const { operation, parameters } = specOperation(api, operationId);
  const params = parameters
    .filter((p: Json) => p.in === 'path' || p.in === 'query')
    .map((p: Json): ParameterSpec => {
      const schema = flatten(document, p.schema ?? true);
      const comma = schema === true ? undefined : schema['x-comma-list'];
      return {
        name: p.name,
        in: p.in,
        required: p.required === true,
        schema,
        ...(comma ? { commaItem: flatten(document, comma.items ?? true) } : {}),
      };
    });
  const requestBody = operation.requestBody && resolve(document, operation.requestBody);
  const type = Object.keys(requestBody?.content ?? {}).find((t) => t.includes('json'));
  const content = type ? requestBody.content[type] : undefined;
  const bodyExamples: unknown[] = [];
  if (content && 'example' in content) bodyExamples.push(content.example);
  for (const example of Object.values<Json>(content?.examples ?? {}))
    bodyExamples.push(resolve(document, example).value);
  return {
    document,
    parameters: params,
    ...(content?.schema ? { body: flatten(document, content.schema) } : {}),
    bodyExamples,
  };
}

// --- Values a schema accepts ---------------------------------------------------------------------

const dateTime = fc
  .date({
    min: new Date('1970-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());
const formatted: Record<string, fc.Arbitrary<string>> = {
  'date-time': dateTime,
  date: dateTime.map((value) => value.slice(0, 10)),
  uuid: fc.uuid(),
  uri: fc.webUrl(),
  url: fc.webUrl(),
};

const lengthOk = (schema: Json) => (value: string) => {
  const length = [...value].length;
  return length >= (schema.minLength ?? 0) && length <= (schema.maxLength ?? Infinity);
};

function validString(schema: Json): fc.Arbitrary<string> {
  const format = formatted[schema.format];
  if (format) return format.filter(lengthOk(schema));
  if (schema.pattern)
    return fc
      .stringMatching(new RegExp(schema.pattern, 'u'), { size: 'xsmall' })
      .filter(lengthOk(schema));
  const minLength = schema.minLength ?? 0;
  return fc.string({
    minLength,
    maxLength: Math.max(minLength, Math.min(schema.maxLength ?? 12, 12)),
  });
}

/** The bounds of a number schema as an inclusive range, kept within ±1e6 where it is open. */
function numberRange(schema: Json, integer: boolean) {
  const step = integer ? 1 : 0;
  let min: number = schema.minimum ?? -1e6;
  let max: number = schema.maximum ?? Math.max(min, 0) + 1e6;
  if (schema.exclusiveMinimum !== undefined) min = Math.max(min, schema.exclusiveMinimum + step);
  if (schema.exclusiveMaximum !== undefined) max = Math.min(max, schema.exclusiveMaximum - step);
  return { min, max };
}

function validNumber(schema: Json, integer: boolean): fc.Arbitrary<number> {
  const { min, max } = numberRange(schema, integer);
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc
    .double({
      min,
      max,
      noNaN: true,
      noDefaultInfinity: true,
      minExcluded: schema.exclusiveMinimum !== undefined && schema.minimum === undefined,
      maxExcluded: schema.exclusiveMaximum !== undefined && schema.maximum === undefined,
    })
    .map((n) => (Object.is(n, -0) ? 0 : n));
}

const plainKey = fc.string({ minLength: 1, maxLength: 8 }).filter((key) => key !== '__proto__');

/** Whether a `propertyNames` schema (only its length and pattern) admits a key. */
const namesAllow = (names: Json | undefined, key: string) =>
  !names ||
  (key.length >= (names.minLength ?? 0) &&
    key.length <= (names.maxLength ?? Infinity) &&
    (names.pattern === undefined || new RegExp(names.pattern, 'u').test(key)));

/** An arbitrary for values the schema accepts. Deep optional fields are left out. */
export const validValue = remembered(valueArbitrary);

function valueArbitrary(document: Json, node: Json, depth: number): fc.Arbitrary<unknown> {
  const schema = flatten(document, node);
  if (schema === true) return fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean());
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const union: Json[] | undefined = schema.oneOf ?? schema.anyOf;
  if (union) {
    const { oneOf: _o, anyOf: _a, ...rest } = schema;
    return fc.oneof(
      ...union.map((branch) => validValue(document, { allOf: [rest, branch] }, depth + 1)),
    );
  }
  const types = typesOf(schema) ?? ['string'];
  const preferred = types.length > 1 ? types.filter((t) => t !== 'null') : types;
  return fc.oneof(
    ...preferred.map((type): fc.Arbitrary<unknown> => {
      switch (type) {
        case 'null':
          return fc.constant(null);
        case 'boolean':
          return fc.boolean();
        case 'integer':
        case 'number':
          return validNumber(schema, type === 'integer' || schema.format === 'int64');
        case 'string':
          return validString(schema);
        case 'array': {
          const minLength = schema.minItems ?? 0;
          const maxLength = Math.min(schema.maxItems ?? 3, Math.max(minLength, depth > 3 ? 0 : 3));
          return fc.array(validValue(document, schema.items ?? true, depth + 1), {
            minLength,
            maxLength,
          });
        }
        default:
          return validObject(document, schema, depth);
      }
    }),
  );
}

function validObject(document: Json, schema: Json, depth: number): fc.Arbitrary<unknown> {
  const required: string[] = schema.required ?? [];
  const forbidden: string[] = schema.not?.required ?? [];
  const names = Object.keys(schema.properties ?? {}).filter(
    (name) => !forbidden.includes(name) && (required.includes(name) || depth < 3),
  );
  for (const name of required) if (!names.includes(name)) names.push(name);
  const record = fc.record(
    Object.fromEntries(
      names.map((name) => [
        name,
        validValue(
          document,
          schema.properties?.[name] ?? schema.additionalProperties ?? true,
          depth + 1,
        ),
      ]),
    ),
    { requiredKeys: required },
  );
  const extra = schema.additionalProperties;
  if (typeof extra !== 'object' || depth >= 3) return record;
  const known = new Set(Object.keys(schema.properties ?? {}));
  const maxKeys = Math.min(2, (schema.maxProperties ?? Infinity) - names.length);
  if (maxKeys <= 0) return record;
  return fc
    .tuple(
      record,
      fc.dictionary(
        plainKey.filter((key) => !known.has(key) && namesAllow(schema.propertyNames, key)),
        validValue(document, extra, depth + 1),
        { maxKeys },
      ),
    )
    .map(([fields, more]) => ({ ...more, ...fields }));
}

// --- Values a schema refuses -----------------------------------------------------------------

/** A lone UTF-16 surrogate inside an otherwise ordinary string. */
export const loneSurrogate = fc
  .tuple(
    fc.string({ maxLength: 4 }),
    fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF'),
    fc.string({ maxLength: 4 }),
  )
  .map((parts) => parts.join(''));

class Shape {
  readonly made = 'by a class';
}

/** Values that are not plain data, whatever the schema: each made afresh. */
export const notPlainData: fc.Arbitrary<unknown> = fc
  .constantFrom('function', 'symbol', 'bigint', 'Date', 'Map', 'class', 'circular', 'sparse')
  .map((what) => {
    switch (what) {
      case 'function':
        return () => 'x';
      case 'symbol':
        return Symbol('x');
      case 'bigint':
        return 1n;
      case 'Date':
        return new Date(0);
      case 'Map':
        return new Map([['a', 1]]);
      case 'class':
        return new Shape();
      case 'sparse':
        return Object.assign(new Array(3), { 0: 1, 2: 3 });
      default: {
        const circular: Record<string, unknown> = { a: 1 };
        circular.self = circular;
        return circular;
      }
    }
  });

export const nonFinite = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
);

/** JSON-ish values of every kind, for picking one of a kind a schema does not admit. */
export const anyKind: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 3 })), { maxLength: 2 }),
  fc.dictionary(plainKey, fc.integer(), { maxKeys: 2 }),
);

/** Strings that try to leave a path segment or a query value. */
export const injections = [
  '/',
  'a/b',
  '../x',
  '..',
  '.',
  'a?b=c',
  '?',
  '#',
  'a#b',
  '%2F',
  '%2f..%2f',
  '%2e%2e',
  '\\',
  'a b',
  '&x=y',
  '\n',
  '\u0000',
];

const looksLikeDateTime = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}/;
const looksLikeUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const looksLikeUri = /^[a-z][a-z0-9+.-]*:/i;
const notFormatted: Record<string, fc.Arbitrary<string>> = {
  'date-time': fc
    .oneof(
      fc.constantFrom(
        'yesterday',
        '2026-11-20',
        '2026-11-20T14:03:11',
        '20261120T140311Z',
        '2026-11-20T25:00:00Z',
      ),
      fc.string({ maxLength: 24 }),
    )
    .filter((value) => value.endsWith(':00Z') || !looksLikeDateTime.test(value)),
  date: fc
    .oneof(fc.constantFrom('2026-13-01', '20261120', 'today'), fc.string({ maxLength: 10 }))
    .filter((value) => value === '2026-13-01' || !/^\d{4}-\d{2}-\d{2}$/.test(value)),
  uuid: fc.string({ maxLength: 40 }).filter((value) => !looksLikeUuid.test(value)),
  uri: fc
    .oneof(fc.constantFrom('not a uri', 'example.com/x', '/relative'), fc.string({ maxLength: 12 }))
    .filter((value) => !looksLikeUri.test(value)),
};
notFormatted.url = notFormatted.uri as fc.Arbitrary<string>;

/** One way a value can break its schema: the rule broken and values that break it. */
export interface Breach {
  rule: string;
  value: fc.Arbitrary<unknown>;
  /** The value breaks plain-data rules, which the client reports at the exact path. */
  plain?: boolean;
}

/**
 * Every way a value at a node of `schema` can be made invalid on its own. `admitted` narrows the
 * kinds a replacement may have (what the client would otherwise read differently).
 */
export const breaches = remembered((document: Json, node: Json) => breachesOf(document, node));

function breachesOf(document: Json, node: Json): Breach[] {
  const schema = flatten(document, node);
  const found: Breach[] = [
    { rule: 'finite', value: nonFinite, plain: true },
    { rule: 'plainData', value: notPlainData, plain: true },
    { rule: 'unicode', value: loneSurrogate, plain: true },
  ];
  if (schema === true) return found;
  const types = typesOf(schema);
  if (types && !admitsAll(types))
    found.push({ rule: 'type', value: anyKind.filter((value) => !admits(types, kindOf(value))) });
  const numeric = types?.filter((t) => t === 'integer' || t === 'number') ?? [];
  if (numeric.length > 0 && !Array.isArray(schema.enum)) {
    const integer = !numeric.includes('number') || schema.format === 'int64';
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = schema;
    const below = (edge: number, inclusive: boolean) =>
      integer
        ? fc.integer({
            min: Math.floor(edge) - 1e6,
            max: inclusive ? Math.ceil(edge) - 1 : Math.floor(edge),
          })
        : fc
            .double({ min: edge - 1e6, max: edge, maxExcluded: inclusive, noNaN: true })
            .filter((n) => (inclusive ? n < edge : n <= edge));
    const above = (edge: number, inclusive: boolean) =>
      integer
        ? fc.integer({
            min: inclusive ? Math.floor(edge) + 1 : Math.ceil(edge),
            max: Math.ceil(edge) + 1e6,
          })
        : fc
            .double({ min: edge, max: edge + 1e6, minExcluded: inclusive, noNaN: true })
            .filter((n) => (inclusive ? n > edge : n >= edge));
    if (minimum !== undefined) found.push({ rule: 'minimum', value: below(minimum, true) });
    if (exclusiveMinimum !== undefined)
      found.push({ rule: 'exclusiveMinimum', value: below(exclusiveMinimum, false) });
    if (maximum !== undefined) found.push({ rule: 'maximum', value: above(maximum, true) });
    if (exclusiveMaximum !== undefined)
      found.push({ rule: 'exclusiveMaximum', value: above(exclusiveMaximum, false) });
    if (integer) {
      const { min, max } = numberRange(schema, false);
      found.push({
        rule: 'integer',
        value: fc.double({ min, max, noNaN: true }).filter((n) => !Number.isInteger(n)),
      });
    }
    if (schema.format === 'int64')
      found.push({
        rule: 'format',
        value: fc.constantFrom(2 ** 53, -(2 ** 53) - 2, 2 ** 60, 1e21),
      });
  }
  if (Array.isArray(schema.enum)) {
    const allowed = schema.enum as unknown[];
    if (admits(types, 'string'))
      found.push({
        rule: 'enum',
        value: fc
          .oneof(fc.string({ maxLength: 10 }), fc.constantFrom(...injections))
          .filter((v) => !allowed.includes(v)),
      });
    if (admits(types, 'integer'))
      found.push({
        rule: 'enum',
        value: fc.integer({ min: -1000, max: 1000 }).filter((v) => !allowed.includes(v)),
      });
  }
  if (admits(types, 'string') && types?.includes('string') && !Array.isArray(schema.enum)) {
    const pattern = schema.pattern ? new RegExp(schema.pattern, 'u') : undefined;
    // Only where some string breaks it: a filter that nothing passes would never end.
    if (pattern && [...injections, '', 'x', '!!', 'A B'].some((v) => !pattern.test(v))) {
      found.push({
        rule: 'pattern',
        value: fc
          .oneof(fc.constantFrom(...injections), fc.string({ maxLength: 12 }))
          .filter((v) => !pattern.test(v)),
      });
    }
    const format = notFormatted[schema.format];
    if (format) found.push({ rule: 'format', value: format });
    if ((schema.minLength ?? 0) > 0)
      found.push({ rule: 'minLength', value: fc.string({ maxLength: schema.minLength - 1 }) });
    if (schema.maxLength !== undefined && schema.maxLength < 2000)
      found.push({
        rule: 'maxLength',
        value: fc.string({
          minLength: schema.maxLength + 1,
          maxLength: schema.maxLength + 8,
          unit: 'grapheme-ascii',
        }),
      });
  }
  if (types?.includes('array')) {
    if ((schema.minItems ?? 0) > 0) found.push({ rule: 'minItems', value: fc.constant([]) });
    if (schema.maxItems !== undefined && schema.maxItems < 50)
      found.push({
        rule: 'maxItems',
        value: fc.array(validValue(document, schema.items ?? true, 4), {
          minLength: schema.maxItems + 1,
          maxLength: schema.maxItems + 2,
        }),
      });
  }
  return found;
}

// --- Where a valid value can be broken ---------------------------------------------------------

/** One change that makes a valid value invalid, and where the client must say it is. */
export interface Site {
  /** `body.elements[1].id: type`, for the failure message. */
  label: string;
  /** The issue path the refusal must name (an issue at it or below it). */
  at: Path;
  /** A changed copy of the value; the value itself is left alone. */
  change: fc.Arbitrary<unknown>;
}

export function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Json;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment];
  node[path.at(-1) as string | number] = replacement;
  return copy;
}

/** The value with `path` removed, or turned into a getter, an inherited or a hidden field. */
export function reshapeAt(
  value: unknown,
  path: Path,
  how: 'remove' | 'getter' | 'inherited' | 'hidden' | 'hole',
): unknown {
  const copy = structuredClone(value) as Json;
  let parent = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment];
  const key = path.at(-1) as string | number;
  const field = parent[key];
  if (how === 'remove' || how === 'hole') {
    delete parent[key];
    return copy;
  }
  const replaced =
    how === 'inherited'
      ? Object.create({ [key]: field })
      : Object.defineProperty(
          {},
          key,
          how === 'getter'
            ? { get: () => field, enumerable: true }
            : { value: field, enumerable: false },
        );
  for (const [name, own] of Object.entries(parent)) if (name !== String(key)) replaced[name] = own;
  if (path.length === 1) return replaced;
  let grand = copy;
  for (const segment of path.slice(0, -2)) grand = grand[segment];
  grand[path.at(-2) as string | number] = replaced;
  return copy;
}

const show = (path: Path) =>
  path
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`,
    )
    .join('');

/** Properties of a union branch that hold a constant: what tells the branches apart. */
function tagsOf(document: Json, branch: Json): string[] {
  return Object.entries<Json>(branch.properties ?? {})
    .filter(([, property]) => {
      const s = flatten(document, property);
      return s !== true && ('const' in s || (Array.isArray(s.enum) && s.enum.length === 1));
    })
    .map(([name]) => name);
}

/** The one branch of a union the value belongs to (by its tags and required fields), if one. */
function branchOf(document: Json, union: Json[], rest: Json, value: unknown): Json | undefined {
  const plausible = union
    .map((branch) => flatten(document, { allOf: [rest, branch] }))
    .filter((branch) => {
      if (!admits(typesOf(branch), kindOf(value))) return false;
      if (kindOf(value) !== 'object') return true;
      const object = value as Record<string, unknown>;
      const required: string[] = branch.required ?? [];
      if (!required.every((name) => Object.hasOwn(object, name))) return false;
      return tagsOf(document, branch).every((name) => {
        const tag = flatten(document, branch.properties[name]);
        const allowed = 'const' in tag ? [tag.const] : tag.enum;
        return allowed.includes(object[name]);
      });
    });
  return plausible.length === 1 ? plausible[0] : undefined;
}

/**
 * Every site where `value` (which `schema` accepts, at `root`) can be broken by one change. A
 * schema rule broken inside a union branch may be reported at the union, so `at` is the union's
 * path there; a plain-data breach is reported where it is.
 */
export function sitesOf(document: Json, schema: Json, value: unknown, root: Path): Site[] {
  const sites: Site[] = [];
  const walk = (
    node: Json,
    current: unknown,
    path: Path,
    union: Path | undefined,
    tag: boolean,
  ) => {
    let s = flatten(document, node);
    const where = [...root, ...path];
    const reportAt = (exact: boolean) => (exact || !union ? where : [...root, ...union]);
    const alternatives: Json[] | undefined = s === true ? undefined : (s.oneOf ?? s.anyOf);
    let tags: string[] = [];
    if (alternatives) {
      const { oneOf: _o, anyOf: _a, ...rest } = s;
      const types = typesOf(s);
      if (types && !admitsAll(types))
        sites.push({
          label: `${show(where)}: type (of a union)`,
          at: where,
          change: anyKind
            .filter((v) => !admits(types, kindOf(v)))
            .map((v) => setAt(value, path, v)),
        });
      for (const breach of breaches(document, true))
        sites.push({
          label: `${show(where)}: ${breach.rule}`,
          at: where,
          change: breach.value.map((v) => setAt(value, path, v)),
        });
      const branch = branchOf(document, alternatives, rest, current);
      if (!branch) return;
      s = branch;
      union ??= path;
      tags = tagsOf(document, branch);
    } else {
      for (const breach of breaches(document, s)) {
        if (tag && !breach.plain) continue;
        sites.push({
          label: `${show(where)}: ${breach.rule}`,
          at: reportAt(breach.plain === true),
          change: breach.value.map((v) => setAt(value, path, v)),
        });
      }
    }
    if (s === true) return;
    if (kindOf(current) === 'object') {
      const object = current as Record<string, unknown>;
      for (const key of Object.keys(object)) {
        const child = [...path, key];
        const at = [...root, ...child];
        for (const how of ['getter', 'inherited', 'hidden'] as const)
          sites.push({
            label: `${show(at)}: ${how}`,
            at,
            change: fc.constant(null).map(() => reshapeAt(value, child, how)),
          });
        if ((s.required ?? []).includes(key) && !tags.includes(key))
          sites.push({
            label: `${show(at)}: required`,
            at: union ? [...root, ...union] : at,
            change: fc.constant(null).map(() => reshapeAt(value, child, 'remove')),
          });
        const childSchema =
          s.properties?.[key] ??
          (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
        if (childSchema !== undefined)
          walk(childSchema, object[key], child, union, tags.includes(key));
      }
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => {
        const child = [...path, index];
        const at = [...root, ...child];
        sites.push({
          label: `${show(at)}: hole`,
          at,
          change: fc.constant(null).map(() => reshapeAt(value, child, 'hole')),
        });
        if (s.items !== undefined) walk(s.items, item, child, union, false);
      });
    }
  };
  walk(schema, value, [], undefined, false);
  return sites;
}
