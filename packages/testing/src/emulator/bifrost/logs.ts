// GET /api/logs, GET /api/logs/{id}, DELETE /api/logs and GET /api/logs/dropped.
import type { operations } from '@ai-gateway/validators/bifrost';
import { ApiError, type OperationHandler } from '../core/types.ts';
import { logNotFound } from './errors.ts';
import { filterLogs, readFilters, totalTokensOf } from './filters.ts';
import type { BifrostStore, LogEntry } from './store.ts';
import { timestampNanos } from './time.ts';

type ListQuery = NonNullable<operations['listLogs']['parameters']['query']>;
type ListResponse = operations['listLogs']['responses']['200']['content']['application/json'];
type SortBy = NonNullable<ListQuery['sort_by']>;
type Order = NonNullable<ListQuery['order']>;

type SortKey = bigint | number | undefined;

/** The column each sort key orders by; `undefined` is SQL NULL. */
const sortKeys: Readonly<Record<SortBy, (log: LogEntry) => SortKey>> = {
  timestamp: (log) => timestampNanos(log),
  latency: (log) => log.latency ?? undefined,
  tokens: totalTokensOf,
  cost: (log) => log.cost ?? undefined,
};

/** NULL sorts before every value, as on the server's default (SQLite) store. */
function compareKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The rows in the requested order. The store leaves ties in no particular order; here they fall
 * back to the timestamp and then the id, in the same direction, so pages never overlap.
 */
export function sortLogs(logs: readonly LogEntry[], sortBy: SortBy, order: Order): LogEntry[] {
  const direction = order === 'asc' ? 1 : -1;
  const keyed = logs.map((log) => ({
    log,
    key: sortKeys[sortBy](log),
    at: timestampNanos(log),
  }));
  keyed.sort(
    (a, b) =>
      direction *
      (compareKeys(a.key, b.key) ||
        compareKeys(a.at, b.at) ||
        (a.log.id < b.log.id ? -1 : a.log.id > b.log.id ? 1 : 0)),
  );
  return keyed.map((entry) => entry.log);
}

/**
 * Payload fields a list row leaves out: the server reads only summary columns for lists. Message
 * histories are cut to their last message, and raw bodies come back empty.
 */
const detailOnlyFields = [
  'output_message',
  'responses_output',
  'embedding_output',
  'rerank_output',
  'list_models_output',
  'params',
  'tools',
  'tool_calls',
  'speech_output',
  'transcription_output',
  'image_generation_output',
  'video_generation_output',
  'video_retrieve_output',
  'video_list_output',
  'video_delete_output',
  'video_download_output',
  'passthrough_request_body',
  'passthrough_response_body',
  'routing_engine_logs',
  'redaction_mapping',
] as const satisfies readonly (keyof LogEntry)[];

/** A log as a list row shows it. */
export function listRow(log: LogEntry): LogEntry {
  const row: LogEntry = { ...log, raw_request: '', raw_response: '' };
  for (const field of detailOnlyFields) delete row[field];
  if (log.input_history) row.input_history = log.input_history.slice(-1);
  if (log.responses_input_history)
    row.responses_input_history = log.responses_input_history.slice(-1);
  return row;
}

const listLogs: OperationHandler<BifrostStore> = ({ query, store, clock }) => {
  // The core has filled in the spec's defaults for whatever was left out or dropped.
  const params = query as ListQuery &
    Required<Pick<ListQuery, 'limit' | 'offset' | 'sort_by' | 'order'>>;
  const { limit, offset, sort_by: sortBy, order } = params;
  const matching = filterLogs(store, readFilters(params, { now: clock.now() }));
  const page = sortLogs(matching, sortBy, order).slice(offset, offset + limit);
  const body: ListResponse = {
    logs: page.map(listRow),
    pagination: { limit, offset, sort_by: sortBy, order, total_count: matching.length },
    // Current servers fill only the count here; the rest is sent as zero.
    stats: {
      total_requests: matching.length,
      total_tokens: 0,
      total_cost: 0,
      average_latency: 0,
      success_rate: 0,
      user_facing_success_rate: 0,
      user_facing_total_requests: 0,
    },
    has_logs: store.logs.length > 0,
  };
  return { body };
};

const getLog: OperationHandler<BifrostStore> = ({ path, store }) => {
  const log = store.logs.find((entry) => entry.id === path.id);
  if (!log) throw logNotFound();
  return { body: log };
};

type DeleteBody = operations['deleteLogs']['requestBody']['content']['application/json'];

/** Deletes the named rows; ids that match none are skipped, as the store's `IN` delete does. */
const deleteLogs: OperationHandler<BifrostStore> = ({ body, store }) => {
  const ids = new Set((body as DeleteBody | undefined)?.ids ?? []);
  if (ids.size === 0) throw new ApiError(400, 'No log IDs provided');
  store.logs = store.logs.filter((log) => !ids.has(log.id));
  for (const id of ids) {
    store.contentSummaries.delete(id);
    store.clients.delete(id);
  }
  return { body: { message: 'Logs deleted successfully' } };
};

const getDroppedRequests: OperationHandler<BifrostStore> = ({ store }) => ({
  body: { dropped_requests: store.droppedRequests },
});

export const logHandlers = { listLogs, getLog, deleteLogs, getDroppedRequests };
