/* eslint-disable */
// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/client generate)

import type { operations as Operations } from '@ai-gateway/validators/cloudflare';
import type { ClientCore } from '../../core/client-core.js';
import type { PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import { operations } from './operations.js';

export type ListGatewaysParams = Omit<Operations["listGateways"]['parameters']['path'], "account_id"> & { account_id?: string } & NonNullable<Operations["listGateways"]['parameters']['query']>;
export type ListGatewaysResponse = Operations["listGateways"]['responses']["200"]['content']['application/json'];
export type ListGatewaysResult = ListGatewaysResponse["result"];
export type ListGatewaysItem = NonNullable<ListGatewaysResponse["result"]>[number];
export type CreateGatewayBody = NonNullable<Operations["createGateway"]['requestBody']>['content']['application/json'];
export type CreateGatewayResponse = Operations["createGateway"]['responses']["200"]['content']['application/json'];
export type CreateGatewayResult = CreateGatewayResponse["result"];
export type GetGatewayParams = Omit<Operations["getGateway"]['parameters']['path'], "account_id"> & { account_id?: string };
export type GetGatewayResponse = Operations["getGateway"]['responses']["200"]['content']['application/json'];
export type GetGatewayResult = GetGatewayResponse["result"];
export type UpdateGatewayParams = Omit<Operations["updateGateway"]['parameters']['path'], "account_id"> & { account_id?: string };
export type UpdateGatewayBody = NonNullable<Operations["updateGateway"]['requestBody']>['content']['application/json'];
export type UpdateGatewayResponse = Operations["updateGateway"]['responses']["200"]['content']['application/json'];
export type UpdateGatewayResult = UpdateGatewayResponse["result"];
export type DeleteGatewayParams = Omit<Operations["deleteGateway"]['parameters']['path'], "account_id"> & { account_id?: string };
export type DeleteGatewayResponse = Operations["deleteGateway"]['responses']["200"]['content']['application/json'];
export type DeleteGatewayResult = DeleteGatewayResponse["result"];
export type ListEvaluationTypesParams = Omit<Operations["listEvaluationTypes"]['parameters']['path'], "account_id"> & { account_id?: string } & NonNullable<Operations["listEvaluationTypes"]['parameters']['query']>;
export type ListEvaluationTypesResponse = Operations["listEvaluationTypes"]['responses']["200"]['content']['application/json'];
export type ListEvaluationTypesResult = ListEvaluationTypesResponse["result"];
export type ListEvaluationTypesItem = NonNullable<ListEvaluationTypesResponse["result"]>[number];
export type ListLogsParams = Omit<Operations["listLogs"]['parameters']['path'], "account_id"> & { account_id?: string } & NonNullable<Operations["listLogs"]['parameters']['query']>;
export type ListLogsResponse = Operations["listLogs"]['responses']["200"]['content']['application/json'];
export type ListLogsResult = ListLogsResponse["result"];
export type ListLogsItem = NonNullable<ListLogsResponse["result"]>[number];
export type DeleteLogsParams = Omit<Operations["deleteLogs"]['parameters']['path'], "account_id"> & { account_id?: string } & NonNullable<Operations["deleteLogs"]['parameters']['query']> & { /** Required to send a delete without any filters: it removes every matching log. */ all?: true };
export type DeleteLogsResponse = Operations["deleteLogs"]['responses']["200"]['content']['application/json'];
export type DeleteLogsResult = DeleteLogsResponse["success"];
export type GetLogParams = Omit<Operations["getLog"]['parameters']['path'], "account_id"> & { account_id?: string };
export type GetLogResponse = Operations["getLog"]['responses']["200"]['content']['application/json'];
export type GetLogResult = GetLogResponse["result"];
export type EditLogParams = Omit<Operations["editLog"]['parameters']['path'], "account_id"> & { account_id?: string };
export type EditLogBody = NonNullable<Operations["editLog"]['requestBody']>['content']['application/json'];
export type EditLogResponse = Operations["editLog"]['responses']["200"]['content']['application/json'];
export type EditLogResult = EditLogResponse["result"];
export type GetLogRequestParams = Omit<Operations["getLogRequest"]['parameters']['path'], "account_id"> & { account_id?: string };
export type GetLogRequestResponse = Operations["getLogRequest"]['responses']["200"]['content']['application/json'];
export type GetLogRequestResult = GetLogRequestResponse;
export type GetLogResponseParams = Omit<Operations["getLogResponse"]['parameters']['path'], "account_id"> & { account_id?: string };
export type GetLogResponseResponse = Operations["getLogResponse"]['responses']["200"]['content']['application/json'];
export type GetLogResponseResult = GetLogResponseResponse;
export type ListDatasetsParams = Omit<Operations["listDatasets"]['parameters']['path'], "account_id"> & { account_id?: string } & NonNullable<Operations["listDatasets"]['parameters']['query']>;
export type ListDatasetsResponse = Operations["listDatasets"]['responses']["200"]['content']['application/json'];
export type ListDatasetsResult = ListDatasetsResponse["result"];
export type ListDatasetsItem = NonNullable<ListDatasetsResponse["result"]>[number];
export type CreateDatasetParams = Omit<Operations["createDataset"]['parameters']['path'], "account_id"> & { account_id?: string };
export type CreateDatasetBody = NonNullable<Operations["createDataset"]['requestBody']>['content']['application/json'];
export type CreateDatasetResponse = Operations["createDataset"]['responses']["200"]['content']['application/json'];
export type CreateDatasetResult = CreateDatasetResponse["result"];
export type GetDatasetParams = Omit<Operations["getDataset"]['parameters']['path'], "account_id"> & { account_id?: string };
export type GetDatasetResponse = Operations["getDataset"]['responses']["200"]['content']['application/json'];
export type GetDatasetResult = GetDatasetResponse["result"];
export type UpdateDatasetParams = Omit<Operations["updateDataset"]['parameters']['path'], "account_id"> & { account_id?: string };
export type UpdateDatasetBody = NonNullable<Operations["updateDataset"]['requestBody']>['content']['application/json'];
export type UpdateDatasetResponse = Operations["updateDataset"]['responses']["200"]['content']['application/json'];
export type UpdateDatasetResult = UpdateDatasetResponse["result"];
export type DeleteDatasetParams = Omit<Operations["deleteDataset"]['parameters']['path'], "account_id"> & { account_id?: string };
export type DeleteDatasetResponse = Operations["deleteDataset"]['responses']["200"]['content']['application/json'];
export type DeleteDatasetResult = DeleteDatasetResponse["result"];
export type ListEvaluationsParams = Omit<Operations["listEvaluations"]['parameters']['path'], "account_id"> & { account_id?: string } & NonNullable<Operations["listEvaluations"]['parameters']['query']>;
export type ListEvaluationsResponse = Operations["listEvaluations"]['responses']["200"]['content']['application/json'];
export type ListEvaluationsResult = ListEvaluationsResponse["result"];
export type ListEvaluationsItem = NonNullable<ListEvaluationsResponse["result"]>[number];
export type CreateEvaluationParams = Omit<Operations["createEvaluation"]['parameters']['path'], "account_id"> & { account_id?: string };
export type CreateEvaluationBody = NonNullable<Operations["createEvaluation"]['requestBody']>['content']['application/json'];
export type CreateEvaluationResponse = Operations["createEvaluation"]['responses']["200"]['content']['application/json'];
export type CreateEvaluationResult = CreateEvaluationResponse["result"];
export type GetEvaluationParams = Omit<Operations["getEvaluation"]['parameters']['path'], "account_id"> & { account_id?: string };
export type GetEvaluationResponse = Operations["getEvaluation"]['responses']["200"]['content']['application/json'];
export type GetEvaluationResult = GetEvaluationResponse["result"];
export type DeleteEvaluationParams = Omit<Operations["deleteEvaluation"]['parameters']['path'], "account_id"> & { account_id?: string };
export type DeleteEvaluationResponse = Operations["deleteEvaluation"]['responses']["200"]['content']['application/json'];
export type DeleteEvaluationResult = DeleteEvaluationResponse["result"];
export type ListDynamicRoutesParams = Omit<Operations["listDynamicRoutes"]['parameters']['path'], "account_id"> & { account_id?: string } & NonNullable<Operations["listDynamicRoutes"]['parameters']['query']>;
export type ListDynamicRoutesResponse = Operations["listDynamicRoutes"]['responses']["200"]['content']['application/json'];
export type ListDynamicRoutesResult = ListDynamicRoutesResponse["data"];
export type ListDynamicRoutesItem = NonNullable<ListDynamicRoutesResponse["data"]["routes"]>[number];
export type CreateDynamicRouteParams = Omit<Operations["createDynamicRoute"]['parameters']['path'], "account_id"> & { account_id?: string };
export type CreateDynamicRouteBody = NonNullable<Operations["createDynamicRoute"]['requestBody']>['content']['application/json'];
export type CreateDynamicRouteResponse = Operations["createDynamicRoute"]['responses']["200"]['content']['application/json'];
export type CreateDynamicRouteResult = CreateDynamicRouteResponse["result"];
export type GetDynamicRouteParams = Omit<Operations["getDynamicRoute"]['parameters']['path'], "account_id"> & { account_id?: string };
export type GetDynamicRouteResponse = Operations["getDynamicRoute"]['responses']["200"]['content']['application/json'];
export type GetDynamicRouteResult = GetDynamicRouteResponse["result"];
export type DeleteDynamicRouteParams = Omit<Operations["deleteDynamicRoute"]['parameters']['path'], "account_id"> & { account_id?: string };
export type DeleteDynamicRouteResponse = Operations["deleteDynamicRoute"]['responses']["200"]['content']['application/json'];
export type DeleteDynamicRouteResult = DeleteDynamicRouteResponse["result"];
export type UpdateDynamicRouteParams = Omit<Operations["updateDynamicRoute"]['parameters']['path'], "account_id"> & { account_id?: string };
export type UpdateDynamicRouteBody = NonNullable<Operations["updateDynamicRoute"]['requestBody']>['content']['application/json'];
export type UpdateDynamicRouteResponse = Operations["updateDynamicRoute"]['responses']["200"]['content']['application/json'];
export type UpdateDynamicRouteResult = UpdateDynamicRouteResponse["route"];
export type ListDynamicRouteDeploymentsParams = Omit<Operations["listDynamicRouteDeployments"]['parameters']['path'], "account_id"> & { account_id?: string };
export type ListDynamicRouteDeploymentsResponse = Operations["listDynamicRouteDeployments"]['responses']["200"]['content']['application/json'];
export type ListDynamicRouteDeploymentsResult = ListDynamicRouteDeploymentsResponse["data"];
export type CreateDynamicRouteDeploymentParams = Omit<Operations["createDynamicRouteDeployment"]['parameters']['path'], "account_id"> & { account_id?: string };
export type CreateDynamicRouteDeploymentBody = NonNullable<Operations["createDynamicRouteDeployment"]['requestBody']>['content']['application/json'];
export type CreateDynamicRouteDeploymentResponse = Operations["createDynamicRouteDeployment"]['responses']["200"]['content']['application/json'];
export type CreateDynamicRouteDeploymentResult = CreateDynamicRouteDeploymentResponse["result"];
export type ListDynamicRouteVersionsParams = Omit<Operations["listDynamicRouteVersions"]['parameters']['path'], "account_id"> & { account_id?: string };
export type ListDynamicRouteVersionsResponse = Operations["listDynamicRouteVersions"]['responses']["200"]['content']['application/json'];
export type ListDynamicRouteVersionsResult = ListDynamicRouteVersionsResponse["data"];
export type CreateDynamicRouteVersionParams = Omit<Operations["createDynamicRouteVersion"]['parameters']['path'], "account_id"> & { account_id?: string };
export type CreateDynamicRouteVersionBody = NonNullable<Operations["createDynamicRouteVersion"]['requestBody']>['content']['application/json'];
export type CreateDynamicRouteVersionResponse = Operations["createDynamicRouteVersion"]['responses']["200"]['content']['application/json'];
export type CreateDynamicRouteVersionResult = CreateDynamicRouteVersionResponse["result"];
export type GetDynamicRouteVersionParams = Omit<Operations["getDynamicRouteVersion"]['parameters']['path'], "account_id"> & { account_id?: string };
export type GetDynamicRouteVersionResponse = Operations["getDynamicRouteVersion"]['responses']["200"]['content']['application/json'];
export type GetDynamicRouteVersionResult = GetDynamicRouteVersionResponse["result"];
export type ListProviderConfigsParams = Omit<Operations["listProviderConfigs"]['parameters']['path'], "account_id"> & { account_id?: string } & NonNullable<Operations["listProviderConfigs"]['parameters']['query']>;
export type ListProviderConfigsResponse = Operations["listProviderConfigs"]['responses']["200"]['content']['application/json'];
export type ListProviderConfigsResult = ListProviderConfigsResponse["result"];
export type ListProviderConfigsItem = NonNullable<ListProviderConfigsResponse["result"]>[number];
export type CreateProviderConfigParams = Omit<Operations["createProviderConfig"]['parameters']['path'], "account_id"> & { account_id?: string };
export type CreateProviderConfigBody = NonNullable<Operations["createProviderConfig"]['requestBody']>['content']['application/json'];
export type CreateProviderConfigResponse = Operations["createProviderConfig"]['responses']["200"]['content']['application/json'];
export type CreateProviderConfigResult = CreateProviderConfigResponse["result"];
export type GetGatewayUrlParams = Omit<Operations["getGatewayUrl"]['parameters']['path'], "account_id"> & { account_id?: string };
export type GetGatewayUrlResponse = Operations["getGatewayUrl"]['responses']["200"]['content']['application/json'];
export type GetGatewayUrlResult = GetGatewayUrlResponse["result"];

/** The cloudflare API by resource, one method per operation of the spec. */
export interface CloudflareResources {
  gateways: {
    /** List gateways — `GET /accounts/{account_id}/ai-gateway/gateways` */
    list(params?: ListGatewaysParams, options?: RequestOptions): PagePromise<ListGatewaysItem, ListGatewaysResponse>;
    /** Create a gateway — `POST /accounts/{account_id}/ai-gateway/gateways` */
    create(body: CreateGatewayBody, options?: RequestOptions): Promise<CreateGatewayResult>;
    /** Get a gateway — `GET /accounts/{account_id}/ai-gateway/gateways/{id}` */
    get(params: GetGatewayParams, options?: RequestOptions): Promise<GetGatewayResult>;
    /** Replace a gateway's settings — `PUT /accounts/{account_id}/ai-gateway/gateways/{id}` */
    update(params: UpdateGatewayParams, body: UpdateGatewayBody, options?: RequestOptions): Promise<UpdateGatewayResult>;
    /** Delete a gateway — `DELETE /accounts/{account_id}/ai-gateway/gateways/{id}` */
    delete(params: DeleteGatewayParams, options?: RequestOptions): Promise<DeleteGatewayResult>;
  };
  evaluationTypes: {
    /** List evaluation types — `GET /accounts/{account_id}/ai-gateway/evaluation-types` */
    list(params?: ListEvaluationTypesParams, options?: RequestOptions): PagePromise<ListEvaluationTypesItem, ListEvaluationTypesResponse>;
  };
  logs: {
    /** List logs — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` */
    list(params: ListLogsParams, options?: RequestOptions): PagePromise<ListLogsItem, ListLogsResponse>;
    /** Delete logs in bulk — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` */
    delete(params: DeleteLogsParams, options?: RequestOptions): Promise<DeleteLogsResult>;
    /** Get a log entry — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` */
    get(params: GetLogParams, options?: RequestOptions): Promise<GetLogResult>;
    /** Annotate a log entry — `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` */
    edit(params: EditLogParams, body: EditLogBody, options?: RequestOptions): Promise<EditLogResult>;
    /** Get the stored request body — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request` */
    request(params: GetLogRequestParams, options?: RequestOptions): Promise<GetLogRequestResult>;
    /** Get the stored response body — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response` */
    response(params: GetLogResponseParams, options?: RequestOptions): Promise<GetLogResponseResult>;
  };
  datasets: {
    /** List datasets — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` */
    list(params: ListDatasetsParams, options?: RequestOptions): PagePromise<ListDatasetsItem, ListDatasetsResponse>;
    /** Create a dataset — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` */
    create(params: CreateDatasetParams, body: CreateDatasetBody, options?: RequestOptions): Promise<CreateDatasetResult>;
    /** Get a dataset — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` */
    get(params: GetDatasetParams, options?: RequestOptions): Promise<GetDatasetResult>;
    /** Replace a dataset — `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` */
    update(params: UpdateDatasetParams, body: UpdateDatasetBody, options?: RequestOptions): Promise<UpdateDatasetResult>;
    /** Delete a dataset — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` */
    delete(params: DeleteDatasetParams, options?: RequestOptions): Promise<DeleteDatasetResult>;
  };
  evaluations: {
    /** List evaluations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` */
    list(params: ListEvaluationsParams, options?: RequestOptions): PagePromise<ListEvaluationsItem, ListEvaluationsResponse>;
    /** Start an evaluation — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` */
    create(params: CreateEvaluationParams, body: CreateEvaluationBody, options?: RequestOptions): Promise<CreateEvaluationResult>;
    /** Get an evaluation — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` */
    get(params: GetEvaluationParams, options?: RequestOptions): Promise<GetEvaluationResult>;
    /** Delete an evaluation — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` */
    delete(params: DeleteEvaluationParams, options?: RequestOptions): Promise<DeleteEvaluationResult>;
  };
  dynamicRouting: {
    /** List dynamic routes — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` */
    list(params: ListDynamicRoutesParams, options?: RequestOptions): PagePromise<ListDynamicRoutesItem, ListDynamicRoutesResponse>;
    /** Create a dynamic route — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` */
    create(params: CreateDynamicRouteParams, body: CreateDynamicRouteBody, options?: RequestOptions): Promise<CreateDynamicRouteResult>;
    /** Get a dynamic route — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` */
    get(params: GetDynamicRouteParams, options?: RequestOptions): Promise<GetDynamicRouteResult>;
    /** Delete a dynamic route — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` */
    delete(params: DeleteDynamicRouteParams, options?: RequestOptions): Promise<DeleteDynamicRouteResult>;
    /** Rename a dynamic route — `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` */
    update(params: UpdateDynamicRouteParams, body: UpdateDynamicRouteBody, options?: RequestOptions): Promise<UpdateDynamicRouteResult>;
    /** List route deployments — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` */
    listDeployments(params: ListDynamicRouteDeploymentsParams, options?: RequestOptions): Promise<ListDynamicRouteDeploymentsResult>;
    /** Deploy a route version — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` */
    createDeployment(params: CreateDynamicRouteDeploymentParams, body: CreateDynamicRouteDeploymentBody, options?: RequestOptions): Promise<CreateDynamicRouteDeploymentResult>;
    /** List route versions — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` */
    listVersions(params: ListDynamicRouteVersionsParams, options?: RequestOptions): Promise<ListDynamicRouteVersionsResult>;
    /** Save a new route version — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` */
    createVersion(params: CreateDynamicRouteVersionParams, body: CreateDynamicRouteVersionBody, options?: RequestOptions): Promise<CreateDynamicRouteVersionResult>;
    /** Get a route version — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}` */
    getVersion(params: GetDynamicRouteVersionParams, options?: RequestOptions): Promise<GetDynamicRouteVersionResult>;
  };
  providerConfigs: {
    /** List provider configurations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` */
    list(params: ListProviderConfigsParams, options?: RequestOptions): PagePromise<ListProviderConfigsItem, ListProviderConfigsResponse>;
    /** Add a provider configuration — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` */
    create(params: CreateProviderConfigParams, body: CreateProviderConfigBody, options?: RequestOptions): Promise<CreateProviderConfigResult>;
  };
  urls: {
    /** Get the gateway URL for a provider — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}` */
    get(params: GetGatewayUrlParams, options?: RequestOptions): Promise<GetGatewayUrlResult>;
  };
}

export function createResources(core: ClientCore): CloudflareResources {
  return {
  gateways: {
    list: (params?: ListGatewaysParams, options?: RequestOptions) =>
      core.paginate(operations.listGateways, params, options) as PagePromise<ListGatewaysItem, ListGatewaysResponse>,
    create: (body: CreateGatewayBody, options?: RequestOptions) =>
      core.call(operations.createGateway, undefined, body, options) as Promise<CreateGatewayResult>,
    get: (params: GetGatewayParams, options?: RequestOptions) =>
      core.call(operations.getGateway, params, undefined, options) as Promise<GetGatewayResult>,
    update: (params: UpdateGatewayParams, body: UpdateGatewayBody, options?: RequestOptions) =>
      core.call(operations.updateGateway, params, body, options) as Promise<UpdateGatewayResult>,
    delete: (params: DeleteGatewayParams, options?: RequestOptions) =>
      core.call(operations.deleteGateway, params, undefined, options) as Promise<DeleteGatewayResult>,
  },
  evaluationTypes: {
    list: (params?: ListEvaluationTypesParams, options?: RequestOptions) =>
      core.paginate(operations.listEvaluationTypes, params, options) as PagePromise<ListEvaluationTypesItem, ListEvaluationTypesResponse>,
  },
  logs: {
    list: (params: ListLogsParams, options?: RequestOptions) =>
      core.paginate(operations.listLogs, params, options) as PagePromise<ListLogsItem, ListLogsResponse>,
    delete: (params: DeleteLogsParams, options?: RequestOptions) =>
      core.call(operations.deleteLogs, params, undefined, options) as Promise<DeleteLogsResult>,
    get: (params: GetLogParams, options?: RequestOptions) =>
      core.call(operations.getLog, params, undefined, options) as Promise<GetLogResult>,
    edit: (params: EditLogParams, body: EditLogBody, options?: RequestOptions) =>
      core.call(operations.editLog, params, body, options) as Promise<EditLogResult>,
    request: (params: GetLogRequestParams, options?: RequestOptions) =>
      core.call(operations.getLogRequest, params, undefined, options) as Promise<GetLogRequestResult>,
    response: (params: GetLogResponseParams, options?: RequestOptions) =>
      core.call(operations.getLogResponse, params, undefined, options) as Promise<GetLogResponseResult>,
  },
  datasets: {
    list: (params: ListDatasetsParams, options?: RequestOptions) =>
      core.paginate(operations.listDatasets, params, options) as PagePromise<ListDatasetsItem, ListDatasetsResponse>,
    create: (params: CreateDatasetParams, body: CreateDatasetBody, options?: RequestOptions) =>
      core.call(operations.createDataset, params, body, options) as Promise<CreateDatasetResult>,
    get: (params: GetDatasetParams, options?: RequestOptions) =>
      core.call(operations.getDataset, params, undefined, options) as Promise<GetDatasetResult>,
    update: (params: UpdateDatasetParams, body: UpdateDatasetBody, options?: RequestOptions) =>
      core.call(operations.updateDataset, params, body, options) as Promise<UpdateDatasetResult>,
    delete: (params: DeleteDatasetParams, options?: RequestOptions) =>
      core.call(operations.deleteDataset, params, undefined, options) as Promise<DeleteDatasetResult>,
  },
  evaluations: {
    list: (params: ListEvaluationsParams, options?: RequestOptions) =>
      core.paginate(operations.listEvaluations, params, options) as PagePromise<ListEvaluationsItem, ListEvaluationsResponse>,
    create: (params: CreateEvaluationParams, body: CreateEvaluationBody, options?: RequestOptions) =>
      core.call(operations.createEvaluation, params, body, options) as Promise<CreateEvaluationResult>,
    get: (params: GetEvaluationParams, options?: RequestOptions) =>
      core.call(operations.getEvaluation, params, undefined, options) as Promise<GetEvaluationResult>,
    delete: (params: DeleteEvaluationParams, options?: RequestOptions) =>
      core.call(operations.deleteEvaluation, params, undefined, options) as Promise<DeleteEvaluationResult>,
  },
  dynamicRouting: {
    list: (params: ListDynamicRoutesParams, options?: RequestOptions) =>
      core.paginate(operations.listDynamicRoutes, params, options) as PagePromise<ListDynamicRoutesItem, ListDynamicRoutesResponse>,
    create: (params: CreateDynamicRouteParams, body: CreateDynamicRouteBody, options?: RequestOptions) =>
      core.call(operations.createDynamicRoute, params, body, options) as Promise<CreateDynamicRouteResult>,
    get: (params: GetDynamicRouteParams, options?: RequestOptions) =>
      core.call(operations.getDynamicRoute, params, undefined, options) as Promise<GetDynamicRouteResult>,
    delete: (params: DeleteDynamicRouteParams, options?: RequestOptions) =>
      core.call(operations.deleteDynamicRoute, params, undefined, options) as Promise<DeleteDynamicRouteResult>,
    update: (params: UpdateDynamicRouteParams, body: UpdateDynamicRouteBody, options?: RequestOptions) =>
      core.call(operations.updateDynamicRoute, params, body, options) as Promise<UpdateDynamicRouteResult>,
    listDeployments: (params: ListDynamicRouteDeploymentsParams, options?: RequestOptions) =>
      core.call(operations.listDynamicRouteDeployments, params, undefined, options) as Promise<ListDynamicRouteDeploymentsResult>,
    createDeployment: (params: CreateDynamicRouteDeploymentParams, body: CreateDynamicRouteDeploymentBody, options?: RequestOptions) =>
      core.call(operations.createDynamicRouteDeployment, params, body, options) as Promise<CreateDynamicRouteDeploymentResult>,
    listVersions: (params: ListDynamicRouteVersionsParams, options?: RequestOptions) =>
      core.call(operations.listDynamicRouteVersions, params, undefined, options) as Promise<ListDynamicRouteVersionsResult>,
    createVersion: (params: CreateDynamicRouteVersionParams, body: CreateDynamicRouteVersionBody, options?: RequestOptions) =>
      core.call(operations.createDynamicRouteVersion, params, body, options) as Promise<CreateDynamicRouteVersionResult>,
    getVersion: (params: GetDynamicRouteVersionParams, options?: RequestOptions) =>
      core.call(operations.getDynamicRouteVersion, params, undefined, options) as Promise<GetDynamicRouteVersionResult>,
  },
  providerConfigs: {
    list: (params: ListProviderConfigsParams, options?: RequestOptions) =>
      core.paginate(operations.listProviderConfigs, params, options) as PagePromise<ListProviderConfigsItem, ListProviderConfigsResponse>,
    create: (params: CreateProviderConfigParams, body: CreateProviderConfigBody, options?: RequestOptions) =>
      core.call(operations.createProviderConfig, params, body, options) as Promise<CreateProviderConfigResult>,
  },
  urls: {
    get: (params: GetGatewayUrlParams, options?: RequestOptions) =>
      core.call(operations.getGatewayUrl, params, undefined, options) as Promise<GetGatewayUrlResult>,
  },
  };
}
