// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/react generate)

import type * as Api from '@ai-gateway/client/cloudflare';
import type { InfiniteData } from '@tanstack/react-query';
import { type Key, type KeySpec, type ListPage, operationKey, rootKey } from '../../runtime/index.js';

/** One page of listGateways: the client's page as plain data. */
export type GatewaysPage = ListPage<Api.ListGatewaysItem, Api.ListGatewaysResponse>;
/** One page of listEvaluationTypes: the client's page as plain data. */
export type EvaluationTypesPage = ListPage<Api.ListEvaluationTypesItem, Api.ListEvaluationTypesResponse>;
/** One page of listLogs: the client's page as plain data. */
export type LogsPage = ListPage<Api.ListLogsItem, Api.ListLogsResponse>;
/** One page of listDatasets: the client's page as plain data. */
export type DatasetsPage = ListPage<Api.ListDatasetsItem, Api.ListDatasetsResponse>;
/** One page of listEvaluations: the client's page as plain data. */
export type EvaluationsPage = ListPage<Api.ListEvaluationsItem, Api.ListEvaluationsResponse>;
/** One page of listDynamicRoutes: the client's page as plain data. */
export type DynamicRoutesPage = ListPage<Api.ListDynamicRoutesItem, Api.ListDynamicRoutesResponse>;
/** One page of listProviderConfigs: the client's page as plain data. */
export type ProviderConfigsPage = ListPage<Api.ListProviderConfigsItem, Api.ListProviderConfigsResponse>;

/** Where each read operation's queries sit in the key tree, from its path in the spec. */
export const keySpecs = {
  listGateways: { operationId: "listGateways", segments: [{"param":"account_id","shared":true},"gateways"] },
  getGateway: { operationId: "getGateway", segments: [{"param":"account_id","shared":true},"gateways",{"param":"id"}] },
  listEvaluationTypes: { operationId: "listEvaluationTypes", segments: [{"param":"account_id","shared":true},"evaluation-types"] },
  listLogs: { operationId: "listLogs", segments: [{"param":"account_id","shared":true},"gateways",{"param":"gateway_id"},"logs"] },
  getLog: { operationId: "getLog", segments: [{"param":"account_id","shared":true},"gateways",{"param":"gateway_id"},"logs",{"param":"id"}] },
  getLogRequest: { operationId: "getLogRequest", segments: [{"param":"account_id","shared":true},"gateways",{"param":"gateway_id"},"logs",{"param":"id"},"request"] },
  getLogResponse: { operationId: "getLogResponse", segments: [{"param":"account_id","shared":true},"gateways",{"param":"gateway_id"},"logs",{"param":"id"},"response"] },
  listDatasets: { operationId: "listDatasets", segments: [{"param":"account_id","shared":true},"gateways",{"param":"gateway_id"},"datasets"] },
  getDataset: { operationId: "getDataset", segments: [{"param":"account_id","shared":true},"gateways",{"param":"gateway_id"},"datasets",{"param":"id"}] },
  listEvaluations: { operationId: "listEvaluations", segments: [{"param":"account_id","shared":true},"gateways",{"param":"gateway_id"},"evaluations"] },
  getEvaluation: { operationId: "getEvaluation", segments: [{"param":"account_id","shared":true},"gateways",{"param":"gateway_id"},"evaluations",{"param":"id"}] },
  listDynamicRoutes: { operationId: "listDynamicRoutes", segments: [{"param":"account_id","shared":true},"gateways",{"param":"gateway_id"},"routes"] },
  getDynamicRoute: { operationId: "getDynamicRoute", segments: [{"param":"account_id","shared":true},"gateways",{"param":"gateway_id"},"routes",{"param":"id"}] },
  listDynamicRouteDeployments: { operationId: "listDynamicRouteDeployments", segments: [{"param":"account_id","shared":true},"gateways",{"param":"gateway_id"},"routes",{"param":"id"},"deployments"] },
  listDynamicRouteVersions: { operationId: "listDynamicRouteVersions", segments: [{"param":"account_id","shared":true},"gateways",{"param":"gateway_id"},"routes",{"param":"id"},"versions"] },
  getDynamicRouteVersion: { operationId: "getDynamicRouteVersion", segments: [{"param":"account_id","shared":true},"gateways",{"param":"gateway_id"},"routes",{"param":"id"},"versions",{"param":"version_id"}] },
  listProviderConfigs: { operationId: "listProviderConfigs", segments: [{"param":"account_id","shared":true},"gateways",{"param":"gateway_id"},"provider_configs"] },
  getGatewayUrl: { operationId: "getGatewayUrl", segments: [{"param":"account_id","shared":true},"gateways",{"param":"gateway_id"},"url",{"param":"provider"}] },
} as const satisfies Record<string, KeySpec>;

/**
 * Query keys of the cloudflare API, one function per read operation, grouped like the client's resources.
 * Keys are hierarchical (`['ai-gateway', 'cloudflare', ...path, { operation, query? }]`): pass a key's
 * `subtreeOf(key)` to `invalidateQueries` for everything under it. A key built without query
 * parameters also matches, as a filter, every variant of its operation (any filters, page or infinite).
 */
export const cloudflareKeys = {
  /** Every query of the cloudflare API. */
  all: [rootKey, "cloudflare"] as const,
  gateways: {
    /** List gateways — `GET /accounts/{account_id}/ai-gateway/gateways` */
    list: (params?: Api.ListGatewaysParams): Key<GatewaysPage> =>
      operationKey("cloudflare", keySpecs.listGateways, params),
    listInfinite: (params?: Api.ListGatewaysParams): Key<InfiniteData<GatewaysPage, number>> =>
      operationKey("cloudflare", keySpecs.listGateways, params, true),
    /** Get a gateway — `GET /accounts/{account_id}/ai-gateway/gateways/{id}` */
    get: (params: Api.GetGatewayParams): Key<Api.GetGatewayResult> =>
      operationKey("cloudflare", keySpecs.getGateway, params),
  },
  evaluationTypes: {
    /** List evaluation types — `GET /accounts/{account_id}/ai-gateway/evaluation-types` */
    list: (params?: Api.ListEvaluationTypesParams): Key<EvaluationTypesPage> =>
      operationKey("cloudflare", keySpecs.listEvaluationTypes, params),
    listInfinite: (params?: Api.ListEvaluationTypesParams): Key<InfiniteData<EvaluationTypesPage, number>> =>
      operationKey("cloudflare", keySpecs.listEvaluationTypes, params, true),
  },
  logs: {
    /** List logs — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` */
    list: (params: Api.ListLogsParams): Key<LogsPage> =>
      operationKey("cloudflare", keySpecs.listLogs, params),
    listInfinite: (params: Api.ListLogsParams): Key<InfiniteData<LogsPage, number>> =>
      operationKey("cloudflare", keySpecs.listLogs, params, true),
    /** Get a log entry — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` */
    get: (params: Api.GetLogParams): Key<Api.GetLogResult> =>
      operationKey("cloudflare", keySpecs.getLog, params),
    /** Get the stored request body — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request` */
    request: (params: Api.GetLogRequestParams): Key<Api.GetLogRequestResult> =>
      operationKey("cloudflare", keySpecs.getLogRequest, params),
    /** Get the stored response body — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response` */
    response: (params: Api.GetLogResponseParams): Key<Api.GetLogResponseResult> =>
      operationKey("cloudflare", keySpecs.getLogResponse, params),
  },
  datasets: {
    /** List datasets — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` */
    list: (params: Api.ListDatasetsParams): Key<DatasetsPage> =>
      operationKey("cloudflare", keySpecs.listDatasets, params),
    listInfinite: (params: Api.ListDatasetsParams): Key<InfiniteData<DatasetsPage, number>> =>
      operationKey("cloudflare", keySpecs.listDatasets, params, true),
    /** Get a dataset — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` */
    get: (params: Api.GetDatasetParams): Key<Api.GetDatasetResult> =>
      operationKey("cloudflare", keySpecs.getDataset, params),
  },
  evaluations: {
    /** List evaluations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` */
    list: (params: Api.ListEvaluationsParams): Key<EvaluationsPage> =>
      operationKey("cloudflare", keySpecs.listEvaluations, params),
    listInfinite: (params: Api.ListEvaluationsParams): Key<InfiniteData<EvaluationsPage, number>> =>
      operationKey("cloudflare", keySpecs.listEvaluations, params, true),
    /** Get an evaluation — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` */
    get: (params: Api.GetEvaluationParams): Key<Api.GetEvaluationResult> =>
      operationKey("cloudflare", keySpecs.getEvaluation, params),
  },
  dynamicRouting: {
    /** List dynamic routes — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` */
    list: (params: Api.ListDynamicRoutesParams): Key<DynamicRoutesPage> =>
      operationKey("cloudflare", keySpecs.listDynamicRoutes, params),
    listInfinite: (params: Api.ListDynamicRoutesParams): Key<InfiniteData<DynamicRoutesPage, number>> =>
      operationKey("cloudflare", keySpecs.listDynamicRoutes, params, true),
    /** Get a dynamic route — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` */
    get: (params: Api.GetDynamicRouteParams): Key<Api.GetDynamicRouteResult> =>
      operationKey("cloudflare", keySpecs.getDynamicRoute, params),
    /** List route deployments — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` */
    listDeployments: (params: Api.ListDynamicRouteDeploymentsParams): Key<Api.ListDynamicRouteDeploymentsResult> =>
      operationKey("cloudflare", keySpecs.listDynamicRouteDeployments, params),
    /** List route versions — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` */
    listVersions: (params: Api.ListDynamicRouteVersionsParams): Key<Api.ListDynamicRouteVersionsResult> =>
      operationKey("cloudflare", keySpecs.listDynamicRouteVersions, params),
    /** Get a route version — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}` */
    getVersion: (params: Api.GetDynamicRouteVersionParams): Key<Api.GetDynamicRouteVersionResult> =>
      operationKey("cloudflare", keySpecs.getDynamicRouteVersion, params),
  },
  providerConfigs: {
    /** List provider configurations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` */
    list: (params: Api.ListProviderConfigsParams): Key<ProviderConfigsPage> =>
      operationKey("cloudflare", keySpecs.listProviderConfigs, params),
    listInfinite: (params: Api.ListProviderConfigsParams): Key<InfiniteData<ProviderConfigsPage, number>> =>
      operationKey("cloudflare", keySpecs.listProviderConfigs, params, true),
  },
  urls: {
    /** Get the gateway URL for a provider — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}` */
    get: (params: Api.GetGatewayUrlParams): Key<Api.GetGatewayUrlResult> =>
      operationKey("cloudflare", keySpecs.getGatewayUrl, params),
  },
};
