/* eslint-disable */
// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/client generate)

import type { operations as Operations } from '@ai-gateway/validators/bifrost';
import type { ClientCore } from '../../core/client-core.js';
import type { PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import { operations } from './operations.js';

export type ListLogsParams = Omit<NonNullable<Operations["listLogs"]['parameters']['query']>, "providers" | "models" | "status" | "objects" | "selected_key_ids" | "virtual_key_ids" | "routing_rule_ids" | "routing_engine_used"> & { providers?: string | readonly (string)[]; models?: string | readonly (string)[]; status?: string | readonly ("processing" | "success" | "error" | "cancelled")[]; objects?: string | readonly (string)[]; selected_key_ids?: string | readonly (string)[]; virtual_key_ids?: string | readonly (string)[]; routing_rule_ids?: string | readonly (string)[]; routing_engine_used?: string | readonly ("routing-rule" | "governance" | "loadbalancing")[] };
export type ListLogsResponse = Operations["listLogs"]['responses']["200"]['content']['application/json'];
export type ListLogsResult = ListLogsResponse;
export type ListLogsItem = NonNullable<ListLogsResponse["logs"]>[number];
export type GetLogStatsParams = Omit<NonNullable<Operations["getLogStats"]['parameters']['query']>, "providers" | "models" | "status" | "objects" | "selected_key_ids" | "virtual_key_ids" | "routing_rule_ids" | "routing_engine_used"> & { providers?: string | readonly (string)[]; models?: string | readonly (string)[]; status?: string | readonly ("processing" | "success" | "error" | "cancelled")[]; objects?: string | readonly (string)[]; selected_key_ids?: string | readonly (string)[]; virtual_key_ids?: string | readonly (string)[]; routing_rule_ids?: string | readonly (string)[]; routing_engine_used?: string | readonly ("routing-rule" | "governance" | "loadbalancing")[] };
export type GetLogStatsResponse = Operations["getLogStats"]['responses']["200"]['content']['application/json'];
export type GetLogStatsResult = GetLogStatsResponse;
export type GetLogParams = Omit<Operations["getLog"]['parameters']['path'], never>;
export type GetLogResponse = Operations["getLog"]['responses']["200"]['content']['application/json'];
export type GetLogResult = GetLogResponse;

/** The bifrost API by resource, one method per operation of the spec. */
export interface BifrostResources {
  logs: {
    /** List request logs — `GET /api/logs` */
    list(params?: ListLogsParams, options?: RequestOptions): PagePromise<ListLogsItem, ListLogsResponse>;
    /** Aggregate statistics for matching logs — `GET /api/logs/stats` */
    stats(params?: GetLogStatsParams, options?: RequestOptions): Promise<GetLogStatsResult>;
    /** Get one complete log record — `GET /api/logs/{id}` */
    get(params: GetLogParams, options?: RequestOptions): Promise<GetLogResult>;
  };
}

export function createResources(core: ClientCore): BifrostResources {
  return {
  logs: {
    list: (params?: ListLogsParams, options?: RequestOptions) =>
      core.paginate(operations.listLogs, params, options) as PagePromise<ListLogsItem, ListLogsResponse>,
    stats: (params?: GetLogStatsParams, options?: RequestOptions) =>
      core.call(operations.getLogStats, params, undefined, options) as Promise<GetLogStatsResult>,
    get: (params: GetLogParams, options?: RequestOptions) =>
      core.call(operations.getLog, params, undefined, options) as Promise<GetLogResult>,
  },
  };
}
