import { formatPath, type ValidationIssue } from '@ai-gateway/validators';
import type { QueryEncoding } from './descriptor.js';

/** How each query parameter is encoded, and the wire order of each dotted list's fields. */
export interface QueryPlan {
  readonly query: Readonly<Record<string, QueryEncoding>>;
  readonly dottedFields?: Readonly<Record<string, readonly string[]>>;
  readonly queryPrefixes?: Readonly<Record<string, string>>;
}

/** A name or value that form encoding leaves as it is. */
const formSafe = /^[\w.*-]*$/;

/**
 * The parameters in the order they are added, written as `URLSearchParams` writes them. Most
 * names and values need no escaping: those are joined as they are, and only a query holding
 * another character is left to `URLSearchParams`.
 */
export class QueryPairs {
  readonly #names: string[] = [];
  readonly #values: string[] = [];
  #safe = true;

  append(name: string, value: string): void {
    this.#names.push(name);
    this.#values.push(value);
    if (this.#safe && !(formSafe.test(name) && formSafe.test(value))) this.#safe = false;
  }

  keys(): IterableIterator<string> {
    return this.#names.values();
  }

  toString(): string {
    const names = this.#names;
    const values = this.#values;
    if (!this.#safe) {
      const search = new URLSearchParams();
      for (let i = 0; i < names.length; i++) search.append(names[i] as string, values[i] as string);
      return search.toString();
    }
    let query = '';
    for (let i = 0; i < names.length; i++)
      query += `${i === 0 ? '' : '&'}${names[i] as string}=${values[i] as string}`;
    return query;
  }
}

const scalar = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value);

const refusal = (path: (string | number)[], why: string, rule: string): ValidationIssue => ({
  path,
  message: `${formatPath(path)} ${why}`,
  rule,
});

/**
 * One entry of a dotted list, field by field in the spec's order. The server reads the repeated
 * keys back by position, so a field it does not know or a field with no values would shift the
 * fields of the entries after it: both are refused.
 */
function appendDotted(
  search: QueryPairs,
  name: string,
  entry: Record<string, unknown>,
  at: (string | number)[],
  fields: readonly string[] | undefined,
  issues: ValidationIssue[],
) {
  const known = fields ?? Object.keys(entry);
  for (const key of Object.keys(entry))
    if (!known.includes(key) && entry[key] !== undefined)
      issues.push(
        refusal(
          [...at, key],
          `is not a known field of a ${name.replace(/s$/, '')}: it has ${known.join(', ').replace(/, (?=[^,]*$)/, ' and ')}`,
          'additionalProperties',
        ),
      );
  for (const key of known) {
    const field = entry[key];
    if (field === undefined) continue;
    const values = Array.isArray(field) ? field : [field];
    if (values.length === 0)
      issues.push(refusal([...at, key], 'must not be empty: give at least one value', 'minItems'));
    for (const value of values) search.append(`${name}.${key}`, scalar(value));
  }
}

/**
 * An object sent as one parameter per entry, its name the prefix plus the key. A key that would
 * change the query string's structure when written into a parameter name is refused.
 */
function appendPrefixed(
  search: QueryPairs,
  prefix: string,
  entries: object,
  name: string,
  issues: ValidationIssue[],
) {
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined) continue;
    if (key === '' || /[\s&=#]/.test(key))
      issues.push(
        refusal(
          ['query', name, key],
          'is not a usable key: it must be non-empty, without spaces, &, = or #',
          'propertyNames',
        ),
      );
    else search.append(`${prefix}${key}`, scalar(value));
  }
}

/**
 * Serialises query parameters the way each API's server reads them. Returns the query string
 * (with its `?`, or '' when empty) and what could not be encoded.
 */
export function encodeQuery(params: Record<string, unknown>, plan: QueryPlan) {
  const search = new QueryPairs();
  const issues: ValidationIssue[] = [];
  for (const name of Object.keys(params)) {
    const value = params[name];
    if (value === undefined) continue;
    const encoding = plan.query[name] ?? 'form';
    if (encoding === 'comma' && Array.isArray(value)) {
      // The server splits the list at every comma: an item holding one would arrive as two.
      for (const [index, item] of value.entries())
        if (scalar(item).includes(','))
          issues.push(
            refusal(
              ['query', name, index],
              'must not contain a comma: the list is comma-separated',
              'commaList',
            ),
          );
      if (value.length > 0) search.append(name, value.map(scalar).join(','));
    } else if (encoding === 'dotted' && Array.isArray(value)) {
      for (const [index, entry] of value.entries())
        appendDotted(
          search,
          name,
          entry ?? {},
          ['query', name, index],
          plan.dottedFields?.[name],
          issues,
        );
    } else if (encoding === 'prefixed' && typeof value === 'object' && value !== null) {
      appendPrefixed(search, plan.queryPrefixes?.[name] ?? `${name}_`, value, name, issues);
    } else if (Array.isArray(value)) {
      for (const item of value) search.append(name, scalar(item));
    } else {
      search.append(name, scalar(value));
    }
  }
  const encoded = search.toString();
  return { search, query: encoded ? `?${encoded}` : '', issues };
}
