// The filters of the list, stats, histogram and ranking operations, applied as the server's log
// store applies them (framework/logstore: `IN` lists, inclusive time bounds, SQL comparisons that
// never match NULL).
import type { operations } from '@ai-gateway/validators/bifrost';
import { bifrostRoutes } from '../../generated/emulator/bifrost.ts';
import type { BifrostStore, LogEntry } from './store.ts';
import { timestampNanos, toNanos } from './time.ts';

/** The filter parameters, as the spec types them once they passed its checks. */
export type FilterQuery = Omit<
  NonNullable<operations['getLogStats']['parameters']['query']>,
  'compare_to_previous'
> &
  Pick<NonNullable<operations['listLogs']['parameters']['query']>, 'roots_only'>;

type StatsQueryShapes = Extract<
  (typeof bifrostRoutes)[number],
  { operationId: 'getLogStats' }
>['query'];

/** The comma-list filters of the spec: a new one fails to compile until it is matched below. */
type ListParam = {
  [Name in keyof StatsQueryShapes]: StatsQueryShapes[Name] extends { encoding: 'comma' }
    ? Name
    : never;
}[keyof StatsQueryShapes];

type Values = (log: LogEntry) => readonly (string | null | undefined)[];

const cacheHitOf = (log: LogEntry) => {
  const debug = log.cache_debug as { cache_hit?: boolean; hit_type?: string } | undefined;
  return debug?.cache_hit ? debug.hit_type : undefined;
};

type StatsRoute = Extract<(typeof bifrostRoutes)[number], { operationId: 'getLogStats' }>;

// The row fields the spec names for each list filter (`x-log-fields`). Typed against the list
// params, so a comma-list filter the spec adds without naming its fields fails to compile.
const namedFields: Readonly<Record<Exclude<ListParam, 'cache_hit_types'>, readonly string[]>> = (
  bifrostRoutes.find((route) => route.operationId === 'getLogStats') as StatsRoute
).logFields;

const valuesOf =
  (fields: readonly string[]): Values =>
  (log) =>
    fields.flatMap((field) => (log as Record<string, unknown>)[field] ?? []) as (string | null)[];

/** For each comma-list filter: the values of a row it is matched against (any of them will do). */
const listFields: Readonly<Record<ListParam, Values>> = {
  ...(Object.fromEntries(
    Object.entries(namedFields).map(([name, fields]) => [name, valuesOf(fields)]),
  ) as Record<keyof typeof namedFields, Values>),
  // Not a column the spec can name: the hit type of the cache diagnostics, when it was a hit.
  cache_hit_types: (log) => [cacheHitOf(log)],
};

/** The store keeps a total token count on every row; rows without usage count as 0. */
export const totalTokensOf = (log: LogEntry) => log.token_usage?.total_tokens ?? 0;

type RangeParam = 'latency' | 'tokens' | 'cost';

/** For each min/max pair: the row's value, `undefined` where the store has NULL. */
const rangeFields: Readonly<Record<RangeParam, (log: LogEntry) => number | undefined>> = {
  latency: (log) => log.latency ?? undefined,
  tokens: totalTokensOf,
  cost: (log) => log.cost ?? undefined,
};

interface Range {
  readonly value: (log: LogEntry) => number | undefined;
  readonly min: number | undefined;
  readonly max: number | undefined;
}

/** A query's filters, read once; `start`/`end` are nanoseconds since the epoch. */
export interface LogFilters {
  readonly lists: readonly { readonly values: Values; readonly items: ReadonlySet<string> }[];
  readonly start: bigint | undefined;
  readonly end: bigint | undefined;
  readonly ranges: readonly Range[];
  readonly missingCostOnly: boolean;
  readonly contentSearch: RegExp | undefined;
  readonly parentRequestId?: string | undefined;
  /** A primary-key lookup: the time bounds do not apply to it. */
  readonly requestId?: string | undefined;
  readonly rootsOnly?: boolean;
  readonly userAgents?: ReadonlySet<string> | undefined;
  readonly apps?: ReadonlySet<string> | undefined;
  readonly metadata?: readonly (readonly [key: string, value: string])[];
}

/** The server's reading of a comma list: split on `,`, trimmed, empty items dropped. */
export function splitCommaList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** `user_agents` and `apps`: a JSON array of strings (user agents hold commas), else a comma list. */
function stringArrayParam(value: string | undefined): ReadonlySet<string> | undefined {
  if (!value) return undefined;
  let items = splitCommaList(value);
  if (value.trim().startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value.trim());
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string'))
        items = parsed.map((item) => item.trim()).filter((item) => item !== '');
    } catch {
      // Not JSON after all: the comma reading stands.
    }
  }
  return items.length === 0 ? undefined : new Set(items);
}

const unitMs: Readonly<Record<string, number>> = {
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** A relative `period` as the window ending now; `undefined` (ignored) when it is not one. */
export function resolvePeriod(period: string | undefined, now: Date) {
  const match = /^(\d+)([mhdw])$/.exec(period?.trim() ?? '');
  if (!match) return undefined;
  const end = BigInt(now.getTime()) * 1_000_000n;
  return {
    start: end - BigInt(Number(match[1]) * (unitMs[match[2] as string] ?? 0)) * 1_000_000n,
    end,
  };
}

/**
 * `content_search` as `content_summary LIKE '%text%'` on the server's default (SQLite) store:
 * case-insensitive, with `%` and `_` still wildcards.
 */
function likeSearch(text: string): RegExp {
  const source = [...text]
    .map((char) =>
      char === '%' ? '.*' : char === '_' ? '.' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(source, 'is');
}

/** What the filters read besides the query: the clock for `period`. */
export interface FilterContext {
  readonly now: Date;
}

export function readFilters(query: FilterQuery, context?: FilterContext): LogFilters {
  const lists = (Object.keys(listFields) as ListParam[]).flatMap((param) => {
    const items = splitCommaList(query[param]);
    // An empty list is no filter at all, as on the server.
    return items.length === 0 ? [] : [{ values: listFields[param], items: new Set(items) }];
  });
  const ranges = (Object.keys(rangeFields) as RangeParam[]).flatMap((field) => {
    const min = query[`min_${field}`];
    const max = query[`max_${field}`];
    return min === undefined && max === undefined ? [] : [{ value: rangeFields[field], min, max }];
  });
  const period = context && resolvePeriod(query.period, context.now);
  return {
    lists,
    start:
      period?.start ?? (query.start_time === undefined ? undefined : toNanos(query.start_time)),
    end: period?.end ?? (query.end_time === undefined ? undefined : toNanos(query.end_time)),
    ranges,
    missingCostOnly: query.missing_cost_only === true,
    contentSearch: query.content_search ? likeSearch(query.content_search) : undefined,
    parentRequestId: query.parent_request_id?.trim() ? query.parent_request_id : query.session_id,
    requestId: query.request_id,
    rootsOnly: query.roots_only === true,
    userAgents: stringArrayParam(query.user_agents),
    apps: stringArrayParam(query.apps),
    // Sent as `metadata_<key>=<value>`; the route table reads them back into one object.
    metadata: Object.entries(query.metadata ?? {}),
  };
}

/** Whether a row passes every filter. */
export function matcher(filters: LogFilters, store: BifrostStore): (log: LogEntry) => boolean {
  const { lists, ranges, missingCostOnly, contentSearch, requestId } = filters;
  // An id lookup drops the time window, so the window never hides the row asked for.
  const start = requestId ? undefined : filters.start;
  const end = requestId ? undefined : filters.end;
  return (log) => {
    if (requestId && log.id !== requestId) return false;
    if (filters.parentRequestId && log.parent_request_id !== filters.parentRequestId) return false;
    if (filters.rootsOnly && log.parent_request_id) return false;
    for (const { values, items } of lists)
      if (!values(log).some((value) => typeof value === 'string' && items.has(value))) return false;
    if (start !== undefined || end !== undefined) {
      const at = timestampNanos(log);
      if (
        at === undefined ||
        (start !== undefined && at < start) ||
        (end !== undefined && at > end)
      )
        return false;
    }
    for (const { value, min, max } of ranges) {
      const v = value(log);
      if (v === undefined || (min !== undefined && v < min) || (max !== undefined && v > max))
        return false;
    }
    // "No cost could be computed": NULL or not positive, and failed rows are not counted as such.
    if (missingCostOnly && ((log.cost != null && log.cost > 0) || log.status === 'error'))
      return false;
    if (contentSearch && !contentSearch.test(store.contentSummaries.get(log.id) ?? ''))
      return false;
    if (filters.userAgents || filters.apps) {
      const client = store.clients.get(log.id);
      if (filters.userAgents && !(client && filters.userAgents.has(client.userAgent))) return false;
      if (filters.apps && !(client && filters.apps.has(client.app))) return false;
    }
    for (const [key, value] of filters.metadata ?? [])
      if (log.metadata?.[key] === undefined || String(log.metadata[key]) !== value) return false;
    return true;
  };
}

/** The rows matching the filters, in store order. */
export const filterLogs = (store: BifrostStore, filters: LogFilters) =>
  store.logs.filter(matcher(filters, store));
