// Builds the fixture blueprints of one spec: an example value per named object schema and the
// list of leaves a seeded fixture may vary. Used by scripts/src/targets/testing.ts at generation
// time only; nothing here ships in the package.
import type { Variation } from '../src/fixtures/blueprint.ts';

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI documents are walked generically.
type Json = any;
type Path = (string | number)[];

export interface FixtureSource {
  document: Json;
  /** Whether `value` satisfies the schema at `pointer` (the target checks with Ajv). */
  validates(pointer: string, value: unknown): boolean;
}

export interface FixtureBlueprintData {
  /** Factory name, e.g. `logEntry` for the schema `LogEntry`. */
  name: string;
  schema: string;
  example: unknown;
  variations: Variation[];
}

const schemaPrefix = '#/components/schemas/';
const escapeSegment = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');
const unescapeSegment = (segment: string) => segment.replaceAll('~1', '/').replaceAll('~0', '~');

function nodeAt(document: Json, pointer: string): Json {
  let node = document;
  for (const raw of pointer.replace(/^#/, '').split('/').slice(1))
    node = node?.[unescapeSegment(raw)];
  return node;
}

/** Follows `$ref`s from `pointer` to the first node that is not a reference. */
function resolvePointer(document: Json, pointer: string): string {
  let current = pointer;
  for (let hops = 0; hops < 32; hops++) {
    const ref = nodeAt(document, current)?.$ref;
    if (typeof ref !== 'string') return current;
    if (!ref.startsWith('#/')) throw new Error(`Only local references are allowed, found ${ref}`);
    current = ref;
  }
  throw new Error(`Reference chain too long at ${pointer}`);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const factoryName = (schema: string) =>
  schema
    .replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())
    .replace(/^./, (c) => c.toLowerCase());

/**
 * Walks a value along its schema and calls `visit` for every node, with the schema pointer
 * after `$ref`s are followed. Union branches are entered only when the value matches them,
 * so examples inside a `oneOf` are attributed to the right schema.
 */
function walk(
  source: FixtureSource,
  pointer: string,
  value: unknown,
  path: Path,
  visit: (
    pointer: string,
    value: unknown,
    path: Path,
    refName?: string,
    viaAllOf?: boolean,
  ) => void,
  viaAllOf = false,
): void {
  const { document } = source;
  const ref = nodeAt(document, pointer)?.$ref;
  const refName =
    typeof ref === 'string' && ref.startsWith(schemaPrefix)
      ? unescapeSegment(ref.slice(schemaPrefix.length))
      : undefined;
  const at = resolvePointer(document, pointer);
  const schema = nodeAt(document, at);
  if (!schema || typeof schema !== 'object') return;
  visit(at, value, path, refName, viaAllOf);
  const allOf: Json[] = schema.allOf ?? [];
  for (let i = 0; i < allOf.length; i++) walk(source, `${at}/allOf/${i}`, value, path, visit, true);
  for (const union of ['oneOf', 'anyOf'] as const) {
    const branches: Json[] = schema[union] ?? [];
    const index = branches.findIndex((_, i) => source.validates(`${at}/${union}/${i}`, value));
    if (index >= 0) walk(source, `${at}/${union}/${index}`, value, path, visit);
  }
  if (Array.isArray(value) && schema.items && typeof schema.items === 'object') {
    for (const [i, item] of value.entries()) walk(source, `${at}/items`, item, [...path, i], visit);
  } else if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (schema.properties?.[key])
        walk(source, `${at}/properties/${escapeSegment(key)}`, child, [...path, key], visit);
      else if (isPlainObject(schema.additionalProperties))
        walk(source, `${at}/additionalProperties`, child, [...path, key], visit);
    }
  }
}

/** Every media-type example of every operation, with the pointer of its schema, default first. */
function mediaExamples(document: Json): { schemaPointer: string; value: unknown }[] {
  const found: { schemaPointer: string; value: unknown }[] = [];
  const fromContent = (owner: string) => {
    const content = nodeAt(document, owner)?.content ?? {};
    for (const mediaType of Object.keys(content)) {
      const at = `${owner}/content/${escapeSegment(mediaType)}`;
      const media = content[mediaType];
      if (!media?.schema) continue;
      if ('example' in media) found.push({ schemaPointer: `${at}/schema`, value: media.example });
      for (const name of Object.keys(media.examples ?? {})) {
        const example = nodeAt(
          document,
          resolvePointer(document, `${at}/examples/${escapeSegment(name)}`),
        );
        if (example && 'value' in example)
          found.push({ schemaPointer: `${at}/schema`, value: example.value });
      }
    }
  };
  for (const [path, item] of Object.entries<Json>(document.paths ?? {})) {
    for (const method of Object.keys(item)) {
      const operation = `#/paths/${escapeSegment(path)}/${method}`;
      if (!nodeAt(document, operation)?.responses) continue;
      if (nodeAt(document, `${operation}/requestBody`))
        fromContent(resolvePointer(document, `${operation}/requestBody`));
      for (const status of Object.keys(nodeAt(document, `${operation}/responses`))) {
        fromContent(resolvePointer(document, `${operation}/responses/${escapeSegment(status)}`));
      }
    }
  }
  return found;
}

/**
 * The example of each named schema: its own `examples[0]` when it has one, otherwise the value
 * found at the shallowest depth inside the operations' examples (ties: document order).
 */
export function namedExamples(source: FixtureSource): Map<string, unknown> {
  const best = new Map<string, { depth: number; value: unknown }>();
  const offer = (name: string, depth: number, value: unknown) => {
    const current = best.get(name);
    if (!current || depth < current.depth) best.set(name, { depth, value });
  };
  for (const [name, schema] of Object.entries<Json>(source.document.components?.schemas ?? {})) {
    if (Array.isArray(schema.examples) && schema.examples.length > 0)
      offer(name, -1, schema.examples[0]);
    else if (schema.example !== undefined) offer(name, -1, schema.example);
  }
  for (const { schemaPointer, value } of mediaExamples(source.document)) {
    walk(source, schemaPointer, value, [], (_pointer, child, path, refName, viaAllOf) => {
      // A value reached through `allOf` also carries the other branches' fields: a last resort.
      if (refName) offer(refName, path.length + (viaAllOf ? 1000 : 0), child);
    });
  }
  return new Map([...best].map(([name, { value }]) => [name, value]));
}

const uuidLike = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Numbers under these names identify or page something (an HTTP status, a vendor error code, a
// page number, a list's total, which must agree with its rows), or bound another figure
// (`min_cost` <= `max_cost`): varying them would make a fixture say something else, not just
// hold other data.
const fixedNumber =
  /^(page|per_page|limit|offset|count|total_count|total_requests|step|index)$|(^|_)(code|status|version|index)$|^(min|max)_/i;
const idLike = /(^id$|_id$|[a-z]Id$)/;

function variationFor(schema: Json, value: unknown, path: Path): Variation | undefined {
  if (schema.enum !== undefined || schema.const !== undefined) return undefined;
  const key = String(path.at(-1) ?? '');
  if (typeof value === 'string') {
    const bounds = {
      ...(schema.pattern !== undefined && { pattern: schema.pattern as string }),
      ...(schema.minLength !== undefined && { minLength: schema.minLength as number }),
      ...(schema.maxLength !== undefined && { maxLength: schema.maxLength as number }),
    };
    if (schema.format === 'date-time') return { at: path, kind: 'date-time', ...bounds };
    if (schema.format === 'uuid' || uuidLike.test(value))
      return { at: path, kind: 'uuid', ...bounds };
    if (idLike.test(key)) return { at: path, kind: 'id', ...bounds };
    return undefined;
  }
  if (typeof value === 'number' && value !== 0 && !fixedNumber.test(key)) {
    const types: string[] = [schema.type].flat();
    return {
      at: path,
      kind: 'number',
      // A whole number in the example (retries, a token count) stays whole even under `type: number`.
      integer: types.includes('integer') || Number.isInteger(value),
      ...(schema.minimum !== undefined && { minimum: schema.minimum }),
      ...(schema.maximum !== undefined && { maximum: schema.maximum }),
      ...(typeof schema.exclusiveMinimum === 'number' && {
        exclusiveMinimum: schema.exclusiveMinimum,
      }),
      ...(typeof schema.exclusiveMaximum === 'number' && {
        exclusiveMaximum: schema.exclusiveMaximum,
      }),
      ...(schema.multipleOf !== undefined && { multipleOf: schema.multipleOf }),
    };
  }
  return undefined;
}

/** The leaves of `value` a seeded fixture may change, and how, within the schema's rules. */
export function variationsOf(
  source: FixtureSource,
  schemaName: string,
  value: unknown,
): Variation[] {
  const byPath = new Map<string, Variation>();
  walk(source, `${schemaPrefix}${escapeSegment(schemaName)}`, value, [], (pointer, child, path) => {
    const variation = variationFor(nodeAt(source.document, pointer), child, path);
    const key = JSON.stringify(path);
    // allOf branches visit the same leaf; the first one that knows how to vary it wins.
    if (variation && !byPath.has(key)) byPath.set(key, variation);
  });
  return [...byPath.values()];
}

function isObjectSchema(document: Json, schema: Json): boolean {
  if (!schema || typeof schema !== 'object') return false;
  if (typeof schema.$ref === 'string')
    return isObjectSchema(document, nodeAt(document, schema.$ref));
  const union: Json[] = schema.oneOf ?? schema.anyOf ?? [];
  return (
    schema.type === 'object' ||
    schema.properties !== undefined ||
    (schema.allOf ?? []).some((s: Json) => isObjectSchema(document, s)) ||
    (union.length > 0 && union.every((s) => isObjectSchema(document, s)))
  );
}

/** One blueprint per named object schema that has an example somewhere in the spec. */
export function fixtureBlueprints(source: FixtureSource): FixtureBlueprintData[] {
  const schemas = source.document.components?.schemas ?? {};
  const examples = namedExamples(source);
  const blueprints: FixtureBlueprintData[] = [];
  for (const name of Object.keys(schemas).sort()) {
    const example = examples.get(name);
    if (!isPlainObject(example) || !isObjectSchema(source.document, schemas[name])) continue;
    if (!source.validates(`${schemaPrefix}${escapeSegment(name)}`, example)) {
      throw new Error(`The example found for ${name} does not match its schema`);
    }
    blueprints.push({
      name: factoryName(name),
      schema: name,
      example,
      variations: variationsOf(source, name, example),
    });
  }
  return blueprints;
}
