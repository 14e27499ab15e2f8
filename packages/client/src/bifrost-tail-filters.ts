// The filters of the live tail, applied in the client to each pushed row with the meaning the
// list route gives them (framework/logstore: `IN` lists, inclusive time bounds, comparisons that
// never match NULL).
import type { components } from '@ai-gateway/validators/bifrost/requests';
import { listLogs } from './generated/bifrost/operations.js';

export type LogEntry = components['schemas']['LogEntry'];

type OneOrMany<T> = T | readonly T[];

/**
 * Filters applied here to each pushed row (the server pushes every row), read as the list route
 * reads them: a comma list matches any of its items, a range never matches a missing value,
 * time bounds are inclusive.
 */
export interface LogTailFilters {
  providers?: OneOrMany<string> | undefined;
  models?: OneOrMany<string> | undefined;
  status?: OneOrMany<LogEntry['status']> | undefined;
  objects?: OneOrMany<string> | undefined;
  selected_key_ids?: OneOrMany<string> | undefined;
  virtual_key_ids?: OneOrMany<string> | undefined;
  routing_rule_ids?: OneOrMany<string> | undefined;
  routing_engine_used?: OneOrMany<string> | undefined;
  aliases?: OneOrMany<string> | undefined;
  team_ids?: OneOrMany<string> | undefined;
  customer_ids?: OneOrMany<string> | undefined;
  user_ids?: OneOrMany<string> | undefined;
  business_unit_ids?: OneOrMany<string> | undefined;
  stop_reasons?: OneOrMany<string> | undefined;
  cache_hit_types?: OneOrMany<'direct' | 'semantic'> | undefined;
  /** The row itself. */
  request_id?: string | undefined;
  /** Rows of one session: those whose parent is this request. */
  parent_request_id?: string | undefined;
  /** Only rows without a parent. */
  roots_only?: boolean | undefined;
  /** Metadata the row must carry, each `<key>: <value>` compared as text. */
  metadata?: Readonly<Record<string, string>> | undefined;
  /** RFC 3339 with an offset, or a Date. */
  start_time?: string | Date | undefined;
  end_time?: string | Date | undefined;
  /** Milliseconds. */
  min_latency?: number | undefined;
  max_latency?: number | undefined;
  /** Total tokens; a row without usage counts 0. */
  min_tokens?: number | undefined;
  max_tokens?: number | undefined;
  /** USD. */
  min_cost?: number | undefined;
  max_cost?: number | undefined;
  /** Rows that did not fail and have no positive cost. */
  missing_cost_only?: boolean | undefined;
}

function nanos(time: string | Date): bigint | undefined {
  if (time instanceof Date) return BigInt(time.getTime()) * 1_000_000n;
  const match = /^(.{19})(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/i.exec(time);
  const ms = match ? Date.parse(`${match[1]}${match[3]}`) : Number.NaN;
  if (!match || Number.isNaN(ms)) return undefined;
  return BigInt(ms) * 1_000_000n + BigInt((match[2] ?? '').padEnd(9, '0'));
}

/** A row's values of the fields a list filter is matched against; array fields give their items. */
const valuesOf =
  (fields: readonly string[]) =>
  (log: LogEntry): readonly unknown[] =>
    fields.flatMap((field) => (log as Record<string, unknown>)[field] ?? []);

/**
 * For each list filter: the row values it is matched against. The spec names the fields
 * (`x-log-fields`); a cache hit's type is read from the row's cache diagnostics, and only
 * when it was a hit.
 */
const listFields: Record<string, (log: LogEntry) => readonly unknown[]> = {
  ...Object.fromEntries(
    Object.entries(listLogs.logFields).map(([name, fields]) => [name, valuesOf(fields)]),
  ),
  cache_hit_types: (log) => {
    const debug = log.cache_debug as { cache_hit?: boolean; hit_type?: string } | null | undefined;
    return debug?.cache_hit ? [debug.hit_type] : [];
  },
};

const rangeFields: Record<string, (log: LogEntry) => number | null | undefined> = {
  latency: (log) => log.latency,
  tokens: (log) => log.token_usage?.total_tokens ?? 0,
  cost: (log) => log.cost,
};

/** The test a row must pass, built once from the filters. */
export function logMatcher(filters: LogTailFilters = {}): (log: LogEntry) => boolean {
  const record = filters as Record<string, unknown>;
  const tests: ((log: LogEntry) => boolean)[] = [];
  for (const [name, values] of Object.entries(listFields)) {
    const given = record[name];
    if (given === undefined) continue;
    // A string is a comma list, as the server splits it; an empty list filters nothing.
    const items = new Set(
      (typeof given === 'string' ? given.split(',') : (given as string[])).map((item) =>
        String(item).trim(),
      ),
    );
    items.delete('');
    if (items.size > 0) tests.push((log) => values(log).some((v) => items.has(v as string)));
  }
  for (const [field, value] of Object.entries(rangeFields)) {
    const min = record[`min_${field}`] as number | undefined;
    const max = record[`max_${field}`] as number | undefined;
    if (min === undefined && max === undefined) continue;
    tests.push((log) => {
      const v = value(log);
      return v != null && (min === undefined || v >= min) && (max === undefined || v <= max);
    });
  }
  const start = filters.start_time === undefined ? undefined : nanos(filters.start_time);
  const end = filters.end_time === undefined ? undefined : nanos(filters.end_time);
  if (start !== undefined || end !== undefined)
    tests.push((log) => {
      const at = nanos(log.timestamp);
      return (
        at !== undefined && (start === undefined || at >= start) && (end === undefined || at <= end)
      );
    });
  const { request_id, parent_request_id, roots_only, metadata } = filters;
  if (request_id) tests.push((log) => log.id === request_id);
  if (parent_request_id) tests.push((log) => log.parent_request_id === parent_request_id);
  if (roots_only) tests.push((log) => !log.parent_request_id);
  const pairs = Object.entries(metadata ?? {});
  if (pairs.length > 0)
    tests.push((log) => {
      const carried = (log.metadata ?? {}) as Record<string, unknown>;
      return pairs.every(
        ([key, value]) => carried[key] !== undefined && String(carried[key]) === value,
      );
    });
  if (filters.missing_cost_only)
    tests.push((log) => !(log.cost != null && log.cost > 0) && log.status !== 'error');
  return (log) => tests.every((test) => test(log));
}
