// Reading the command line: option values as numbers, times, durations and `key=value` settings.
// Every problem is a `UsageError`, which the command reports in one line and exits 2.

/** A mistake on the command line: nothing was sent. Exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** `start_time` → `start-time`: how a spec name is spelled as a flag. */
export const flagName = (name: string): string => name.replaceAll('_', '-');

const units: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** `90s`, `15m`, `24h`, `7d`, `2w`, `250ms`, or a combination such as `1h30m`, in milliseconds. */
export function parseDuration(flag: string, raw: string): number {
  const parts = [...raw.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g)];
  const whole = parts.map((part) => part[0]).join('');
  if (parts.length === 0 || whole !== raw)
    throw new UsageError(`--${flag} must be a duration such as 30s, 15m, 24h or 7d, not "${raw}"`);
  const ms = parts.reduce(
    (sum, [, amount, unit]) => sum + Number(amount) * (units[unit ?? ''] ?? 0),
    0,
  );
  if (!(ms > 0)) throw new UsageError(`--${flag} must be longer than 0, not "${raw}"`);
  return ms;
}

// RFC 3339 with an offset: without one, the time would be read in some time zone nobody chose.
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.(\d{1,9}))?(?:Z|[+-]\d{2}:\d{2})$/i;
const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/** An instant, with the nanoseconds RFC 3339 can carry beyond the millisecond kept apart. */
export interface Instant {
  /** Unix milliseconds. */
  readonly ms: number;
  /** The 6 digits past the millisecond (`000000` unless the text gave more). */
  readonly subMs: string;
}

/**
 * `--since` and `--until`: an RFC 3339 time with an offset, a date (midnight UTC), or a duration
 * back from now (`24h` is 24 hours ago).
 */
export function parseInstant(flag: string, raw: string, now: Date): Instant {
  if (dateOnly.test(raw)) {
    const ms = Date.parse(`${raw}T00:00:00Z`);
    if (!Number.isNaN(ms)) return { ms, subMs: '000000' };
  }
  const match = rfc3339.exec(raw);
  if (match) {
    const ms = Date.parse(raw);
    if (!Number.isNaN(ms)) return { ms, subMs: (match[1] ?? '').padEnd(9, '0').slice(3) };
  }
  if (/^\d/.test(raw) && /[a-z]$/i.test(raw)) {
    return { ms: now.getTime() - parseDuration(flag, raw), subMs: '000000' };
  }
  throw new UsageError(
    `--${flag} must be an RFC 3339 time with an offset (2026-11-30T12:00:00Z), a date ` +
      `(2026-11-30) or a duration back from now (24h, 7d), not "${raw}"`,
  );
}

/** The instant as RFC 3339 in UTC, with as many fractional digits as it needs (at least ms). */
export function formatInstant(instant: Instant): string {
  const iso = new Date(instant.ms).toISOString();
  const extra = instant.subMs.replace(/0+$/, '');
  return extra ? iso.replace('Z', `${extra}Z`) : iso;
}

/** One nanosecond before the instant: the inclusive end of a half-open window `[since, until)`. */
export function justBefore(instant: Instant): Instant {
  const nanos = Number(instant.subMs);
  if (nanos > 0) return { ms: instant.ms, subMs: String(nanos - 1).padStart(6, '0') };
  return { ms: instant.ms - 1, subMs: '999999' };
}

/** A positive whole number, such as `--limit 100`. */
export function parsePositiveInteger(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw)))
    throw new UsageError(`--${flag} must be a whole number of at least 1, not "${raw}"`);
  return Number(raw);
}

/**
 * A value typed on the command line, as JSON where it reads as JSON (`300`, `true`, `null`,
 * `{"enabled":true}`, `"123"` for a string of digits) and as the text itself otherwise.
 */
export function parseLooseValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** `--set cache_ttl=300 --set collect_logs=false` → `{ cache_ttl: 300, collect_logs: false }`. */
export function parseSettings(flag: string, items: readonly string[]): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const item of items) {
    const at = item.indexOf('=');
    const key = item.slice(0, at).trim();
    if (at < 1 || !key)
      throw new UsageError(`--${flag} takes key=value (such as cache_ttl=300), not "${item}"`);
    Object.defineProperty(settings, key, {
      value: parseLooseValue(item.slice(at + 1)),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return settings;
}

/** A flag's values split on commas, blanks dropped: `--by model,day` or `--by model --by day`. */
export function commaList(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(',').map((item) => item.trim()));
}

/** Refuses a value outside `allowed`, naming the values allowed. */
export function oneOf<T extends string>(
  flag: string,
  raw: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (raw === undefined) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, not "${raw}"`);
}
