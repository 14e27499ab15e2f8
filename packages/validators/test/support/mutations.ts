// Single mutations that make a valid value invalid in one place: remove a required property,
// change a value's type, push a number past a bound, replace an enum value. Each comes with the
// path and the JSON Schema rule the validator must report.
import { formatPath } from '../../src/runtime/issues.ts';
import { equal } from '../../src/runtime/json.ts';
import type { Json } from './apis.ts';
import { admitsKind, branchesFor, discriminators, flatten, kindOf, typesOf } from './schema.ts';

export type MutationKind = 'required' | 'type' | 'range' | 'enum';
export const mutationKinds: readonly MutationKind[] = ['required', 'type', 'range', 'enum'];

export type Path = (string | number)[];

export interface Site {
  kind: MutationKind;
  /** Where the validator must report the problem. */
  path: Path;
  /** The rule it must report (`required`, `type`, `maximum`, `minimum`, `enum`, ...). */
  rule: string;
  /** The mutation in words, such as `query.limit = 1001`. */
  description: string;
  /** Whether the site is inside a branch of a `oneOf` / `anyOf`. */
  inUnion: boolean;
  /** A mutated copy of the value; the value itself is left alone. */
  apply(value: unknown): unknown;
}

const show = (path: Path) => (path.length === 0 ? 'value' : formatPath(path));

function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Json;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment];
  node[path.at(-1) as string | number] = replacement;
  return copy;
}

function removeAt(value: unknown, path: Path): unknown {
  const copy = structuredClone(value) as Json;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment];
  delete node[path.at(-1) as string | number];
  return copy;
}

/** A value of a JSON type the schema does not admit. */
function wrongTypeValue(types: readonly string[]): unknown {
  const candidates: [string, unknown][] = [
    ['string', 'mutated'],
    ['integer', 12345],
    ['boolean', true],
    ['object', {}],
    ['array', []],
    ['null', null],
  ];
  const admits = (kind: string) =>
    types.includes(kind) || (kind === 'integer' && types.includes('number'));
  return candidates.find(([kind]) => !admits(kind))?.[1];
}

/** A value of the same JSON type as `current` that is not in `allowed`. */
function outsideEnum(allowed: readonly unknown[], current: unknown): unknown {
  const tries: unknown[] =
    typeof current === 'string'
      ? [`not-${current}`, 'mutated', `${current}-x`]
      : typeof current === 'number'
        ? [Math.max(...(allowed.filter((v) => typeof v === 'number') as number[])) + 1]
        : typeof current === 'boolean'
          ? [!current]
          : [];
  return tries.find((candidate) => !allowed.some((a) => equal(a, candidate)));
}

function rangeSites(schema: Json, path: Path): Omit<Site, 'inUnion'>[] {
  const step = typeof schema.multipleOf === 'number' ? schema.multipleOf : 1;
  const sites: Omit<Site, 'inUnion'>[] = [];
  const add = (rule: string, replacement: number) =>
    sites.push({
      kind: 'range',
      path,
      rule,
      description: `${show(path)} = ${replacement} (${rule} ${schema[rule]})`,
      apply: (v) => setAt(v, path, replacement),
    });
  if (typeof schema.maximum === 'number') add('maximum', schema.maximum + step);
  if (typeof schema.minimum === 'number') add('minimum', schema.minimum - step);
  if (typeof schema.exclusiveMaximum === 'number') add('exclusiveMaximum', schema.exclusiveMaximum);
  if (typeof schema.exclusiveMinimum === 'number') add('exclusiveMinimum', schema.exclusiveMinimum);
  return sites;
}

/**
 * Every mutation site of a value that `schema` accepts. Sites are listed children first, so that
 * the first site of a kind is the most specific one (`path.id` before `path`).
 */
export function findSites(document: Json, schema: Json, value: unknown): Site[] {
  const sites: Site[] = [];
  /**
   * `inUnion`: the node is inside a union branch. `role`: `branch` for a union branch's own
   * level, where a change of type would make every branch fail; `tag` for a property that tells
   * a tagged union's branches apart, where any change would.
   */
  type Role = 'free' | 'branch' | 'tag';
  const walk = (node: Json, current: unknown, path: Path, inUnion: boolean, role: Role) => {
    const s = flatten(document, node);
    if (typeof s === 'boolean') return;
    const union: Json[] | undefined = s.oneOf ?? s.anyOf;
    if (union) {
      // Follow the one branch the value can belong to.
      const [branch, ...others] = branchesFor(document, union, current);
      if (branch !== undefined && others.length === 0) walk(branch, current, path, true, 'branch');
    }
    const kind = kindOf(current);
    const tags = new Set(role === 'branch' ? discriminators(document, s) : []);
    if (kind === 'object') {
      const object = current as Record<string, unknown>;
      for (const [key, child] of Object.entries(object)) {
        const childSchema = s.properties?.[key] ?? s.additionalProperties;
        if (childSchema !== undefined) {
          walk(childSchema, child, [...path, key], inUnion, tags.has(key) ? 'tag' : 'free');
        }
      }
    } else if (kind === 'array' && s.items !== undefined) {
      (current as unknown[]).forEach((item, index) => {
        walk(s.items, item, [...path, index], inUnion, 'free');
      });
    }
    if (role === 'tag' || union) return;
    const own = (site: Omit<Site, 'inUnion'>) => sites.push({ ...site, inUnion });
    if (kind === 'object') {
      for (const key of s.required ?? []) {
        if (!Object.hasOwn(current as object, key) || tags.has(key)) continue;
        own({
          kind: 'required',
          path: [...path, key],
          rule: 'required',
          description: `remove ${show([...path, key])}`,
          apply: (v) => removeAt(v, [...path, key]),
        });
      }
    }
    const types = typesOf(s);
    if (s.type !== undefined && types && role !== 'branch') {
      const replacement = wrongTypeValue(types);
      if (replacement !== undefined) {
        own({
          kind: 'type',
          path,
          rule: 'type',
          description: `${show(path)} = ${JSON.stringify(replacement)}`,
          apply: (v) => setAt(v, path, replacement),
        });
      }
    }
    if (typeof current === 'number') for (const site of rangeSites(s, path)) own(site);
    if (Array.isArray(s.enum) && admitsKind(types, kind)) {
      const replacement = outsideEnum(s.enum, current);
      if (replacement !== undefined) {
        own({
          kind: 'enum',
          path,
          rule: 'enum',
          description: `${show(path)} = ${JSON.stringify(replacement)}`,
          apply: (v) => setAt(v, path, replacement),
        });
      }
    }
  };
  walk(schema, value, [], false, 'free');
  return sites;
}

/**
 * Whether a schema, or anything it reaches, has a constraint of the kind that a single mutation
 * can break on its own. The tags of a tagged union do not count: changing one makes the value
 * another branch's (or none's), which is reported as the union failing.
 */
export function reachesKind(document: Json, schema: Json, kind: MutationKind): boolean {
  const seen = new Set<Json>();
  const visit = (node: Json, isBranch: boolean): boolean => {
    const s = flatten(document, node);
    if (typeof s === 'boolean' || seen.has(s)) return false;
    seen.add(s);
    const tags = isBranch ? discriminators(document, s) : [];
    const here =
      (kind === 'required' && (s.required ?? []).some((name: string) => !tags.includes(name))) ||
      (kind === 'type' && s.type !== undefined && !isBranch) ||
      (kind === 'range' &&
        ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'].some((k) => k in s)) ||
      (kind === 'enum' && Array.isArray(s.enum));
    if (here) return true;
    const properties = Object.entries<Json>(s.properties ?? {}).filter(
      ([name]) => !tags.includes(name),
    );
    return (
      properties.some(([, property]) => visit(property, false)) ||
      (s.items !== undefined && visit(s.items, false)) ||
      (typeof s.additionalProperties === 'object' && visit(s.additionalProperties, false)) ||
      [...(s.anyOf ?? []), ...(s.oneOf ?? [])].some((branch: Json) => visit(branch, true))
    );
  };
  return visit(schema, false);
}
