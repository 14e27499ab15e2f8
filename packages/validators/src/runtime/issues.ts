import { formatDescriptions } from './formats.js';
import type { ValidationIssue } from './validator.js';

/** The error objects Ajv's compiled code reports (compiled with `messages: false`). */
export interface CompiledError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

const identifier = /^[A-Za-z_$][\w$]*$/;

export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (!identifier.test(segment)) return `[${JSON.stringify(segment)}]`;
      return index === 0 ? segment : `.${segment}`;
    })
    .join('');
}

/**
 * The segments of a JSON pointer into `data`: a number where it indexes an array, a string where
 * it names a property (even a property named `0`). Without the data, digits are taken as indices.
 */
function parsePointer(pointer: string, data?: unknown): (string | number)[] {
  if (pointer === '') return [];
  let node = data;
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => {
      const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      const index = /^(0|[1-9]\d*)$/.test(segment) && (data === undefined || Array.isArray(node));
      const key = index ? Number(segment) : segment;
      node =
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[key]
          : undefined;
      return key;
    });
}

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
const plural = (count: unknown, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const typeNames: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

function describeType(type: unknown): string {
  const types = Array.isArray(type) ? type : String(type).split(',');
  return types.map((t) => typeNames[t] ?? t).join(' or ');
}

/** The rule broken, in words, after the path it applies to. */
function ruleText(error: CompiledError): string {
  const { params } = error;
  switch (error.keyword) {
    case 'required':
    case 'dependentRequired':
      return 'is required';
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'is not a known field';
    case 'type':
      return `must be ${describeType(params.type)}`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map(show).join(', ')}`;
    case 'const':
      return `must be ${show(params.allowedValue)}`;
    case 'minimum':
      return `must be at least ${params.limit}`;
    case 'maximum':
      return `must be at most ${params.limit}`;
    case 'exclusiveMinimum':
      return `must be greater than ${params.limit}`;
    case 'exclusiveMaximum':
      return `must be less than ${params.limit}`;
    case 'multipleOf':
      return `must be a multiple of ${params.multipleOf}`;
    case 'minLength':
      return `must be at least ${plural(params.limit, 'character')} long`;
    case 'maxLength':
      return `must be at most ${plural(params.limit, 'character')} long`;
    case 'minItems':
      return `must have at least ${plural(params.limit, 'item')}`;
    case 'maxItems':
      return `must have at most ${plural(params.limit, 'item')}`;
    case 'minProperties':
      return `must have at least ${plural(params.limit, 'field')}`;
    case 'maxProperties':
      return `must have at most ${plural(params.limit, 'field')}`;
    case 'uniqueItems':
      return `must not repeat items (items ${params.j} and ${params.i} are equal)`;
    case 'pattern':
      return `must match the pattern ${params.pattern}`;
    case 'format':
      return `must be ${formatDescriptions[params.format as string] ?? `a valid ${params.format}`}`;
    case 'oneOf':
      return 'must match exactly one of the allowed shapes';
    case 'anyOf':
      return 'must match one of the allowed shapes';
    case 'not':
      return 'must not match the excluded shape';
    default:
      return `breaks the rule "${error.keyword}"`;
  }
}

function issueOf(error: CompiledError, data: unknown): ValidationIssue {
  const path = parsePointer(error.instancePath, data);
  const field =
    error.params.missingProperty ??
    error.params.additionalProperty ??
    error.params.unevaluatedProperty;
  if (typeof field === 'string') path.push(field);
  const where = path.length === 0 ? 'value' : formatPath(path);
  return { path, message: `${where} ${ruleText(error)}`, rule: error.keyword };
}

const isUnion = (error: CompiledError) => error.keyword === 'oneOf' || error.keyword === 'anyOf';

/**
 * A failed union reports every branch's errors, most of which only say that the value is not
 * that branch. A branch is set aside when the value is not of its type at all (a `type` error at
 * the union's own level), then, if several remain, when it fails on a constant one level down
 * (the discriminating `type` of a tagged union). When one branch is left, its errors say what is
 * wrong; otherwise the union's own error is clearer than the noise of every branch.
 * A branch that is a `$ref` reports errors with paths inside the referenced schema, which no
 * branch claims; they are taken as one more branch (a nullable reference: `anyOf: [$ref, null]`).
 * When every branch is a reference nothing tells their errors apart, so the union speaks alone.
 * (The generator copies the branches of tagged unions inline, so their errors are claimed.)
 */
function withoutUnionNoise(errors: readonly CompiledError[]): CompiledError[] {
  let kept = [...errors];
  errors.forEach((union, index) => {
    if (!isUnion(union) || !kept.includes(union)) return;
    const at = union.instancePath;
    const depth = parsePointer(at).length;
    const within = (e: CompiledError) =>
      e.instancePath === at || e.instancePath.startsWith(`${at}/`);
    // The branches run just before the union reports, on the value at its place or below.
    let start = index;
    while (start > 0 && within(errors[start - 1] as CompiledError)) start--;
    const block = errors.slice(start, index).filter((e) => kept.includes(e));
    const prefix = `${union.schemaPath}/`;
    const claimed = new Map<string, CompiledError[]>();
    const unclaimed: CompiledError[] = [];
    for (const error of block) {
      if (!error.schemaPath.startsWith(prefix)) {
        unclaimed.push(error);
        continue;
      }
      const branch = error.schemaPath.slice(prefix.length).split('/')[0] as string;
      claimed.set(branch, [...(claimed.get(branch) ?? []), error]);
    }
    const groups = [...claimed.values(), ...(unclaimed.length > 0 ? [unclaimed] : [])];
    const wrongType = (e: CompiledError) => e.keyword === 'type' && e.instancePath === at;
    const wrongConstant = (e: CompiledError) =>
      (e.keyword === 'const' || e.keyword === 'enum') &&
      parsePointer(e.instancePath).length === depth + 1;
    let candidates = groups.filter((g) => !g.some(wrongType));
    if (candidates.length > 1) candidates = candidates.filter((g) => !g.some(wrongConstant));
    const chosen = claimed.size > 0 && candidates.length === 1 ? candidates[0] : undefined;
    // A value of a type no branch accepts: say which types would do, as a plain type error.
    const typeErrors = groups.flatMap((g) => g.filter(wrongType));
    const wrongTypeEverywhere = groups.length > 0 && groups.every((g) => g.some(wrongType));
    const typeMismatch: CompiledError = {
      instancePath: at,
      schemaPath: union.schemaPath,
      keyword: 'type',
      params: { type: [...new Set(typeErrors.flatMap((e) => String(e.params.type).split(',')))] },
    };
    const fallback = wrongTypeEverywhere ? [typeMismatch] : [union];
    const replacement = chosen === unclaimed ? [] : (chosen ?? fallback);
    const dropped = new Set(groups.filter((g) => g !== chosen).flat());
    kept = kept.flatMap((e) => (e === union ? replacement : dropped.has(e) ? [] : [e]));
  });
  return kept;
}

/** Issues for the errors of a compiled validator that rejected `data`. */
export function describeErrors(
  errors: readonly CompiledError[],
  data?: unknown,
): ValidationIssue[] {
  const issues = withoutUnionNoise(errors).map((error) => issueOf(error, data));
  const seen = new Set<string>();
  return issues.filter((issue) => !seen.has(issue.message) && seen.add(issue.message));
}
