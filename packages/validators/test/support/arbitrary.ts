// A fast-check arbitrary for the values a JSON Schema (2020-12, as the specs use it) accepts.
// Covers `$ref`, `type` (with null), `enum` / `const`, strings with length, `pattern` and the
// formats of src/runtime/formats.ts, integer / number bounds, booleans, arrays with item counts,
// objects with required / optional properties, `additionalProperties` and `propertyNames`,
// `oneOf` / `anyOf` / `allOf`, and `not: { required: [...] }` (a property that must be absent).
// Any other constraining keyword throws, so a spec that starts using one is noticed.
import fc from 'fast-check';
import { formats } from '../../src/runtime/formats.ts';
import type { Json } from './apis.ts';
import { flatten, isAnnotation, type JsonKind } from './schema.ts';

const handled = new Set([
  'type',
  'enum',
  'const',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'anyOf',
  'oneOf',
  'not',
  '$schema',
  '$id',
]);

export interface ArbitraryOptions {
  /** Deeper than this, optional properties are left out and arrays kept empty where allowed. */
  maxDepth?: number;
  /** Add unknown properties to objects that allow them. */
  extraProperties?: boolean;
}

/** `not: { required: [a, b] }`, optionally listing those properties: a, b must not all be present. */
function isForbiddenProperties(not: Json): boolean {
  if (!not || typeof not !== 'object' || !Array.isArray(not.required)) return false;
  return Object.keys(not).every((k) => k === 'required' || k === 'properties' || isAnnotation(k));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** RFC 3339 date-times: any real calendar day, optional fraction of 1–9 digits, `Z` or an offset. */
export const dateTimeArbitrary = fc
  .record({
    date: fc.date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    }),
    fraction: fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }),
    offset: fc.oneof(
      fc.constantFrom('Z', 'z'),
      fc
        .tuple(
          fc.constantFrom('+', '-'),
          fc.integer({ min: 0, max: 23 }),
          fc.integer({ min: 0, max: 59 }),
        )
        .map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`),
    ),
  })
  .map(({ date, fraction, offset }) => {
    return `${date.toISOString().slice(0, 19)}${fraction === undefined ? '' : `.${fraction}`}${offset}`;
  });

const dateArbitrary = fc
  .date({
    min: new Date('0001-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const formatArbitraries: Record<string, fc.Arbitrary<string>> = {
  'date-time': dateTimeArbitrary,
  date: dateArbitrary,
  uuid: fc.uuid(),
  email: fc.emailAddress(),
  uri: fc.webUrl(),
  url: fc.webUrl(),
};

function stringArbitrary(schema: Json): fc.Arbitrary<string> {
  const { minLength = 0, maxLength } = schema;
  const length = (s: string) => {
    const n = [...s].length;
    return n >= minLength && (maxLength === undefined || n <= maxLength);
  };
  let base: fc.Arbitrary<string>;
  if (typeof schema.format === 'string' && formats[schema.format]?.type === 'string') {
    const arbitrary = formatArbitraries[schema.format];
    if (!arbitrary) throw new Error(`No arbitrary for string format "${schema.format}"`);
    base = arbitrary.filter(length);
    if (schema.pattern) {
      const pattern = new RegExp(schema.pattern, 'u');
      base = base.filter((s) => pattern.test(s));
    }
  } else if (schema.pattern) {
    base = fc
      .stringMatching(new RegExp(schema.pattern, 'u'), { maxLength: maxLength ?? 40 })
      .filter(length);
  } else {
    base = fc.string({ minLength, maxLength: maxLength ?? Math.max(minLength, 20) });
  }
  return base;
}

function numberArbitrary(schema: Json, integer: boolean): fc.Arbitrary<number> {
  const format = formats[schema.format];
  let min: number | undefined = schema.minimum;
  let max: number | undefined = schema.maximum;
  if (schema.exclusiveMinimum !== undefined) {
    min = Math.max(min ?? -Infinity, schema.exclusiveMinimum + (integer ? 1 : 0));
  }
  if (schema.exclusiveMaximum !== undefined) {
    max = Math.min(max ?? Infinity, schema.exclusiveMaximum - (integer ? 1 : 0));
  }
  if (integer || schema.format === 'int32' || schema.format === 'int64') {
    const limit = schema.format === 'int64' ? Number.MAX_SAFE_INTEGER : 2 ** 31 - 1;
    return fc.integer({
      min: Math.ceil(Math.max(min ?? -limit, -limit)),
      max: Math.floor(Math.min(max ?? limit, limit)),
    });
  }
  if (format && format.type !== 'number') throw new Error(`Format ${schema.format} on a number`);
  return fc
    .double({
      min: min ?? -1e12,
      max: max ?? 1e12,
      noNaN: true,
      noDefaultInfinity: true,
      minExcluded: schema.exclusiveMinimum !== undefined && schema.minimum === undefined,
      maxExcluded: schema.exclusiveMaximum !== undefined && schema.maximum === undefined,
    })
    .map((n) => (Object.is(n, -0) ? 0 : n));
}

/** Builds an arbitrary for `schema`, whose `$ref`s point into `document`. */
export function arbitraryFor(
  document: Json,
  schema: Json,
  options: ArbitraryOptions = {},
): fc.Arbitrary<unknown> {
  const maxDepth = options.maxDepth ?? 6;

  const build = (node: Json, depth: number): fc.Arbitrary<unknown> => {
    if (depth > 30) throw new Error('Schema recursion too deep to generate values for');
    const s = flatten(document, node);
    if (s === true) return fc.jsonValue({ maxDepth: 1 });
    if (s === false) throw new Error('No value satisfies the schema false');
    for (const keyword of Object.keys(s)) {
      if (!handled.has(keyword) && !isAnnotation(keyword)) {
        throw new Error(`The arbitrary builder does not handle "${keyword}"`);
      }
    }
    if (s.not !== undefined && !isForbiddenProperties(s.not)) {
      throw new Error('The arbitrary builder only handles `not: { required: [...] }`');
    }
    if ('const' in s) return fc.constant(s.const);
    if (Array.isArray(s.enum)) return fc.constantFrom(...s.enum);
    const union = s.oneOf ?? s.anyOf;
    if (union) {
      const { oneOf: _o, anyOf: _a, ...rest } = s;
      const constrained = Object.keys(rest).some((k) => !isAnnotation(k));
      return fc.oneof(
        ...union.map((branch: Json) =>
          build(constrained ? { allOf: [rest, branch] } : branch, depth + 1),
        ),
      );
    }
    const types: JsonKind[] = s.type
      ? [s.type].flat()
      : s.properties || s.required || s.additionalProperties !== undefined
        ? ['object']
        : s.items
          ? ['array']
          : ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'];
    const arbitraries = types.map((type): fc.Arbitrary<unknown> => {
      switch (type) {
        case 'null':
          return fc.constant(null);
        case 'boolean':
          return fc.boolean();
        case 'integer':
          return numberArbitrary(s, true);
        case 'number':
          return numberArbitrary(s, false);
        case 'string':
          return stringArbitrary(s);
        case 'array':
          return arrayArbitrary(s, depth);
        case 'object':
          return objectArbitrary(s, depth);
        default:
          throw new Error(`Unknown type ${type}`);
      }
    });
    return arbitraries.length === 1
      ? (arbitraries[0] as fc.Arbitrary<unknown>)
      : fc.oneof(...arbitraries);
  };

  const arrayArbitrary = (s: Json, depth: number) => {
    const minLength: number = s.minItems ?? 0;
    const shallow = depth >= maxDepth;
    const maxLength: number = Math.min(
      s.maxItems ?? Infinity,
      Math.max(minLength, shallow ? 0 : 3),
    );
    if (maxLength === 0) return fc.constant([]);
    const items = build(s.items ?? true, depth + 1);
    return s.uniqueItems
      ? fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
      : fc.array(items, { minLength, maxLength });
  };

  const objectArbitrary = (s: Json, depth: number) => {
    const required: string[] = s.required ?? [];
    const forbidden: string[] = s.not?.required ?? [];
    if (forbidden.some((name) => required.includes(name))) throw new Error('No object is valid');
    const properties: Record<string, Json> = { ...s.properties };
    for (const name of forbidden) delete properties[name];
    for (const name of required) properties[name] ??= s.additionalProperties ?? true;
    const shallow = depth >= maxDepth;
    const keys = Object.keys(properties).filter((k) => required.includes(k) || !shallow);
    const record = fc.record(
      Object.fromEntries(keys.map((k) => [k, build(properties[k], depth + 1)])),
      { requiredKeys: required },
    );
    const extra = s.additionalProperties ?? options.extraProperties === true;
    if (extra === false || shallow) return record;
    // Names an object may add: any short string, or what its `propertyNames` schema allows.
    const names = s.propertyNames
      ? (build({ type: 'string', ...s.propertyNames }, depth + 1) as fc.Arbitrary<string>)
      : fc.string({ minLength: 1, maxLength: 8 });
    const extraKey = names.filter(
      (k) => !(k in properties) && !forbidden.includes(k) && k !== '__proto__',
    );
    return fc
      .tuple(record, fc.dictionary(extraKey, build(extra, depth + 1), { maxKeys: 2 }))
      .map(([known, more]) => ({ ...more, ...known }));
  };

  return build(schema, 0);
}
