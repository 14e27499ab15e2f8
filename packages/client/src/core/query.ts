import type { QueryEncoding } from './descriptor.js';

const scalar = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value);

/** Serialises query parameters the way each API's server reads them. */
export function encodeQuery(
  params: Record<string, unknown>,
  encodings: Readonly<Record<string, QueryEncoding>>,
): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const encoding = encodings[name] ?? 'form';
    if (encoding === 'comma' && Array.isArray(value)) {
      if (value.length > 0) search.append(name, value.map(scalar).join(','));
    } else if (encoding === 'dotted' && Array.isArray(value)) {
      for (const entry of value) {
        for (const [key, field] of Object.entries(entry as Record<string, unknown>)) {
          for (const item of Array.isArray(field) ? field : [field])
            search.append(`${name}.${key}`, scalar(item));
        }
      }
    } else if (Array.isArray(value)) {
      for (const item of value) search.append(name, scalar(item));
    } else {
      search.append(name, scalar(value));
    }
  }
  const encoded = search.toString();
  return encoded ? `?${encoded}` : '';
}
