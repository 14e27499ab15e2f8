import type { components, ListLogsParams } from '@ai-gateway/client/bifrost';
import { dayBound } from '../format.ts';

export type LogStatus = components['schemas']['LogStatus'];

// Keyed by the generated union, so a status added to or dropped from the spec fails the type check
// here; the order is the form's.
const statusChips: Record<LogStatus, true> = {
  success: true,
  error: true,
  processing: true,
  cancelled: true,
};
export const statuses = Object.keys(statusChips) as LogStatus[];
// The spec takes any provider name (custom providers included): these are the form's suggestions.
export const providers = ['openai', 'anthropic', 'bedrock', 'vertex', 'azure', 'gemini'] as const;

/** The form's state, named after the API's query parameters it becomes. */
export interface BifrostFilterState {
  providers: string[];
  /** Comma-separated, as typed. */
  models: string;
  status: LogStatus[];
  /** `YYYY-MM-DD`, UTC days, inclusive. */
  start_time: string;
  end_time: string;
  content_search: string;
}

export const noFilters: BifrostFilterState = {
  providers: [],
  models: '',
  status: [],
  start_time: '',
  end_time: '',
  content_search: '',
};

/** The filters both `/api/logs` and `/api/logs/stats` take, one to one; empty ones are left out. */
export type BifrostFilters = Pick<
  ListLogsParams,
  'providers' | 'models' | 'status' | 'start_time' | 'end_time' | 'content_search'
>;

export function bifrostFilters(state: BifrostFilterState): BifrostFilters {
  const models = state.models
    .split(',')
    .map((model) => model.trim())
    .filter(Boolean);
  const search = state.content_search.trim();
  return {
    ...(state.providers.length > 0 && { providers: state.providers }),
    ...(models.length > 0 && { models }),
    ...(state.status.length > 0 && { status: state.status }),
    // Bifrost silently drops a bound it cannot parse; these are always full RFC 3339 with an offset.
    ...(state.start_time && { start_time: dayBound(state.start_time, 'start') }),
    ...(state.end_time && { end_time: dayBound(state.end_time, 'end') }),
    ...(search && { content_search: search }),
  };
}
