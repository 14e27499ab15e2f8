// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/validators generate)

import { createValidator, type Validator } from '../../runtime/validator.js';
import * as compiled from './compiled-responses.js';
import type { operations } from './types.js';

/** Each JSON response of listGateways, by status. */
export const listGatewaysResponses: {
  "200": Validator<operations["listGateways"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listGateways"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listGateways"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listGateways"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listGateways"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listGateways"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listGateways"]['responses']["200"]['content']['application/json']>("listGateways 200 response", compiled.listGateways_200),
  "400": /* @__PURE__ */ createValidator<operations["listGateways"]['responses']["400"]['content']['application/json']>("listGateways 400 response", compiled.listGateways_400),
  "401": /* @__PURE__ */ createValidator<operations["listGateways"]['responses']["401"]['content']['application/json']>("listGateways 401 response", compiled.listGateways_401),
  "403": /* @__PURE__ */ createValidator<operations["listGateways"]['responses']["403"]['content']['application/json']>("listGateways 403 response", compiled.listGateways_403),
  "429": /* @__PURE__ */ createValidator<operations["listGateways"]['responses']["429"]['content']['application/json']>("listGateways 429 response", compiled.listGateways_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listGateways"]['responses']["5XX"]['content']['application/json']>("listGateways 5XX response", compiled.listGateways_5XX),
};

/** Each JSON response of createGateway, by status. */
export const createGatewayResponses: {
  "200": Validator<operations["createGateway"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createGateway"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createGateway"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["createGateway"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["createGateway"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["createGateway"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createGateway"]['responses']["200"]['content']['application/json']>("createGateway 200 response", compiled.createGateway_200),
  "400": /* @__PURE__ */ createValidator<operations["createGateway"]['responses']["400"]['content']['application/json']>("createGateway 400 response", compiled.createGateway_400),
  "401": /* @__PURE__ */ createValidator<operations["createGateway"]['responses']["401"]['content']['application/json']>("createGateway 401 response", compiled.createGateway_401),
  "403": /* @__PURE__ */ createValidator<operations["createGateway"]['responses']["403"]['content']['application/json']>("createGateway 403 response", compiled.createGateway_403),
  "429": /* @__PURE__ */ createValidator<operations["createGateway"]['responses']["429"]['content']['application/json']>("createGateway 429 response", compiled.createGateway_429),
  "5XX": /* @__PURE__ */ createValidator<operations["createGateway"]['responses']["5XX"]['content']['application/json']>("createGateway 5XX response", compiled.createGateway_5XX),
};

/** Each JSON response of getGateway, by status. */
export const getGatewayResponses: {
  "200": Validator<operations["getGateway"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getGateway"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getGateway"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["getGateway"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["getGateway"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getGateway"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getGateway"]['responses']["200"]['content']['application/json']>("getGateway 200 response", compiled.getGateway_200),
  "401": /* @__PURE__ */ createValidator<operations["getGateway"]['responses']["401"]['content']['application/json']>("getGateway 401 response", compiled.getGateway_401),
  "403": /* @__PURE__ */ createValidator<operations["getGateway"]['responses']["403"]['content']['application/json']>("getGateway 403 response", compiled.getGateway_403),
  "404": /* @__PURE__ */ createValidator<operations["getGateway"]['responses']["404"]['content']['application/json']>("getGateway 404 response", compiled.getGateway_404),
  "429": /* @__PURE__ */ createValidator<operations["getGateway"]['responses']["429"]['content']['application/json']>("getGateway 429 response", compiled.getGateway_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getGateway"]['responses']["5XX"]['content']['application/json']>("getGateway 5XX response", compiled.getGateway_5XX),
};

/** Each JSON response of updateGateway, by status. */
export const updateGatewayResponses: {
  "200": Validator<operations["updateGateway"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["updateGateway"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["updateGateway"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["updateGateway"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["updateGateway"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["updateGateway"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["updateGateway"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["updateGateway"]['responses']["200"]['content']['application/json']>("updateGateway 200 response", compiled.updateGateway_200),
  "400": /* @__PURE__ */ createValidator<operations["updateGateway"]['responses']["400"]['content']['application/json']>("updateGateway 400 response", compiled.updateGateway_400),
  "401": /* @__PURE__ */ createValidator<operations["updateGateway"]['responses']["401"]['content']['application/json']>("updateGateway 401 response", compiled.updateGateway_401),
  "403": /* @__PURE__ */ createValidator<operations["updateGateway"]['responses']["403"]['content']['application/json']>("updateGateway 403 response", compiled.updateGateway_403),
  "404": /* @__PURE__ */ createValidator<operations["updateGateway"]['responses']["404"]['content']['application/json']>("updateGateway 404 response", compiled.updateGateway_404),
  "429": /* @__PURE__ */ createValidator<operations["updateGateway"]['responses']["429"]['content']['application/json']>("updateGateway 429 response", compiled.updateGateway_429),
  "5XX": /* @__PURE__ */ createValidator<operations["updateGateway"]['responses']["5XX"]['content']['application/json']>("updateGateway 5XX response", compiled.updateGateway_5XX),
};

/** Each JSON response of deleteGateway, by status. */
export const deleteGatewayResponses: {
  "200": Validator<operations["deleteGateway"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["deleteGateway"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["deleteGateway"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["deleteGateway"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["deleteGateway"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["deleteGateway"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["deleteGateway"]['responses']["200"]['content']['application/json']>("deleteGateway 200 response", compiled.deleteGateway_200),
  "401": /* @__PURE__ */ createValidator<operations["deleteGateway"]['responses']["401"]['content']['application/json']>("deleteGateway 401 response", compiled.deleteGateway_401),
  "403": /* @__PURE__ */ createValidator<operations["deleteGateway"]['responses']["403"]['content']['application/json']>("deleteGateway 403 response", compiled.deleteGateway_403),
  "404": /* @__PURE__ */ createValidator<operations["deleteGateway"]['responses']["404"]['content']['application/json']>("deleteGateway 404 response", compiled.deleteGateway_404),
  "429": /* @__PURE__ */ createValidator<operations["deleteGateway"]['responses']["429"]['content']['application/json']>("deleteGateway 429 response", compiled.deleteGateway_429),
  "5XX": /* @__PURE__ */ createValidator<operations["deleteGateway"]['responses']["5XX"]['content']['application/json']>("deleteGateway 5XX response", compiled.deleteGateway_5XX),
};

/** Each JSON response of listEvaluationTypes, by status. */
export const listEvaluationTypesResponses: {
  "200": Validator<operations["listEvaluationTypes"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listEvaluationTypes"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listEvaluationTypes"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listEvaluationTypes"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listEvaluationTypes"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listEvaluationTypes"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listEvaluationTypes"]['responses']["200"]['content']['application/json']>("listEvaluationTypes 200 response", compiled.listEvaluationTypes_200),
  "400": /* @__PURE__ */ createValidator<operations["listEvaluationTypes"]['responses']["400"]['content']['application/json']>("listEvaluationTypes 400 response", compiled.listEvaluationTypes_400),
  "401": /* @__PURE__ */ createValidator<operations["listEvaluationTypes"]['responses']["401"]['content']['application/json']>("listEvaluationTypes 401 response", compiled.listEvaluationTypes_401),
  "403": /* @__PURE__ */ createValidator<operations["listEvaluationTypes"]['responses']["403"]['content']['application/json']>("listEvaluationTypes 403 response", compiled.listEvaluationTypes_403),
  "429": /* @__PURE__ */ createValidator<operations["listEvaluationTypes"]['responses']["429"]['content']['application/json']>("listEvaluationTypes 429 response", compiled.listEvaluationTypes_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listEvaluationTypes"]['responses']["5XX"]['content']['application/json']>("listEvaluationTypes 5XX response", compiled.listEvaluationTypes_5XX),
};

/** Each JSON response of listLogs, by status. */
export const listLogsResponses: {
  "200": Validator<operations["listLogs"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listLogs"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listLogs"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listLogs"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listLogs"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listLogs"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["200"]['content']['application/json']>("listLogs 200 response", compiled.listLogs_200),
  "400": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["400"]['content']['application/json']>("listLogs 400 response", compiled.listLogs_400),
  "401": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["401"]['content']['application/json']>("listLogs 401 response", compiled.listLogs_401),
  "403": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["403"]['content']['application/json']>("listLogs 403 response", compiled.listLogs_403),
  "429": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["429"]['content']['application/json']>("listLogs 429 response", compiled.listLogs_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["5XX"]['content']['application/json']>("listLogs 5XX response", compiled.listLogs_5XX),
};

/** Each JSON response of deleteLogs, by status. */
export const deleteLogsResponses: {
  "200": Validator<operations["deleteLogs"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["deleteLogs"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["deleteLogs"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["deleteLogs"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["deleteLogs"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["deleteLogs"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["deleteLogs"]['responses']["200"]['content']['application/json']>("deleteLogs 200 response", compiled.deleteLogs_200),
  "400": /* @__PURE__ */ createValidator<operations["deleteLogs"]['responses']["400"]['content']['application/json']>("deleteLogs 400 response", compiled.deleteLogs_400),
  "401": /* @__PURE__ */ createValidator<operations["deleteLogs"]['responses']["401"]['content']['application/json']>("deleteLogs 401 response", compiled.deleteLogs_401),
  "403": /* @__PURE__ */ createValidator<operations["deleteLogs"]['responses']["403"]['content']['application/json']>("deleteLogs 403 response", compiled.deleteLogs_403),
  "429": /* @__PURE__ */ createValidator<operations["deleteLogs"]['responses']["429"]['content']['application/json']>("deleteLogs 429 response", compiled.deleteLogs_429),
  "5XX": /* @__PURE__ */ createValidator<operations["deleteLogs"]['responses']["5XX"]['content']['application/json']>("deleteLogs 5XX response", compiled.deleteLogs_5XX),
};

/** Each JSON response of getLog, by status. */
export const getLogResponses: {
  "200": Validator<operations["getLog"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getLog"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getLog"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["getLog"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["getLog"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getLog"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["200"]['content']['application/json']>("getLog 200 response", compiled.getLog_200),
  "401": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["401"]['content']['application/json']>("getLog 401 response", compiled.getLog_401),
  "403": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["403"]['content']['application/json']>("getLog 403 response", compiled.getLog_403),
  "404": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["404"]['content']['application/json']>("getLog 404 response", compiled.getLog_404),
  "429": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["429"]['content']['application/json']>("getLog 429 response", compiled.getLog_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["5XX"]['content']['application/json']>("getLog 5XX response", compiled.getLog_5XX),
};

/** Each JSON response of editLog, by status. */
export const editLogResponses: {
  "200": Validator<operations["editLog"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["editLog"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["editLog"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["editLog"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["editLog"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["editLog"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["editLog"]['responses']["200"]['content']['application/json']>("editLog 200 response", compiled.editLog_200),
  "401": /* @__PURE__ */ createValidator<operations["editLog"]['responses']["401"]['content']['application/json']>("editLog 401 response", compiled.editLog_401),
  "403": /* @__PURE__ */ createValidator<operations["editLog"]['responses']["403"]['content']['application/json']>("editLog 403 response", compiled.editLog_403),
  "404": /* @__PURE__ */ createValidator<operations["editLog"]['responses']["404"]['content']['application/json']>("editLog 404 response", compiled.editLog_404),
  "429": /* @__PURE__ */ createValidator<operations["editLog"]['responses']["429"]['content']['application/json']>("editLog 429 response", compiled.editLog_429),
  "5XX": /* @__PURE__ */ createValidator<operations["editLog"]['responses']["5XX"]['content']['application/json']>("editLog 5XX response", compiled.editLog_5XX),
};

/** Each JSON response of getLogRequest, by status. */
export const getLogRequestResponses: {
  "200": Validator<operations["getLogRequest"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getLogRequest"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getLogRequest"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["getLogRequest"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["getLogRequest"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getLogRequest"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getLogRequest"]['responses']["200"]['content']['application/json']>("getLogRequest 200 response", compiled.getLogRequest_200),
  "401": /* @__PURE__ */ createValidator<operations["getLogRequest"]['responses']["401"]['content']['application/json']>("getLogRequest 401 response", compiled.getLogRequest_401),
  "403": /* @__PURE__ */ createValidator<operations["getLogRequest"]['responses']["403"]['content']['application/json']>("getLogRequest 403 response", compiled.getLogRequest_403),
  "404": /* @__PURE__ */ createValidator<operations["getLogRequest"]['responses']["404"]['content']['application/json']>("getLogRequest 404 response", compiled.getLogRequest_404),
  "429": /* @__PURE__ */ createValidator<operations["getLogRequest"]['responses']["429"]['content']['application/json']>("getLogRequest 429 response", compiled.getLogRequest_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getLogRequest"]['responses']["5XX"]['content']['application/json']>("getLogRequest 5XX response", compiled.getLogRequest_5XX),
};

/** Each JSON response of getLogResponse, by status. */
export const getLogResponseResponses: {
  "200": Validator<operations["getLogResponse"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getLogResponse"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getLogResponse"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["getLogResponse"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["getLogResponse"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getLogResponse"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getLogResponse"]['responses']["200"]['content']['application/json']>("getLogResponse 200 response", compiled.getLogResponse_200),
  "401": /* @__PURE__ */ createValidator<operations["getLogResponse"]['responses']["401"]['content']['application/json']>("getLogResponse 401 response", compiled.getLogResponse_401),
  "403": /* @__PURE__ */ createValidator<operations["getLogResponse"]['responses']["403"]['content']['application/json']>("getLogResponse 403 response", compiled.getLogResponse_403),
  "404": /* @__PURE__ */ createValidator<operations["getLogResponse"]['responses']["404"]['content']['application/json']>("getLogResponse 404 response", compiled.getLogResponse_404),
  "429": /* @__PURE__ */ createValidator<operations["getLogResponse"]['responses']["429"]['content']['application/json']>("getLogResponse 429 response", compiled.getLogResponse_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getLogResponse"]['responses']["5XX"]['content']['application/json']>("getLogResponse 5XX response", compiled.getLogResponse_5XX),
};

/** Each JSON response of listDatasets, by status. */
export const listDatasetsResponses: {
  "200": Validator<operations["listDatasets"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listDatasets"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listDatasets"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listDatasets"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listDatasets"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listDatasets"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listDatasets"]['responses']["200"]['content']['application/json']>("listDatasets 200 response", compiled.listDatasets_200),
  "400": /* @__PURE__ */ createValidator<operations["listDatasets"]['responses']["400"]['content']['application/json']>("listDatasets 400 response", compiled.listDatasets_400),
  "401": /* @__PURE__ */ createValidator<operations["listDatasets"]['responses']["401"]['content']['application/json']>("listDatasets 401 response", compiled.listDatasets_401),
  "403": /* @__PURE__ */ createValidator<operations["listDatasets"]['responses']["403"]['content']['application/json']>("listDatasets 403 response", compiled.listDatasets_403),
  "429": /* @__PURE__ */ createValidator<operations["listDatasets"]['responses']["429"]['content']['application/json']>("listDatasets 429 response", compiled.listDatasets_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listDatasets"]['responses']["5XX"]['content']['application/json']>("listDatasets 5XX response", compiled.listDatasets_5XX),
};

/** Each JSON response of createDataset, by status. */
export const createDatasetResponses: {
  "200": Validator<operations["createDataset"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createDataset"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createDataset"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["createDataset"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["createDataset"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["createDataset"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createDataset"]['responses']["200"]['content']['application/json']>("createDataset 200 response", compiled.createDataset_200),
  "400": /* @__PURE__ */ createValidator<operations["createDataset"]['responses']["400"]['content']['application/json']>("createDataset 400 response", compiled.createDataset_400),
  "401": /* @__PURE__ */ createValidator<operations["createDataset"]['responses']["401"]['content']['application/json']>("createDataset 401 response", compiled.createDataset_401),
  "403": /* @__PURE__ */ createValidator<operations["createDataset"]['responses']["403"]['content']['application/json']>("createDataset 403 response", compiled.createDataset_403),
  "429": /* @__PURE__ */ createValidator<operations["createDataset"]['responses']["429"]['content']['application/json']>("createDataset 429 response", compiled.createDataset_429),
  "5XX": /* @__PURE__ */ createValidator<operations["createDataset"]['responses']["5XX"]['content']['application/json']>("createDataset 5XX response", compiled.createDataset_5XX),
};

/** Each JSON response of getDataset, by status. */
export const getDatasetResponses: {
  "200": Validator<operations["getDataset"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getDataset"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getDataset"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["getDataset"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["getDataset"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getDataset"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getDataset"]['responses']["200"]['content']['application/json']>("getDataset 200 response", compiled.getDataset_200),
  "401": /* @__PURE__ */ createValidator<operations["getDataset"]['responses']["401"]['content']['application/json']>("getDataset 401 response", compiled.getDataset_401),
  "403": /* @__PURE__ */ createValidator<operations["getDataset"]['responses']["403"]['content']['application/json']>("getDataset 403 response", compiled.getDataset_403),
  "404": /* @__PURE__ */ createValidator<operations["getDataset"]['responses']["404"]['content']['application/json']>("getDataset 404 response", compiled.getDataset_404),
  "429": /* @__PURE__ */ createValidator<operations["getDataset"]['responses']["429"]['content']['application/json']>("getDataset 429 response", compiled.getDataset_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getDataset"]['responses']["5XX"]['content']['application/json']>("getDataset 5XX response", compiled.getDataset_5XX),
};

/** Each JSON response of updateDataset, by status. */
export const updateDatasetResponses: {
  "200": Validator<operations["updateDataset"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["updateDataset"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["updateDataset"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["updateDataset"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["updateDataset"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["updateDataset"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["updateDataset"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["updateDataset"]['responses']["200"]['content']['application/json']>("updateDataset 200 response", compiled.updateDataset_200),
  "400": /* @__PURE__ */ createValidator<operations["updateDataset"]['responses']["400"]['content']['application/json']>("updateDataset 400 response", compiled.updateDataset_400),
  "401": /* @__PURE__ */ createValidator<operations["updateDataset"]['responses']["401"]['content']['application/json']>("updateDataset 401 response", compiled.updateDataset_401),
  "403": /* @__PURE__ */ createValidator<operations["updateDataset"]['responses']["403"]['content']['application/json']>("updateDataset 403 response", compiled.updateDataset_403),
  "404": /* @__PURE__ */ createValidator<operations["updateDataset"]['responses']["404"]['content']['application/json']>("updateDataset 404 response", compiled.updateDataset_404),
  "429": /* @__PURE__ */ createValidator<operations["updateDataset"]['responses']["429"]['content']['application/json']>("updateDataset 429 response", compiled.updateDataset_429),
  "5XX": /* @__PURE__ */ createValidator<operations["updateDataset"]['responses']["5XX"]['content']['application/json']>("updateDataset 5XX response", compiled.updateDataset_5XX),
};

/** Each JSON response of deleteDataset, by status. */
export const deleteDatasetResponses: {
  "200": Validator<operations["deleteDataset"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["deleteDataset"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["deleteDataset"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["deleteDataset"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["deleteDataset"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["deleteDataset"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["deleteDataset"]['responses']["200"]['content']['application/json']>("deleteDataset 200 response", compiled.deleteDataset_200),
  "401": /* @__PURE__ */ createValidator<operations["deleteDataset"]['responses']["401"]['content']['application/json']>("deleteDataset 401 response", compiled.deleteDataset_401),
  "403": /* @__PURE__ */ createValidator<operations["deleteDataset"]['responses']["403"]['content']['application/json']>("deleteDataset 403 response", compiled.deleteDataset_403),
  "404": /* @__PURE__ */ createValidator<operations["deleteDataset"]['responses']["404"]['content']['application/json']>("deleteDataset 404 response", compiled.deleteDataset_404),
  "429": /* @__PURE__ */ createValidator<operations["deleteDataset"]['responses']["429"]['content']['application/json']>("deleteDataset 429 response", compiled.deleteDataset_429),
  "5XX": /* @__PURE__ */ createValidator<operations["deleteDataset"]['responses']["5XX"]['content']['application/json']>("deleteDataset 5XX response", compiled.deleteDataset_5XX),
};

/** Each JSON response of listEvaluations, by status. */
export const listEvaluationsResponses: {
  "200": Validator<operations["listEvaluations"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listEvaluations"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listEvaluations"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listEvaluations"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listEvaluations"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listEvaluations"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listEvaluations"]['responses']["200"]['content']['application/json']>("listEvaluations 200 response", compiled.listEvaluations_200),
  "400": /* @__PURE__ */ createValidator<operations["listEvaluations"]['responses']["400"]['content']['application/json']>("listEvaluations 400 response", compiled.listEvaluations_400),
  "401": /* @__PURE__ */ createValidator<operations["listEvaluations"]['responses']["401"]['content']['application/json']>("listEvaluations 401 response", compiled.listEvaluations_401),
  "403": /* @__PURE__ */ createValidator<operations["listEvaluations"]['responses']["403"]['content']['application/json']>("listEvaluations 403 response", compiled.listEvaluations_403),
  "429": /* @__PURE__ */ createValidator<operations["listEvaluations"]['responses']["429"]['content']['application/json']>("listEvaluations 429 response", compiled.listEvaluations_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listEvaluations"]['responses']["5XX"]['content']['application/json']>("listEvaluations 5XX response", compiled.listEvaluations_5XX),
};

/** Each JSON response of createEvaluation, by status. */
export const createEvaluationResponses: {
  "200": Validator<operations["createEvaluation"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createEvaluation"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createEvaluation"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["createEvaluation"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["createEvaluation"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["createEvaluation"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createEvaluation"]['responses']["200"]['content']['application/json']>("createEvaluation 200 response", compiled.createEvaluation_200),
  "400": /* @__PURE__ */ createValidator<operations["createEvaluation"]['responses']["400"]['content']['application/json']>("createEvaluation 400 response", compiled.createEvaluation_400),
  "401": /* @__PURE__ */ createValidator<operations["createEvaluation"]['responses']["401"]['content']['application/json']>("createEvaluation 401 response", compiled.createEvaluation_401),
  "403": /* @__PURE__ */ createValidator<operations["createEvaluation"]['responses']["403"]['content']['application/json']>("createEvaluation 403 response", compiled.createEvaluation_403),
  "429": /* @__PURE__ */ createValidator<operations["createEvaluation"]['responses']["429"]['content']['application/json']>("createEvaluation 429 response", compiled.createEvaluation_429),
  "5XX": /* @__PURE__ */ createValidator<operations["createEvaluation"]['responses']["5XX"]['content']['application/json']>("createEvaluation 5XX response", compiled.createEvaluation_5XX),
};

/** Each JSON response of getEvaluation, by status. */
export const getEvaluationResponses: {
  "200": Validator<operations["getEvaluation"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getEvaluation"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getEvaluation"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["getEvaluation"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["getEvaluation"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getEvaluation"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getEvaluation"]['responses']["200"]['content']['application/json']>("getEvaluation 200 response", compiled.getEvaluation_200),
  "401": /* @__PURE__ */ createValidator<operations["getEvaluation"]['responses']["401"]['content']['application/json']>("getEvaluation 401 response", compiled.getEvaluation_401),
  "403": /* @__PURE__ */ createValidator<operations["getEvaluation"]['responses']["403"]['content']['application/json']>("getEvaluation 403 response", compiled.getEvaluation_403),
  "404": /* @__PURE__ */ createValidator<operations["getEvaluation"]['responses']["404"]['content']['application/json']>("getEvaluation 404 response", compiled.getEvaluation_404),
  "429": /* @__PURE__ */ createValidator<operations["getEvaluation"]['responses']["429"]['content']['application/json']>("getEvaluation 429 response", compiled.getEvaluation_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getEvaluation"]['responses']["5XX"]['content']['application/json']>("getEvaluation 5XX response", compiled.getEvaluation_5XX),
};

/** Each JSON response of deleteEvaluation, by status. */
export const deleteEvaluationResponses: {
  "200": Validator<operations["deleteEvaluation"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["deleteEvaluation"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["deleteEvaluation"]['responses']["403"]['content']['application/json']>;
  "404": Validator<operations["deleteEvaluation"]['responses']["404"]['content']['application/json']>;
  "429": Validator<operations["deleteEvaluation"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["deleteEvaluation"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["deleteEvaluation"]['responses']["200"]['content']['application/json']>("deleteEvaluation 200 response", compiled.deleteEvaluation_200),
  "401": /* @__PURE__ */ createValidator<operations["deleteEvaluation"]['responses']["401"]['content']['application/json']>("deleteEvaluation 401 response", compiled.deleteEvaluation_401),
  "403": /* @__PURE__ */ createValidator<operations["deleteEvaluation"]['responses']["403"]['content']['application/json']>("deleteEvaluation 403 response", compiled.deleteEvaluation_403),
  "404": /* @__PURE__ */ createValidator<operations["deleteEvaluation"]['responses']["404"]['content']['application/json']>("deleteEvaluation 404 response", compiled.deleteEvaluation_404),
  "429": /* @__PURE__ */ createValidator<operations["deleteEvaluation"]['responses']["429"]['content']['application/json']>("deleteEvaluation 429 response", compiled.deleteEvaluation_429),
  "5XX": /* @__PURE__ */ createValidator<operations["deleteEvaluation"]['responses']["5XX"]['content']['application/json']>("deleteEvaluation 5XX response", compiled.deleteEvaluation_5XX),
};

/** Each JSON response of listDynamicRoutes, by status. */
export const listDynamicRoutesResponses: {
  "200": Validator<operations["listDynamicRoutes"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listDynamicRoutes"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listDynamicRoutes"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listDynamicRoutes"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listDynamicRoutes"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listDynamicRoutes"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listDynamicRoutes"]['responses']["200"]['content']['application/json']>("listDynamicRoutes 200 response", compiled.listDynamicRoutes_200),
  "400": /* @__PURE__ */ createValidator<operations["listDynamicRoutes"]['responses']["400"]['content']['application/json']>("listDynamicRoutes 400 response", compiled.listDynamicRoutes_400),
  "401": /* @__PURE__ */ createValidator<operations["listDynamicRoutes"]['responses']["401"]['content']['application/json']>("listDynamicRoutes 401 response", compiled.listDynamicRoutes_401),
  "403": /* @__PURE__ */ createValidator<operations["listDynamicRoutes"]['responses']["403"]['content']['application/json']>("listDynamicRoutes 403 response", compiled.listDynamicRoutes_403),
  "429": /* @__PURE__ */ createValidator<operations["listDynamicRoutes"]['responses']["429"]['content']['application/json']>("listDynamicRoutes 429 response", compiled.listDynamicRoutes_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listDynamicRoutes"]['responses']["5XX"]['content']['application/json']>("listDynamicRoutes 5XX response", compiled.listDynamicRoutes_5XX),
};

/** Each JSON response of createDynamicRoute, by status. */
export const createDynamicRouteResponses: {
  "200": Validator<operations["createDynamicRoute"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createDynamicRoute"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createDynamicRoute"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["createDynamicRoute"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["createDynamicRoute"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["createDynamicRoute"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createDynamicRoute"]['responses']["200"]['content']['application/json']>("createDynamicRoute 200 response", compiled.createDynamicRoute_200),
  "400": /* @__PURE__ */ createValidator<operations["createDynamicRoute"]['responses']["400"]['content']['application/json']>("createDynamicRoute 400 response", compiled.createDynamicRoute_400),
  "401": /* @__PURE__ */ createValidator<operations["createDynamicRoute"]['responses']["401"]['content']['application/json']>("createDynamicRoute 401 response", compiled.createDynamicRoute_401),
  "403": /* @__PURE__ */ createValidator<operations["createDynamicRoute"]['responses']["403"]['content']['application/json']>("createDynamicRoute 403 response", compiled.createDynamicRoute_403),
  "429": /* @__PURE__ */ createValidator<operations["createDynamicRoute"]['responses']["429"]['content']['application/json']>("createDynamicRoute 429 response", compiled.createDynamicRoute_429),
  "5XX": /* @__PURE__ */ createValidator<operations["createDynamicRoute"]['responses']["5XX"]['content']['application/json']>("createDynamicRoute 5XX response", compiled.createDynamicRoute_5XX),
};

/** Each JSON response of getDynamicRoute, by status. */
export const getDynamicRouteResponses: {
  "200": Validator<operations["getDynamicRoute"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getDynamicRoute"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getDynamicRoute"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getDynamicRoute"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["getDynamicRoute"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getDynamicRoute"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getDynamicRoute"]['responses']["200"]['content']['application/json']>("getDynamicRoute 200 response", compiled.getDynamicRoute_200),
  "400": /* @__PURE__ */ createValidator<operations["getDynamicRoute"]['responses']["400"]['content']['application/json']>("getDynamicRoute 400 response", compiled.getDynamicRoute_400),
  "401": /* @__PURE__ */ createValidator<operations["getDynamicRoute"]['responses']["401"]['content']['application/json']>("getDynamicRoute 401 response", compiled.getDynamicRoute_401),
  "403": /* @__PURE__ */ createValidator<operations["getDynamicRoute"]['responses']["403"]['content']['application/json']>("getDynamicRoute 403 response", compiled.getDynamicRoute_403),
  "429": /* @__PURE__ */ createValidator<operations["getDynamicRoute"]['responses']["429"]['content']['application/json']>("getDynamicRoute 429 response", compiled.getDynamicRoute_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getDynamicRoute"]['responses']["5XX"]['content']['application/json']>("getDynamicRoute 5XX response", compiled.getDynamicRoute_5XX),
};

/** Each JSON response of deleteDynamicRoute, by status. */
export const deleteDynamicRouteResponses: {
  "200": Validator<operations["deleteDynamicRoute"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["deleteDynamicRoute"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["deleteDynamicRoute"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["deleteDynamicRoute"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["deleteDynamicRoute"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["deleteDynamicRoute"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["deleteDynamicRoute"]['responses']["200"]['content']['application/json']>("deleteDynamicRoute 200 response", compiled.deleteDynamicRoute_200),
  "400": /* @__PURE__ */ createValidator<operations["deleteDynamicRoute"]['responses']["400"]['content']['application/json']>("deleteDynamicRoute 400 response", compiled.deleteDynamicRoute_400),
  "401": /* @__PURE__ */ createValidator<operations["deleteDynamicRoute"]['responses']["401"]['content']['application/json']>("deleteDynamicRoute 401 response", compiled.deleteDynamicRoute_401),
  "403": /* @__PURE__ */ createValidator<operations["deleteDynamicRoute"]['responses']["403"]['content']['application/json']>("deleteDynamicRoute 403 response", compiled.deleteDynamicRoute_403),
  "429": /* @__PURE__ */ createValidator<operations["deleteDynamicRoute"]['responses']["429"]['content']['application/json']>("deleteDynamicRoute 429 response", compiled.deleteDynamicRoute_429),
  "5XX": /* @__PURE__ */ createValidator<operations["deleteDynamicRoute"]['responses']["5XX"]['content']['application/json']>("deleteDynamicRoute 5XX response", compiled.deleteDynamicRoute_5XX),
};

/** Each JSON response of updateDynamicRoute, by status. */
export const updateDynamicRouteResponses: {
  "200": Validator<operations["updateDynamicRoute"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["updateDynamicRoute"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["updateDynamicRoute"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["updateDynamicRoute"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["updateDynamicRoute"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["updateDynamicRoute"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["updateDynamicRoute"]['responses']["200"]['content']['application/json']>("updateDynamicRoute 200 response", compiled.updateDynamicRoute_200),
  "400": /* @__PURE__ */ createValidator<operations["updateDynamicRoute"]['responses']["400"]['content']['application/json']>("updateDynamicRoute 400 response", compiled.updateDynamicRoute_400),
  "401": /* @__PURE__ */ createValidator<operations["updateDynamicRoute"]['responses']["401"]['content']['application/json']>("updateDynamicRoute 401 response", compiled.updateDynamicRoute_401),
  "403": /* @__PURE__ */ createValidator<operations["updateDynamicRoute"]['responses']["403"]['content']['application/json']>("updateDynamicRoute 403 response", compiled.updateDynamicRoute_403),
  "429": /* @__PURE__ */ createValidator<operations["updateDynamicRoute"]['responses']["429"]['content']['application/json']>("updateDynamicRoute 429 response", compiled.updateDynamicRoute_429),
  "5XX": /* @__PURE__ */ createValidator<operations["updateDynamicRoute"]['responses']["5XX"]['content']['application/json']>("updateDynamicRoute 5XX response", compiled.updateDynamicRoute_5XX),
};

/** Each JSON response of listDynamicRouteDeployments, by status. */
export const listDynamicRouteDeploymentsResponses: {
  "200": Validator<operations["listDynamicRouteDeployments"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listDynamicRouteDeployments"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listDynamicRouteDeployments"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listDynamicRouteDeployments"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listDynamicRouteDeployments"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listDynamicRouteDeployments"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listDynamicRouteDeployments"]['responses']["200"]['content']['application/json']>("listDynamicRouteDeployments 200 response", compiled.listDynamicRouteDeployments_200),
  "400": /* @__PURE__ */ createValidator<operations["listDynamicRouteDeployments"]['responses']["400"]['content']['application/json']>("listDynamicRouteDeployments 400 response", compiled.listDynamicRouteDeployments_400),
  "401": /* @__PURE__ */ createValidator<operations["listDynamicRouteDeployments"]['responses']["401"]['content']['application/json']>("listDynamicRouteDeployments 401 response", compiled.listDynamicRouteDeployments_401),
  "403": /* @__PURE__ */ createValidator<operations["listDynamicRouteDeployments"]['responses']["403"]['content']['application/json']>("listDynamicRouteDeployments 403 response", compiled.listDynamicRouteDeployments_403),
  "429": /* @__PURE__ */ createValidator<operations["listDynamicRouteDeployments"]['responses']["429"]['content']['application/json']>("listDynamicRouteDeployments 429 response", compiled.listDynamicRouteDeployments_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listDynamicRouteDeployments"]['responses']["5XX"]['content']['application/json']>("listDynamicRouteDeployments 5XX response", compiled.listDynamicRouteDeployments_5XX),
};

/** Each JSON response of createDynamicRouteDeployment, by status. */
export const createDynamicRouteDeploymentResponses: {
  "200": Validator<operations["createDynamicRouteDeployment"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createDynamicRouteDeployment"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createDynamicRouteDeployment"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["createDynamicRouteDeployment"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["createDynamicRouteDeployment"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["createDynamicRouteDeployment"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createDynamicRouteDeployment"]['responses']["200"]['content']['application/json']>("createDynamicRouteDeployment 200 response", compiled.createDynamicRouteDeployment_200),
  "400": /* @__PURE__ */ createValidator<operations["createDynamicRouteDeployment"]['responses']["400"]['content']['application/json']>("createDynamicRouteDeployment 400 response", compiled.createDynamicRouteDeployment_400),
  "401": /* @__PURE__ */ createValidator<operations["createDynamicRouteDeployment"]['responses']["401"]['content']['application/json']>("createDynamicRouteDeployment 401 response", compiled.createDynamicRouteDeployment_401),
  "403": /* @__PURE__ */ createValidator<operations["createDynamicRouteDeployment"]['responses']["403"]['content']['application/json']>("createDynamicRouteDeployment 403 response", compiled.createDynamicRouteDeployment_403),
  "429": /* @__PURE__ */ createValidator<operations["createDynamicRouteDeployment"]['responses']["429"]['content']['application/json']>("createDynamicRouteDeployment 429 response", compiled.createDynamicRouteDeployment_429),
  "5XX": /* @__PURE__ */ createValidator<operations["createDynamicRouteDeployment"]['responses']["5XX"]['content']['application/json']>("createDynamicRouteDeployment 5XX response", compiled.createDynamicRouteDeployment_5XX),
};

/** Each JSON response of listDynamicRouteVersions, by status. */
export const listDynamicRouteVersionsResponses: {
  "200": Validator<operations["listDynamicRouteVersions"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listDynamicRouteVersions"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listDynamicRouteVersions"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listDynamicRouteVersions"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listDynamicRouteVersions"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listDynamicRouteVersions"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listDynamicRouteVersions"]['responses']["200"]['content']['application/json']>("listDynamicRouteVersions 200 response", compiled.listDynamicRouteVersions_200),
  "400": /* @__PURE__ */ createValidator<operations["listDynamicRouteVersions"]['responses']["400"]['content']['application/json']>("listDynamicRouteVersions 400 response", compiled.listDynamicRouteVersions_400),
  "401": /* @__PURE__ */ createValidator<operations["listDynamicRouteVersions"]['responses']["401"]['content']['application/json']>("listDynamicRouteVersions 401 response", compiled.listDynamicRouteVersions_401),
  "403": /* @__PURE__ */ createValidator<operations["listDynamicRouteVersions"]['responses']["403"]['content']['application/json']>("listDynamicRouteVersions 403 response", compiled.listDynamicRouteVersions_403),
  "429": /* @__PURE__ */ createValidator<operations["listDynamicRouteVersions"]['responses']["429"]['content']['application/json']>("listDynamicRouteVersions 429 response", compiled.listDynamicRouteVersions_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listDynamicRouteVersions"]['responses']["5XX"]['content']['application/json']>("listDynamicRouteVersions 5XX response", compiled.listDynamicRouteVersions_5XX),
};

/** Each JSON response of createDynamicRouteVersion, by status. */
export const createDynamicRouteVersionResponses: {
  "200": Validator<operations["createDynamicRouteVersion"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createDynamicRouteVersion"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createDynamicRouteVersion"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["createDynamicRouteVersion"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["createDynamicRouteVersion"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["createDynamicRouteVersion"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createDynamicRouteVersion"]['responses']["200"]['content']['application/json']>("createDynamicRouteVersion 200 response", compiled.createDynamicRouteVersion_200),
  "400": /* @__PURE__ */ createValidator<operations["createDynamicRouteVersion"]['responses']["400"]['content']['application/json']>("createDynamicRouteVersion 400 response", compiled.createDynamicRouteVersion_400),
  "401": /* @__PURE__ */ createValidator<operations["createDynamicRouteVersion"]['responses']["401"]['content']['application/json']>("createDynamicRouteVersion 401 response", compiled.createDynamicRouteVersion_401),
  "403": /* @__PURE__ */ createValidator<operations["createDynamicRouteVersion"]['responses']["403"]['content']['application/json']>("createDynamicRouteVersion 403 response", compiled.createDynamicRouteVersion_403),
  "429": /* @__PURE__ */ createValidator<operations["createDynamicRouteVersion"]['responses']["429"]['content']['application/json']>("createDynamicRouteVersion 429 response", compiled.createDynamicRouteVersion_429),
  "5XX": /* @__PURE__ */ createValidator<operations["createDynamicRouteVersion"]['responses']["5XX"]['content']['application/json']>("createDynamicRouteVersion 5XX response", compiled.createDynamicRouteVersion_5XX),
};

/** Each JSON response of getDynamicRouteVersion, by status. */
export const getDynamicRouteVersionResponses: {
  "200": Validator<operations["getDynamicRouteVersion"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getDynamicRouteVersion"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getDynamicRouteVersion"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getDynamicRouteVersion"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["getDynamicRouteVersion"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getDynamicRouteVersion"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getDynamicRouteVersion"]['responses']["200"]['content']['application/json']>("getDynamicRouteVersion 200 response", compiled.getDynamicRouteVersion_200),
  "400": /* @__PURE__ */ createValidator<operations["getDynamicRouteVersion"]['responses']["400"]['content']['application/json']>("getDynamicRouteVersion 400 response", compiled.getDynamicRouteVersion_400),
  "401": /* @__PURE__ */ createValidator<operations["getDynamicRouteVersion"]['responses']["401"]['content']['application/json']>("getDynamicRouteVersion 401 response", compiled.getDynamicRouteVersion_401),
  "403": /* @__PURE__ */ createValidator<operations["getDynamicRouteVersion"]['responses']["403"]['content']['application/json']>("getDynamicRouteVersion 403 response", compiled.getDynamicRouteVersion_403),
  "429": /* @__PURE__ */ createValidator<operations["getDynamicRouteVersion"]['responses']["429"]['content']['application/json']>("getDynamicRouteVersion 429 response", compiled.getDynamicRouteVersion_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getDynamicRouteVersion"]['responses']["5XX"]['content']['application/json']>("getDynamicRouteVersion 5XX response", compiled.getDynamicRouteVersion_5XX),
};

/** Each JSON response of listProviderConfigs, by status. */
export const listProviderConfigsResponses: {
  "200": Validator<operations["listProviderConfigs"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listProviderConfigs"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listProviderConfigs"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["listProviderConfigs"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["listProviderConfigs"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["listProviderConfigs"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listProviderConfigs"]['responses']["200"]['content']['application/json']>("listProviderConfigs 200 response", compiled.listProviderConfigs_200),
  "400": /* @__PURE__ */ createValidator<operations["listProviderConfigs"]['responses']["400"]['content']['application/json']>("listProviderConfigs 400 response", compiled.listProviderConfigs_400),
  "401": /* @__PURE__ */ createValidator<operations["listProviderConfigs"]['responses']["401"]['content']['application/json']>("listProviderConfigs 401 response", compiled.listProviderConfigs_401),
  "403": /* @__PURE__ */ createValidator<operations["listProviderConfigs"]['responses']["403"]['content']['application/json']>("listProviderConfigs 403 response", compiled.listProviderConfigs_403),
  "429": /* @__PURE__ */ createValidator<operations["listProviderConfigs"]['responses']["429"]['content']['application/json']>("listProviderConfigs 429 response", compiled.listProviderConfigs_429),
  "5XX": /* @__PURE__ */ createValidator<operations["listProviderConfigs"]['responses']["5XX"]['content']['application/json']>("listProviderConfigs 5XX response", compiled.listProviderConfigs_5XX),
};

/** Each JSON response of createProviderConfig, by status. */
export const createProviderConfigResponses: {
  "200": Validator<operations["createProviderConfig"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createProviderConfig"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createProviderConfig"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["createProviderConfig"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["createProviderConfig"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["createProviderConfig"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createProviderConfig"]['responses']["200"]['content']['application/json']>("createProviderConfig 200 response", compiled.createProviderConfig_200),
  "400": /* @__PURE__ */ createValidator<operations["createProviderConfig"]['responses']["400"]['content']['application/json']>("createProviderConfig 400 response", compiled.createProviderConfig_400),
  "401": /* @__PURE__ */ createValidator<operations["createProviderConfig"]['responses']["401"]['content']['application/json']>("createProviderConfig 401 response", compiled.createProviderConfig_401),
  "403": /* @__PURE__ */ createValidator<operations["createProviderConfig"]['responses']["403"]['content']['application/json']>("createProviderConfig 403 response", compiled.createProviderConfig_403),
  "429": /* @__PURE__ */ createValidator<operations["createProviderConfig"]['responses']["429"]['content']['application/json']>("createProviderConfig 429 response", compiled.createProviderConfig_429),
  "5XX": /* @__PURE__ */ createValidator<operations["createProviderConfig"]['responses']["5XX"]['content']['application/json']>("createProviderConfig 5XX response", compiled.createProviderConfig_5XX),
};

/** Each JSON response of getGatewayUrl, by status. */
export const getGatewayUrlResponses: {
  "200": Validator<operations["getGatewayUrl"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getGatewayUrl"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getGatewayUrl"]['responses']["401"]['content']['application/json']>;
  "403": Validator<operations["getGatewayUrl"]['responses']["403"]['content']['application/json']>;
  "429": Validator<operations["getGatewayUrl"]['responses']["429"]['content']['application/json']>;
  "5XX": Validator<operations["getGatewayUrl"]['responses']["5XX"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getGatewayUrl"]['responses']["200"]['content']['application/json']>("getGatewayUrl 200 response", compiled.getGatewayUrl_200),
  "400": /* @__PURE__ */ createValidator<operations["getGatewayUrl"]['responses']["400"]['content']['application/json']>("getGatewayUrl 400 response", compiled.getGatewayUrl_400),
  "401": /* @__PURE__ */ createValidator<operations["getGatewayUrl"]['responses']["401"]['content']['application/json']>("getGatewayUrl 401 response", compiled.getGatewayUrl_401),
  "403": /* @__PURE__ */ createValidator<operations["getGatewayUrl"]['responses']["403"]['content']['application/json']>("getGatewayUrl 403 response", compiled.getGatewayUrl_403),
  "429": /* @__PURE__ */ createValidator<operations["getGatewayUrl"]['responses']["429"]['content']['application/json']>("getGatewayUrl 429 response", compiled.getGatewayUrl_429),
  "5XX": /* @__PURE__ */ createValidator<operations["getGatewayUrl"]['responses']["5XX"]['content']['application/json']>("getGatewayUrl 5XX response", compiled.getGatewayUrl_5XX),
};

/** For every operation: a validator of each JSON response body, by status. */
export const responseValidators: {
  listGateways: typeof listGatewaysResponses;
  createGateway: typeof createGatewayResponses;
  getGateway: typeof getGatewayResponses;
  updateGateway: typeof updateGatewayResponses;
  deleteGateway: typeof deleteGatewayResponses;
  listEvaluationTypes: typeof listEvaluationTypesResponses;
  listLogs: typeof listLogsResponses;
  deleteLogs: typeof deleteLogsResponses;
  getLog: typeof getLogResponses;
  editLog: typeof editLogResponses;
  getLogRequest: typeof getLogRequestResponses;
  getLogResponse: typeof getLogResponseResponses;
  listDatasets: typeof listDatasetsResponses;
  createDataset: typeof createDatasetResponses;
  getDataset: typeof getDatasetResponses;
  updateDataset: typeof updateDatasetResponses;
  deleteDataset: typeof deleteDatasetResponses;
  listEvaluations: typeof listEvaluationsResponses;
  createEvaluation: typeof createEvaluationResponses;
  getEvaluation: typeof getEvaluationResponses;
  deleteEvaluation: typeof deleteEvaluationResponses;
  listDynamicRoutes: typeof listDynamicRoutesResponses;
  createDynamicRoute: typeof createDynamicRouteResponses;
  getDynamicRoute: typeof getDynamicRouteResponses;
  deleteDynamicRoute: typeof deleteDynamicRouteResponses;
  updateDynamicRoute: typeof updateDynamicRouteResponses;
  listDynamicRouteDeployments: typeof listDynamicRouteDeploymentsResponses;
  createDynamicRouteDeployment: typeof createDynamicRouteDeploymentResponses;
  listDynamicRouteVersions: typeof listDynamicRouteVersionsResponses;
  createDynamicRouteVersion: typeof createDynamicRouteVersionResponses;
  getDynamicRouteVersion: typeof getDynamicRouteVersionResponses;
  listProviderConfigs: typeof listProviderConfigsResponses;
  createProviderConfig: typeof createProviderConfigResponses;
  getGatewayUrl: typeof getGatewayUrlResponses;
} = {
  listGateways: listGatewaysResponses,
  createGateway: createGatewayResponses,
  getGateway: getGatewayResponses,
  updateGateway: updateGatewayResponses,
  deleteGateway: deleteGatewayResponses,
  listEvaluationTypes: listEvaluationTypesResponses,
  listLogs: listLogsResponses,
  deleteLogs: deleteLogsResponses,
  getLog: getLogResponses,
  editLog: editLogResponses,
  getLogRequest: getLogRequestResponses,
  getLogResponse: getLogResponseResponses,
  listDatasets: listDatasetsResponses,
  createDataset: createDatasetResponses,
  getDataset: getDatasetResponses,
  updateDataset: updateDatasetResponses,
  deleteDataset: deleteDatasetResponses,
  listEvaluations: listEvaluationsResponses,
  createEvaluation: createEvaluationResponses,
  getEvaluation: getEvaluationResponses,
  deleteEvaluation: deleteEvaluationResponses,
  listDynamicRoutes: listDynamicRoutesResponses,
  createDynamicRoute: createDynamicRouteResponses,
  getDynamicRoute: getDynamicRouteResponses,
  deleteDynamicRoute: deleteDynamicRouteResponses,
  updateDynamicRoute: updateDynamicRouteResponses,
  listDynamicRouteDeployments: listDynamicRouteDeploymentsResponses,
  createDynamicRouteDeployment: createDynamicRouteDeploymentResponses,
  listDynamicRouteVersions: listDynamicRouteVersionsResponses,
  createDynamicRouteVersion: createDynamicRouteVersionResponses,
  getDynamicRouteVersion: getDynamicRouteVersionResponses,
  listProviderConfigs: listProviderConfigsResponses,
  createProviderConfig: createProviderConfigResponses,
  getGatewayUrl: getGatewayUrlResponses,
};
