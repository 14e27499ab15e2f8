// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package client)

import type { APIPromise } from '../../core/api-promise.js';
import type { ClientCore } from '../../core/client-core.js';
import type { PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import type {
  ListGatewaysParams,
  ListGatewaysResponse,
  ListGatewaysResult,
  ListGatewaysItem,
  CreateGatewayBody,
  CreateGatewayResponse,
  CreateGatewayResult,
  GetGatewayParams,
  GetGatewayResponse,
  GetGatewayResult,
  UpdateGatewayParams,
  UpdateGatewayBody,
  UpdateGatewayResponse,
  UpdateGatewayResult,
  DeleteGatewayParams,
  DeleteGatewayResponse,
  DeleteGatewayResult,
  ListEvaluationTypesParams,
  ListEvaluationTypesResponse,
  ListEvaluationTypesResult,
  ListEvaluationTypesItem,
  ListLogsParams,
  ListLogsResponse,
  ListLogsResult,
  ListLogsItem,
  DeleteLogsParams,
  DeleteLogsResponse,
  DeleteLogsResult,
  GetLogParams,
  GetLogResponse,
  GetLogResult,
  EditLogParams,
  EditLogBody,
  EditLogResponse,
  EditLogResult,
  GetLogRequestParams,
  GetLogRequestResponse,
  GetLogRequestResult,
  GetLogResponseParams,
  GetLogResponseResponse,
  GetLogResponseResult,
  ListDatasetsParams,
  ListDatasetsResponse,
  ListDatasetsResult,
  ListDatasetsItem,
  CreateDatasetParams,
  CreateDatasetBody,
  CreateDatasetResponse,
  CreateDatasetResult,
  GetDatasetParams,
  GetDatasetResponse,
  GetDatasetResult,
  UpdateDatasetParams,
  UpdateDatasetBody,
  UpdateDatasetResponse,
  UpdateDatasetResult,
  DeleteDatasetParams,
  DeleteDatasetResponse,
  DeleteDatasetResult,
  ListEvaluationsParams,
  ListEvaluationsResponse,
  ListEvaluationsResult,
  ListEvaluationsItem,
  CreateEvaluationParams,
  CreateEvaluationBody,
  CreateEvaluationResponse,
  CreateEvaluationResult,
  GetEvaluationParams,
  GetEvaluationResponse,
  GetEvaluationResult,
  DeleteEvaluationParams,
  DeleteEvaluationResponse,
  DeleteEvaluationResult,
  ListDynamicRoutesParams,
  ListDynamicRoutesResponse,
  ListDynamicRoutesResult,
  ListDynamicRoutesItem,
  CreateDynamicRouteParams,
  CreateDynamicRouteBody,
  CreateDynamicRouteResponse,
  CreateDynamicRouteResult,
  GetDynamicRouteParams,
  GetDynamicRouteResponse,
  GetDynamicRouteResult,
  DeleteDynamicRouteParams,
  DeleteDynamicRouteResponse,
  DeleteDynamicRouteResult,
  UpdateDynamicRouteParams,
  UpdateDynamicRouteBody,
  UpdateDynamicRouteResponse,
  UpdateDynamicRouteResult,
  ListDynamicRouteDeploymentsParams,
  ListDynamicRouteDeploymentsResponse,
  ListDynamicRouteDeploymentsResult,
  CreateDynamicRouteDeploymentParams,
  CreateDynamicRouteDeploymentBody,
  CreateDynamicRouteDeploymentResponse,
  CreateDynamicRouteDeploymentResult,
  ListDynamicRouteVersionsParams,
  ListDynamicRouteVersionsResponse,
  ListDynamicRouteVersionsResult,
  CreateDynamicRouteVersionParams,
  CreateDynamicRouteVersionBody,
  CreateDynamicRouteVersionResponse,
  CreateDynamicRouteVersionResult,
  GetDynamicRouteVersionParams,
  GetDynamicRouteVersionResponse,
  GetDynamicRouteVersionResult,
  ListProviderConfigsParams,
  ListProviderConfigsResponse,
  ListProviderConfigsResult,
  ListProviderConfigsItem,
  CreateProviderConfigParams,
  CreateProviderConfigBody,
  CreateProviderConfigResponse,
  CreateProviderConfigResult,
  UpdateProviderConfigParams,
  UpdateProviderConfigBody,
  UpdateProviderConfigResponse,
  UpdateProviderConfigResult,
  DeleteProviderConfigParams,
  DeleteProviderConfigResponse,
  DeleteProviderConfigResult,
  GetGatewayUrlParams,
  GetGatewayUrlResponse,
  GetGatewayUrlResult,
  ListCustomProvidersParams,
  ListCustomProvidersResponse,
  ListCustomProvidersResult,
  ListCustomProvidersItem,
  CreateCustomProviderBody,
  CreateCustomProviderResponse,
  CreateCustomProviderResult,
  GetCustomProviderParams,
  GetCustomProviderResponse,
  GetCustomProviderResult,
  DeleteCustomProviderParams,
  DeleteCustomProviderResponse,
  DeleteCustomProviderResult,
  UpdateCustomProviderParams,
  UpdateCustomProviderBody,
  UpdateCustomProviderResponse,
  UpdateCustomProviderResult,
  ListCustomProviderCostsParams,
  ListCustomProviderCostsResponse,
  ListCustomProviderCostsResult,
  ListCustomProviderCostsItem,
  CreateCustomProviderCostBody,
  CreateCustomProviderCostResponse,
  CreateCustomProviderCostResult,
  GetCustomProviderCostParams,
  GetCustomProviderCostResponse,
  GetCustomProviderCostResult,
  DeleteCustomProviderCostParams,
  DeleteCustomProviderCostResponse,
  DeleteCustomProviderCostResult,
  UpdateCustomProviderCostParams,
  UpdateCustomProviderCostBody,
  UpdateCustomProviderCostResponse,
  UpdateCustomProviderCostResult,
  ListCustomDomainsParams,
  ListCustomDomainsResponse,
  ListCustomDomainsResult,
  ListCustomDomainsItem,
  CreateCustomDomainParams,
  CreateCustomDomainBody,
  CreateCustomDomainResponse,
  CreateCustomDomainResult,
  GetCustomDomainParams,
  GetCustomDomainResponse,
  GetCustomDomainResult,
  DeleteCustomDomainParams,
  DeleteCustomDomainResponse,
  DeleteCustomDomainResult,
  GetCreditBalanceResponse,
  GetCreditBalanceResult,
  GetInvoiceHistoryParams,
  GetInvoiceHistoryResponse,
  GetInvoiceHistoryResult,
  GetInvoicePreviewResponse,
  GetInvoicePreviewResult,
  GetUsageHistoryParams,
  GetUsageHistoryResponse,
  GetUsageHistoryResult,
  GetSpendingLimitResponse,
  GetSpendingLimitResult,
  SetSpendingLimitParams,
  SetSpendingLimitBody,
  SetSpendingLimitResponse,
  SetSpendingLimitResult,
  DeleteSpendingLimitParams,
  DeleteSpendingLimitResponse,
  DeleteSpendingLimitResult,
  CreateTopupParams,
  CreateTopupBody,
  CreateTopupResponse,
  CreateTopupResult,
  GetTopupConfigResponse,
  GetTopupConfigResult,
  SetTopupConfigParams,
  SetTopupConfigBody,
  SetTopupConfigResponse,
  SetTopupConfigResult,
  DeleteTopupConfigResponse,
  DeleteTopupConfigResult,
  GetTopupLimitsResponse,
  GetTopupLimitsResult,
  CheckTopupStatusBody,
  CheckTopupStatusResponse,
  CheckTopupStatusResult,
} from './functions.js';
import * as fn from './functions.js';

/** The cloudflare API by resource, one method per operation of the spec. */
export interface CloudflareResources {
  gateways: {
    /** List gateways — `GET /accounts/{account_id}/ai-gateway/gateways` */
    list(
      params?: ListGatewaysParams,
      options?: RequestOptions,
    ): PagePromise<ListGatewaysItem, ListGatewaysResponse>;
    /** Create a gateway — `POST /accounts/{account_id}/ai-gateway/gateways` */
    create(body: CreateGatewayBody, options?: RequestOptions): APIPromise<CreateGatewayResult>;
    /** Get a gateway — `GET /accounts/{account_id}/ai-gateway/gateways/{id}` */
    get(params: GetGatewayParams, options?: RequestOptions): APIPromise<GetGatewayResult>;
    /** Replace a gateway's settings — `PUT /accounts/{account_id}/ai-gateway/gateways/{id}` */
    update(
      params: UpdateGatewayParams,
      body: UpdateGatewayBody,
      options?: RequestOptions,
    ): APIPromise<UpdateGatewayResult>;
    /** Delete a gateway — `DELETE /accounts/{account_id}/ai-gateway/gateways/{id}` */
    delete(params: DeleteGatewayParams, options?: RequestOptions): APIPromise<DeleteGatewayResult>;
  };
  evaluationTypes: {
    /** List evaluation types — `GET /accounts/{account_id}/ai-gateway/evaluation-types` */
    list(
      params?: ListEvaluationTypesParams,
      options?: RequestOptions,
    ): PagePromise<ListEvaluationTypesItem, ListEvaluationTypesResponse>;
  };
  logs: {
    /** List logs — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` */
    list(
      params: ListLogsParams,
      options?: RequestOptions,
    ): PagePromise<ListLogsItem, ListLogsResponse>;
    /** Delete logs in bulk — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` */
    delete(params: DeleteLogsParams, options?: RequestOptions): APIPromise<DeleteLogsResult>;
    /** Get a log entry — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` */
    get(params: GetLogParams, options?: RequestOptions): APIPromise<GetLogResult>;
    /** Annotate a log entry — `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` */
    edit(
      params: EditLogParams,
      body: EditLogBody,
      options?: RequestOptions,
    ): APIPromise<EditLogResult>;
    /** Get the stored request body — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request` */
    request(params: GetLogRequestParams, options?: RequestOptions): APIPromise<GetLogRequestResult>;
    /** Get the stored response body — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response` */
    response(
      params: GetLogResponseParams,
      options?: RequestOptions,
    ): APIPromise<GetLogResponseResult>;
  };
  datasets: {
    /** List datasets — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` */
    list(
      params: ListDatasetsParams,
      options?: RequestOptions,
    ): PagePromise<ListDatasetsItem, ListDatasetsResponse>;
    /** Create a dataset — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` */
    create(
      params: CreateDatasetParams,
      body: CreateDatasetBody,
      options?: RequestOptions,
    ): APIPromise<CreateDatasetResult>;
    /** Get a dataset — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` */
    get(params: GetDatasetParams, options?: RequestOptions): APIPromise<GetDatasetResult>;
    /** Replace a dataset — `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` */
    update(
      params: UpdateDatasetParams,
      body: UpdateDatasetBody,
      options?: RequestOptions,
    ): APIPromise<UpdateDatasetResult>;
    /** Delete a dataset — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` */
    delete(params: DeleteDatasetParams, options?: RequestOptions): APIPromise<DeleteDatasetResult>;
  };
  evaluations: {
    /** List evaluations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` */
    list(
      params: ListEvaluationsParams,
      options?: RequestOptions,
    ): PagePromise<ListEvaluationsItem, ListEvaluationsResponse>;
    /** Start an evaluation — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` */
    create(
      params: CreateEvaluationParams,
      body: CreateEvaluationBody,
      options?: RequestOptions,
    ): APIPromise<CreateEvaluationResult>;
    /** Get an evaluation — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` */
    get(params: GetEvaluationParams, options?: RequestOptions): APIPromise<GetEvaluationResult>;
    /** Delete an evaluation — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` */
    delete(
      params: DeleteEvaluationParams,
      options?: RequestOptions,
    ): APIPromise<DeleteEvaluationResult>;
  };
  dynamicRouting: {
    /** List dynamic routes — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` */
    list(
      params: ListDynamicRoutesParams,
      options?: RequestOptions,
    ): PagePromise<ListDynamicRoutesItem, ListDynamicRoutesResponse>;
    /** Create a dynamic route — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` */
    create(
      params: CreateDynamicRouteParams,
      body: CreateDynamicRouteBody,
      options?: RequestOptions,
    ): APIPromise<CreateDynamicRouteResult>;
    /** Get a dynamic route — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` */
    get(params: GetDynamicRouteParams, options?: RequestOptions): APIPromise<GetDynamicRouteResult>;
    /** Delete a dynamic route — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` */
    delete(
      params: DeleteDynamicRouteParams,
      options?: RequestOptions,
    ): APIPromise<DeleteDynamicRouteResult>;
    /** Rename a dynamic route — `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` */
    update(
      params: UpdateDynamicRouteParams,
      body: UpdateDynamicRouteBody,
      options?: RequestOptions,
    ): APIPromise<UpdateDynamicRouteResult>;
    /** List route deployments — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` */
    listDeployments(
      params: ListDynamicRouteDeploymentsParams,
      options?: RequestOptions,
    ): APIPromise<ListDynamicRouteDeploymentsResult>;
    /** Deploy a route version — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` */
    createDeployment(
      params: CreateDynamicRouteDeploymentParams,
      body: CreateDynamicRouteDeploymentBody,
      options?: RequestOptions,
    ): APIPromise<CreateDynamicRouteDeploymentResult>;
    /** List route versions — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` */
    listVersions(
      params: ListDynamicRouteVersionsParams,
      options?: RequestOptions,
    ): APIPromise<ListDynamicRouteVersionsResult>;
    /** Save a new route version — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` */
    createVersion(
      params: CreateDynamicRouteVersionParams,
      body: CreateDynamicRouteVersionBody,
      options?: RequestOptions,
    ): APIPromise<CreateDynamicRouteVersionResult>;
    /** Get a route version — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}` */
    getVersion(
      params: GetDynamicRouteVersionParams,
      options?: RequestOptions,
    ): APIPromise<GetDynamicRouteVersionResult>;
  };
  providerConfigs: {
    /** List provider configurations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` */
    list(
      params: ListProviderConfigsParams,
      options?: RequestOptions,
    ): PagePromise<ListProviderConfigsItem, ListProviderConfigsResponse>;
    /** Add a provider configuration — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` */
    create(
      params: CreateProviderConfigParams,
      body: CreateProviderConfigBody,
      options?: RequestOptions,
    ): APIPromise<CreateProviderConfigResult>;
    /** Replace a provider configuration's key — `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` */
    update(
      params: UpdateProviderConfigParams,
      body: UpdateProviderConfigBody,
      options?: RequestOptions,
    ): APIPromise<UpdateProviderConfigResult>;
    /** Delete a provider configuration — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` */
    delete(
      params: DeleteProviderConfigParams,
      options?: RequestOptions,
    ): APIPromise<DeleteProviderConfigResult>;
  };
  urls: {
    /** Get the gateway URL for a provider — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}` */
    get(params: GetGatewayUrlParams, options?: RequestOptions): APIPromise<GetGatewayUrlResult>;
  };
  customProviders: {
    /** List custom providers — `GET /accounts/{account_id}/ai-gateway/custom-providers` */
    list(
      params?: ListCustomProvidersParams,
      options?: RequestOptions,
    ): PagePromise<ListCustomProvidersItem, ListCustomProvidersResponse>;
    /** Create a custom provider — `POST /accounts/{account_id}/ai-gateway/custom-providers` */
    create(
      body: CreateCustomProviderBody,
      options?: RequestOptions,
    ): APIPromise<CreateCustomProviderResult>;
    /** Get a custom provider — `GET /accounts/{account_id}/ai-gateway/custom-providers/{id}` */
    get(
      params: GetCustomProviderParams,
      options?: RequestOptions,
    ): APIPromise<GetCustomProviderResult>;
    /** Delete a custom provider — `DELETE /accounts/{account_id}/ai-gateway/custom-providers/{id}` */
    delete(
      params: DeleteCustomProviderParams,
      options?: RequestOptions,
    ): APIPromise<DeleteCustomProviderResult>;
    /** Update a custom provider — `PATCH /accounts/{account_id}/ai-gateway/custom-providers/{id}` */
    update(
      params: UpdateCustomProviderParams,
      body: UpdateCustomProviderBody,
      options?: RequestOptions,
    ): APIPromise<UpdateCustomProviderResult>;
    costs: {
      /** List custom provider costs — `GET /accounts/{account_id}/ai-gateway/custom-providers/costs` */
      list(
        params?: ListCustomProviderCostsParams,
        options?: RequestOptions,
      ): PagePromise<ListCustomProviderCostsItem, ListCustomProviderCostsResponse>;
      /** Add a custom provider cost — `POST /accounts/{account_id}/ai-gateway/custom-providers/costs` */
      create(
        body: CreateCustomProviderCostBody,
        options?: RequestOptions,
      ): APIPromise<CreateCustomProviderCostResult>;
      /** Get a custom provider cost — `GET /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` */
      get(
        params: GetCustomProviderCostParams,
        options?: RequestOptions,
      ): APIPromise<GetCustomProviderCostResult>;
      /** Delete a custom provider cost — `DELETE /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` */
      delete(
        params: DeleteCustomProviderCostParams,
        options?: RequestOptions,
      ): APIPromise<DeleteCustomProviderCostResult>;
      /** Update a custom provider cost — `PATCH /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` */
      update(
        params: UpdateCustomProviderCostParams,
        body: UpdateCustomProviderCostBody,
        options?: RequestOptions,
      ): APIPromise<UpdateCustomProviderCostResult>;
    };
  };
  customDomains: {
    /** List custom domains — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` */
    list(
      params: ListCustomDomainsParams,
      options?: RequestOptions,
    ): PagePromise<ListCustomDomainsItem, ListCustomDomainsResponse>;
    /** Add a custom domain — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` */
    create(
      params: CreateCustomDomainParams,
      body: CreateCustomDomainBody,
      options?: RequestOptions,
    ): APIPromise<CreateCustomDomainResult>;
    /** Get a custom domain — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` */
    get(params: GetCustomDomainParams, options?: RequestOptions): APIPromise<GetCustomDomainResult>;
    /** Delete a custom domain — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` */
    delete(
      params: DeleteCustomDomainParams,
      options?: RequestOptions,
    ): APIPromise<DeleteCustomDomainResult>;
  };
  billing: {
    /** Get the credit balance — `GET /accounts/{account_id}/ai-gateway/billing/credit-balance` */
    creditBalance(options?: RequestOptions): APIPromise<GetCreditBalanceResult>;
    /** Get the invoice history — `GET /accounts/{account_id}/ai-gateway/billing/invoice-history` */
    invoiceHistory(
      params?: GetInvoiceHistoryParams,
      options?: RequestOptions,
    ): APIPromise<GetInvoiceHistoryResult>;
    /** Get the invoice preview — `GET /accounts/{account_id}/ai-gateway/billing/invoice-preview` */
    invoicePreview(options?: RequestOptions): APIPromise<GetInvoicePreviewResult>;
    /** Get the usage history — `GET /accounts/{account_id}/ai-gateway/billing/usage-history` */
    usageHistory(
      params: GetUsageHistoryParams,
      options?: RequestOptions,
    ): APIPromise<GetUsageHistoryResult>;
    /** Get the spending limit — `GET /accounts/{account_id}/ai-gateway/billing/spending-limit` */
    getSpendingLimit(options?: RequestOptions): APIPromise<GetSpendingLimitResult>;
    /** Set the spending limit — `POST /accounts/{account_id}/ai-gateway/billing/spending-limit` */
    setSpendingLimit(
      params: SetSpendingLimitParams,
      body: SetSpendingLimitBody,
      options?: RequestOptions,
    ): APIPromise<SetSpendingLimitResult>;
    /** Delete the spending limit — `DELETE /accounts/{account_id}/ai-gateway/billing/spending-limit` */
    deleteSpendingLimit(
      params: DeleteSpendingLimitParams,
      options?: RequestOptions,
    ): APIPromise<DeleteSpendingLimitResult>;
    /** Create a top-up — `POST /accounts/{account_id}/ai-gateway/billing/topup` */
    topup(
      params: CreateTopupParams,
      body: CreateTopupBody,
      options?: RequestOptions,
    ): APIPromise<CreateTopupResult>;
    /** Get the auto top-up settings — `GET /accounts/{account_id}/ai-gateway/billing/topup/config` */
    getTopupConfig(options?: RequestOptions): APIPromise<GetTopupConfigResult>;
    /** Set the auto top-up settings — `POST /accounts/{account_id}/ai-gateway/billing/topup/config` */
    setTopupConfig(
      params: SetTopupConfigParams,
      body: SetTopupConfigBody,
      options?: RequestOptions,
    ): APIPromise<SetTopupConfigResult>;
    /** Delete the auto top-up settings — `DELETE /accounts/{account_id}/ai-gateway/billing/topup/config` */
    deleteTopupConfig(options?: RequestOptions): APIPromise<DeleteTopupConfigResult>;
    /** Get the top-up limits — `GET /accounts/{account_id}/ai-gateway/billing/topup/limits` */
    topupLimits(options?: RequestOptions): APIPromise<GetTopupLimitsResult>;
    /** Check a top-up — `POST /accounts/{account_id}/ai-gateway/billing/topup/status` */
    topupStatus(
      body: CheckTopupStatusBody,
      options?: RequestOptions,
    ): APIPromise<CheckTopupStatusResult>;
  };
}

export function createResources(core: ClientCore): CloudflareResources {
  return {
    gateways: {
      list: (params, options) => fn.listGateways(core, params, options),
      create: (body, options) => fn.createGateway(core, body, options),
      get: (params, options) => fn.getGateway(core, params, options),
      update: (params, body, options) => fn.updateGateway(core, params, body, options),
      delete: (params, options) => fn.deleteGateway(core, params, options),
    },
    evaluationTypes: {
      list: (params, options) => fn.listEvaluationTypes(core, params, options),
    },
    logs: {
      list: (params, options) => fn.listLogs(core, params, options),
      delete: (params, options) => fn.deleteLogs(core, params, options),
      get: (params, options) => fn.getLog(core, params, options),
      edit: (params, body, options) => fn.editLog(core, params, body, options),
      request: (params, options) => fn.getLogRequest(core, params, options),
      response: (params, options) => fn.getLogResponse(core, params, options),
    },
    datasets: {
      list: (params, options) => fn.listDatasets(core, params, options),
      create: (params, body, options) => fn.createDataset(core, params, body, options),
      get: (params, options) => fn.getDataset(core, params, options),
      update: (params, body, options) => fn.updateDataset(core, params, body, options),
      delete: (params, options) => fn.deleteDataset(core, params, options),
    },
    evaluations: {
      list: (params, options) => fn.listEvaluations(core, params, options),
      create: (params, body, options) => fn.createEvaluation(core, params, body, options),
      get: (params, options) => fn.getEvaluation(core, params, options),
      delete: (params, options) => fn.deleteEvaluation(core, params, options),
    },
    dynamicRouting: {
      list: (params, options) => fn.listDynamicRoutes(core, params, options),
      create: (params, body, options) => fn.createDynamicRoute(core, params, body, options),
      get: (params, options) => fn.getDynamicRoute(core, params, options),
      delete: (params, options) => fn.deleteDynamicRoute(core, params, options),
      update: (params, body, options) => fn.updateDynamicRoute(core, params, body, options),
      listDeployments: (params, options) => fn.listDynamicRouteDeployments(core, params, options),
      createDeployment: (params, body, options) =>
        fn.createDynamicRouteDeployment(core, params, body, options),
      listVersions: (params, options) => fn.listDynamicRouteVersions(core, params, options),
      createVersion: (params, body, options) =>
        fn.createDynamicRouteVersion(core, params, body, options),
      getVersion: (params, options) => fn.getDynamicRouteVersion(core, params, options),
    },
    providerConfigs: {
      list: (params, options) => fn.listProviderConfigs(core, params, options),
      create: (params, body, options) => fn.createProviderConfig(core, params, body, options),
      update: (params, body, options) => fn.updateProviderConfig(core, params, body, options),
      delete: (params, options) => fn.deleteProviderConfig(core, params, options),
    },
    urls: {
      get: (params, options) => fn.getGatewayUrl(core, params, options),
    },
    customProviders: {
      list: (params, options) => fn.listCustomProviders(core, params, options),
      create: (body, options) => fn.createCustomProvider(core, body, options),
      get: (params, options) => fn.getCustomProvider(core, params, options),
      delete: (params, options) => fn.deleteCustomProvider(core, params, options),
      update: (params, body, options) => fn.updateCustomProvider(core, params, body, options),
      costs: {
        list: (params, options) => fn.listCustomProviderCosts(core, params, options),
        create: (body, options) => fn.createCustomProviderCost(core, body, options),
        get: (params, options) => fn.getCustomProviderCost(core, params, options),
        delete: (params, options) => fn.deleteCustomProviderCost(core, params, options),
        update: (params, body, options) => fn.updateCustomProviderCost(core, params, body, options),
      },
    },
    customDomains: {
      list: (params, options) => fn.listCustomDomains(core, params, options),
      create: (params, body, options) => fn.createCustomDomain(core, params, body, options),
      get: (params, options) => fn.getCustomDomain(core, params, options),
      delete: (params, options) => fn.deleteCustomDomain(core, params, options),
    },
    billing: {
      creditBalance: (options) => fn.getCreditBalance(core, options),
      invoiceHistory: (params, options) => fn.getInvoiceHistory(core, params, options),
      invoicePreview: (options) => fn.getInvoicePreview(core, options),
      usageHistory: (params, options) => fn.getUsageHistory(core, params, options),
      getSpendingLimit: (options) => fn.getSpendingLimit(core, options),
      setSpendingLimit: (params, body, options) => fn.setSpendingLimit(core, params, body, options),
      deleteSpendingLimit: (params, options) => fn.deleteSpendingLimit(core, params, options),
      topup: (params, body, options) => fn.createTopup(core, params, body, options),
      getTopupConfig: (options) => fn.getTopupConfig(core, options),
      setTopupConfig: (params, body, options) => fn.setTopupConfig(core, params, body, options),
      deleteTopupConfig: (options) => fn.deleteTopupConfig(core, options),
      topupLimits: (options) => fn.getTopupLimits(core, options),
      topupStatus: (body, options) => fn.checkTopupStatus(core, body, options),
    },
  };
}
