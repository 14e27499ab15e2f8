// Bifrost stores timestamps with nanoseconds and compares them at that precision. JavaScript
// dates stop at milliseconds, so instants here are nanoseconds since the epoch, as bigints.

const rfc3339 = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/i;

/** Nanoseconds since the epoch of an RFC 3339 time with an offset; `undefined` if it is not one. */
export function toNanos(text: string): bigint | undefined {
  const match = rfc3339.exec(text);
  if (!match) return undefined;
  const [, seconds, fraction = '', zone = 'Z'] = match;
  const ms = Date.parse(`${seconds}${zone.toUpperCase()}`);
  if (Number.isNaN(ms)) return undefined;
  return BigInt(ms) * 1_000_000n + BigInt(fraction.padEnd(9, '0'));
}

const parsed = new WeakMap<object, { text: string; nanos: bigint | undefined }>();

/**
 * `toNanos` of a row's `timestamp`, remembered per row: every list, filter and histogram reads
 * it from every stored row, and parsing it each time made a large store slow to page through.
 * A row whose timestamp was changed since is parsed again.
 */
export function timestampNanos(row: { readonly timestamp: string }): bigint | undefined {
  const known = parsed.get(row);
  if (known && known.text === row.timestamp) return known.nanos;
  const nanos = toNanos(row.timestamp);
  parsed.set(row, { text: row.timestamp, nanos });
  return nanos;
}

/** The instant as the server writes it: UTC, nine fractional digits. */
export function fromNanos(nanos: bigint): string {
  const seconds = nanos / 1_000_000_000n;
  const date = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
  return `${date}.${(nanos % 1_000_000_000n).toString().padStart(9, '0')}Z`;
}

export const nanosPerMs = 1_000_000n;
