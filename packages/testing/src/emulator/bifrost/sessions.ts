// GET /api/logs/sessions/{session_id} and its summary: a request and the fallback attempts that
// name it as their parent, as one session.
import type { components } from '@ai-gateway/validators/bifrost';
import type { OperationHandler } from '../core/types.ts';
import { costOfRows, sum } from './buckets.ts';
import { listRow, sortLogs } from './logs.ts';
import type { BifrostStore, LogEntry } from './store.ts';
import { toNanos } from './time.ts';

type Schemas = components['schemas'];

/** The session's rows, oldest first; an unknown session has none (not a 404). */
const sessionRows = (store: BifrostStore, sessionId: string): LogEntry[] =>
  sortLogs(
    store.logs.filter((log) => log.id === sessionId || log.parent_request_id === sessionId),
    'timestamp',
    'asc',
  );

const getLogSession: OperationHandler<BifrostStore> = ({ path, query, store }) => {
  const sessionId = path.session_id as string;
  const limit = query.limit as number;
  const offset = query.offset as number;
  const order = query.order as 'asc' | 'desc';
  const rows = sessionRows(store, sessionId);
  const ordered = order === 'desc' ? rows.reverse() : rows;
  const page = ordered.slice(offset, offset + limit);
  const body: Schemas['SessionLogsResponse'] = {
    session_id: sessionId,
    logs: page.map(listRow),
    pagination: { limit, offset, sort_by: 'timestamp', order, total_count: rows.length },
    count: rows.length,
    returned_count: page.length,
    has_more: offset + page.length < rows.length,
  };
  return { body };
};

const getLogSessionSummary: OperationHandler<BifrostStore> = ({ path, store }) => {
  const sessionId = path.session_id as string;
  const rows = sessionRows(store, sessionId);
  const first = rows[0];
  const last = rows.at(-1);
  const span =
    first && last
      ? ((toNanos(last.timestamp) ?? 0n) - (toNanos(first.timestamp) ?? 0n)) / 1_000_000n
      : 0n;
  const body: Schemas['SessionSummary'] = {
    session_id: sessionId,
    count: rows.length,
    total_cost: costOfRows(rows),
    total_tokens: sum(rows.map((log) => log.token_usage?.total_tokens ?? 0)),
    ...(first && last ? { started_at: first.timestamp, latest_at: last.timestamp } : {}),
    duration_ms: Number(span),
  };
  return { body };
};

export const sessionHandlers = { getLogSession, getLogSessionSummary };
