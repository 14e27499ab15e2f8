// Reading the JSON Schemas of an OpenAPI 3.1 document: following `$ref`s, folding `allOf` into one
// schema, and telling which JSON types a schema admits.

import { type Json, pointer } from '../../../../scripts/src/specs.ts';
import { equal } from '../../src/runtime/json.ts';

/** Keywords that describe a value without constraining it. */
const annotations = new Set([
  'title',
  'description',
  'examples',
  'example',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
  'externalDocs',
  'discriminator',
  'xml',
]);

export const isAnnotation = (keyword: string) =>
  annotations.has(keyword) || keyword.startsWith('x-');

export function resolveRef(document: Json, ref: string): Json {
  if (!ref.startsWith('#')) throw new Error(`Only local references are supported, found ${ref}`);
  return pointer(document, decodeURIComponent(ref.slice(1)));
}

function mergeBound(keyword: string, a: number, b: number): number {
  return keyword.startsWith('min') || keyword.startsWith('exclusiveMin')
    ? Math.max(a, b)
    : Math.min(a, b);
}

const boundKeywords = new Set([
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
]);

function merge(a: Json, b: Json): Json {
  if (a === true) return b;
  if (b === true) return a;
  if (a === false || b === false) return false;
  const out: Json = { ...a };
  for (const [keyword, value] of Object.entries<Json>(b)) {
    if (!(keyword in out)) out[keyword] = value;
    else if (isAnnotation(keyword) || equal(out[keyword], value)) continue;
    else if (keyword === 'properties') {
      const properties = { ...out.properties };
      for (const [name, schema] of Object.entries(value)) {
        properties[name] = name in properties ? { allOf: [properties[name], schema] } : schema;
      }
      out.properties = properties;
    } else if (keyword === 'required') out.required = [...new Set([...out.required, ...value])];
    else if (keyword === 'type') {
      const types = [value].flat();
      out.type = [out.type].flat().filter((t: string) => types.includes(t));
    } else if (boundKeywords.has(keyword)) out[keyword] = mergeBound(keyword, out[keyword], value);
    else throw new Error(`Cannot fold two different "${keyword}" keywords of an allOf`);
  }
  return out;
}

/**
 * The schema with its `$ref` followed and its `allOf` folded in, so that one object holds every
 * constraint that applies at this level. `anyOf` / `oneOf` stay as they are.
 */
export function flatten(document: Json, schema: Json, depth = 0): Json {
  if (typeof schema === 'boolean') return schema;
  if (depth > 50) throw new Error('Schema nests too deeply (a cycle of allOf / $ref?)');
  const { $ref, allOf, ...rest } = schema;
  let result: Json = true;
  if (typeof $ref === 'string')
    result = merge(result, flatten(document, resolveRef(document, $ref), depth + 1));
  for (const part of allOf ?? []) result = merge(result, flatten(document, part, depth + 1));
  return merge(result, rest);
}

export type JsonKind = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

export function kindOf(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonKind;
}

/** The JSON types a flattened schema admits, or undefined when it admits any. */
export function typesOf(schema: Json): JsonKind[] | undefined {
  if (typeof schema === 'boolean') return undefined;
  if (schema.type !== undefined) return [schema.type].flat();
  if ('const' in schema) return [kindOf(schema.const)];
  if (Array.isArray(schema.enum)) return [...new Set(schema.enum.map(kindOf))] as JsonKind[];
  return undefined;
}

export function admitsKind(types: readonly JsonKind[] | undefined, kind: JsonKind): boolean {
  if (!types) return true;
  return types.includes(kind) || (kind === 'integer' && types.includes('number'));
}

/** Properties of an object schema that hold a constant: what tells a tagged union's branches apart. */
export function discriminators(document: Json, schema: Json): string[] {
  if (typeof schema !== 'object' || !schema.properties) return [];
  return Object.entries<Json>(schema.properties)
    .filter(([, property]) => {
      const s = flatten(document, property);
      return typeof s === 'object' && ('const' in s || Array.isArray(s.enum));
    })
    .map(([name]) => name);
}

const matches = (schema: Json, value: unknown) =>
  (!('const' in schema) || equal(schema.const, value)) &&
  (!Array.isArray(schema.enum) || schema.enum.some((e: unknown) => equal(e, value)));

/**
 * The branches of a union the value can belong to, as the runtime judges it: a branch is ruled
 * out only by the value's JSON type, or by a property of the value that the branch holds to
 * another constant (a tag). A branch the value merely lacks a required property of is not.
 */
export function branchesFor(document: Json, branches: Json[], value: unknown): Json[] {
  return branches
    .map((branch) => flatten(document, branch))
    .filter((branch) => {
      if (branch === false) return false;
      if (branch === true) return true;
      if (!admitsKind(typesOf(branch), kindOf(value))) return false;
      if (!matches(branch, value)) return false;
      if (kindOf(value) !== 'object') return true;
      const object = value as Record<string, unknown>;
      return discriminators(document, branch).every(
        (name) =>
          !Object.hasOwn(object, name) ||
          matches(flatten(document, branch.properties[name]), object[name]),
      );
    });
}
