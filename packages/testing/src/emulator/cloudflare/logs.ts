// The logs resource: list (filters, search, deprecated parameters, order, pages and the ranges in
// `result_info`), bulk delete by filter, one log, its annotations, and the stored payloads.
import type { components, operations } from '@ai-gateway/validators/cloudflare';
import type { CloudflareOperationId } from '../../generated/emulator/cloudflare.ts';
import type { ApiError, OperationContext, OperationHandler } from '../core/types.ts';
import { notFound } from './errors.ts';
import { gatewayOf, missingAs400 } from './listing.ts';
import {
  fieldValue,
  filtersPredicate,
  type LogPredicate,
  legacyPredicates,
  type ScalarKey,
  searchPredicate,
  totalTokens,
} from './log-filters.ts';
import type { CloudflareStore, LogDetail, StoredLog } from './store.ts';

type Log = components['schemas']['Log'];
type LogEdit = components['schemas']['LogEdit'];
type LogsResultInfo = components['schemas']['LogsResultInfo'];
// The core fills in the spec's default of every parameter left out, so those are always there.
type WithDefaults<Query, Names extends keyof Query> = Query & Required<Pick<Query, Names>>;
type ListLogsQuery = WithDefaults<
  NonNullable<operations['listLogs']['parameters']['query']>,
  'page' | 'per_page' | 'order_by' | 'order_by_direction'
>;
type DeleteLogsQuery = WithDefaults<
  NonNullable<operations['deleteLogs']['parameters']['query']>,
  'limit' | 'order_by' | 'order_by_direction'
>;
type OrderKey = NonNullable<DeleteLogsQuery['order_by']>;
type Direction = 'asc' | 'desc';
type Context = OperationContext<CloudflareStore>;

/** What a log entry shows only on its own page, not in list rows. */
const detailOnly = {
  request_head: true,
  request_head_complete: true,
  request_size: true,
  response_head: true,
  response_head_complete: true,
  response_size: true,
} as const satisfies Record<Exclude<keyof LogDetail, keyof Log>, true>;

function listRow(log: LogDetail): Log {
  const row: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(log)) if (!(field in detailOnly)) row[field] = value;
  return row as Log;
}

/**
 * The list and the bulk delete document no 404, so a missing gateway gets the plain 400 there, as
 * on the other gateway-scoped lists; the single-log routes answer 404.
 */
const missingGateway = missingAs400('Gateway');

function gatewayLogs({ store, path }: Context, missing: () => ApiError = notFound): StoredLog[] {
  const { id } = gatewayOf(store, path.gateway_id, missing);
  const logs = store.logs.get(id) ?? [];
  if (!store.logs.has(id)) store.logs.set(id, logs);
  return logs;
}

function findLog(context: Context): StoredLog {
  const found = gatewayLogs(context).find((stored) => stored.log.id === context.path.id);
  if (!found) throw notFound();
  return found;
}

type Rank = number | string | null;

/**
 * `created_at` as a number, parsed once per log and again only if the string changes (a test may
 * edit the store): sorting thousands of logs would otherwise parse each date many times.
 */
const parsedTimes = new WeakMap<StoredLog, { text: string; time: number }>();
function timeOf(stored: StoredLog): number {
  const text = stored.log.created_at;
  const cached = parsedTimes.get(stored);
  if (cached?.text === text) return cached.time;
  const time = Date.parse(text);
  parsedTimes.set(stored, { text, time });
  return time;
}

const rankOf = (key: ScalarKey, stored: StoredLog): Rank => {
  if (key === 'created_at') return timeOf(stored);
  const value = fieldValue(stored, key);
  if (value === null) return null;
  return typeof value === 'boolean' ? Number(value) : value;
};
/** Nulls first in ascending order, as the service's database sorts them. */
const compareRanks = (a: Rank, b: Rank) =>
  a === b
    ? 0
    : a === null
      ? -1
      : b === null
        ? 1
        : typeof a === 'number' && typeof b === 'number'
          ? a - b
          : String(a) < String(b)
            ? -1
            : 1;

/** Ordered by one field, then by time and id in the same direction, so every order is total. */
export function orderLogs(rows: readonly StoredLog[], key: OrderKey, direction: Direction) {
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = rows.map((stored) => {
    const time = timeOf(stored);
    return { stored, rank: key === 'created_at' ? time : rankOf(key, stored), time };
  });
  keyed.sort(
    (a, b) =>
      sign *
      (compareRanks(a.rank, b.rank) ||
        a.time - b.time ||
        compareRanks(a.stored.log.id, b.stored.log.id)),
  );
  return keyed.map(({ stored }) => stored);
}

type RangeName = 'cost' | 'duration' | 'tokens_in' | 'tokens_out' | 'total_tokens';
type Ranges = Pick<LogsResultInfo, `min_${RangeName}` | `max_${RangeName}`>;

/** Smallest and largest of each quantity over all matching logs; left out where none has it. */
function rangesOf(rows: readonly StoredLog[]): Ranges {
  // One pass over the rows for all five quantities: this runs on every list request.
  const min = [Infinity, Infinity, Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity, -Infinity, -Infinity];
  const note = (index: number, value: number | null | undefined) => {
    if (value === null || value === undefined) return;
    if (value < (min[index] as number)) min[index] = value;
    if (value > (max[index] as number)) max[index] = value;
  };
  for (const { log } of rows) {
    note(0, log.cost);
    note(1, log.duration);
    note(2, log.tokens_in);
    note(3, log.tokens_out);
    note(4, totalTokens(log));
  }
  const names: RangeName[] = ['cost', 'duration', 'tokens_in', 'tokens_out', 'total_tokens'];
  const ranges: Ranges = {};
  names.forEach((name, index) => {
    if ((min[index] as number) <= (max[index] as number))
      Object.assign(ranges, { [`min_${name}`]: min[index], [`max_${name}`]: max[index] });
  });
  return ranges;
}

const listLogs: OperationHandler<CloudflareStore> = (context) => {
  const query = context.query as ListLogsQuery;
  const predicates: LogPredicate[] = [
    filtersPredicate(query.filters ?? []),
    ...legacyPredicates(context.query),
  ];
  if (query.search) predicates.push(searchPredicate(query.search));
  const matching = gatewayLogs(context, missingGateway).filter((stored) =>
    predicates.every((p) => p(stored)),
  );
  const { page, per_page: perPage } = query;
  // The older `direction` counts only when the current name is not sent.
  const direction =
    query.direction && !context.sent.has('order_by_direction')
      ? query.direction
      : query.order_by_direction;
  const ordered = orderLogs(matching, query.order_by, direction);
  const rows = ordered.slice((page - 1) * perPage, page * perPage).map(({ log }) => listRow(log));
  const resultInfo: LogsResultInfo = {
    count: rows.length,
    page,
    per_page: perPage,
    total_count: matching.length,
    ...rangesOf(matching),
  };
  return { body: { result: rows, result_info: resultInfo, success: true } };
};

const deleteLogs: OperationHandler<CloudflareStore> = (context) => {
  const query = context.query as DeleteLogsQuery;
  const logs = gatewayLogs(context, missingGateway);
  const matching = logs.filter(filtersPredicate(query.filters ?? []));
  const doomed = new Set(
    orderLogs(matching, query.order_by, query.order_by_direction).slice(0, query.limit),
  );
  // In place, so that whoever holds the gateway's list (a test, the store) sees the deletion.
  let kept = 0;
  for (const stored of logs) if (!doomed.has(stored)) logs[kept++] = stored;
  logs.length = kept;
  return { body: { success: true } };
};

const editLog: OperationHandler<CloudflareStore> = (context) => {
  const stored = findLog(context);
  const edit = context.body as LogEdit;
  if ('feedback' in edit) stored.hidden.feedback = edit.feedback ?? null;
  if ('score' in edit) stored.hidden.score = edit.score ?? null;
  // Written as an object, read back as the JSON string the API stores.
  if ('metadata' in edit) {
    if (edit.metadata == null) delete stored.log.metadata;
    else stored.log.metadata = JSON.stringify(edit.metadata);
  }
  return { body: { result: {}, success: true } };
};

export const logHandlers = {
  listLogs,
  deleteLogs,
  getLog: (context) => ({ body: { result: findLog(context).log, success: true } }),
  editLog,
  getLogRequest: (context) => ({ body: findLog(context).request ?? null }),
  getLogResponse: (context) => ({ body: findLog(context).response ?? null }),
} satisfies Partial<Record<CloudflareOperationId, OperationHandler<CloudflareStore>>>;
