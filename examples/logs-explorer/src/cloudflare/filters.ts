import type { ListLogsParams } from '@ai-gateway/client/cloudflare';
import { dayBound } from '../format.ts';

/** The log filters as the form holds them; `listLogsParams` turns them into the API's query. */
export interface LogFilterState {
  search: string;
  provider: string;
  model: string;
  success: 'any' | 'true' | 'false';
  cached: 'any' | 'true' | 'false';
  /** USD, as typed; only logs that cost more are listed. */
  minCost: string;
  /** `1` helpful, `-1` not helpful: what the feedback control stores. */
  feedback: 'any' | '1' | '-1';
  /** `YYYY-MM-DD`, UTC days, inclusive. */
  from: string;
  to: string;
}

export const noFilters: LogFilterState = {
  search: '',
  provider: '',
  model: '',
  success: 'any',
  cached: 'any',
  minCost: '',
  feedback: 'any',
  from: '',
  to: '',
};

type LogFilter = NonNullable<ListLogsParams['filters']>[number];

/** Newest first, 25 a page, narrowed with `filters` (the API's single-purpose parameters are deprecated). */
export function listLogsParams(gatewayId: string, state: LogFilterState): ListLogsParams {
  const filters: LogFilter[] = [];
  const provider = state.provider.trim();
  const model = state.model.trim();
  const search = state.search.trim();
  const minCost = state.minCost.trim() === '' ? Number.NaN : Number(state.minCost);
  if (provider) filters.push({ key: 'provider', operator: 'eq', value: [provider] });
  if (model) filters.push({ key: 'model', operator: 'contains', value: [model] });
  if (state.success !== 'any')
    filters.push({ key: 'success', operator: 'eq', value: [state.success === 'true'] });
  if (state.cached !== 'any')
    filters.push({ key: 'cached', operator: 'eq', value: [state.cached === 'true'] });
  if (Number.isFinite(minCost)) filters.push({ key: 'cost', operator: 'gt', value: [minCost] });
  if (state.feedback !== 'any')
    filters.push({ key: 'feedback', operator: 'eq', value: [Number(state.feedback)] });
  if (state.from)
    filters.push({ key: 'created_at', operator: 'gt', value: [dayBound(state.from, 'start')] });
  if (state.to)
    filters.push({ key: 'created_at', operator: 'lt', value: [dayBound(state.to, 'end')] });
  return {
    gateway_id: gatewayId,
    per_page: 25,
    order_by: 'created_at',
    order_by_direction: 'desc',
    ...(search && { search }),
    ...(filters.length > 0 && { filters }),
  };
}
