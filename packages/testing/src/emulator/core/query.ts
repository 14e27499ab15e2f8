import type { QueryShape, ScalarKind, ValueShape } from './routes.ts';

const numeric = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * A query string value in the type the spec gives it. A value that fits none of the types is kept
 * as the string it was, so the validator reports it as the wrong type instead of it vanishing.
 */
export function readScalar(raw: string, kinds: readonly ScalarKind[]): unknown {
  if (kinds.includes('null') && raw === '') return null;
  if ((kinds.includes('number') || kinds.includes('integer')) && numeric.test(raw)) {
    const value = Number(raw);
    if (Number.isFinite(value) && (kinds.includes('number') || Number.isInteger(value)))
      return value;
  }
  if (kinds.includes('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

const readValue = (raws: string[], shape: ValueShape): unknown =>
  shape.list
    ? raws.map((raw) => readScalar(raw, shape.kinds))
    : readScalar(raws[0] ?? '', shape.kinds);

/**
 * Repeated dotted keys back into objects: a key seen again on the current object starts the next
 * one (`filters.key=a&filters.value=1&filters.key=b` is two filters); list fields collect every
 * value until then.
 */
function readDotted(
  entries: [string, string][],
  fields: Readonly<Record<string, ValueShape>>,
): Record<string, unknown>[] {
  const objects: Record<string, string[]>[] = [];
  let current: Record<string, string[]> | undefined;
  for (const [field, raw] of entries) {
    const shape = fields[field];
    const repeats = current && field in current && !shape?.list;
    if (!current || repeats) {
      current = {};
      objects.push(current);
    }
    const values = current[field] ?? [];
    values.push(raw);
    current[field] = values;
  }
  return objects.map((object) =>
    Object.fromEntries(
      Object.entries(object).map(([field, raws]) => {
        const shape = fields[field];
        // An unknown field is kept, as sent, so the validator can name it.
        return [field, shape ? readValue(raws, shape) : raws.length === 1 ? raws[0] : raws];
      }),
    ),
  );
}

/**
 * Reads a query string into `{ name: value }` by the spec's parameter shapes. Unknown names are
 * kept as strings so that the validator can refuse them by name. For comma lists only the first
 * occurrence counts, as on the servers that use them.
 */
export function readQuery(
  search: URLSearchParams,
  shapes: Readonly<Record<string, QueryShape>>,
): Record<string, unknown> {
  const grouped = new Map<string, string[]>();
  const dotted = new Map<string, [string, string][]>();
  const prefixed = Object.entries(shapes).filter(([, shape]) => shape.encoding === 'prefixed');
  const objects: Record<string, Record<string, unknown>> = {};
  for (const [name, raw] of search) {
    const owner = prefixed.find(
      ([, shape]) => shape.encoding === 'prefixed' && name.startsWith(shape.prefix),
    );
    if (owner?.[1].encoding === 'prefixed') {
      const [parameter, shape] = owner;
      const entries = objects[parameter] ?? {};
      const key = name.slice(shape.prefix.length);
      // A key given twice keeps its first value.
      if (!(key in entries)) entries[key] = readScalar(raw, shape.kinds);
      objects[parameter] = entries;
      continue;
    }
    const dot = name.indexOf('.');
    const prefix = dot > 0 ? name.slice(0, dot) : undefined;
    if (prefix && shapes[prefix]?.encoding === 'dotted') {
      const list = dotted.get(prefix) ?? [];
      list.push([name.slice(dot + 1), raw]);
      dotted.set(prefix, list);
      continue;
    }
    const list = grouped.get(name) ?? [];
    list.push(raw);
    grouped.set(name, list);
  }
  const query: Record<string, unknown> = {};
  for (const [name, raws] of grouped) {
    const shape = shapes[name];
    if (!shape) query[name] = raws.length === 1 ? raws[0] : raws;
    else if (shape.encoding === 'dotted') query[name] = raws.length === 1 ? raws[0] : raws;
    else if (shape.encoding === 'comma') query[name] = raws[0];
    else query[name] = readValue(raws, shape);
  }
  Object.assign(query, objects);
  for (const [name, entries] of dotted) {
    const shape = shapes[name];
    if (shape?.encoding === 'dotted') query[name] = readDotted(entries, shape.fields);
  }
  return query;
}
