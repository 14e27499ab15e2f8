// The filters of the list and stats operations, applied as the server's log store applies them
// (framework/logstore: `IN` lists, inclusive time bounds, SQL comparisons that never match NULL).
import type { operations } from '@ai-gateway/validators/bifrost';
import type { bifrostRoutes } from '../../generated/emulator/bifrost.ts';
import type { BifrostStore, LogEntry } from './store.ts';
import { toNanos } from './time.ts';

/** The filter parameters, as the spec types them once they passed its checks. */
export type FilterQuery = Omit<
  NonNullable<operations['getLogStats']['parameters']['query']>,
  'compare_to_previous'
>;

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

/** For each comma-list filter: the values of a row it is matched against (any of them will do). */
const listFields: Readonly<
  Record<ListParam, (log: LogEntry) => readonly (string | null | undefined)[]>
> = {
  providers: (log) => [log.provider],
  models: (log) => [log.model],
  status: (log) => [log.status],
  objects: (log) => [log.object],
  selected_key_ids: (log) => [log.selected_key_id],
  virtual_key_ids: (log) => [log.virtual_key_id],
  routing_rule_ids: (log) => [log.routing_rule_id],
  routing_engine_used: (log) => log.routing_engines_used ?? [],
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
  readonly lists: readonly {
    readonly values: (log: LogEntry) => readonly unknown[];
    readonly items: ReadonlySet<string>;
  }[];
  readonly start: bigint | undefined;
  readonly end: bigint | undefined;
  readonly ranges: readonly Range[];
  readonly missingCostOnly: boolean;
  readonly contentSearch: RegExp | undefined;
}

/** The server's reading of a comma list: split on `,`, trimmed, empty items dropped. */
function splitCommaList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * `content_summary LIKE '%text%'`, as on the server's default (SQLite) store: case-insensitive,
 * with `%` and `_` still wildcards.
 */
function likeSearch(text: string): RegExp {
  const source = [...text]
    .map((char) =>
      char === '%' ? '.*' : char === '_' ? '.' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(source, 'is');
}

export function readFilters(query: FilterQuery): LogFilters {
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
  return {
    lists,
    start: query.start_time === undefined ? undefined : toNanos(query.start_time),
    end: query.end_time === undefined ? undefined : toNanos(query.end_time),
    ranges,
    missingCostOnly: query.missing_cost_only === true,
    contentSearch: query.content_search ? likeSearch(query.content_search) : undefined,
  };
}

/** Whether a row passes every filter. */
export function matcher(filters: LogFilters, store: BifrostStore): (log: LogEntry) => boolean {
  const { lists, start, end, ranges, missingCostOnly, contentSearch } = filters;
  return (log) => {
    for (const { values, items } of lists)
      if (!values(log).some((value) => typeof value === 'string' && items.has(value))) return false;
    if (start !== undefined || end !== undefined) {
      const at = toNanos(log.timestamp);
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
    return true;
  };
}

/** The rows matching the filters, in store order. */
export const filterLogs = (store: BifrostStore, filters: LogFilters) =>
  store.logs.filter(matcher(filters, store));
