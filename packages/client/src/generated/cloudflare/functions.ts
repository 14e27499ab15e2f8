// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package client)

import type { operations as Operations } from '@ai-gateway/validators/cloudflare/requests';
import type { APIPromise } from '../../core/api-promise.js';
import type { ClientCore } from '../../core/client-core.js';
import { paginate } from '../../core/list.js';
import type { AllowUndefined } from '../../core/optional.js';
import type { PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import * as operation from './operations.js';

export type ListGatewaysParams = AllowUndefined<
  Omit<Operations['listGateways']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  } & NonNullable<Operations['listGateways']['parameters']['query']>
>;
export type ListGatewaysResponse =
  Operations['listGateways']['responses']['200']['content']['application/json'];
export type ListGatewaysResult = ListGatewaysResponse['result'];
export type ListGatewaysItem = NonNullable<ListGatewaysResponse['result']>[number];

/** List gateways — `GET /accounts/{account_id}/ai-gateway/gateways` */
export function listGateways(
  core: ClientCore,
  params?: ListGatewaysParams,
  options?: RequestOptions,
): PagePromise<ListGatewaysItem, ListGatewaysResponse> {
  return paginate<ListGatewaysItem, ListGatewaysResponse>(
    core,
    operation.listGateways,
    params,
    options,
  );
}

export type CreateGatewayBody = NonNullable<
  Operations['createGateway']['requestBody']
>['content']['application/json'];
export type CreateGatewayResponse =
  Operations['createGateway']['responses']['200']['content']['application/json'];
export type CreateGatewayResult = CreateGatewayResponse['result'];

/** Create a gateway — `POST /accounts/{account_id}/ai-gateway/gateways` */
export function createGateway(
  core: ClientCore,
  body: CreateGatewayBody,
  options?: RequestOptions,
): APIPromise<CreateGatewayResult> {
  return core.call(
    operation.createGateway,
    undefined,
    body,
    options,
  ) as APIPromise<CreateGatewayResult>;
}

export type GetGatewayParams = AllowUndefined<
  Omit<Operations['getGateway']['parameters']['path'], 'account_id'> & { account_id?: string }
>;
export type GetGatewayResponse =
  Operations['getGateway']['responses']['200']['content']['application/json'];
export type GetGatewayResult = GetGatewayResponse['result'];

/** Get a gateway — `GET /accounts/{account_id}/ai-gateway/gateways/{id}` */
export function getGateway(
  core: ClientCore,
  params: GetGatewayParams,
  options?: RequestOptions,
): APIPromise<GetGatewayResult> {
  return core.call(
    operation.getGateway,
    params,
    undefined,
    options,
  ) as APIPromise<GetGatewayResult>;
}

export type UpdateGatewayParams = AllowUndefined<
  Omit<Operations['updateGateway']['parameters']['path'], 'account_id'> & { account_id?: string }
>;
export type UpdateGatewayBody = NonNullable<
  Operations['updateGateway']['requestBody']
>['content']['application/json'];
export type UpdateGatewayResponse =
  Operations['updateGateway']['responses']['200']['content']['application/json'];
export type UpdateGatewayResult = UpdateGatewayResponse['result'];

/** Replace a gateway's settings — `PUT /accounts/{account_id}/ai-gateway/gateways/{id}` */
export function updateGateway(
  core: ClientCore,
  params: UpdateGatewayParams,
  body: UpdateGatewayBody,
  options?: RequestOptions,
): APIPromise<UpdateGatewayResult> {
  return core.call(
    operation.updateGateway,
    params,
    body,
    options,
  ) as APIPromise<UpdateGatewayResult>;
}

export type DeleteGatewayParams = AllowUndefined<
  Omit<Operations['deleteGateway']['parameters']['path'], 'account_id'> & { account_id?: string }
>;
export type DeleteGatewayResponse =
  Operations['deleteGateway']['responses']['200']['content']['application/json'];
export type DeleteGatewayResult = DeleteGatewayResponse['result'];

/** Delete a gateway — `DELETE /accounts/{account_id}/ai-gateway/gateways/{id}` */
export function deleteGateway(
  core: ClientCore,
  params: DeleteGatewayParams,
  options?: RequestOptions,
): APIPromise<DeleteGatewayResult> {
  return core.call(
    operation.deleteGateway,
    params,
    undefined,
    options,
  ) as APIPromise<DeleteGatewayResult>;
}

export type ListEvaluationTypesParams = AllowUndefined<
  Omit<Operations['listEvaluationTypes']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  } & NonNullable<Operations['listEvaluationTypes']['parameters']['query']>
>;
export type ListEvaluationTypesResponse =
  Operations['listEvaluationTypes']['responses']['200']['content']['application/json'];
export type ListEvaluationTypesResult = ListEvaluationTypesResponse['result'];
export type ListEvaluationTypesItem = NonNullable<ListEvaluationTypesResponse['result']>[number];

/** List evaluation types — `GET /accounts/{account_id}/ai-gateway/evaluation-types` */
export function listEvaluationTypes(
  core: ClientCore,
  params?: ListEvaluationTypesParams,
  options?: RequestOptions,
): PagePromise<ListEvaluationTypesItem, ListEvaluationTypesResponse> {
  return paginate<ListEvaluationTypesItem, ListEvaluationTypesResponse>(
    core,
    operation.listEvaluationTypes,
    params,
    options,
  );
}

export type ListLogsParams = AllowUndefined<
  Omit<Operations['listLogs']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  } & NonNullable<Operations['listLogs']['parameters']['query']>
>;
export type ListLogsResponse =
  Operations['listLogs']['responses']['200']['content']['application/json'];
export type ListLogsResult = ListLogsResponse['result'];
export type ListLogsItem = NonNullable<ListLogsResponse['result']>[number];

/** List logs — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` */
export function listLogs(
  core: ClientCore,
  params: ListLogsParams,
  options?: RequestOptions,
): PagePromise<ListLogsItem, ListLogsResponse> {
  return paginate<ListLogsItem, ListLogsResponse>(core, operation.listLogs, params, options);
}

export type DeleteLogsParams = AllowUndefined<
  Omit<Operations['deleteLogs']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  } & NonNullable<Operations['deleteLogs']['parameters']['query']> & {
      /** Required to send a delete without any filters: it removes every matching log. */ all?: true;
    }
>;
export type DeleteLogsResponse =
  Operations['deleteLogs']['responses']['200']['content']['application/json'];
export type DeleteLogsResult = DeleteLogsResponse['success'];

/** Delete logs in bulk — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` */
export function deleteLogs(
  core: ClientCore,
  params: DeleteLogsParams,
  options?: RequestOptions,
): APIPromise<DeleteLogsResult> {
  return core.call(
    operation.deleteLogs,
    params,
    undefined,
    options,
  ) as APIPromise<DeleteLogsResult>;
}

export type GetLogParams = AllowUndefined<
  Omit<Operations['getLog']['parameters']['path'], 'account_id'> & { account_id?: string }
>;
export type GetLogResponse =
  Operations['getLog']['responses']['200']['content']['application/json'];
export type GetLogResult = GetLogResponse['result'];

/** Get a log entry — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` */
export function getLog(
  core: ClientCore,
  params: GetLogParams,
  options?: RequestOptions,
): APIPromise<GetLogResult> {
  return core.call(operation.getLog, params, undefined, options) as APIPromise<GetLogResult>;
}

export type EditLogParams = AllowUndefined<
  Omit<Operations['editLog']['parameters']['path'], 'account_id'> & { account_id?: string }
>;
export type EditLogBody = NonNullable<
  Operations['editLog']['requestBody']
>['content']['application/json'];
export type EditLogResponse =
  Operations['editLog']['responses']['200']['content']['application/json'];
export type EditLogResult = EditLogResponse['result'];

/** Annotate a log entry — `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` */
export function editLog(
  core: ClientCore,
  params: EditLogParams,
  body: EditLogBody,
  options?: RequestOptions,
): APIPromise<EditLogResult> {
  return core.call(operation.editLog, params, body, options) as APIPromise<EditLogResult>;
}

export type GetLogRequestParams = AllowUndefined<
  Omit<Operations['getLogRequest']['parameters']['path'], 'account_id'> & { account_id?: string }
>;
export type GetLogRequestResponse =
  Operations['getLogRequest']['responses']['200']['content']['application/json'];
export type GetLogRequestResult = GetLogRequestResponse;

/** Get the stored request body — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request` */
export function getLogRequest(
  core: ClientCore,
  params: GetLogRequestParams,
  options?: RequestOptions,
): APIPromise<GetLogRequestResult> {
  return core.call(
    operation.getLogRequest,
    params,
    undefined,
    options,
  ) as APIPromise<GetLogRequestResult>;
}

export type GetLogResponseParams = AllowUndefined<
  Omit<Operations['getLogResponse']['parameters']['path'], 'account_id'> & { account_id?: string }
>;
export type GetLogResponseResponse =
  Operations['getLogResponse']['responses']['200']['content']['application/json'];
export type GetLogResponseResult = GetLogResponseResponse;

/** Get the stored response body — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response` */
export function getLogResponse(
  core: ClientCore,
  params: GetLogResponseParams,
  options?: RequestOptions,
): APIPromise<GetLogResponseResult> {
  return core.call(
    operation.getLogResponse,
    params,
    undefined,
    options,
  ) as APIPromise<GetLogResponseResult>;
}

export type ListDatasetsParams = AllowUndefined<
  Omit<Operations['listDatasets']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  } & NonNullable<Operations['listDatasets']['parameters']['query']>
>;
export type ListDatasetsResponse =
  Operations['listDatasets']['responses']['200']['content']['application/json'];
export type ListDatasetsResult = ListDatasetsResponse['result'];
export type ListDatasetsItem = NonNullable<ListDatasetsResponse['result']>[number];

/** List datasets — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` */
export function listDatasets(
  core: ClientCore,
  params: ListDatasetsParams,
  options?: RequestOptions,
): PagePromise<ListDatasetsItem, ListDatasetsResponse> {
  return paginate<ListDatasetsItem, ListDatasetsResponse>(
    core,
    operation.listDatasets,
    params,
    options,
  );
}

export type CreateDatasetParams = AllowUndefined<
  Omit<Operations['createDataset']['parameters']['path'], 'account_id'> & { account_id?: string }
>;
export type CreateDatasetBody = NonNullable<
  Operations['createDataset']['requestBody']
>['content']['application/json'];
export type CreateDatasetResponse =
  Operations['createDataset']['responses']['200']['content']['application/json'];
export type CreateDatasetResult = CreateDatasetResponse['result'];

/** Create a dataset — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` */
export function createDataset(
  core: ClientCore,
  params: CreateDatasetParams,
  body: CreateDatasetBody,
  options?: RequestOptions,
): APIPromise<CreateDatasetResult> {
  return core.call(
    operation.createDataset,
    params,
    body,
    options,
  ) as APIPromise<CreateDatasetResult>;
}

export type GetDatasetParams = AllowUndefined<
  Omit<Operations['getDataset']['parameters']['path'], 'account_id'> & { account_id?: string }
>;
export type GetDatasetResponse =
  Operations['getDataset']['responses']['200']['content']['application/json'];
export type GetDatasetResult = GetDatasetResponse['result'];

/** Get a dataset — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` */
export function getDataset(
  core: ClientCore,
  params: GetDatasetParams,
  options?: RequestOptions,
): APIPromise<GetDatasetResult> {
  return core.call(
    operation.getDataset,
    params,
    undefined,
    options,
  ) as APIPromise<GetDatasetResult>;
}

export type UpdateDatasetParams = AllowUndefined<
  Omit<Operations['updateDataset']['parameters']['path'], 'account_id'> & { account_id?: string }
>;
export type UpdateDatasetBody = NonNullable<
  Operations['updateDataset']['requestBody']
>['content']['application/json'];
export type UpdateDatasetResponse =
  Operations['updateDataset']['responses']['200']['content']['application/json'];
export type UpdateDatasetResult = UpdateDatasetResponse['result'];

/** Replace a dataset — `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` */
export function updateDataset(
  core: ClientCore,
  params: UpdateDatasetParams,
  body: UpdateDatasetBody,
  options?: RequestOptions,
): APIPromise<UpdateDatasetResult> {
  return core.call(
    operation.updateDataset,
    params,
    body,
    options,
  ) as APIPromise<UpdateDatasetResult>;
}

export type DeleteDatasetParams = AllowUndefined<
  Omit<Operations['deleteDataset']['parameters']['path'], 'account_id'> & { account_id?: string }
>;
export type DeleteDatasetResponse =
  Operations['deleteDataset']['responses']['200']['content']['application/json'];
export type DeleteDatasetResult = DeleteDatasetResponse['result'];

/** Delete a dataset — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` */
export function deleteDataset(
  core: ClientCore,
  params: DeleteDatasetParams,
  options?: RequestOptions,
): APIPromise<DeleteDatasetResult> {
  return core.call(
    operation.deleteDataset,
    params,
    undefined,
    options,
  ) as APIPromise<DeleteDatasetResult>;
}

export type ListEvaluationsParams = AllowUndefined<
  Omit<Operations['listEvaluations']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  } & NonNullable<Operations['listEvaluations']['parameters']['query']>
>;
export type ListEvaluationsResponse =
  Operations['listEvaluations']['responses']['200']['content']['application/json'];
export type ListEvaluationsResult = ListEvaluationsResponse['result'];
export type ListEvaluationsItem = NonNullable<ListEvaluationsResponse['result']>[number];

/** List evaluations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` */
export function listEvaluations(
  core: ClientCore,
  params: ListEvaluationsParams,
  options?: RequestOptions,
): PagePromise<ListEvaluationsItem, ListEvaluationsResponse> {
  return paginate<ListEvaluationsItem, ListEvaluationsResponse>(
    core,
    operation.listEvaluations,
    params,
    options,
  );
}

export type CreateEvaluationParams = AllowUndefined<
  Omit<Operations['createEvaluation']['parameters']['path'], 'account_id'> & { account_id?: string }
>;
export type CreateEvaluationBody = NonNullable<
  Operations['createEvaluation']['requestBody']
>['content']['application/json'];
export type CreateEvaluationResponse =
  Operations['createEvaluation']['responses']['200']['content']['application/json'];
export type CreateEvaluationResult = CreateEvaluationResponse['result'];

/** Start an evaluation — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` */
export function createEvaluation(
  core: ClientCore,
  params: CreateEvaluationParams,
  body: CreateEvaluationBody,
  options?: RequestOptions,
): APIPromise<CreateEvaluationResult> {
  return core.call(
    operation.createEvaluation,
    params,
    body,
    options,
  ) as APIPromise<CreateEvaluationResult>;
}

export type GetEvaluationParams = AllowUndefined<
  Omit<Operations['getEvaluation']['parameters']['path'], 'account_id'> & { account_id?: string }
>;
export type GetEvaluationResponse =
  Operations['getEvaluation']['responses']['200']['content']['application/json'];
export type GetEvaluationResult = GetEvaluationResponse['result'];

/** Get an evaluation — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` */
export function getEvaluation(
  core: ClientCore,
  params: GetEvaluationParams,
  options?: RequestOptions,
): APIPromise<GetEvaluationResult> {
  return core.call(
    operation.getEvaluation,
    params,
    undefined,
    options,
  ) as APIPromise<GetEvaluationResult>;
}

export type DeleteEvaluationParams = AllowUndefined<
  Omit<Operations['deleteEvaluation']['parameters']['path'], 'account_id'> & { account_id?: string }
>;
export type DeleteEvaluationResponse =
  Operations['deleteEvaluation']['responses']['200']['content']['application/json'];
export type DeleteEvaluationResult = DeleteEvaluationResponse['result'];

/** Delete an evaluation — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` */
export function deleteEvaluation(
  core: ClientCore,
  params: DeleteEvaluationParams,
  options?: RequestOptions,
): APIPromise<DeleteEvaluationResult> {
  return core.call(
    operation.deleteEvaluation,
    params,
    undefined,
    options,
  ) as APIPromise<DeleteEvaluationResult>;
}

export type ListDynamicRoutesParams = AllowUndefined<
  Omit<Operations['listDynamicRoutes']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  } & NonNullable<Operations['listDynamicRoutes']['parameters']['query']>
>;
export type ListDynamicRoutesResponse =
  Operations['listDynamicRoutes']['responses']['200']['content']['application/json'];
export type ListDynamicRoutesResult = ListDynamicRoutesResponse['data'];
export type ListDynamicRoutesItem = NonNullable<
  ListDynamicRoutesResponse['data']['routes']
>[number];

/** List dynamic routes — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` */
export function listDynamicRoutes(
  core: ClientCore,
  params: ListDynamicRoutesParams,
  options?: RequestOptions,
): PagePromise<ListDynamicRoutesItem, ListDynamicRoutesResponse> {
  return paginate<ListDynamicRoutesItem, ListDynamicRoutesResponse>(
    core,
    operation.listDynamicRoutes,
    params,
    options,
  );
}

export type CreateDynamicRouteParams = AllowUndefined<
  Omit<Operations['createDynamicRoute']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type CreateDynamicRouteBody = NonNullable<
  Operations['createDynamicRoute']['requestBody']
>['content']['application/json'];
export type CreateDynamicRouteResponse =
  Operations['createDynamicRoute']['responses']['200']['content']['application/json'];
export type CreateDynamicRouteResult = CreateDynamicRouteResponse['result'];

/** Create a dynamic route — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` */
export function createDynamicRoute(
  core: ClientCore,
  params: CreateDynamicRouteParams,
  body: CreateDynamicRouteBody,
  options?: RequestOptions,
): APIPromise<CreateDynamicRouteResult> {
  return core.call(
    operation.createDynamicRoute,
    params,
    body,
    options,
  ) as APIPromise<CreateDynamicRouteResult>;
}

export type GetDynamicRouteParams = AllowUndefined<
  Omit<Operations['getDynamicRoute']['parameters']['path'], 'account_id'> & { account_id?: string }
>;
export type GetDynamicRouteResponse =
  Operations['getDynamicRoute']['responses']['200']['content']['application/json'];
export type GetDynamicRouteResult = GetDynamicRouteResponse['result'];

/** Get a dynamic route — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` */
export function getDynamicRoute(
  core: ClientCore,
  params: GetDynamicRouteParams,
  options?: RequestOptions,
): APIPromise<GetDynamicRouteResult> {
  return core.call(
    operation.getDynamicRoute,
    params,
    undefined,
    options,
  ) as APIPromise<GetDynamicRouteResult>;
}

export type DeleteDynamicRouteParams = AllowUndefined<
  Omit<Operations['deleteDynamicRoute']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type DeleteDynamicRouteResponse =
  Operations['deleteDynamicRoute']['responses']['200']['content']['application/json'];
export type DeleteDynamicRouteResult = DeleteDynamicRouteResponse['result'];

/** Delete a dynamic route — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` */
export function deleteDynamicRoute(
  core: ClientCore,
  params: DeleteDynamicRouteParams,
  options?: RequestOptions,
): APIPromise<DeleteDynamicRouteResult> {
  return core.call(
    operation.deleteDynamicRoute,
    params,
    undefined,
    options,
  ) as APIPromise<DeleteDynamicRouteResult>;
}

export type UpdateDynamicRouteParams = AllowUndefined<
  Omit<Operations['updateDynamicRoute']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type UpdateDynamicRouteBody = NonNullable<
  Operations['updateDynamicRoute']['requestBody']
>['content']['application/json'];
export type UpdateDynamicRouteResponse =
  Operations['updateDynamicRoute']['responses']['200']['content']['application/json'];
export type UpdateDynamicRouteResult = UpdateDynamicRouteResponse['route'];

/** Rename a dynamic route — `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` */
export function updateDynamicRoute(
  core: ClientCore,
  params: UpdateDynamicRouteParams,
  body: UpdateDynamicRouteBody,
  options?: RequestOptions,
): APIPromise<UpdateDynamicRouteResult> {
  return core.call(
    operation.updateDynamicRoute,
    params,
    body,
    options,
  ) as APIPromise<UpdateDynamicRouteResult>;
}

export type ListDynamicRouteDeploymentsParams = AllowUndefined<
  Omit<Operations['listDynamicRouteDeployments']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type ListDynamicRouteDeploymentsResponse =
  Operations['listDynamicRouteDeployments']['responses']['200']['content']['application/json'];
export type ListDynamicRouteDeploymentsResult = ListDynamicRouteDeploymentsResponse['data'];

/** List route deployments — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` */
export function listDynamicRouteDeployments(
  core: ClientCore,
  params: ListDynamicRouteDeploymentsParams,
  options?: RequestOptions,
): APIPromise<ListDynamicRouteDeploymentsResult> {
  return core.call(
    operation.listDynamicRouteDeployments,
    params,
    undefined,
    options,
  ) as APIPromise<ListDynamicRouteDeploymentsResult>;
}

export type CreateDynamicRouteDeploymentParams = AllowUndefined<
  Omit<Operations['createDynamicRouteDeployment']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type CreateDynamicRouteDeploymentBody = NonNullable<
  Operations['createDynamicRouteDeployment']['requestBody']
>['content']['application/json'];
export type CreateDynamicRouteDeploymentResponse =
  Operations['createDynamicRouteDeployment']['responses']['200']['content']['application/json'];
export type CreateDynamicRouteDeploymentResult = CreateDynamicRouteDeploymentResponse['result'];

/** Deploy a route version — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` */
export function createDynamicRouteDeployment(
  core: ClientCore,
  params: CreateDynamicRouteDeploymentParams,
  body: CreateDynamicRouteDeploymentBody,
  options?: RequestOptions,
): APIPromise<CreateDynamicRouteDeploymentResult> {
  return core.call(
    operation.createDynamicRouteDeployment,
    params,
    body,
    options,
  ) as APIPromise<CreateDynamicRouteDeploymentResult>;
}

export type ListDynamicRouteVersionsParams = AllowUndefined<
  Omit<Operations['listDynamicRouteVersions']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type ListDynamicRouteVersionsResponse =
  Operations['listDynamicRouteVersions']['responses']['200']['content']['application/json'];
export type ListDynamicRouteVersionsResult = ListDynamicRouteVersionsResponse['data'];

/** List route versions — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` */
export function listDynamicRouteVersions(
  core: ClientCore,
  params: ListDynamicRouteVersionsParams,
  options?: RequestOptions,
): APIPromise<ListDynamicRouteVersionsResult> {
  return core.call(
    operation.listDynamicRouteVersions,
    params,
    undefined,
    options,
  ) as APIPromise<ListDynamicRouteVersionsResult>;
}

export type CreateDynamicRouteVersionParams = AllowUndefined<
  Omit<Operations['createDynamicRouteVersion']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type CreateDynamicRouteVersionBody = NonNullable<
  Operations['createDynamicRouteVersion']['requestBody']
>['content']['application/json'];
export type CreateDynamicRouteVersionResponse =
  Operations['createDynamicRouteVersion']['responses']['200']['content']['application/json'];
export type CreateDynamicRouteVersionResult = CreateDynamicRouteVersionResponse['result'];

/** Save a new route version — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` */
export function createDynamicRouteVersion(
  core: ClientCore,
  params: CreateDynamicRouteVersionParams,
  body: CreateDynamicRouteVersionBody,
  options?: RequestOptions,
): APIPromise<CreateDynamicRouteVersionResult> {
  return core.call(
    operation.createDynamicRouteVersion,
    params,
    body,
    options,
  ) as APIPromise<CreateDynamicRouteVersionResult>;
}

export type GetDynamicRouteVersionParams = AllowUndefined<
  Omit<Operations['getDynamicRouteVersion']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type GetDynamicRouteVersionResponse =
  Operations['getDynamicRouteVersion']['responses']['200']['content']['application/json'];
export type GetDynamicRouteVersionResult = GetDynamicRouteVersionResponse['result'];

/** Get a route version — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}` */
export function getDynamicRouteVersion(
  core: ClientCore,
  params: GetDynamicRouteVersionParams,
  options?: RequestOptions,
): APIPromise<GetDynamicRouteVersionResult> {
  return core.call(
    operation.getDynamicRouteVersion,
    params,
    undefined,
    options,
  ) as APIPromise<GetDynamicRouteVersionResult>;
}

export type ListProviderConfigsParams = AllowUndefined<
  Omit<Operations['listProviderConfigs']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  } & NonNullable<Operations['listProviderConfigs']['parameters']['query']>
>;
export type ListProviderConfigsResponse =
  Operations['listProviderConfigs']['responses']['200']['content']['application/json'];
export type ListProviderConfigsResult = ListProviderConfigsResponse['result'];
export type ListProviderConfigsItem = NonNullable<ListProviderConfigsResponse['result']>[number];

/** List provider configurations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` */
export function listProviderConfigs(
  core: ClientCore,
  params: ListProviderConfigsParams,
  options?: RequestOptions,
): PagePromise<ListProviderConfigsItem, ListProviderConfigsResponse> {
  return paginate<ListProviderConfigsItem, ListProviderConfigsResponse>(
    core,
    operation.listProviderConfigs,
    params,
    options,
  );
}

export type CreateProviderConfigParams = AllowUndefined<
  Omit<Operations['createProviderConfig']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type CreateProviderConfigBody = NonNullable<
  Operations['createProviderConfig']['requestBody']
>['content']['application/json'];
export type CreateProviderConfigResponse =
  Operations['createProviderConfig']['responses']['200']['content']['application/json'];
export type CreateProviderConfigResult = CreateProviderConfigResponse['result'];

/** Add a provider configuration — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` */
export function createProviderConfig(
  core: ClientCore,
  params: CreateProviderConfigParams,
  body: CreateProviderConfigBody,
  options?: RequestOptions,
): APIPromise<CreateProviderConfigResult> {
  return core.call(
    operation.createProviderConfig,
    params,
    body,
    options,
  ) as APIPromise<CreateProviderConfigResult>;
}

export type UpdateProviderConfigParams = AllowUndefined<
  Omit<Operations['updateProviderConfig']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type UpdateProviderConfigBody = NonNullable<
  Operations['updateProviderConfig']['requestBody']
>['content']['application/json'];
export type UpdateProviderConfigResponse =
  Operations['updateProviderConfig']['responses']['200']['content']['application/json'];
export type UpdateProviderConfigResult = UpdateProviderConfigResponse['result'];

/** Replace a provider configuration's key — `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` */
export function updateProviderConfig(
  core: ClientCore,
  params: UpdateProviderConfigParams,
  body: UpdateProviderConfigBody,
  options?: RequestOptions,
): APIPromise<UpdateProviderConfigResult> {
  return core.call(
    operation.updateProviderConfig,
    params,
    body,
    options,
  ) as APIPromise<UpdateProviderConfigResult>;
}

export type DeleteProviderConfigParams = AllowUndefined<
  Omit<Operations['deleteProviderConfig']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type DeleteProviderConfigResponse =
  Operations['deleteProviderConfig']['responses']['200']['content']['application/json'];
export type DeleteProviderConfigResult = DeleteProviderConfigResponse['result'];

/** Delete a provider configuration — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` */
export function deleteProviderConfig(
  core: ClientCore,
  params: DeleteProviderConfigParams,
  options?: RequestOptions,
): APIPromise<DeleteProviderConfigResult> {
  return core.call(
    operation.deleteProviderConfig,
    params,
    undefined,
    options,
  ) as APIPromise<DeleteProviderConfigResult>;
}

export type GetGatewayUrlParams = AllowUndefined<
  Omit<Operations['getGatewayUrl']['parameters']['path'], 'account_id'> & { account_id?: string }
>;
export type GetGatewayUrlResponse =
  Operations['getGatewayUrl']['responses']['200']['content']['application/json'];
export type GetGatewayUrlResult = GetGatewayUrlResponse['result'];

/** Get the gateway URL for a provider — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}` */
export function getGatewayUrl(
  core: ClientCore,
  params: GetGatewayUrlParams,
  options?: RequestOptions,
): APIPromise<GetGatewayUrlResult> {
  return core.call(
    operation.getGatewayUrl,
    params,
    undefined,
    options,
  ) as APIPromise<GetGatewayUrlResult>;
}

export type ListCustomProvidersParams = AllowUndefined<
  Omit<Operations['listCustomProviders']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  } & NonNullable<Operations['listCustomProviders']['parameters']['query']>
>;
export type ListCustomProvidersResponse =
  Operations['listCustomProviders']['responses']['200']['content']['application/json'];
export type ListCustomProvidersResult = ListCustomProvidersResponse['result'];
export type ListCustomProvidersItem = NonNullable<ListCustomProvidersResponse['result']>[number];

/** List custom providers — `GET /accounts/{account_id}/ai-gateway/custom-providers` */
export function listCustomProviders(
  core: ClientCore,
  params?: ListCustomProvidersParams,
  options?: RequestOptions,
): PagePromise<ListCustomProvidersItem, ListCustomProvidersResponse> {
  return paginate<ListCustomProvidersItem, ListCustomProvidersResponse>(
    core,
    operation.listCustomProviders,
    params,
    options,
  );
}

export type CreateCustomProviderBody = NonNullable<
  Operations['createCustomProvider']['requestBody']
>['content']['application/json'];
export type CreateCustomProviderResponse =
  Operations['createCustomProvider']['responses']['200']['content']['application/json'];
export type CreateCustomProviderResult = CreateCustomProviderResponse['result'];

/** Create a custom provider — `POST /accounts/{account_id}/ai-gateway/custom-providers` */
export function createCustomProvider(
  core: ClientCore,
  body: CreateCustomProviderBody,
  options?: RequestOptions,
): APIPromise<CreateCustomProviderResult> {
  return core.call(
    operation.createCustomProvider,
    undefined,
    body,
    options,
  ) as APIPromise<CreateCustomProviderResult>;
}

export type GetCustomProviderParams = AllowUndefined<
  Omit<Operations['getCustomProvider']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type GetCustomProviderResponse =
  Operations['getCustomProvider']['responses']['200']['content']['application/json'];
export type GetCustomProviderResult = GetCustomProviderResponse['result'];

/** Get a custom provider — `GET /accounts/{account_id}/ai-gateway/custom-providers/{id}` */
export function getCustomProvider(
  core: ClientCore,
  params: GetCustomProviderParams,
  options?: RequestOptions,
): APIPromise<GetCustomProviderResult> {
  return core.call(
    operation.getCustomProvider,
    params,
    undefined,
    options,
  ) as APIPromise<GetCustomProviderResult>;
}

export type DeleteCustomProviderParams = AllowUndefined<
  Omit<Operations['deleteCustomProvider']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type DeleteCustomProviderResponse =
  Operations['deleteCustomProvider']['responses']['200']['content']['application/json'];
export type DeleteCustomProviderResult = DeleteCustomProviderResponse['result'];

/** Delete a custom provider — `DELETE /accounts/{account_id}/ai-gateway/custom-providers/{id}` */
export function deleteCustomProvider(
  core: ClientCore,
  params: DeleteCustomProviderParams,
  options?: RequestOptions,
): APIPromise<DeleteCustomProviderResult> {
  return core.call(
    operation.deleteCustomProvider,
    params,
    undefined,
    options,
  ) as APIPromise<DeleteCustomProviderResult>;
}

export type UpdateCustomProviderParams = AllowUndefined<
  Omit<Operations['updateCustomProvider']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type UpdateCustomProviderBody = NonNullable<
  Operations['updateCustomProvider']['requestBody']
>['content']['application/json'];
export type UpdateCustomProviderResponse =
  Operations['updateCustomProvider']['responses']['200']['content']['application/json'];
export type UpdateCustomProviderResult = UpdateCustomProviderResponse['result'];

/** Update a custom provider — `PATCH /accounts/{account_id}/ai-gateway/custom-providers/{id}` */
export function updateCustomProvider(
  core: ClientCore,
  params: UpdateCustomProviderParams,
  body: UpdateCustomProviderBody,
  options?: RequestOptions,
): APIPromise<UpdateCustomProviderResult> {
  return core.call(
    operation.updateCustomProvider,
    params,
    body,
    options,
  ) as APIPromise<UpdateCustomProviderResult>;
}

export type ListCustomProviderCostsParams = AllowUndefined<
  Omit<Operations['listCustomProviderCosts']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  } & NonNullable<Operations['listCustomProviderCosts']['parameters']['query']>
>;
export type ListCustomProviderCostsResponse =
  Operations['listCustomProviderCosts']['responses']['200']['content']['application/json'];
export type ListCustomProviderCostsResult = ListCustomProviderCostsResponse['result'];
export type ListCustomProviderCostsItem = NonNullable<
  ListCustomProviderCostsResponse['result']
>[number];

/** List custom provider costs — `GET /accounts/{account_id}/ai-gateway/custom-providers/costs` */
export function listCustomProviderCosts(
  core: ClientCore,
  params?: ListCustomProviderCostsParams,
  options?: RequestOptions,
): PagePromise<ListCustomProviderCostsItem, ListCustomProviderCostsResponse> {
  return paginate<ListCustomProviderCostsItem, ListCustomProviderCostsResponse>(
    core,
    operation.listCustomProviderCosts,
    params,
    options,
  );
}

export type CreateCustomProviderCostBody = NonNullable<
  Operations['createCustomProviderCost']['requestBody']
>['content']['application/json'];
export type CreateCustomProviderCostResponse =
  Operations['createCustomProviderCost']['responses']['200']['content']['application/json'];
export type CreateCustomProviderCostResult = CreateCustomProviderCostResponse['result'];

/** Add a custom provider cost — `POST /accounts/{account_id}/ai-gateway/custom-providers/costs` */
export function createCustomProviderCost(
  core: ClientCore,
  body: CreateCustomProviderCostBody,
  options?: RequestOptions,
): APIPromise<CreateCustomProviderCostResult> {
  return core.call(
    operation.createCustomProviderCost,
    undefined,
    body,
    options,
  ) as APIPromise<CreateCustomProviderCostResult>;
}

export type GetCustomProviderCostParams = AllowUndefined<
  Omit<Operations['getCustomProviderCost']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type GetCustomProviderCostResponse =
  Operations['getCustomProviderCost']['responses']['200']['content']['application/json'];
export type GetCustomProviderCostResult = GetCustomProviderCostResponse['result'];

/** Get a custom provider cost — `GET /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` */
export function getCustomProviderCost(
  core: ClientCore,
  params: GetCustomProviderCostParams,
  options?: RequestOptions,
): APIPromise<GetCustomProviderCostResult> {
  return core.call(
    operation.getCustomProviderCost,
    params,
    undefined,
    options,
  ) as APIPromise<GetCustomProviderCostResult>;
}

export type DeleteCustomProviderCostParams = AllowUndefined<
  Omit<Operations['deleteCustomProviderCost']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type DeleteCustomProviderCostResponse =
  Operations['deleteCustomProviderCost']['responses']['200']['content']['application/json'];
export type DeleteCustomProviderCostResult = DeleteCustomProviderCostResponse['result'];

/** Delete a custom provider cost — `DELETE /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` */
export function deleteCustomProviderCost(
  core: ClientCore,
  params: DeleteCustomProviderCostParams,
  options?: RequestOptions,
): APIPromise<DeleteCustomProviderCostResult> {
  return core.call(
    operation.deleteCustomProviderCost,
    params,
    undefined,
    options,
  ) as APIPromise<DeleteCustomProviderCostResult>;
}

export type UpdateCustomProviderCostParams = AllowUndefined<
  Omit<Operations['updateCustomProviderCost']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type UpdateCustomProviderCostBody = NonNullable<
  Operations['updateCustomProviderCost']['requestBody']
>['content']['application/json'];
export type UpdateCustomProviderCostResponse =
  Operations['updateCustomProviderCost']['responses']['200']['content']['application/json'];
export type UpdateCustomProviderCostResult = UpdateCustomProviderCostResponse['result'];

/** Update a custom provider cost — `PATCH /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` */
export function updateCustomProviderCost(
  core: ClientCore,
  params: UpdateCustomProviderCostParams,
  body: UpdateCustomProviderCostBody,
  options?: RequestOptions,
): APIPromise<UpdateCustomProviderCostResult> {
  return core.call(
    operation.updateCustomProviderCost,
    params,
    body,
    options,
  ) as APIPromise<UpdateCustomProviderCostResult>;
}

export type ListCustomDomainsParams = AllowUndefined<
  Omit<Operations['listCustomDomains']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  } & NonNullable<Operations['listCustomDomains']['parameters']['query']>
>;
export type ListCustomDomainsResponse =
  Operations['listCustomDomains']['responses']['200']['content']['application/json'];
export type ListCustomDomainsResult = ListCustomDomainsResponse['result'];
export type ListCustomDomainsItem = NonNullable<ListCustomDomainsResponse['result']>[number];

/** List custom domains — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` */
export function listCustomDomains(
  core: ClientCore,
  params: ListCustomDomainsParams,
  options?: RequestOptions,
): PagePromise<ListCustomDomainsItem, ListCustomDomainsResponse> {
  return paginate<ListCustomDomainsItem, ListCustomDomainsResponse>(
    core,
    operation.listCustomDomains,
    params,
    options,
  );
}

export type CreateCustomDomainParams = AllowUndefined<
  Omit<Operations['createCustomDomain']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type CreateCustomDomainBody = NonNullable<
  Operations['createCustomDomain']['requestBody']
>['content']['application/json'];
export type CreateCustomDomainResponse =
  Operations['createCustomDomain']['responses']['200']['content']['application/json'];
export type CreateCustomDomainResult = CreateCustomDomainResponse['result'];

/** Add a custom domain — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` */
export function createCustomDomain(
  core: ClientCore,
  params: CreateCustomDomainParams,
  body: CreateCustomDomainBody,
  options?: RequestOptions,
): APIPromise<CreateCustomDomainResult> {
  return core.call(
    operation.createCustomDomain,
    params,
    body,
    options,
  ) as APIPromise<CreateCustomDomainResult>;
}

export type GetCustomDomainParams = AllowUndefined<
  Omit<Operations['getCustomDomain']['parameters']['path'], 'account_id'> & { account_id?: string }
>;
export type GetCustomDomainResponse =
  Operations['getCustomDomain']['responses']['200']['content']['application/json'];
export type GetCustomDomainResult = GetCustomDomainResponse['result'];

/** Get a custom domain — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` */
export function getCustomDomain(
  core: ClientCore,
  params: GetCustomDomainParams,
  options?: RequestOptions,
): APIPromise<GetCustomDomainResult> {
  return core.call(
    operation.getCustomDomain,
    params,
    undefined,
    options,
  ) as APIPromise<GetCustomDomainResult>;
}

export type DeleteCustomDomainParams = AllowUndefined<
  Omit<Operations['deleteCustomDomain']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  }
>;
export type DeleteCustomDomainResponse =
  Operations['deleteCustomDomain']['responses']['200']['content']['application/json'];
export type DeleteCustomDomainResult = DeleteCustomDomainResponse['result'];

/** Delete a custom domain — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` */
export function deleteCustomDomain(
  core: ClientCore,
  params: DeleteCustomDomainParams,
  options?: RequestOptions,
): APIPromise<DeleteCustomDomainResult> {
  return core.call(
    operation.deleteCustomDomain,
    params,
    undefined,
    options,
  ) as APIPromise<DeleteCustomDomainResult>;
}

export type GetCreditBalanceResponse =
  Operations['getCreditBalance']['responses']['200']['content']['application/json'];
export type GetCreditBalanceResult = GetCreditBalanceResponse['result'];

/** Get the credit balance — `GET /accounts/{account_id}/ai-gateway/billing/credit-balance` */
export function getCreditBalance(
  core: ClientCore,
  options?: RequestOptions,
): APIPromise<GetCreditBalanceResult> {
  return core.call(
    operation.getCreditBalance,
    undefined,
    undefined,
    options,
  ) as APIPromise<GetCreditBalanceResult>;
}

export type GetInvoiceHistoryParams = AllowUndefined<
  Omit<Operations['getInvoiceHistory']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  } & NonNullable<Operations['getInvoiceHistory']['parameters']['query']>
>;
export type GetInvoiceHistoryResponse =
  Operations['getInvoiceHistory']['responses']['200']['content']['application/json'];
export type GetInvoiceHistoryResult = GetInvoiceHistoryResponse['result'];

/** Get the invoice history — `GET /accounts/{account_id}/ai-gateway/billing/invoice-history` */
export function getInvoiceHistory(
  core: ClientCore,
  params?: GetInvoiceHistoryParams,
  options?: RequestOptions,
): APIPromise<GetInvoiceHistoryResult> {
  return core.call(
    operation.getInvoiceHistory,
    params,
    undefined,
    options,
  ) as APIPromise<GetInvoiceHistoryResult>;
}

export type GetInvoicePreviewResponse =
  Operations['getInvoicePreview']['responses']['200']['content']['application/json'];
export type GetInvoicePreviewResult = GetInvoicePreviewResponse['result'];

/** Get the invoice preview — `GET /accounts/{account_id}/ai-gateway/billing/invoice-preview` */
export function getInvoicePreview(
  core: ClientCore,
  options?: RequestOptions,
): APIPromise<GetInvoicePreviewResult> {
  return core.call(
    operation.getInvoicePreview,
    undefined,
    undefined,
    options,
  ) as APIPromise<GetInvoicePreviewResult>;
}

export type GetUsageHistoryParams = AllowUndefined<
  Omit<Operations['getUsageHistory']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  } & NonNullable<Operations['getUsageHistory']['parameters']['query']>
>;
export type GetUsageHistoryResponse =
  Operations['getUsageHistory']['responses']['200']['content']['application/json'];
export type GetUsageHistoryResult = GetUsageHistoryResponse['result'];

/** Get the usage history — `GET /accounts/{account_id}/ai-gateway/billing/usage-history` */
export function getUsageHistory(
  core: ClientCore,
  params: GetUsageHistoryParams,
  options?: RequestOptions,
): APIPromise<GetUsageHistoryResult> {
  return core.call(
    operation.getUsageHistory,
    params,
    undefined,
    options,
  ) as APIPromise<GetUsageHistoryResult>;
}

export type GetSpendingLimitResponse =
  Operations['getSpendingLimit']['responses']['200']['content']['application/json'];
export type GetSpendingLimitResult = GetSpendingLimitResponse['result'];

/** Get the spending limit — `GET /accounts/{account_id}/ai-gateway/billing/spending-limit` */
export function getSpendingLimit(
  core: ClientCore,
  options?: RequestOptions,
): APIPromise<GetSpendingLimitResult> {
  return core.call(
    operation.getSpendingLimit,
    undefined,
    undefined,
    options,
  ) as APIPromise<GetSpendingLimitResult>;
}

export type SetSpendingLimitParams = AllowUndefined<
  Omit<Operations['setSpendingLimit']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  } & {
    /** Required: this call moves money or removes a spending cap, and is sent only when confirmed. */ confirm: true;
  }
>;
export type SetSpendingLimitBody = NonNullable<
  Operations['setSpendingLimit']['requestBody']
>['content']['application/json'];
export type SetSpendingLimitResponse =
  Operations['setSpendingLimit']['responses']['201']['content']['application/json'];
export type SetSpendingLimitResult = SetSpendingLimitResponse['result'];

/** Set the spending limit — `POST /accounts/{account_id}/ai-gateway/billing/spending-limit` */
export function setSpendingLimit(
  core: ClientCore,
  params: SetSpendingLimitParams,
  body: SetSpendingLimitBody,
  options?: RequestOptions,
): APIPromise<SetSpendingLimitResult> {
  return core.call(
    operation.setSpendingLimit,
    params,
    body,
    options,
  ) as APIPromise<SetSpendingLimitResult>;
}

export type DeleteSpendingLimitParams = AllowUndefined<
  Omit<Operations['deleteSpendingLimit']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  } & {
    /** Required: this call moves money or removes a spending cap, and is sent only when confirmed. */ confirm: true;
  }
>;
export type DeleteSpendingLimitResponse =
  Operations['deleteSpendingLimit']['responses']['200']['content']['application/json'];
export type DeleteSpendingLimitResult = DeleteSpendingLimitResponse['result'];

/** Delete the spending limit — `DELETE /accounts/{account_id}/ai-gateway/billing/spending-limit` */
export function deleteSpendingLimit(
  core: ClientCore,
  params: DeleteSpendingLimitParams,
  options?: RequestOptions,
): APIPromise<DeleteSpendingLimitResult> {
  return core.call(
    operation.deleteSpendingLimit,
    params,
    undefined,
    options,
  ) as APIPromise<DeleteSpendingLimitResult>;
}

export type CreateTopupParams = AllowUndefined<
  Omit<Operations['createTopup']['parameters']['path'], 'account_id'> & { account_id?: string } & {
    /** Required: this call moves money or removes a spending cap, and is sent only when confirmed. */ confirm: true;
  }
>;
export type CreateTopupBody = NonNullable<
  Operations['createTopup']['requestBody']
>['content']['application/json'];
export type CreateTopupResponse =
  Operations['createTopup']['responses']['200']['content']['application/json'];
export type CreateTopupResult = CreateTopupResponse['result'];

/** Create a top-up — `POST /accounts/{account_id}/ai-gateway/billing/topup` */
export function createTopup(
  core: ClientCore,
  params: CreateTopupParams,
  body: CreateTopupBody,
  options?: RequestOptions,
): APIPromise<CreateTopupResult> {
  return core.call(operation.createTopup, params, body, options) as APIPromise<CreateTopupResult>;
}

export type GetTopupConfigResponse =
  Operations['getTopupConfig']['responses']['200']['content']['application/json'];
export type GetTopupConfigResult = GetTopupConfigResponse['result'];

/** Get the auto top-up settings — `GET /accounts/{account_id}/ai-gateway/billing/topup/config` */
export function getTopupConfig(
  core: ClientCore,
  options?: RequestOptions,
): APIPromise<GetTopupConfigResult> {
  return core.call(
    operation.getTopupConfig,
    undefined,
    undefined,
    options,
  ) as APIPromise<GetTopupConfigResult>;
}

export type SetTopupConfigParams = AllowUndefined<
  Omit<Operations['setTopupConfig']['parameters']['path'], 'account_id'> & {
    account_id?: string;
  } & {
    /** Required: this call moves money or removes a spending cap, and is sent only when confirmed. */ confirm: true;
  }
>;
export type SetTopupConfigBody = NonNullable<
  Operations['setTopupConfig']['requestBody']
>['content']['application/json'];
export type SetTopupConfigResponse =
  Operations['setTopupConfig']['responses']['200']['content']['application/json'];
export type SetTopupConfigResult = SetTopupConfigResponse['result'];

/** Set the auto top-up settings — `POST /accounts/{account_id}/ai-gateway/billing/topup/config` */
export function setTopupConfig(
  core: ClientCore,
  params: SetTopupConfigParams,
  body: SetTopupConfigBody,
  options?: RequestOptions,
): APIPromise<SetTopupConfigResult> {
  return core.call(
    operation.setTopupConfig,
    params,
    body,
    options,
  ) as APIPromise<SetTopupConfigResult>;
}

export type DeleteTopupConfigResponse =
  Operations['deleteTopupConfig']['responses']['200']['content']['application/json'];
export type DeleteTopupConfigResult = DeleteTopupConfigResponse['result'];

/** Delete the auto top-up settings — `DELETE /accounts/{account_id}/ai-gateway/billing/topup/config` */
export function deleteTopupConfig(
  core: ClientCore,
  options?: RequestOptions,
): APIPromise<DeleteTopupConfigResult> {
  return core.call(
    operation.deleteTopupConfig,
    undefined,
    undefined,
    options,
  ) as APIPromise<DeleteTopupConfigResult>;
}

export type GetTopupLimitsResponse =
  Operations['getTopupLimits']['responses']['200']['content']['application/json'];
export type GetTopupLimitsResult = GetTopupLimitsResponse['result'];

/** Get the top-up limits — `GET /accounts/{account_id}/ai-gateway/billing/topup/limits` */
export function getTopupLimits(
  core: ClientCore,
  options?: RequestOptions,
): APIPromise<GetTopupLimitsResult> {
  return core.call(
    operation.getTopupLimits,
    undefined,
    undefined,
    options,
  ) as APIPromise<GetTopupLimitsResult>;
}

export type CheckTopupStatusBody = NonNullable<
  Operations['checkTopupStatus']['requestBody']
>['content']['application/json'];
export type CheckTopupStatusResponse =
  Operations['checkTopupStatus']['responses']['200']['content']['application/json'];
export type CheckTopupStatusResult = CheckTopupStatusResponse['result'];

/** Check a top-up — `POST /accounts/{account_id}/ai-gateway/billing/topup/status` */
export function checkTopupStatus(
  core: ClientCore,
  body: CheckTopupStatusBody,
  options?: RequestOptions,
): APIPromise<CheckTopupStatusResult> {
  return core.call(
    operation.checkTopupStatus,
    undefined,
    body,
    options,
  ) as APIPromise<CheckTopupStatusResult>;
}
