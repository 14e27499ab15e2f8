// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package client)

import type { operations as Operations } from '@ai-gateway/validators/bifrost/requests';
import type { APIPromise } from '../../core/api-promise.js';
import type { ClientCore } from '../../core/client-core.js';
import { paginate } from '../../core/list.js';
import type { AllowUndefined } from '../../core/optional.js';
import type { PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import * as operation from './operations.js';

export type ListLogsParams = AllowUndefined<
  Omit<
    NonNullable<Operations['listLogs']['parameters']['query']>,
    | 'providers'
    | 'models'
    | 'aliases'
    | 'status'
    | 'objects'
    | 'selected_key_ids'
    | 'virtual_key_ids'
    | 'routing_rule_ids'
    | 'team_ids'
    | 'customer_ids'
    | 'user_ids'
    | 'business_unit_ids'
    | 'routing_engine_used'
    | 'stop_reasons'
    | 'cache_hit_types'
  > & {
    providers?: string | readonly string[];
    models?: string | readonly string[];
    aliases?: string | readonly string[];
    status?:
      | 'processing'
      | 'success'
      | 'error'
      | 'cancelled'
      | readonly ('processing' | 'success' | 'error' | 'cancelled')[];
    objects?: string | readonly string[];
    selected_key_ids?: string | readonly string[];
    virtual_key_ids?: string | readonly string[];
    routing_rule_ids?: string | readonly string[];
    team_ids?: string | readonly string[];
    customer_ids?: string | readonly string[];
    user_ids?: string | readonly string[];
    business_unit_ids?: string | readonly string[];
    routing_engine_used?:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core'
      | readonly (
          | 'governance'
          | 'routing-rule'
          | 'loadbalancing'
          | 'model-catalog'
          | 'circuit-breaker'
          | 'session-affinity'
          | 'core'
        )[];
    stop_reasons?: string | readonly string[];
    cache_hit_types?: 'direct' | 'semantic' | readonly ('direct' | 'semantic')[];
  }
>;
export type ListLogsResponse =
  Operations['listLogs']['responses']['200']['content']['application/json'];
export type ListLogsResult = ListLogsResponse;
export type ListLogsItem = NonNullable<ListLogsResponse['logs']>[number];

/** List request logs — `GET /api/logs` */
export function listLogs(
  core: ClientCore,
  params?: ListLogsParams,
  options?: RequestOptions,
): PagePromise<ListLogsItem, ListLogsResponse> {
  return paginate<ListLogsItem, ListLogsResponse>(core, operation.listLogs, params, options);
}

export type DeleteLogsBody = NonNullable<
  Operations['deleteLogs']['requestBody']
>['content']['application/json'];
export type DeleteLogsResponse =
  Operations['deleteLogs']['responses']['200']['content']['application/json'];
export type DeleteLogsResult = DeleteLogsResponse;

/** Delete logs by ID — `DELETE /api/logs` */
export function deleteLogs(
  core: ClientCore,
  body: DeleteLogsBody,
  options?: RequestOptions,
): APIPromise<DeleteLogsResult> {
  return core.call(operation.deleteLogs, undefined, body, options) as APIPromise<DeleteLogsResult>;
}

export type GetLogStatsParams = AllowUndefined<
  Omit<
    NonNullable<Operations['getLogStats']['parameters']['query']>,
    | 'providers'
    | 'models'
    | 'aliases'
    | 'status'
    | 'objects'
    | 'selected_key_ids'
    | 'virtual_key_ids'
    | 'routing_rule_ids'
    | 'team_ids'
    | 'customer_ids'
    | 'user_ids'
    | 'business_unit_ids'
    | 'routing_engine_used'
    | 'stop_reasons'
    | 'cache_hit_types'
  > & {
    providers?: string | readonly string[];
    models?: string | readonly string[];
    aliases?: string | readonly string[];
    status?:
      | 'processing'
      | 'success'
      | 'error'
      | 'cancelled'
      | readonly ('processing' | 'success' | 'error' | 'cancelled')[];
    objects?: string | readonly string[];
    selected_key_ids?: string | readonly string[];
    virtual_key_ids?: string | readonly string[];
    routing_rule_ids?: string | readonly string[];
    team_ids?: string | readonly string[];
    customer_ids?: string | readonly string[];
    user_ids?: string | readonly string[];
    business_unit_ids?: string | readonly string[];
    routing_engine_used?:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core'
      | readonly (
          | 'governance'
          | 'routing-rule'
          | 'loadbalancing'
          | 'model-catalog'
          | 'circuit-breaker'
          | 'session-affinity'
          | 'core'
        )[];
    stop_reasons?: string | readonly string[];
    cache_hit_types?: 'direct' | 'semantic' | readonly ('direct' | 'semantic')[];
  }
>;
export type GetLogStatsResponse =
  Operations['getLogStats']['responses']['200']['content']['application/json'];
export type GetLogStatsResult = GetLogStatsResponse;

/** Aggregate statistics for matching logs — `GET /api/logs/stats` */
export function getLogStats(
  core: ClientCore,
  params?: GetLogStatsParams,
  options?: RequestOptions,
): APIPromise<GetLogStatsResult> {
  return core.call(
    operation.getLogStats,
    params,
    undefined,
    options,
  ) as APIPromise<GetLogStatsResult>;
}

export type GetLogParams = AllowUndefined<Omit<Operations['getLog']['parameters']['path'], never>>;
export type GetLogResponse =
  Operations['getLog']['responses']['200']['content']['application/json'];
export type GetLogResult = GetLogResponse;

/** Get one complete log record — `GET /api/logs/{id}` */
export function getLog(
  core: ClientCore,
  params: GetLogParams,
  options?: RequestOptions,
): APIPromise<GetLogResult> {
  return core.call(operation.getLog, params, undefined, options) as APIPromise<GetLogResult>;
}

export type GetLogHistogramParams = AllowUndefined<
  Omit<
    NonNullable<Operations['getLogHistogram']['parameters']['query']>,
    | 'providers'
    | 'models'
    | 'aliases'
    | 'status'
    | 'objects'
    | 'selected_key_ids'
    | 'virtual_key_ids'
    | 'routing_rule_ids'
    | 'team_ids'
    | 'customer_ids'
    | 'user_ids'
    | 'business_unit_ids'
    | 'routing_engine_used'
    | 'stop_reasons'
    | 'cache_hit_types'
  > & {
    providers?: string | readonly string[];
    models?: string | readonly string[];
    aliases?: string | readonly string[];
    status?:
      | 'processing'
      | 'success'
      | 'error'
      | 'cancelled'
      | readonly ('processing' | 'success' | 'error' | 'cancelled')[];
    objects?: string | readonly string[];
    selected_key_ids?: string | readonly string[];
    virtual_key_ids?: string | readonly string[];
    routing_rule_ids?: string | readonly string[];
    team_ids?: string | readonly string[];
    customer_ids?: string | readonly string[];
    user_ids?: string | readonly string[];
    business_unit_ids?: string | readonly string[];
    routing_engine_used?:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core'
      | readonly (
          | 'governance'
          | 'routing-rule'
          | 'loadbalancing'
          | 'model-catalog'
          | 'circuit-breaker'
          | 'session-affinity'
          | 'core'
        )[];
    stop_reasons?: string | readonly string[];
    cache_hit_types?: 'direct' | 'semantic' | readonly ('direct' | 'semantic')[];
  }
>;
export type GetLogHistogramResponse =
  Operations['getLogHistogram']['responses']['200']['content']['application/json'];
export type GetLogHistogramResult = GetLogHistogramResponse;

/** Request counts over time — `GET /api/logs/histogram` */
export function getLogHistogram(
  core: ClientCore,
  params?: GetLogHistogramParams,
  options?: RequestOptions,
): APIPromise<GetLogHistogramResult> {
  return core.call(
    operation.getLogHistogram,
    params,
    undefined,
    options,
  ) as APIPromise<GetLogHistogramResult>;
}

export type GetTokenHistogramParams = AllowUndefined<
  Omit<
    NonNullable<Operations['getTokenHistogram']['parameters']['query']>,
    | 'providers'
    | 'models'
    | 'aliases'
    | 'status'
    | 'objects'
    | 'selected_key_ids'
    | 'virtual_key_ids'
    | 'routing_rule_ids'
    | 'team_ids'
    | 'customer_ids'
    | 'user_ids'
    | 'business_unit_ids'
    | 'routing_engine_used'
    | 'stop_reasons'
    | 'cache_hit_types'
  > & {
    providers?: string | readonly string[];
    models?: string | readonly string[];
    aliases?: string | readonly string[];
    status?:
      | 'processing'
      | 'success'
      | 'error'
      | 'cancelled'
      | readonly ('processing' | 'success' | 'error' | 'cancelled')[];
    objects?: string | readonly string[];
    selected_key_ids?: string | readonly string[];
    virtual_key_ids?: string | readonly string[];
    routing_rule_ids?: string | readonly string[];
    team_ids?: string | readonly string[];
    customer_ids?: string | readonly string[];
    user_ids?: string | readonly string[];
    business_unit_ids?: string | readonly string[];
    routing_engine_used?:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core'
      | readonly (
          | 'governance'
          | 'routing-rule'
          | 'loadbalancing'
          | 'model-catalog'
          | 'circuit-breaker'
          | 'session-affinity'
          | 'core'
        )[];
    stop_reasons?: string | readonly string[];
    cache_hit_types?: 'direct' | 'semantic' | readonly ('direct' | 'semantic')[];
  }
>;
export type GetTokenHistogramResponse =
  Operations['getTokenHistogram']['responses']['200']['content']['application/json'];
export type GetTokenHistogramResult = GetTokenHistogramResponse;

/** Token usage over time — `GET /api/logs/histogram/tokens` */
export function getTokenHistogram(
  core: ClientCore,
  params?: GetTokenHistogramParams,
  options?: RequestOptions,
): APIPromise<GetTokenHistogramResult> {
  return core.call(
    operation.getTokenHistogram,
    params,
    undefined,
    options,
  ) as APIPromise<GetTokenHistogramResult>;
}

export type GetCostHistogramParams = AllowUndefined<
  Omit<
    NonNullable<Operations['getCostHistogram']['parameters']['query']>,
    | 'providers'
    | 'models'
    | 'aliases'
    | 'status'
    | 'objects'
    | 'selected_key_ids'
    | 'virtual_key_ids'
    | 'routing_rule_ids'
    | 'team_ids'
    | 'customer_ids'
    | 'user_ids'
    | 'business_unit_ids'
    | 'routing_engine_used'
    | 'stop_reasons'
    | 'cache_hit_types'
  > & {
    providers?: string | readonly string[];
    models?: string | readonly string[];
    aliases?: string | readonly string[];
    status?:
      | 'processing'
      | 'success'
      | 'error'
      | 'cancelled'
      | readonly ('processing' | 'success' | 'error' | 'cancelled')[];
    objects?: string | readonly string[];
    selected_key_ids?: string | readonly string[];
    virtual_key_ids?: string | readonly string[];
    routing_rule_ids?: string | readonly string[];
    team_ids?: string | readonly string[];
    customer_ids?: string | readonly string[];
    user_ids?: string | readonly string[];
    business_unit_ids?: string | readonly string[];
    routing_engine_used?:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core'
      | readonly (
          | 'governance'
          | 'routing-rule'
          | 'loadbalancing'
          | 'model-catalog'
          | 'circuit-breaker'
          | 'session-affinity'
          | 'core'
        )[];
    stop_reasons?: string | readonly string[];
    cache_hit_types?: 'direct' | 'semantic' | readonly ('direct' | 'semantic')[];
  }
>;
export type GetCostHistogramResponse =
  Operations['getCostHistogram']['responses']['200']['content']['application/json'];
export type GetCostHistogramResult = GetCostHistogramResponse;

/** Cost over time by model — `GET /api/logs/histogram/cost` */
export function getCostHistogram(
  core: ClientCore,
  params?: GetCostHistogramParams,
  options?: RequestOptions,
): APIPromise<GetCostHistogramResult> {
  return core.call(
    operation.getCostHistogram,
    params,
    undefined,
    options,
  ) as APIPromise<GetCostHistogramResult>;
}

export type GetModelHistogramParams = AllowUndefined<
  Omit<
    NonNullable<Operations['getModelHistogram']['parameters']['query']>,
    | 'providers'
    | 'models'
    | 'aliases'
    | 'status'
    | 'objects'
    | 'selected_key_ids'
    | 'virtual_key_ids'
    | 'routing_rule_ids'
    | 'team_ids'
    | 'customer_ids'
    | 'user_ids'
    | 'business_unit_ids'
    | 'routing_engine_used'
    | 'stop_reasons'
    | 'cache_hit_types'
  > & {
    providers?: string | readonly string[];
    models?: string | readonly string[];
    aliases?: string | readonly string[];
    status?:
      | 'processing'
      | 'success'
      | 'error'
      | 'cancelled'
      | readonly ('processing' | 'success' | 'error' | 'cancelled')[];
    objects?: string | readonly string[];
    selected_key_ids?: string | readonly string[];
    virtual_key_ids?: string | readonly string[];
    routing_rule_ids?: string | readonly string[];
    team_ids?: string | readonly string[];
    customer_ids?: string | readonly string[];
    user_ids?: string | readonly string[];
    business_unit_ids?: string | readonly string[];
    routing_engine_used?:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core'
      | readonly (
          | 'governance'
          | 'routing-rule'
          | 'loadbalancing'
          | 'model-catalog'
          | 'circuit-breaker'
          | 'session-affinity'
          | 'core'
        )[];
    stop_reasons?: string | readonly string[];
    cache_hit_types?: 'direct' | 'semantic' | readonly ('direct' | 'semantic')[];
  }
>;
export type GetModelHistogramResponse =
  Operations['getModelHistogram']['responses']['200']['content']['application/json'];
export type GetModelHistogramResult = GetModelHistogramResponse;

/** Requests over time by model — `GET /api/logs/histogram/models` */
export function getModelHistogram(
  core: ClientCore,
  params?: GetModelHistogramParams,
  options?: RequestOptions,
): APIPromise<GetModelHistogramResult> {
  return core.call(
    operation.getModelHistogram,
    params,
    undefined,
    options,
  ) as APIPromise<GetModelHistogramResult>;
}

export type GetLatencyHistogramParams = AllowUndefined<
  Omit<
    NonNullable<Operations['getLatencyHistogram']['parameters']['query']>,
    | 'providers'
    | 'models'
    | 'aliases'
    | 'status'
    | 'objects'
    | 'selected_key_ids'
    | 'virtual_key_ids'
    | 'routing_rule_ids'
    | 'team_ids'
    | 'customer_ids'
    | 'user_ids'
    | 'business_unit_ids'
    | 'routing_engine_used'
    | 'stop_reasons'
    | 'cache_hit_types'
  > & {
    providers?: string | readonly string[];
    models?: string | readonly string[];
    aliases?: string | readonly string[];
    status?:
      | 'processing'
      | 'success'
      | 'error'
      | 'cancelled'
      | readonly ('processing' | 'success' | 'error' | 'cancelled')[];
    objects?: string | readonly string[];
    selected_key_ids?: string | readonly string[];
    virtual_key_ids?: string | readonly string[];
    routing_rule_ids?: string | readonly string[];
    team_ids?: string | readonly string[];
    customer_ids?: string | readonly string[];
    user_ids?: string | readonly string[];
    business_unit_ids?: string | readonly string[];
    routing_engine_used?:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core'
      | readonly (
          | 'governance'
          | 'routing-rule'
          | 'loadbalancing'
          | 'model-catalog'
          | 'circuit-breaker'
          | 'session-affinity'
          | 'core'
        )[];
    stop_reasons?: string | readonly string[];
    cache_hit_types?: 'direct' | 'semantic' | readonly ('direct' | 'semantic')[];
  }
>;
export type GetLatencyHistogramResponse =
  Operations['getLatencyHistogram']['responses']['200']['content']['application/json'];
export type GetLatencyHistogramResult = GetLatencyHistogramResponse;

/** Latency percentiles over time — `GET /api/logs/histogram/latency` */
export function getLatencyHistogram(
  core: ClientCore,
  params?: GetLatencyHistogramParams,
  options?: RequestOptions,
): APIPromise<GetLatencyHistogramResult> {
  return core.call(
    operation.getLatencyHistogram,
    params,
    undefined,
    options,
  ) as APIPromise<GetLatencyHistogramResult>;
}

export type GetThroughputHistogramParams = AllowUndefined<
  Omit<
    NonNullable<Operations['getThroughputHistogram']['parameters']['query']>,
    | 'providers'
    | 'models'
    | 'aliases'
    | 'status'
    | 'objects'
    | 'selected_key_ids'
    | 'virtual_key_ids'
    | 'routing_rule_ids'
    | 'team_ids'
    | 'customer_ids'
    | 'user_ids'
    | 'business_unit_ids'
    | 'routing_engine_used'
    | 'stop_reasons'
    | 'cache_hit_types'
  > & {
    providers?: string | readonly string[];
    models?: string | readonly string[];
    aliases?: string | readonly string[];
    status?:
      | 'processing'
      | 'success'
      | 'error'
      | 'cancelled'
      | readonly ('processing' | 'success' | 'error' | 'cancelled')[];
    objects?: string | readonly string[];
    selected_key_ids?: string | readonly string[];
    virtual_key_ids?: string | readonly string[];
    routing_rule_ids?: string | readonly string[];
    team_ids?: string | readonly string[];
    customer_ids?: string | readonly string[];
    user_ids?: string | readonly string[];
    business_unit_ids?: string | readonly string[];
    routing_engine_used?:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core'
      | readonly (
          | 'governance'
          | 'routing-rule'
          | 'loadbalancing'
          | 'model-catalog'
          | 'circuit-breaker'
          | 'session-affinity'
          | 'core'
        )[];
    stop_reasons?: string | readonly string[];
    cache_hit_types?: 'direct' | 'semantic' | readonly ('direct' | 'semantic')[];
  }
>;
export type GetThroughputHistogramResponse =
  Operations['getThroughputHistogram']['responses']['200']['content']['application/json'];
export type GetThroughputHistogramResult = GetThroughputHistogramResponse;

/** Token throughput over time — `GET /api/logs/histogram/throughput` */
export function getThroughputHistogram(
  core: ClientCore,
  params?: GetThroughputHistogramParams,
  options?: RequestOptions,
): APIPromise<GetThroughputHistogramResult> {
  return core.call(
    operation.getThroughputHistogram,
    params,
    undefined,
    options,
  ) as APIPromise<GetThroughputHistogramResult>;
}

export type GetProviderCostHistogramParams = AllowUndefined<
  Omit<
    NonNullable<Operations['getProviderCostHistogram']['parameters']['query']>,
    | 'providers'
    | 'models'
    | 'aliases'
    | 'status'
    | 'objects'
    | 'selected_key_ids'
    | 'virtual_key_ids'
    | 'routing_rule_ids'
    | 'team_ids'
    | 'customer_ids'
    | 'user_ids'
    | 'business_unit_ids'
    | 'routing_engine_used'
    | 'stop_reasons'
    | 'cache_hit_types'
  > & {
    providers?: string | readonly string[];
    models?: string | readonly string[];
    aliases?: string | readonly string[];
    status?:
      | 'processing'
      | 'success'
      | 'error'
      | 'cancelled'
      | readonly ('processing' | 'success' | 'error' | 'cancelled')[];
    objects?: string | readonly string[];
    selected_key_ids?: string | readonly string[];
    virtual_key_ids?: string | readonly string[];
    routing_rule_ids?: string | readonly string[];
    team_ids?: string | readonly string[];
    customer_ids?: string | readonly string[];
    user_ids?: string | readonly string[];
    business_unit_ids?: string | readonly string[];
    routing_engine_used?:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core'
      | readonly (
          | 'governance'
          | 'routing-rule'
          | 'loadbalancing'
          | 'model-catalog'
          | 'circuit-breaker'
          | 'session-affinity'
          | 'core'
        )[];
    stop_reasons?: string | readonly string[];
    cache_hit_types?: 'direct' | 'semantic' | readonly ('direct' | 'semantic')[];
  }
>;
export type GetProviderCostHistogramResponse =
  Operations['getProviderCostHistogram']['responses']['200']['content']['application/json'];
export type GetProviderCostHistogramResult = GetProviderCostHistogramResponse;

/** Cost over time by provider — `GET /api/logs/histogram/cost/by-provider` */
export function getProviderCostHistogram(
  core: ClientCore,
  params?: GetProviderCostHistogramParams,
  options?: RequestOptions,
): APIPromise<GetProviderCostHistogramResult> {
  return core.call(
    operation.getProviderCostHistogram,
    params,
    undefined,
    options,
  ) as APIPromise<GetProviderCostHistogramResult>;
}

export type GetProviderTokenHistogramParams = AllowUndefined<
  Omit<
    NonNullable<Operations['getProviderTokenHistogram']['parameters']['query']>,
    | 'providers'
    | 'models'
    | 'aliases'
    | 'status'
    | 'objects'
    | 'selected_key_ids'
    | 'virtual_key_ids'
    | 'routing_rule_ids'
    | 'team_ids'
    | 'customer_ids'
    | 'user_ids'
    | 'business_unit_ids'
    | 'routing_engine_used'
    | 'stop_reasons'
    | 'cache_hit_types'
  > & {
    providers?: string | readonly string[];
    models?: string | readonly string[];
    aliases?: string | readonly string[];
    status?:
      | 'processing'
      | 'success'
      | 'error'
      | 'cancelled'
      | readonly ('processing' | 'success' | 'error' | 'cancelled')[];
    objects?: string | readonly string[];
    selected_key_ids?: string | readonly string[];
    virtual_key_ids?: string | readonly string[];
    routing_rule_ids?: string | readonly string[];
    team_ids?: string | readonly string[];
    customer_ids?: string | readonly string[];
    user_ids?: string | readonly string[];
    business_unit_ids?: string | readonly string[];
    routing_engine_used?:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core'
      | readonly (
          | 'governance'
          | 'routing-rule'
          | 'loadbalancing'
          | 'model-catalog'
          | 'circuit-breaker'
          | 'session-affinity'
          | 'core'
        )[];
    stop_reasons?: string | readonly string[];
    cache_hit_types?: 'direct' | 'semantic' | readonly ('direct' | 'semantic')[];
  }
>;
export type GetProviderTokenHistogramResponse =
  Operations['getProviderTokenHistogram']['responses']['200']['content']['application/json'];
export type GetProviderTokenHistogramResult = GetProviderTokenHistogramResponse;

/** Token usage over time by provider — `GET /api/logs/histogram/tokens/by-provider` */
export function getProviderTokenHistogram(
  core: ClientCore,
  params?: GetProviderTokenHistogramParams,
  options?: RequestOptions,
): APIPromise<GetProviderTokenHistogramResult> {
  return core.call(
    operation.getProviderTokenHistogram,
    params,
    undefined,
    options,
  ) as APIPromise<GetProviderTokenHistogramResult>;
}

export type GetProviderLatencyHistogramParams = AllowUndefined<
  Omit<
    NonNullable<Operations['getProviderLatencyHistogram']['parameters']['query']>,
    | 'providers'
    | 'models'
    | 'aliases'
    | 'status'
    | 'objects'
    | 'selected_key_ids'
    | 'virtual_key_ids'
    | 'routing_rule_ids'
    | 'team_ids'
    | 'customer_ids'
    | 'user_ids'
    | 'business_unit_ids'
    | 'routing_engine_used'
    | 'stop_reasons'
    | 'cache_hit_types'
  > & {
    providers?: string | readonly string[];
    models?: string | readonly string[];
    aliases?: string | readonly string[];
    status?:
      | 'processing'
      | 'success'
      | 'error'
      | 'cancelled'
      | readonly ('processing' | 'success' | 'error' | 'cancelled')[];
    objects?: string | readonly string[];
    selected_key_ids?: string | readonly string[];
    virtual_key_ids?: string | readonly string[];
    routing_rule_ids?: string | readonly string[];
    team_ids?: string | readonly string[];
    customer_ids?: string | readonly string[];
    user_ids?: string | readonly string[];
    business_unit_ids?: string | readonly string[];
    routing_engine_used?:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core'
      | readonly (
          | 'governance'
          | 'routing-rule'
          | 'loadbalancing'
          | 'model-catalog'
          | 'circuit-breaker'
          | 'session-affinity'
          | 'core'
        )[];
    stop_reasons?: string | readonly string[];
    cache_hit_types?: 'direct' | 'semantic' | readonly ('direct' | 'semantic')[];
  }
>;
export type GetProviderLatencyHistogramResponse =
  Operations['getProviderLatencyHistogram']['responses']['200']['content']['application/json'];
export type GetProviderLatencyHistogramResult = GetProviderLatencyHistogramResponse;

/** Latency over time by provider — `GET /api/logs/histogram/latency/by-provider` */
export function getProviderLatencyHistogram(
  core: ClientCore,
  params?: GetProviderLatencyHistogramParams,
  options?: RequestOptions,
): APIPromise<GetProviderLatencyHistogramResult> {
  return core.call(
    operation.getProviderLatencyHistogram,
    params,
    undefined,
    options,
  ) as APIPromise<GetProviderLatencyHistogramResult>;
}

export type GetProviderThroughputHistogramParams = AllowUndefined<
  Omit<
    NonNullable<Operations['getProviderThroughputHistogram']['parameters']['query']>,
    | 'providers'
    | 'models'
    | 'aliases'
    | 'status'
    | 'objects'
    | 'selected_key_ids'
    | 'virtual_key_ids'
    | 'routing_rule_ids'
    | 'team_ids'
    | 'customer_ids'
    | 'user_ids'
    | 'business_unit_ids'
    | 'routing_engine_used'
    | 'stop_reasons'
    | 'cache_hit_types'
  > & {
    providers?: string | readonly string[];
    models?: string | readonly string[];
    aliases?: string | readonly string[];
    status?:
      | 'processing'
      | 'success'
      | 'error'
      | 'cancelled'
      | readonly ('processing' | 'success' | 'error' | 'cancelled')[];
    objects?: string | readonly string[];
    selected_key_ids?: string | readonly string[];
    virtual_key_ids?: string | readonly string[];
    routing_rule_ids?: string | readonly string[];
    team_ids?: string | readonly string[];
    customer_ids?: string | readonly string[];
    user_ids?: string | readonly string[];
    business_unit_ids?: string | readonly string[];
    routing_engine_used?:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core'
      | readonly (
          | 'governance'
          | 'routing-rule'
          | 'loadbalancing'
          | 'model-catalog'
          | 'circuit-breaker'
          | 'session-affinity'
          | 'core'
        )[];
    stop_reasons?: string | readonly string[];
    cache_hit_types?: 'direct' | 'semantic' | readonly ('direct' | 'semantic')[];
  }
>;
export type GetProviderThroughputHistogramResponse =
  Operations['getProviderThroughputHistogram']['responses']['200']['content']['application/json'];
export type GetProviderThroughputHistogramResult = GetProviderThroughputHistogramResponse;

/** Token throughput over time by provider — `GET /api/logs/histogram/throughput/by-provider` */
export function getProviderThroughputHistogram(
  core: ClientCore,
  params?: GetProviderThroughputHistogramParams,
  options?: RequestOptions,
): APIPromise<GetProviderThroughputHistogramResult> {
  return core.call(
    operation.getProviderThroughputHistogram,
    params,
    undefined,
    options,
  ) as APIPromise<GetProviderThroughputHistogramResult>;
}

export type GetDimensionCostHistogramParams = AllowUndefined<
  Omit<
    NonNullable<Operations['getDimensionCostHistogram']['parameters']['query']>,
    | 'providers'
    | 'models'
    | 'aliases'
    | 'status'
    | 'objects'
    | 'selected_key_ids'
    | 'virtual_key_ids'
    | 'routing_rule_ids'
    | 'team_ids'
    | 'customer_ids'
    | 'user_ids'
    | 'business_unit_ids'
    | 'routing_engine_used'
    | 'stop_reasons'
    | 'cache_hit_types'
  > & {
    providers?: string | readonly string[];
    models?: string | readonly string[];
    aliases?: string | readonly string[];
    status?:
      | 'processing'
      | 'success'
      | 'error'
      | 'cancelled'
      | readonly ('processing' | 'success' | 'error' | 'cancelled')[];
    objects?: string | readonly string[];
    selected_key_ids?: string | readonly string[];
    virtual_key_ids?: string | readonly string[];
    routing_rule_ids?: string | readonly string[];
    team_ids?: string | readonly string[];
    customer_ids?: string | readonly string[];
    user_ids?: string | readonly string[];
    business_unit_ids?: string | readonly string[];
    routing_engine_used?:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core'
      | readonly (
          | 'governance'
          | 'routing-rule'
          | 'loadbalancing'
          | 'model-catalog'
          | 'circuit-breaker'
          | 'session-affinity'
          | 'core'
        )[];
    stop_reasons?: string | readonly string[];
    cache_hit_types?: 'direct' | 'semantic' | readonly ('direct' | 'semantic')[];
  }
>;
export type GetDimensionCostHistogramResponse =
  Operations['getDimensionCostHistogram']['responses']['200']['content']['application/json'];
export type GetDimensionCostHistogramResult = GetDimensionCostHistogramResponse;

/** Cost over time by dimension — `GET /api/logs/histogram/cost/by-dimension` */
export function getDimensionCostHistogram(
  core: ClientCore,
  params: GetDimensionCostHistogramParams,
  options?: RequestOptions,
): APIPromise<GetDimensionCostHistogramResult> {
  return core.call(
    operation.getDimensionCostHistogram,
    params,
    undefined,
    options,
  ) as APIPromise<GetDimensionCostHistogramResult>;
}

export type GetDimensionTokenHistogramParams = AllowUndefined<
  Omit<
    NonNullable<Operations['getDimensionTokenHistogram']['parameters']['query']>,
    | 'providers'
    | 'models'
    | 'aliases'
    | 'status'
    | 'objects'
    | 'selected_key_ids'
    | 'virtual_key_ids'
    | 'routing_rule_ids'
    | 'team_ids'
    | 'customer_ids'
    | 'user_ids'
    | 'business_unit_ids'
    | 'routing_engine_used'
    | 'stop_reasons'
    | 'cache_hit_types'
  > & {
    providers?: string | readonly string[];
    models?: string | readonly string[];
    aliases?: string | readonly string[];
    status?:
      | 'processing'
      | 'success'
      | 'error'
      | 'cancelled'
      | readonly ('processing' | 'success' | 'error' | 'cancelled')[];
    objects?: string | readonly string[];
    selected_key_ids?: string | readonly string[];
    virtual_key_ids?: string | readonly string[];
    routing_rule_ids?: string | readonly string[];
    team_ids?: string | readonly string[];
    customer_ids?: string | readonly string[];
    user_ids?: string | readonly string[];
    business_unit_ids?: string | readonly string[];
    routing_engine_used?:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core'
      | readonly (
          | 'governance'
          | 'routing-rule'
          | 'loadbalancing'
          | 'model-catalog'
          | 'circuit-breaker'
          | 'session-affinity'
          | 'core'
        )[];
    stop_reasons?: string | readonly string[];
    cache_hit_types?: 'direct' | 'semantic' | readonly ('direct' | 'semantic')[];
  }
>;
export type GetDimensionTokenHistogramResponse =
  Operations['getDimensionTokenHistogram']['responses']['200']['content']['application/json'];
export type GetDimensionTokenHistogramResult = GetDimensionTokenHistogramResponse;

/** Token usage over time by dimension — `GET /api/logs/histogram/tokens/by-dimension` */
export function getDimensionTokenHistogram(
  core: ClientCore,
  params: GetDimensionTokenHistogramParams,
  options?: RequestOptions,
): APIPromise<GetDimensionTokenHistogramResult> {
  return core.call(
    operation.getDimensionTokenHistogram,
    params,
    undefined,
    options,
  ) as APIPromise<GetDimensionTokenHistogramResult>;
}

export type GetDimensionLatencyHistogramParams = AllowUndefined<
  Omit<
    NonNullable<Operations['getDimensionLatencyHistogram']['parameters']['query']>,
    | 'providers'
    | 'models'
    | 'aliases'
    | 'status'
    | 'objects'
    | 'selected_key_ids'
    | 'virtual_key_ids'
    | 'routing_rule_ids'
    | 'team_ids'
    | 'customer_ids'
    | 'user_ids'
    | 'business_unit_ids'
    | 'routing_engine_used'
    | 'stop_reasons'
    | 'cache_hit_types'
  > & {
    providers?: string | readonly string[];
    models?: string | readonly string[];
    aliases?: string | readonly string[];
    status?:
      | 'processing'
      | 'success'
      | 'error'
      | 'cancelled'
      | readonly ('processing' | 'success' | 'error' | 'cancelled')[];
    objects?: string | readonly string[];
    selected_key_ids?: string | readonly string[];
    virtual_key_ids?: string | readonly string[];
    routing_rule_ids?: string | readonly string[];
    team_ids?: string | readonly string[];
    customer_ids?: string | readonly string[];
    user_ids?: string | readonly string[];
    business_unit_ids?: string | readonly string[];
    routing_engine_used?:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core'
      | readonly (
          | 'governance'
          | 'routing-rule'
          | 'loadbalancing'
          | 'model-catalog'
          | 'circuit-breaker'
          | 'session-affinity'
          | 'core'
        )[];
    stop_reasons?: string | readonly string[];
    cache_hit_types?: 'direct' | 'semantic' | readonly ('direct' | 'semantic')[];
  }
>;
export type GetDimensionLatencyHistogramResponse =
  Operations['getDimensionLatencyHistogram']['responses']['200']['content']['application/json'];
export type GetDimensionLatencyHistogramResult = GetDimensionLatencyHistogramResponse;

/** Latency over time by dimension — `GET /api/logs/histogram/latency/by-dimension` */
export function getDimensionLatencyHistogram(
  core: ClientCore,
  params: GetDimensionLatencyHistogramParams,
  options?: RequestOptions,
): APIPromise<GetDimensionLatencyHistogramResult> {
  return core.call(
    operation.getDimensionLatencyHistogram,
    params,
    undefined,
    options,
  ) as APIPromise<GetDimensionLatencyHistogramResult>;
}

export type GetLogSessionParams = AllowUndefined<
  Omit<Operations['getLogSession']['parameters']['path'], never> &
    NonNullable<Operations['getLogSession']['parameters']['query']>
>;
export type GetLogSessionResponse =
  Operations['getLogSession']['responses']['200']['content']['application/json'];
export type GetLogSessionResult = GetLogSessionResponse;
export type GetLogSessionItem = NonNullable<GetLogSessionResponse['logs']>[number];

/** The logs of one session — `GET /api/logs/sessions/{session_id}` */
export function getLogSession(
  core: ClientCore,
  params: GetLogSessionParams,
  options?: RequestOptions,
): PagePromise<GetLogSessionItem, GetLogSessionResponse> {
  return paginate<GetLogSessionItem, GetLogSessionResponse>(
    core,
    operation.getLogSession,
    params,
    options,
  );
}

export type GetLogSessionSummaryParams = AllowUndefined<
  Omit<Operations['getLogSessionSummary']['parameters']['path'], never>
>;
export type GetLogSessionSummaryResponse =
  Operations['getLogSessionSummary']['responses']['200']['content']['application/json'];
export type GetLogSessionSummaryResult = GetLogSessionSummaryResponse;

/** Totals of one session — `GET /api/logs/sessions/{session_id}/summary` */
export function getLogSessionSummary(
  core: ClientCore,
  params: GetLogSessionSummaryParams,
  options?: RequestOptions,
): APIPromise<GetLogSessionSummaryResult> {
  return core.call(
    operation.getLogSessionSummary,
    params,
    undefined,
    options,
  ) as APIPromise<GetLogSessionSummaryResult>;
}

export type GetDroppedRequestsResponse =
  Operations['getDroppedRequests']['responses']['200']['content']['application/json'];
export type GetDroppedRequestsResult = GetDroppedRequestsResponse;

/** Requests that could not be logged — `GET /api/logs/dropped` */
export function getDroppedRequests(
  core: ClientCore,
  options?: RequestOptions,
): APIPromise<GetDroppedRequestsResult> {
  return core.call(
    operation.getDroppedRequests,
    undefined,
    undefined,
    options,
  ) as APIPromise<GetDroppedRequestsResult>;
}

export type GetLogFilterDataParams = AllowUndefined<
  Omit<NonNullable<Operations['getLogFilterData']['parameters']['query']>, 'dimensions'> & {
    dimensions?:
      | 'models'
      | 'aliases'
      | 'selected_keys'
      | 'virtual_keys'
      | 'routing_rules'
      | 'routing_engines'
      | 'stop_reasons'
      | 'apps'
      | 'user_agents'
      | 'teams'
      | 'customers'
      | 'users'
      | 'business_units'
      | 'metadata_keys'
      | readonly (
          | 'models'
          | 'aliases'
          | 'selected_keys'
          | 'virtual_keys'
          | 'routing_rules'
          | 'routing_engines'
          | 'stop_reasons'
          | 'apps'
          | 'user_agents'
          | 'teams'
          | 'customers'
          | 'users'
          | 'business_units'
          | 'metadata_keys'
        )[];
  }
>;
export type GetLogFilterDataResponse =
  Operations['getLogFilterData']['responses']['200']['content']['application/json'];
export type GetLogFilterDataResult = GetLogFilterDataResponse;

/** Values for filter menus — `GET /api/logs/filterdata` */
export function getLogFilterData(
  core: ClientCore,
  params?: GetLogFilterDataParams,
  options?: RequestOptions,
): APIPromise<GetLogFilterDataResult> {
  return core.call(
    operation.getLogFilterData,
    params,
    undefined,
    options,
  ) as APIPromise<GetLogFilterDataResult>;
}

export type GetModelRankingsParams = AllowUndefined<
  Omit<
    NonNullable<Operations['getModelRankings']['parameters']['query']>,
    | 'providers'
    | 'models'
    | 'aliases'
    | 'status'
    | 'objects'
    | 'selected_key_ids'
    | 'virtual_key_ids'
    | 'routing_rule_ids'
    | 'team_ids'
    | 'customer_ids'
    | 'user_ids'
    | 'business_unit_ids'
    | 'routing_engine_used'
    | 'stop_reasons'
    | 'cache_hit_types'
  > & {
    providers?: string | readonly string[];
    models?: string | readonly string[];
    aliases?: string | readonly string[];
    status?:
      | 'processing'
      | 'success'
      | 'error'
      | 'cancelled'
      | readonly ('processing' | 'success' | 'error' | 'cancelled')[];
    objects?: string | readonly string[];
    selected_key_ids?: string | readonly string[];
    virtual_key_ids?: string | readonly string[];
    routing_rule_ids?: string | readonly string[];
    team_ids?: string | readonly string[];
    customer_ids?: string | readonly string[];
    user_ids?: string | readonly string[];
    business_unit_ids?: string | readonly string[];
    routing_engine_used?:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core'
      | readonly (
          | 'governance'
          | 'routing-rule'
          | 'loadbalancing'
          | 'model-catalog'
          | 'circuit-breaker'
          | 'session-affinity'
          | 'core'
        )[];
    stop_reasons?: string | readonly string[];
    cache_hit_types?: 'direct' | 'semantic' | readonly ('direct' | 'semantic')[];
  }
>;
export type GetModelRankingsResponse =
  Operations['getModelRankings']['responses']['200']['content']['application/json'];
export type GetModelRankingsResult = GetModelRankingsResponse;

/** Models ranked by usage — `GET /api/logs/rankings` */
export function getModelRankings(
  core: ClientCore,
  params?: GetModelRankingsParams,
  options?: RequestOptions,
): APIPromise<GetModelRankingsResult> {
  return core.call(
    operation.getModelRankings,
    params,
    undefined,
    options,
  ) as APIPromise<GetModelRankingsResult>;
}

export type GetDimensionRankingsParams = AllowUndefined<
  Omit<
    NonNullable<Operations['getDimensionRankings']['parameters']['query']>,
    | 'providers'
    | 'models'
    | 'aliases'
    | 'status'
    | 'objects'
    | 'selected_key_ids'
    | 'virtual_key_ids'
    | 'routing_rule_ids'
    | 'team_ids'
    | 'customer_ids'
    | 'user_ids'
    | 'business_unit_ids'
    | 'routing_engine_used'
    | 'stop_reasons'
    | 'cache_hit_types'
  > & {
    providers?: string | readonly string[];
    models?: string | readonly string[];
    aliases?: string | readonly string[];
    status?:
      | 'processing'
      | 'success'
      | 'error'
      | 'cancelled'
      | readonly ('processing' | 'success' | 'error' | 'cancelled')[];
    objects?: string | readonly string[];
    selected_key_ids?: string | readonly string[];
    virtual_key_ids?: string | readonly string[];
    routing_rule_ids?: string | readonly string[];
    team_ids?: string | readonly string[];
    customer_ids?: string | readonly string[];
    user_ids?: string | readonly string[];
    business_unit_ids?: string | readonly string[];
    routing_engine_used?:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core'
      | readonly (
          | 'governance'
          | 'routing-rule'
          | 'loadbalancing'
          | 'model-catalog'
          | 'circuit-breaker'
          | 'session-affinity'
          | 'core'
        )[];
    stop_reasons?: string | readonly string[];
    cache_hit_types?: 'direct' | 'semantic' | readonly ('direct' | 'semantic')[];
  }
>;
export type GetDimensionRankingsResponse =
  Operations['getDimensionRankings']['responses']['200']['content']['application/json'];
export type GetDimensionRankingsResult = GetDimensionRankingsResponse;

/** Teams, customers, users or keys ranked by usage — `GET /api/logs/rankings/by-dimension` */
export function getDimensionRankings(
  core: ClientCore,
  params: GetDimensionRankingsParams,
  options?: RequestOptions,
): APIPromise<GetDimensionRankingsResult> {
  return core.call(
    operation.getDimensionRankings,
    params,
    undefined,
    options,
  ) as APIPromise<GetDimensionRankingsResult>;
}

export type GetLogDashboardParams = AllowUndefined<
  Omit<
    NonNullable<Operations['getLogDashboard']['parameters']['query']>,
    | 'providers'
    | 'models'
    | 'aliases'
    | 'status'
    | 'objects'
    | 'selected_key_ids'
    | 'virtual_key_ids'
    | 'routing_rule_ids'
    | 'team_ids'
    | 'customer_ids'
    | 'user_ids'
    | 'business_unit_ids'
    | 'routing_engine_used'
    | 'stop_reasons'
    | 'cache_hit_types'
    | 'tool_names'
    | 'server_labels'
  > & {
    providers?: string | readonly string[];
    models?: string | readonly string[];
    aliases?: string | readonly string[];
    status?:
      | 'processing'
      | 'success'
      | 'error'
      | 'cancelled'
      | readonly ('processing' | 'success' | 'error' | 'cancelled')[];
    objects?: string | readonly string[];
    selected_key_ids?: string | readonly string[];
    virtual_key_ids?: string | readonly string[];
    routing_rule_ids?: string | readonly string[];
    team_ids?: string | readonly string[];
    customer_ids?: string | readonly string[];
    user_ids?: string | readonly string[];
    business_unit_ids?: string | readonly string[];
    routing_engine_used?:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core'
      | readonly (
          | 'governance'
          | 'routing-rule'
          | 'loadbalancing'
          | 'model-catalog'
          | 'circuit-breaker'
          | 'session-affinity'
          | 'core'
        )[];
    stop_reasons?: string | readonly string[];
    cache_hit_types?: 'direct' | 'semantic' | readonly ('direct' | 'semantic')[];
    tool_names?: string | readonly string[];
    server_labels?: string | readonly string[];
  }
>;
export type GetLogDashboardResponse =
  Operations['getLogDashboard']['responses']['200']['content']['application/json'];
export type GetLogDashboardResult = GetLogDashboardResponse;

/** Every dashboard figure at once — `GET /api/logs/dashboard` */
export function getLogDashboard(
  core: ClientCore,
  params?: GetLogDashboardParams,
  options?: RequestOptions,
): APIPromise<GetLogDashboardResult> {
  return core.call(
    operation.getLogDashboard,
    params,
    undefined,
    options,
  ) as APIPromise<GetLogDashboardResult>;
}

export type ListUserAgentMappingsResponse =
  Operations['listUserAgentMappings']['responses']['200']['content']['application/json'];
export type ListUserAgentMappingsResult = ListUserAgentMappingsResponse;

/** List user-agent mappings — `GET /api/logs/user-agent-mappings` */
export function listUserAgentMappings(
  core: ClientCore,
  options?: RequestOptions,
): APIPromise<ListUserAgentMappingsResult> {
  return core.call(
    operation.listUserAgentMappings,
    undefined,
    undefined,
    options,
  ) as APIPromise<ListUserAgentMappingsResult>;
}

export type CreateUserAgentMappingBody = NonNullable<
  Operations['createUserAgentMapping']['requestBody']
>['content']['application/json'];
export type CreateUserAgentMappingResponse =
  Operations['createUserAgentMapping']['responses']['200']['content']['application/json'];
export type CreateUserAgentMappingResult = CreateUserAgentMappingResponse;

/** Create a user-agent mapping — `POST /api/logs/user-agent-mappings` */
export function createUserAgentMapping(
  core: ClientCore,
  body: CreateUserAgentMappingBody,
  options?: RequestOptions,
): APIPromise<CreateUserAgentMappingResult> {
  return core.call(
    operation.createUserAgentMapping,
    undefined,
    body,
    options,
  ) as APIPromise<CreateUserAgentMappingResult>;
}

export type UpdateUserAgentMappingParams = AllowUndefined<
  Omit<Operations['updateUserAgentMapping']['parameters']['path'], never>
>;
export type UpdateUserAgentMappingBody = NonNullable<
  Operations['updateUserAgentMapping']['requestBody']
>['content']['application/json'];
export type UpdateUserAgentMappingResponse =
  Operations['updateUserAgentMapping']['responses']['200']['content']['application/json'];
export type UpdateUserAgentMappingResult = UpdateUserAgentMappingResponse;

/** Replace a user-agent mapping — `PUT /api/logs/user-agent-mappings/{id}` */
export function updateUserAgentMapping(
  core: ClientCore,
  params: UpdateUserAgentMappingParams,
  body: UpdateUserAgentMappingBody,
  options?: RequestOptions,
): APIPromise<UpdateUserAgentMappingResult> {
  return core.call(
    operation.updateUserAgentMapping,
    params,
    body,
    options,
  ) as APIPromise<UpdateUserAgentMappingResult>;
}

export type DeleteUserAgentMappingParams = AllowUndefined<
  Omit<Operations['deleteUserAgentMapping']['parameters']['path'], never>
>;
export type DeleteUserAgentMappingResponse =
  Operations['deleteUserAgentMapping']['responses']['200']['content']['application/json'];
export type DeleteUserAgentMappingResult = DeleteUserAgentMappingResponse;

/** Delete a user-agent mapping — `DELETE /api/logs/user-agent-mappings/{id}` */
export function deleteUserAgentMapping(
  core: ClientCore,
  params: DeleteUserAgentMappingParams,
  options?: RequestOptions,
): APIPromise<DeleteUserAgentMappingResult> {
  return core.call(
    operation.deleteUserAgentMapping,
    params,
    undefined,
    options,
  ) as APIPromise<DeleteUserAgentMappingResult>;
}

export type RecalculateLogCostsBody = NonNullable<
  Operations['recalculateLogCosts']['requestBody']
>['content']['application/json'];
export type RecalculateLogCostsResponse =
  Operations['recalculateLogCosts']['responses']['202']['content']['application/json'];
export type RecalculateLogCostsResult = RecalculateLogCostsResponse;

/** Start repricing logs — `POST /api/logs/recalculate-cost` */
export function recalculateLogCosts(
  core: ClientCore,
  body?: RecalculateLogCostsBody,
  options?: RequestOptions,
): APIPromise<RecalculateLogCostsResult> {
  return core.call(
    operation.recalculateLogCosts,
    undefined,
    body,
    options,
  ) as APIPromise<RecalculateLogCostsResult>;
}

export type GetRecalculateCostStatusParams = AllowUndefined<
  NonNullable<Operations['getRecalculateCostStatus']['parameters']['query']>
>;
export type GetRecalculateCostStatusResponse =
  Operations['getRecalculateCostStatus']['responses']['200']['content']['application/json'];
export type GetRecalculateCostStatusResult = GetRecalculateCostStatusResponse;

/** State of a cost recalculation — `GET /api/logs/recalculate-cost/status` */
export function getRecalculateCostStatus(
  core: ClientCore,
  params?: GetRecalculateCostStatusParams,
  options?: RequestOptions,
): APIPromise<GetRecalculateCostStatusResult> {
  return core.call(
    operation.getRecalculateCostStatus,
    params,
    undefined,
    options,
  ) as APIPromise<GetRecalculateCostStatusResult>;
}

export type CancelRecalculateCostParams = AllowUndefined<
  NonNullable<Operations['cancelRecalculateCost']['parameters']['query']>
>;
export type CancelRecalculateCostResponse =
  Operations['cancelRecalculateCost']['responses']['200']['content']['application/json'];
export type CancelRecalculateCostResult = CancelRecalculateCostResponse;

/** Stop a cost recalculation — `POST /api/logs/recalculate-cost/cancel` */
export function cancelRecalculateCost(
  core: ClientCore,
  params?: CancelRecalculateCostParams,
  options?: RequestOptions,
): APIPromise<CancelRecalculateCostResult> {
  return core.call(
    operation.cancelRecalculateCost,
    params,
    undefined,
    options,
  ) as APIPromise<CancelRecalculateCostResult>;
}
