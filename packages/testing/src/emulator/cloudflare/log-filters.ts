// The logs API's `filters` grammar, its deprecated single-purpose parameters and `search`, as
// predicates over stored logs. Values arrive typed by the query reader, so comparisons are lenient
// across types (a string "0.5" equals the number 0.5), as the service's SQL comparisons are.
import type { components, operations } from '@ai-gateway/validators/cloudflare';
import { mentions } from './listing.ts';
import type { LogDetail, StoredLog } from './store.ts';

export type LogFilter = components['schemas']['LogFilter'];
export type LogFilterKey = LogFilter['key'];
type FilterValue = LogFilter['value'][number];
type Scalar = string | number | boolean | null;
export type LogPredicate = (stored: StoredLog) => boolean;

/** Keys naming one value per log; the metadata keys name every key or value a log carries. */
export type ScalarKey = Exclude<LogFilterKey, 'metadata.key' | 'metadata.value'>;

/** `tokens` is the sum of both counts; unknown only when both are. */
export const totalTokens = (log: LogDetail): number | null =>
  log.tokens_in == null && log.tokens_out == null
    ? null
    : (log.tokens_in ?? 0) + (log.tokens_out ?? 0);

const scalarFields: Readonly<Record<ScalarKey, (stored: StoredLog) => Scalar | undefined>> = {
  id: ({ log }) => log.id,
  created_at: ({ log }) => log.created_at,
  request_content_type: ({ log }) => log.request_content_type,
  response_content_type: ({ log }) => log.response_content_type,
  request_type: ({ log }) => log.request_type,
  success: ({ log }) => log.success,
  cached: ({ log }) => log.cached,
  provider: ({ log }) => log.provider,
  model: ({ log }) => log.model,
  model_type: ({ log }) => log.model_type,
  cost: ({ log }) => log.cost,
  tokens: ({ log }) => totalTokens(log),
  tokens_in: ({ log }) => log.tokens_in,
  tokens_out: ({ log }) => log.tokens_out,
  duration: ({ log }) => log.duration,
  feedback: ({ hidden }) => hidden.feedback,
  event_id: ({ hidden }) => hidden.event_id,
  authentication: ({ hidden }) => hidden.authentication,
  wholesale: ({ hidden }) => hidden.wholesale,
  compatibilityMode: ({ hidden }) => hidden.compatibilityMode,
  dlp_action: ({ hidden }) => hidden.dlp_action,
  user_agent: ({ hidden }) => hidden.user_agent,
};

/** A log's metadata object; the API stores it as a JSON string. */
export function metadataOf(log: LogDetail): Record<string, Scalar> {
  if (!log.metadata) return {};
  try {
    const parsed: unknown = JSON.parse(log.metadata);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, Scalar>)
      : {};
  } catch {
    return {};
  }
}

/** One log's value of a scalar key; null when the log does not have it. */
export const fieldValue = (stored: StoredLog, key: ScalarKey): Scalar =>
  scalarFields[key](stored) ?? null;

/** Every value a log has for a key: none when it is null, so that a null filter value matches. */
function fieldValues(stored: StoredLog, key: LogFilterKey): Scalar[] {
  if (key === 'metadata.key') return Object.keys(metadataOf(stored.log));
  if (key === 'metadata.value') return Object.values(metadataOf(stored.log));
  const value = fieldValue(stored, key);
  return value === null ? [] : [value];
}

const numeric = /^\s*-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;
const asNumber = (value: Scalar): number | undefined =>
  typeof value === 'number'
    ? value
    : typeof value === 'string' && numeric.test(value)
      ? Number(value)
      : undefined;
const asBoolean = (value: Scalar): boolean | undefined => {
  if (typeof value === 'boolean') return value;
  const text = String(value).toLowerCase();
  return text === 'true' || text === '1'
    ? true
    : text === 'false' || text === '0'
      ? false
      : undefined;
};
const asTime = (value: Scalar): number | undefined => {
  const time =
    typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? undefined : time;
};

function equal(key: LogFilterKey, field: Scalar, value: Scalar): boolean {
  if (field === null || value === null) return field === value;
  if (key === 'created_at') {
    const [a, b] = [asTime(field), asTime(value)];
    if (a !== undefined && b !== undefined) return a === b;
  }
  if (typeof field === 'boolean' || typeof value === 'boolean')
    return asBoolean(field) === asBoolean(value) && asBoolean(field) !== undefined;
  if (typeof field === 'number' || typeof value === 'number') {
    const [a, b] = [asNumber(field), asNumber(value)];
    return a !== undefined && a === b;
  }
  return field === value;
}

/** Negative, zero or positive like a comparator; undefined when the two do not compare. */
function compare(key: LogFilterKey, field: Scalar, value: Scalar): number | undefined {
  if (field === null || value === null) return undefined;
  if (key === 'created_at') {
    const [a, b] = [asTime(field), asTime(value)];
    return a === undefined || b === undefined ? undefined : a - b;
  }
  const [a, b] = [asNumber(field), asNumber(value)];
  if (a !== undefined && b !== undefined) return a - b;
  if (typeof field === 'number' || typeof field === 'boolean') return undefined;
  const [left, right] = [String(field), String(value)];
  return left < right ? -1 : left > right ? 1 : 0;
}

const lower = (value: Scalar) => String(value).toLowerCase();

/** Whether one log satisfies one filter. */
export function matchesFilter(stored: StoredLog, filter: LogFilter): boolean {
  const fields = fieldValues(stored, filter.key);
  const holds = (value: FilterValue, test: (field: Scalar) => boolean) =>
    value === null ? fields.length === 0 : fields.some(test);
  switch (filter.operator) {
    case 'eq':
      return filter.value.some((v) => holds(v, (f) => equal(filter.key, f, v)));
    case 'neq':
      return !filter.value.some((v) => holds(v, (f) => equal(filter.key, f, v)));
    case 'contains':
      return filter.value.some((v) => holds(v, (f) => lower(f).includes(lower(v))));
    case 'lt':
    case 'gt': {
      const bound = filter.value[0];
      if (bound === undefined || bound === null) return false;
      const sign = filter.operator === 'lt' ? -1 : 1;
      return fields.some((f) => Math.sign(compare(filter.key, f, bound) ?? 0) === sign);
    }
  }
}

/** Every filter must hold (the API combines them with AND). */
export const filtersPredicate =
  (filters: readonly LogFilter[]): LogPredicate =>
  (stored) =>
    filters.every((filter) => matchesFilter(stored, filter));

/** Case-insensitive substring over the fields a person scans a log list by. */
export const searchPredicate =
  (search: string): LogPredicate =>
  ({ log }) =>
    [log.id, log.provider, log.model, log.path].some((field) => mentions(field, search));

type ListLogsQuery = NonNullable<operations['listLogs']['parameters']['query']>;
type LegacyParameter = Exclude<
  keyof ListLogsQuery,
  | 'search'
  | 'page'
  | 'per_page'
  | 'order_by'
  | 'order_by_direction'
  | 'filters'
  | 'meta_info'
  | 'direction'
>;

/**
 * What each deprecated parameter means as a condition on one key: a lower or upper bound (both
 * inclusive: "at or after", "lowest cost") or one value the field must equal.
 */
const legacyParameters: Readonly<
  Record<LegacyParameter, readonly [ScalarKey, 'min' | 'max' | 'eq']>
> = {
  start_date: ['created_at', 'min'],
  end_date: ['created_at', 'max'],
  min_cost: ['cost', 'min'],
  max_cost: ['cost', 'max'],
  min_tokens_in: ['tokens_in', 'min'],
  max_tokens_in: ['tokens_in', 'max'],
  min_tokens_out: ['tokens_out', 'min'],
  max_tokens_out: ['tokens_out', 'max'],
  min_total_tokens: ['tokens', 'min'],
  max_total_tokens: ['tokens', 'max'],
  min_duration: ['duration', 'min'],
  max_duration: ['duration', 'max'],
  feedback: ['feedback', 'eq'],
  success: ['success', 'eq'],
  cached: ['cached', 'eq'],
  model: ['model', 'eq'],
  model_type: ['model_type', 'eq'],
  provider: ['provider', 'eq'],
  request_content_type: ['request_content_type', 'eq'],
  response_content_type: ['response_content_type', 'eq'],
};

/** The conditions the deprecated parameters of a listLogs query add. */
export function legacyPredicates(query: Readonly<Record<string, unknown>>): LogPredicate[] {
  const predicates: LogPredicate[] = [];
  for (const [name, [key, kind]] of Object.entries(legacyParameters)) {
    const bound = query[name] as Scalar | undefined;
    if (bound === undefined) continue;
    if (kind === 'eq') {
      predicates.push((stored) => matchesFilter(stored, { key, operator: 'eq', value: [bound] }));
      continue;
    }
    const sign = kind === 'min' ? 1 : -1;
    predicates.push((stored) => {
      const order = compare(key, fieldValue(stored, key), bound);
      return order !== undefined && Math.sign(order) !== -sign;
    });
  }
  return predicates;
}
