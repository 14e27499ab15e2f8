// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/client generate)

import type { operations as Operations } from '@ai-gateway/validators/bifrost/requests';
import type { APIPromise } from '../../core/api-promise.js';
import type { ClientCore } from '../../core/client-core.js';
import { paginate } from '../../core/list.js';
import type { AllowUndefined } from '../../core/optional.js';
import type { PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import * as operation from './operations.js';

export type ListLogsParams = AllowUndefined<Omit<NonNullable<Operations["listLogs"]['parameters']['query']>, "providers" | "models" | "status" | "objects" | "selected_key_ids" | "virtual_key_ids" | "routing_rule_ids" | "routing_engine_used"> & { providers?: string | readonly (string)[]; models?: string | readonly (string)[]; status?: "processing" | "success" | "error" | "cancelled" | readonly ("processing" | "success" | "error" | "cancelled")[]; objects?: string | readonly (string)[]; selected_key_ids?: string | readonly (string)[]; virtual_key_ids?: string | readonly (string)[]; routing_rule_ids?: string | readonly (string)[]; routing_engine_used?: "routing-rule" | "governance" | "loadbalancing" | readonly ("routing-rule" | "governance" | "loadbalancing")[] }>;
export type ListLogsResponse = Operations["listLogs"]['responses']["200"]['content']['application/json'];
export type ListLogsResult = ListLogsResponse;
export type ListLogsItem = NonNullable<ListLogsResponse["logs"]>[number];

/** List request logs — `GET /api/logs` */
export function listLogs(core: ClientCore, params?: ListLogsParams, options?: RequestOptions): PagePromise<ListLogsItem, ListLogsResponse> {
  return paginate<ListLogsItem, ListLogsResponse>(core, operation.listLogs, params, options);
}

export type GetLogStatsParams = AllowUndefined<Omit<NonNullable<Operations["getLogStats"]['parameters']['query']>, "providers" | "models" | "status" | "objects" | "selected_key_ids" | "virtual_key_ids" | "routing_rule_ids" | "routing_engine_used"> & { providers?: string | readonly (string)[]; models?: string | readonly (string)[]; status?: "processing" | "success" | "error" | "cancelled" | readonly ("processing" | "success" | "error" | "cancelled")[]; objects?: string | readonly (string)[]; selected_key_ids?: string | readonly (string)[]; virtual_key_ids?: string | readonly (string)[]; routing_rule_ids?: string | readonly (string)[]; routing_engine_used?: "routing-rule" | "governance" | "loadbalancing" | readonly ("routing-rule" | "governance" | "loadbalancing")[] }>;
export type GetLogStatsResponse = Operations["getLogStats"]['responses']["200"]['content']['application/json'];
export type GetLogStatsResult = GetLogStatsResponse;

/** Aggregate statistics for matching logs — `GET /api/logs/stats` */
export function getLogStats(core: ClientCore, params?: GetLogStatsParams, options?: RequestOptions): APIPromise<GetLogStatsResult> {
  return core.call(operation.getLogStats, params, undefined, options) as APIPromise<GetLogStatsResult>;
}

export type GetLogParams = AllowUndefined<Omit<Operations["getLog"]['parameters']['path'], never>>;
export type GetLogResponse = Operations["getLog"]['responses']["200"]['content']['application/json'];
export type GetLogResult = GetLogResponse;

/** Get one complete log record — `GET /api/logs/{id}` */
export function getLog(core: ClientCore, params: GetLogParams, options?: RequestOptions): APIPromise<GetLogResult> {
  return core.call(operation.getLog, params, undefined, options) as APIPromise<GetLogResult>;
}
