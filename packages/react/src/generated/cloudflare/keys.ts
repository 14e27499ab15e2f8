// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package react)

import type * as Api from '@ai-gateway/client/cloudflare';
import type { InfiniteData } from '@tanstack/react-query';
import {
  type Key,
  type KeySpec,
  type ListPage,
  operationKey,
  rootKey,
} from '../../runtime/index.js';

/** One page of listGateways: the client's page as plain data. */
export type GatewaysPage = ListPage<Api.ListGatewaysItem, Api.ListGatewaysResponse>;
/** One page of listEvaluationTypes: the client's page as plain data. */
export type EvaluationTypesPage = ListPage<
  Api.ListEvaluationTypesItem,
  Api.ListEvaluationTypesResponse
>;
/** One page of listLogs: the client's page as plain data. */
export type LogsPage = ListPage<Api.ListLogsItem, Api.ListLogsResponse>;
/** One page of listDatasets: the client's page as plain data. */
export type DatasetsPage = ListPage<Api.ListDatasetsItem, Api.ListDatasetsResponse>;
/** One page of listEvaluations: the client's page as plain data. */
export type EvaluationsPage = ListPage<Api.ListEvaluationsItem, Api.ListEvaluationsResponse>;
/** One page of listDynamicRoutes: the client's page as plain data. */
export type DynamicRoutesPage = ListPage<Api.ListDynamicRoutesItem, Api.ListDynamicRoutesResponse>;
/** One page of listProviderConfigs: the client's page as plain data. */
export type ProviderConfigsPage = ListPage<
  Api.ListProviderConfigsItem,
  Api.ListProviderConfigsResponse
>;
/** One page of listCustomProviders: the client's page as plain data. */
export type CustomProvidersPage = ListPage<
  Api.ListCustomProvidersItem,
  Api.ListCustomProvidersResponse
>;
/** One page of listCustomProviderCosts: the client's page as plain data. */
export type CustomProviderCostsPage = ListPage<
  Api.ListCustomProviderCostsItem,
  Api.ListCustomProviderCostsResponse
>;
/** One page of listCustomDomains: the client's page as plain data. */
export type CustomDomainsPage = ListPage<Api.ListCustomDomainsItem, Api.ListCustomDomainsResponse>;

/** Where each read operation's queries sit in the key tree, from its path in the spec. */
export const keySpecs = {
  listGateways: {
    operationId: 'listGateways',
    segments: [{ param: 'account_id', shared: true }, 'gateways'],
  },
  getGateway: {
    operationId: 'getGateway',
    segments: [{ param: 'account_id', shared: true }, 'gateways', { param: 'id' }],
  },
  listEvaluationTypes: {
    operationId: 'listEvaluationTypes',
    segments: [{ param: 'account_id', shared: true }, 'evaluation-types'],
  },
  listLogs: {
    operationId: 'listLogs',
    segments: [{ param: 'account_id', shared: true }, 'gateways', { param: 'gateway_id' }, 'logs'],
  },
  getLog: {
    operationId: 'getLog',
    segments: [
      { param: 'account_id', shared: true },
      'gateways',
      { param: 'gateway_id' },
      'logs',
      { param: 'id' },
    ],
  },
  getLogRequest: {
    operationId: 'getLogRequest',
    segments: [
      { param: 'account_id', shared: true },
      'gateways',
      { param: 'gateway_id' },
      'logs',
      { param: 'id' },
      'request',
    ],
  },
  getLogResponse: {
    operationId: 'getLogResponse',
    segments: [
      { param: 'account_id', shared: true },
      'gateways',
      { param: 'gateway_id' },
      'logs',
      { param: 'id' },
      'response',
    ],
  },
  listDatasets: {
    operationId: 'listDatasets',
    segments: [
      { param: 'account_id', shared: true },
      'gateways',
      { param: 'gateway_id' },
      'datasets',
    ],
  },
  getDataset: {
    operationId: 'getDataset',
    segments: [
      { param: 'account_id', shared: true },
      'gateways',
      { param: 'gateway_id' },
      'datasets',
      { param: 'id' },
    ],
  },
  listEvaluations: {
    operationId: 'listEvaluations',
    segments: [
      { param: 'account_id', shared: true },
      'gateways',
      { param: 'gateway_id' },
      'evaluations',
    ],
  },
  getEvaluation: {
    operationId: 'getEvaluation',
    segments: [
      { param: 'account_id', shared: true },
      'gateways',
      { param: 'gateway_id' },
      'evaluations',
      { param: 'id' },
    ],
  },
  listDynamicRoutes: {
    operationId: 'listDynamicRoutes',
    segments: [
      { param: 'account_id', shared: true },
      'gateways',
      { param: 'gateway_id' },
      'routes',
    ],
  },
  getDynamicRoute: {
    operationId: 'getDynamicRoute',
    segments: [
      { param: 'account_id', shared: true },
      'gateways',
      { param: 'gateway_id' },
      'routes',
      { param: 'id' },
    ],
  },
  listDynamicRouteDeployments: {
    operationId: 'listDynamicRouteDeployments',
    segments: [
      { param: 'account_id', shared: true },
      'gateways',
      { param: 'gateway_id' },
      'routes',
      { param: 'id' },
      'deployments',
    ],
  },
  listDynamicRouteVersions: {
    operationId: 'listDynamicRouteVersions',
    segments: [
      { param: 'account_id', shared: true },
      'gateways',
      { param: 'gateway_id' },
      'routes',
      { param: 'id' },
      'versions',
    ],
  },
  getDynamicRouteVersion: {
    operationId: 'getDynamicRouteVersion',
    segments: [
      { param: 'account_id', shared: true },
      'gateways',
      { param: 'gateway_id' },
      'routes',
      { param: 'id' },
      'versions',
      { param: 'version_id' },
    ],
  },
  listProviderConfigs: {
    operationId: 'listProviderConfigs',
    segments: [
      { param: 'account_id', shared: true },
      'gateways',
      { param: 'gateway_id' },
      'provider_configs',
    ],
  },
  getGatewayUrl: {
    operationId: 'getGatewayUrl',
    segments: [
      { param: 'account_id', shared: true },
      'gateways',
      { param: 'gateway_id' },
      'url',
      { param: 'provider' },
    ],
  },
  listCustomProviders: {
    operationId: 'listCustomProviders',
    segments: [{ param: 'account_id', shared: true }, 'custom-providers'],
  },
  getCustomProvider: {
    operationId: 'getCustomProvider',
    segments: [{ param: 'account_id', shared: true }, 'custom-providers', { param: 'id' }],
  },
  listCustomProviderCosts: {
    operationId: 'listCustomProviderCosts',
    segments: [{ param: 'account_id', shared: true }, 'custom-providers', 'costs'],
  },
  getCustomProviderCost: {
    operationId: 'getCustomProviderCost',
    segments: [{ param: 'account_id', shared: true }, 'custom-providers', 'costs', { param: 'id' }],
  },
  listCustomDomains: {
    operationId: 'listCustomDomains',
    segments: [
      { param: 'account_id', shared: true },
      'gateways',
      { param: 'gateway_id' },
      'custom-domains',
    ],
  },
  getCustomDomain: {
    operationId: 'getCustomDomain',
    segments: [
      { param: 'account_id', shared: true },
      'gateways',
      { param: 'gateway_id' },
      'custom-domains',
      { param: 'hostname' },
    ],
  },
  getCreditBalance: {
    operationId: 'getCreditBalance',
    segments: [{ param: 'account_id', shared: true }, 'credit-balance'],
  },
  getInvoiceHistory: {
    operationId: 'getInvoiceHistory',
    segments: [{ param: 'account_id', shared: true }, 'invoice-history'],
  },
  getInvoicePreview: {
    operationId: 'getInvoicePreview',
    segments: [{ param: 'account_id', shared: true }, 'invoice-preview'],
  },
  getUsageHistory: {
    operationId: 'getUsageHistory',
    segments: [{ param: 'account_id', shared: true }, 'usage-history'],
  },
  getSpendingLimit: {
    operationId: 'getSpendingLimit',
    segments: [{ param: 'account_id', shared: true }, 'spending-limit'],
  },
  getTopupConfig: {
    operationId: 'getTopupConfig',
    segments: [{ param: 'account_id', shared: true }, 'topup', 'config'],
  },
  getTopupLimits: {
    operationId: 'getTopupLimits',
    segments: [{ param: 'account_id', shared: true }, 'topup', 'limits'],
  },
} as const satisfies Record<string, KeySpec>;

/**
 * Query keys of the cloudflare API, one function per read operation, grouped like the client's resources.
 * Keys are hierarchical (`['ai-gateway', 'cloudflare', ...path, { operation, query? }]`): pass a key's
 * `subtreeOf(key)` to `invalidateQueries` for everything under it. A key built without query
 * parameters also matches, as a filter, every variant of its operation (any filters, page or infinite).
 */
export const cloudflareKeys = {
  /** Every query of the cloudflare API. */
  all: [rootKey, 'cloudflare'] as const,
  gateways: {
    /** List gateways — `GET /accounts/{account_id}/ai-gateway/gateways` */
    list: (params?: Api.ListGatewaysParams): Key<GatewaysPage> =>
      operationKey('cloudflare', keySpecs.listGateways, params),
    listInfinite: (params?: Api.ListGatewaysParams): Key<InfiniteData<GatewaysPage, number>> =>
      operationKey('cloudflare', keySpecs.listGateways, params, true),
    /** Get a gateway — `GET /accounts/{account_id}/ai-gateway/gateways/{id}` */
    get: (params: Api.GetGatewayParams): Key<Api.GetGatewayResult> =>
      operationKey('cloudflare', keySpecs.getGateway, params),
  },
  evaluationTypes: {
    /** List evaluation types — `GET /accounts/{account_id}/ai-gateway/evaluation-types` */
    list: (params?: Api.ListEvaluationTypesParams): Key<EvaluationTypesPage> =>
      operationKey('cloudflare', keySpecs.listEvaluationTypes, params),
    listInfinite: (
      params?: Api.ListEvaluationTypesParams,
    ): Key<InfiniteData<EvaluationTypesPage, number>> =>
      operationKey('cloudflare', keySpecs.listEvaluationTypes, params, true),
  },
  logs: {
    /** List logs — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` */
    list: (params: Api.ListLogsParams): Key<LogsPage> =>
      operationKey('cloudflare', keySpecs.listLogs, params),
    listInfinite: (params: Api.ListLogsParams): Key<InfiniteData<LogsPage, number>> =>
      operationKey('cloudflare', keySpecs.listLogs, params, true),
    /** Get a log entry — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` */
    get: (params: Api.GetLogParams): Key<Api.GetLogResult> =>
      operationKey('cloudflare', keySpecs.getLog, params),
    /** Get the stored request body — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request` */
    request: (params: Api.GetLogRequestParams): Key<Api.GetLogRequestResult> =>
      operationKey('cloudflare', keySpecs.getLogRequest, params),
    /** Get the stored response body — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response` */
    response: (params: Api.GetLogResponseParams): Key<Api.GetLogResponseResult> =>
      operationKey('cloudflare', keySpecs.getLogResponse, params),
  },
  datasets: {
    /** List datasets — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` */
    list: (params: Api.ListDatasetsParams): Key<DatasetsPage> =>
      operationKey('cloudflare', keySpecs.listDatasets, params),
    listInfinite: (params: Api.ListDatasetsParams): Key<InfiniteData<DatasetsPage, number>> =>
      operationKey('cloudflare', keySpecs.listDatasets, params, true),
    /** Get a dataset — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` */
    get: (params: Api.GetDatasetParams): Key<Api.GetDatasetResult> =>
      operationKey('cloudflare', keySpecs.getDataset, params),
  },
  evaluations: {
    /** List evaluations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` */
    list: (params: Api.ListEvaluationsParams): Key<EvaluationsPage> =>
      operationKey('cloudflare', keySpecs.listEvaluations, params),
    listInfinite: (params: Api.ListEvaluationsParams): Key<InfiniteData<EvaluationsPage, number>> =>
      operationKey('cloudflare', keySpecs.listEvaluations, params, true),
    /** Get an evaluation — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` */
    get: (params: Api.GetEvaluationParams): Key<Api.GetEvaluationResult> =>
      operationKey('cloudflare', keySpecs.getEvaluation, params),
  },
  dynamicRouting: {
    /** List dynamic routes — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` */
    list: (params: Api.ListDynamicRoutesParams): Key<DynamicRoutesPage> =>
      operationKey('cloudflare', keySpecs.listDynamicRoutes, params),
    listInfinite: (
      params: Api.ListDynamicRoutesParams,
    ): Key<InfiniteData<DynamicRoutesPage, number>> =>
      operationKey('cloudflare', keySpecs.listDynamicRoutes, params, true),
    /** Get a dynamic route — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` */
    get: (params: Api.GetDynamicRouteParams): Key<Api.GetDynamicRouteResult> =>
      operationKey('cloudflare', keySpecs.getDynamicRoute, params),
    /** List route deployments — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` */
    listDeployments: (
      params: Api.ListDynamicRouteDeploymentsParams,
    ): Key<Api.ListDynamicRouteDeploymentsResult> =>
      operationKey('cloudflare', keySpecs.listDynamicRouteDeployments, params),
    /** List route versions — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` */
    listVersions: (
      params: Api.ListDynamicRouteVersionsParams,
    ): Key<Api.ListDynamicRouteVersionsResult> =>
      operationKey('cloudflare', keySpecs.listDynamicRouteVersions, params),
    /** Get a route version — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}` */
    getVersion: (params: Api.GetDynamicRouteVersionParams): Key<Api.GetDynamicRouteVersionResult> =>
      operationKey('cloudflare', keySpecs.getDynamicRouteVersion, params),
  },
  providerConfigs: {
    /** List provider configurations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` */
    list: (params: Api.ListProviderConfigsParams): Key<ProviderConfigsPage> =>
      operationKey('cloudflare', keySpecs.listProviderConfigs, params),
    listInfinite: (
      params: Api.ListProviderConfigsParams,
    ): Key<InfiniteData<ProviderConfigsPage, number>> =>
      operationKey('cloudflare', keySpecs.listProviderConfigs, params, true),
  },
  urls: {
    /** Get the gateway URL for a provider — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}` */
    get: (params: Api.GetGatewayUrlParams): Key<Api.GetGatewayUrlResult> =>
      operationKey('cloudflare', keySpecs.getGatewayUrl, params),
  },
  customProviders: {
    /** List custom providers — `GET /accounts/{account_id}/ai-gateway/custom-providers` */
    list: (params?: Api.ListCustomProvidersParams): Key<CustomProvidersPage> =>
      operationKey('cloudflare', keySpecs.listCustomProviders, params),
    listInfinite: (
      params?: Api.ListCustomProvidersParams,
    ): Key<InfiniteData<CustomProvidersPage, number>> =>
      operationKey('cloudflare', keySpecs.listCustomProviders, params, true),
    /** Get a custom provider — `GET /accounts/{account_id}/ai-gateway/custom-providers/{id}` */
    get: (params: Api.GetCustomProviderParams): Key<Api.GetCustomProviderResult> =>
      operationKey('cloudflare', keySpecs.getCustomProvider, params),
    costs: {
      /** List custom provider costs — `GET /accounts/{account_id}/ai-gateway/custom-providers/costs` */
      list: (params?: Api.ListCustomProviderCostsParams): Key<CustomProviderCostsPage> =>
        operationKey('cloudflare', keySpecs.listCustomProviderCosts, params),
      listInfinite: (
        params?: Api.ListCustomProviderCostsParams,
      ): Key<InfiniteData<CustomProviderCostsPage, number>> =>
        operationKey('cloudflare', keySpecs.listCustomProviderCosts, params, true),
      /** Get a custom provider cost — `GET /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` */
      get: (params: Api.GetCustomProviderCostParams): Key<Api.GetCustomProviderCostResult> =>
        operationKey('cloudflare', keySpecs.getCustomProviderCost, params),
    },
  },
  customDomains: {
    /** List custom domains — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` */
    list: (params: Api.ListCustomDomainsParams): Key<CustomDomainsPage> =>
      operationKey('cloudflare', keySpecs.listCustomDomains, params),
    listInfinite: (
      params: Api.ListCustomDomainsParams,
    ): Key<InfiniteData<CustomDomainsPage, number>> =>
      operationKey('cloudflare', keySpecs.listCustomDomains, params, true),
    /** Get a custom domain — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` */
    get: (params: Api.GetCustomDomainParams): Key<Api.GetCustomDomainResult> =>
      operationKey('cloudflare', keySpecs.getCustomDomain, params),
  },
  billing: {
    /** Get the credit balance — `GET /accounts/{account_id}/ai-gateway/billing/credit-balance` */
    creditBalance: (params?: Record<string, never>): Key<Api.GetCreditBalanceResult> =>
      operationKey('cloudflare', keySpecs.getCreditBalance, params),
    /** Get the invoice history — `GET /accounts/{account_id}/ai-gateway/billing/invoice-history` */
    invoiceHistory: (params?: Api.GetInvoiceHistoryParams): Key<Api.GetInvoiceHistoryResult> =>
      operationKey('cloudflare', keySpecs.getInvoiceHistory, params),
    /** Get the invoice preview — `GET /accounts/{account_id}/ai-gateway/billing/invoice-preview` */
    invoicePreview: (params?: Record<string, never>): Key<Api.GetInvoicePreviewResult> =>
      operationKey('cloudflare', keySpecs.getInvoicePreview, params),
    /** Get the usage history — `GET /accounts/{account_id}/ai-gateway/billing/usage-history` */
    usageHistory: (params: Api.GetUsageHistoryParams): Key<Api.GetUsageHistoryResult> =>
      operationKey('cloudflare', keySpecs.getUsageHistory, params),
    /** Get the spending limit — `GET /accounts/{account_id}/ai-gateway/billing/spending-limit` */
    getSpendingLimit: (params?: Record<string, never>): Key<Api.GetSpendingLimitResult> =>
      operationKey('cloudflare', keySpecs.getSpendingLimit, params),
    /** Get the auto top-up settings — `GET /accounts/{account_id}/ai-gateway/billing/topup/config` */
    getTopupConfig: (params?: Record<string, never>): Key<Api.GetTopupConfigResult> =>
      operationKey('cloudflare', keySpecs.getTopupConfig, params),
    /** Get the top-up limits — `GET /accounts/{account_id}/ai-gateway/billing/topup/limits` */
    topupLimits: (params?: Record<string, never>): Key<Api.GetTopupLimitsResult> =>
      operationKey('cloudflare', keySpecs.getTopupLimits, params),
  },
};
