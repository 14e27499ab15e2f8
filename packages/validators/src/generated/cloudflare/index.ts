// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../runtime/validator.js';
import * as compiled from './compiled-responses/schemas.js';
import { requestValidators } from './requests.js';
import { responseValidators } from './responses.js';
import type { components } from './types.js';

export type { components, operations, paths } from './types.js';
export * from './requests.js';
export * from './responses.js';

/** A validator for every named schema of the cloudflare spec. */
export const schemaValidators: {
  GatewayId: Validator<components['schemas']['GatewayId']>;
  Gateway: Validator<components['schemas']['Gateway']>;
  GatewayCreate: Validator<components['schemas']['GatewayCreate']>;
  GatewayUpdate: Validator<components['schemas']['GatewayUpdate']>;
  GatewayDlp: Validator<components['schemas']['GatewayDlp']>;
  GatewayGuardrailActions: Validator<components['schemas']['GatewayGuardrailActions']>;
  GatewayGuardrails: Validator<components['schemas']['GatewayGuardrails']>;
  GatewayOtel: Validator<components['schemas']['GatewayOtel']>;
  GatewaySpendLimits: Validator<components['schemas']['GatewaySpendLimits']>;
  GatewaySpendLimitFilter: Validator<components['schemas']['GatewaySpendLimitFilter']>;
  GatewayStripe: Validator<components['schemas']['GatewayStripe']>;
  EvaluationType: Validator<components['schemas']['EvaluationType']>;
  ResultInfo: Validator<components['schemas']['ResultInfo']>;
  Log: Validator<components['schemas']['Log']>;
  LogDetail: Validator<components['schemas']['LogDetail']>;
  LogFilter: Validator<components['schemas']['LogFilter']>;
  LogEdit: Validator<components['schemas']['LogEdit']>;
  LogsResultInfo: Validator<components['schemas']['LogsResultInfo']>;
  LogPayload: Validator<components['schemas']['LogPayload']>;
  DatasetFilter: Validator<components['schemas']['DatasetFilter']>;
  Dataset: Validator<components['schemas']['Dataset']>;
  DatasetCreate: Validator<components['schemas']['DatasetCreate']>;
  EvaluationDataset: Validator<components['schemas']['EvaluationDataset']>;
  EvaluationResult: Validator<components['schemas']['EvaluationResult']>;
  Evaluation: Validator<components['schemas']['Evaluation']>;
  EvaluationCreate: Validator<components['schemas']['EvaluationCreate']>;
  DynamicRouteElementRef: Validator<components['schemas']['DynamicRouteElementRef']>;
  DynamicRouteElement: Validator<components['schemas']['DynamicRouteElement']>;
  DynamicRouteStartElement: Validator<components['schemas']['DynamicRouteStartElement']>;
  DynamicRouteConditionalElement: Validator<
    components['schemas']['DynamicRouteConditionalElement']
  >;
  DynamicRoutePercentageElement: Validator<components['schemas']['DynamicRoutePercentageElement']>;
  DynamicRouteRateElement: Validator<components['schemas']['DynamicRouteRateElement']>;
  DynamicRouteModelElement: Validator<components['schemas']['DynamicRouteModelElement']>;
  DynamicRouteEndElement: Validator<components['schemas']['DynamicRouteEndElement']>;
  DynamicRouteVersion: Validator<components['schemas']['DynamicRouteVersion']>;
  DynamicRouteVersionDetail: Validator<components['schemas']['DynamicRouteVersionDetail']>;
  DynamicRouteDeployment: Validator<components['schemas']['DynamicRouteDeployment']>;
  DynamicRouteSummary: Validator<components['schemas']['DynamicRouteSummary']>;
  DynamicRouteDetail: Validator<components['schemas']['DynamicRouteDetail']>;
  DynamicRoute: Validator<components['schemas']['DynamicRoute']>;
  DynamicRouteCreate: Validator<components['schemas']['DynamicRouteCreate']>;
  DynamicRouteUpdate: Validator<components['schemas']['DynamicRouteUpdate']>;
  DynamicRouteVersionCreate: Validator<components['schemas']['DynamicRouteVersionCreate']>;
  DynamicRouteDeploymentCreate: Validator<components['schemas']['DynamicRouteDeploymentCreate']>;
  ProviderConfig: Validator<components['schemas']['ProviderConfig']>;
  ProviderConfigCreate: Validator<components['schemas']['ProviderConfigCreate']>;
  ProviderConfigUpdate: Validator<components['schemas']['ProviderConfigUpdate']>;
  CustomProviderSlug: Validator<components['schemas']['CustomProviderSlug']>;
  CustomProvider: Validator<components['schemas']['CustomProvider']>;
  CustomProviderCreate: Validator<components['schemas']['CustomProviderCreate']>;
  CustomProviderUpdate: Validator<components['schemas']['CustomProviderUpdate']>;
  CostModelRule: Validator<components['schemas']['CostModelRule']>;
  TokenPricing: Validator<components['schemas']['TokenPricing']>;
  CustomProviderCost: Validator<components['schemas']['CustomProviderCost']>;
  CustomProviderCostCreate: Validator<components['schemas']['CustomProviderCostCreate']>;
  CustomProviderCostUpdate: Validator<components['schemas']['CustomProviderCostUpdate']>;
  CustomDomainHostname: Validator<components['schemas']['CustomDomainHostname']>;
  CustomDomainStatus: Validator<components['schemas']['CustomDomainStatus']>;
  CustomDomain: Validator<components['schemas']['CustomDomain']>;
  CustomDomainCreated: Validator<components['schemas']['CustomDomainCreated']>;
  CustomDomainCreate: Validator<components['schemas']['CustomDomainCreate']>;
  BillingMessages: Validator<components['schemas']['BillingMessages']>;
  BillingResultInfo: Validator<components['schemas']['BillingResultInfo']>;
  BillingEmpty: Validator<components['schemas']['BillingEmpty']>;
  TopupConfig: Validator<components['schemas']['TopupConfig']>;
  CreditBalance: Validator<components['schemas']['CreditBalance']>;
  InvoiceHistory: Validator<components['schemas']['InvoiceHistory']>;
  InvoicePreview: Validator<components['schemas']['InvoicePreview']>;
  UsageHistory: Validator<components['schemas']['UsageHistory']>;
  SpendingLimitDuration: Validator<components['schemas']['SpendingLimitDuration']>;
  SpendingLimitStrategy: Validator<components['schemas']['SpendingLimitStrategy']>;
  SpendingLimit: Validator<components['schemas']['SpendingLimit']>;
  SpendingLimitSet: Validator<components['schemas']['SpendingLimitSet']>;
  TopupCreate: Validator<components['schemas']['TopupCreate']>;
  Topup: Validator<components['schemas']['Topup']>;
  TopupConfigCreate: Validator<components['schemas']['TopupConfigCreate']>;
  TopupConfigSet: Validator<components['schemas']['TopupConfigSet']>;
  TopupLimits: Validator<components['schemas']['TopupLimits']>;
  TopupStatusCheck: Validator<components['schemas']['TopupStatusCheck']>;
  TopupStatus: Validator<components['schemas']['TopupStatus']>;
  ErrorBilling: Validator<components['schemas']['ErrorBilling']>;
  ErrorBadRequest: Validator<components['schemas']['ErrorBadRequest']>;
  ErrorInputValidation: Validator<components['schemas']['ErrorInputValidation']>;
  ErrorNotFound: Validator<components['schemas']['ErrorNotFound']>;
  EdgeError: Validator<components['schemas']['EdgeError']>;
} = {
  GatewayId: /* @__PURE__ */ createValidator<components['schemas']['GatewayId']>(
    'GatewayId',
    compiled.schema_GatewayId,
  ),
  Gateway: /* @__PURE__ */ createValidator<components['schemas']['Gateway']>(
    'Gateway',
    compiled.schema_Gateway,
  ),
  GatewayCreate: /* @__PURE__ */ createValidator<components['schemas']['GatewayCreate']>(
    'GatewayCreate',
    compiled.schema_GatewayCreate,
  ),
  GatewayUpdate: /* @__PURE__ */ createValidator<components['schemas']['GatewayUpdate']>(
    'GatewayUpdate',
    compiled.schema_GatewayUpdate,
  ),
  GatewayDlp: /* @__PURE__ */ createValidator<components['schemas']['GatewayDlp']>(
    'GatewayDlp',
    compiled.schema_GatewayDlp,
  ),
  GatewayGuardrailActions: /* @__PURE__ */ createValidator<
    components['schemas']['GatewayGuardrailActions']
  >('GatewayGuardrailActions', compiled.schema_GatewayGuardrailActions),
  GatewayGuardrails: /* @__PURE__ */ createValidator<components['schemas']['GatewayGuardrails']>(
    'GatewayGuardrails',
    compiled.schema_GatewayGuardrails,
  ),
  GatewayOtel: /* @__PURE__ */ createValidator<components['schemas']['GatewayOtel']>(
    'GatewayOtel',
    compiled.schema_GatewayOtel,
  ),
  GatewaySpendLimits: /* @__PURE__ */ createValidator<components['schemas']['GatewaySpendLimits']>(
    'GatewaySpendLimits',
    compiled.schema_GatewaySpendLimits,
  ),
  GatewaySpendLimitFilter: /* @__PURE__ */ createValidator<
    components['schemas']['GatewaySpendLimitFilter']
  >('GatewaySpendLimitFilter', compiled.schema_GatewaySpendLimitFilter),
  GatewayStripe: /* @__PURE__ */ createValidator<components['schemas']['GatewayStripe']>(
    'GatewayStripe',
    compiled.schema_GatewayStripe,
  ),
  EvaluationType: /* @__PURE__ */ createValidator<components['schemas']['EvaluationType']>(
    'EvaluationType',
    compiled.schema_EvaluationType,
  ),
  ResultInfo: /* @__PURE__ */ createValidator<components['schemas']['ResultInfo']>(
    'ResultInfo',
    compiled.schema_ResultInfo,
  ),
  Log: /* @__PURE__ */ createValidator<components['schemas']['Log']>('Log', compiled.schema_Log),
  LogDetail: /* @__PURE__ */ createValidator<components['schemas']['LogDetail']>(
    'LogDetail',
    compiled.schema_LogDetail,
  ),
  LogFilter: /* @__PURE__ */ createValidator<components['schemas']['LogFilter']>(
    'LogFilter',
    compiled.schema_LogFilter,
  ),
  LogEdit: /* @__PURE__ */ createValidator<components['schemas']['LogEdit']>(
    'LogEdit',
    compiled.schema_LogEdit,
  ),
  LogsResultInfo: /* @__PURE__ */ createValidator<components['schemas']['LogsResultInfo']>(
    'LogsResultInfo',
    compiled.schema_LogsResultInfo,
  ),
  LogPayload: /* @__PURE__ */ createValidator<components['schemas']['LogPayload']>(
    'LogPayload',
    compiled.schema_LogPayload,
  ),
  DatasetFilter: /* @__PURE__ */ createValidator<components['schemas']['DatasetFilter']>(
    'DatasetFilter',
    compiled.schema_DatasetFilter,
  ),
  Dataset: /* @__PURE__ */ createValidator<components['schemas']['Dataset']>(
    'Dataset',
    compiled.schema_Dataset,
  ),
  DatasetCreate: /* @__PURE__ */ createValidator<components['schemas']['DatasetCreate']>(
    'DatasetCreate',
    compiled.schema_DatasetCreate,
  ),
  EvaluationDataset: /* @__PURE__ */ createValidator<components['schemas']['EvaluationDataset']>(
    'EvaluationDataset',
    compiled.schema_EvaluationDataset,
  ),
  EvaluationResult: /* @__PURE__ */ createValidator<components['schemas']['EvaluationResult']>(
    'EvaluationResult',
    compiled.schema_EvaluationResult,
  ),
  Evaluation: /* @__PURE__ */ createValidator<components['schemas']['Evaluation']>(
    'Evaluation',
    compiled.schema_Evaluation,
  ),
  EvaluationCreate: /* @__PURE__ */ createValidator<components['schemas']['EvaluationCreate']>(
    'EvaluationCreate',
    compiled.schema_EvaluationCreate,
  ),
  DynamicRouteElementRef: /* @__PURE__ */ createValidator<
    components['schemas']['DynamicRouteElementRef']
  >('DynamicRouteElementRef', compiled.schema_DynamicRouteElementRef),
  DynamicRouteElement: /* @__PURE__ */ createValidator<
    components['schemas']['DynamicRouteElement']
  >('DynamicRouteElement', compiled.schema_DynamicRouteElement),
  DynamicRouteStartElement: /* @__PURE__ */ createValidator<
    components['schemas']['DynamicRouteStartElement']
  >('DynamicRouteStartElement', compiled.schema_DynamicRouteStartElement),
  DynamicRouteConditionalElement: /* @__PURE__ */ createValidator<
    components['schemas']['DynamicRouteConditionalElement']
  >('DynamicRouteConditionalElement', compiled.schema_DynamicRouteConditionalElement),
  DynamicRoutePercentageElement: /* @__PURE__ */ createValidator<
    components['schemas']['DynamicRoutePercentageElement']
  >('DynamicRoutePercentageElement', compiled.schema_DynamicRoutePercentageElement),
  DynamicRouteRateElement: /* @__PURE__ */ createValidator<
    components['schemas']['DynamicRouteRateElement']
  >('DynamicRouteRateElement', compiled.schema_DynamicRouteRateElement),
  DynamicRouteModelElement: /* @__PURE__ */ createValidator<
    components['schemas']['DynamicRouteModelElement']
  >('DynamicRouteModelElement', compiled.schema_DynamicRouteModelElement),
  DynamicRouteEndElement: /* @__PURE__ */ createValidator<
    components['schemas']['DynamicRouteEndElement']
  >('DynamicRouteEndElement', compiled.schema_DynamicRouteEndElement),
  DynamicRouteVersion: /* @__PURE__ */ createValidator<
    components['schemas']['DynamicRouteVersion']
  >('DynamicRouteVersion', compiled.schema_DynamicRouteVersion),
  DynamicRouteVersionDetail: /* @__PURE__ */ createValidator<
    components['schemas']['DynamicRouteVersionDetail']
  >('DynamicRouteVersionDetail', compiled.schema_DynamicRouteVersionDetail),
  DynamicRouteDeployment: /* @__PURE__ */ createValidator<
    components['schemas']['DynamicRouteDeployment']
  >('DynamicRouteDeployment', compiled.schema_DynamicRouteDeployment),
  DynamicRouteSummary: /* @__PURE__ */ createValidator<
    components['schemas']['DynamicRouteSummary']
  >('DynamicRouteSummary', compiled.schema_DynamicRouteSummary),
  DynamicRouteDetail: /* @__PURE__ */ createValidator<components['schemas']['DynamicRouteDetail']>(
    'DynamicRouteDetail',
    compiled.schema_DynamicRouteDetail,
  ),
  DynamicRoute: /* @__PURE__ */ createValidator<components['schemas']['DynamicRoute']>(
    'DynamicRoute',
    compiled.schema_DynamicRoute,
  ),
  DynamicRouteCreate: /* @__PURE__ */ createValidator<components['schemas']['DynamicRouteCreate']>(
    'DynamicRouteCreate',
    compiled.schema_DynamicRouteCreate,
  ),
  DynamicRouteUpdate: /* @__PURE__ */ createValidator<components['schemas']['DynamicRouteUpdate']>(
    'DynamicRouteUpdate',
    compiled.schema_DynamicRouteUpdate,
  ),
  DynamicRouteVersionCreate: /* @__PURE__ */ createValidator<
    components['schemas']['DynamicRouteVersionCreate']
  >('DynamicRouteVersionCreate', compiled.schema_DynamicRouteVersionCreate),
  DynamicRouteDeploymentCreate: /* @__PURE__ */ createValidator<
    components['schemas']['DynamicRouteDeploymentCreate']
  >('DynamicRouteDeploymentCreate', compiled.schema_DynamicRouteDeploymentCreate),
  ProviderConfig: /* @__PURE__ */ createValidator<components['schemas']['ProviderConfig']>(
    'ProviderConfig',
    compiled.schema_ProviderConfig,
  ),
  ProviderConfigCreate: /* @__PURE__ */ createValidator<
    components['schemas']['ProviderConfigCreate']
  >('ProviderConfigCreate', compiled.schema_ProviderConfigCreate),
  ProviderConfigUpdate: /* @__PURE__ */ createValidator<
    components['schemas']['ProviderConfigUpdate']
  >('ProviderConfigUpdate', compiled.schema_ProviderConfigUpdate),
  CustomProviderSlug: /* @__PURE__ */ createValidator<components['schemas']['CustomProviderSlug']>(
    'CustomProviderSlug',
    compiled.schema_CustomProviderSlug,
  ),
  CustomProvider: /* @__PURE__ */ createValidator<components['schemas']['CustomProvider']>(
    'CustomProvider',
    compiled.schema_CustomProvider,
  ),
  CustomProviderCreate: /* @__PURE__ */ createValidator<
    components['schemas']['CustomProviderCreate']
  >('CustomProviderCreate', compiled.schema_CustomProviderCreate),
  CustomProviderUpdate: /* @__PURE__ */ createValidator<
    components['schemas']['CustomProviderUpdate']
  >('CustomProviderUpdate', compiled.schema_CustomProviderUpdate),
  CostModelRule: /* @__PURE__ */ createValidator<components['schemas']['CostModelRule']>(
    'CostModelRule',
    compiled.schema_CostModelRule,
  ),
  TokenPricing: /* @__PURE__ */ createValidator<components['schemas']['TokenPricing']>(
    'TokenPricing',
    compiled.schema_TokenPricing,
  ),
  CustomProviderCost: /* @__PURE__ */ createValidator<components['schemas']['CustomProviderCost']>(
    'CustomProviderCost',
    compiled.schema_CustomProviderCost,
  ),
  CustomProviderCostCreate: /* @__PURE__ */ createValidator<
    components['schemas']['CustomProviderCostCreate']
  >('CustomProviderCostCreate', compiled.schema_CustomProviderCostCreate),
  CustomProviderCostUpdate: /* @__PURE__ */ createValidator<
    components['schemas']['CustomProviderCostUpdate']
  >('CustomProviderCostUpdate', compiled.schema_CustomProviderCostUpdate),
  CustomDomainHostname: /* @__PURE__ */ createValidator<
    components['schemas']['CustomDomainHostname']
  >('CustomDomainHostname', compiled.schema_CustomDomainHostname),
  CustomDomainStatus: /* @__PURE__ */ createValidator<components['schemas']['CustomDomainStatus']>(
    'CustomDomainStatus',
    compiled.schema_CustomDomainStatus,
  ),
  CustomDomain: /* @__PURE__ */ createValidator<components['schemas']['CustomDomain']>(
    'CustomDomain',
    compiled.schema_CustomDomain,
  ),
  CustomDomainCreated: /* @__PURE__ */ createValidator<
    components['schemas']['CustomDomainCreated']
  >('CustomDomainCreated', compiled.schema_CustomDomainCreated),
  CustomDomainCreate: /* @__PURE__ */ createValidator<components['schemas']['CustomDomainCreate']>(
    'CustomDomainCreate',
    compiled.schema_CustomDomainCreate,
  ),
  BillingMessages: /* @__PURE__ */ createValidator<components['schemas']['BillingMessages']>(
    'BillingMessages',
    compiled.schema_BillingMessages,
  ),
  BillingResultInfo: /* @__PURE__ */ createValidator<components['schemas']['BillingResultInfo']>(
    'BillingResultInfo',
    compiled.schema_BillingResultInfo,
  ),
  BillingEmpty: /* @__PURE__ */ createValidator<components['schemas']['BillingEmpty']>(
    'BillingEmpty',
    compiled.schema_BillingEmpty,
  ),
  TopupConfig: /* @__PURE__ */ createValidator<components['schemas']['TopupConfig']>(
    'TopupConfig',
    compiled.schema_TopupConfig,
  ),
  CreditBalance: /* @__PURE__ */ createValidator<components['schemas']['CreditBalance']>(
    'CreditBalance',
    compiled.schema_CreditBalance,
  ),
  InvoiceHistory: /* @__PURE__ */ createValidator<components['schemas']['InvoiceHistory']>(
    'InvoiceHistory',
    compiled.schema_InvoiceHistory,
  ),
  InvoicePreview: /* @__PURE__ */ createValidator<components['schemas']['InvoicePreview']>(
    'InvoicePreview',
    compiled.schema_InvoicePreview,
  ),
  UsageHistory: /* @__PURE__ */ createValidator<components['schemas']['UsageHistory']>(
    'UsageHistory',
    compiled.schema_UsageHistory,
  ),
  SpendingLimitDuration: /* @__PURE__ */ createValidator<
    components['schemas']['SpendingLimitDuration']
  >('SpendingLimitDuration', compiled.schema_SpendingLimitDuration),
  SpendingLimitStrategy: /* @__PURE__ */ createValidator<
    components['schemas']['SpendingLimitStrategy']
  >('SpendingLimitStrategy', compiled.schema_SpendingLimitStrategy),
  SpendingLimit: /* @__PURE__ */ createValidator<components['schemas']['SpendingLimit']>(
    'SpendingLimit',
    compiled.schema_SpendingLimit,
  ),
  SpendingLimitSet: /* @__PURE__ */ createValidator<components['schemas']['SpendingLimitSet']>(
    'SpendingLimitSet',
    compiled.schema_SpendingLimitSet,
  ),
  TopupCreate: /* @__PURE__ */ createValidator<components['schemas']['TopupCreate']>(
    'TopupCreate',
    compiled.schema_TopupCreate,
  ),
  Topup: /* @__PURE__ */ createValidator<components['schemas']['Topup']>(
    'Topup',
    compiled.schema_Topup,
  ),
  TopupConfigCreate: /* @__PURE__ */ createValidator<components['schemas']['TopupConfigCreate']>(
    'TopupConfigCreate',
    compiled.schema_TopupConfigCreate,
  ),
  TopupConfigSet: /* @__PURE__ */ createValidator<components['schemas']['TopupConfigSet']>(
    'TopupConfigSet',
    compiled.schema_TopupConfigSet,
  ),
  TopupLimits: /* @__PURE__ */ createValidator<components['schemas']['TopupLimits']>(
    'TopupLimits',
    compiled.schema_TopupLimits,
  ),
  TopupStatusCheck: /* @__PURE__ */ createValidator<components['schemas']['TopupStatusCheck']>(
    'TopupStatusCheck',
    compiled.schema_TopupStatusCheck,
  ),
  TopupStatus: /* @__PURE__ */ createValidator<components['schemas']['TopupStatus']>(
    'TopupStatus',
    compiled.schema_TopupStatus,
  ),
  ErrorBilling: /* @__PURE__ */ createValidator<components['schemas']['ErrorBilling']>(
    'ErrorBilling',
    compiled.schema_ErrorBilling,
  ),
  ErrorBadRequest: /* @__PURE__ */ createValidator<components['schemas']['ErrorBadRequest']>(
    'ErrorBadRequest',
    compiled.schema_ErrorBadRequest,
  ),
  ErrorInputValidation: /* @__PURE__ */ createValidator<
    components['schemas']['ErrorInputValidation']
  >('ErrorInputValidation', compiled.schema_ErrorInputValidation),
  ErrorNotFound: /* @__PURE__ */ createValidator<components['schemas']['ErrorNotFound']>(
    'ErrorNotFound',
    compiled.schema_ErrorNotFound,
  ),
  EdgeError: /* @__PURE__ */ createValidator<components['schemas']['EdgeError']>(
    'EdgeError',
    compiled.schema_EdgeError,
  ),
};

/** For every operation: its parameters, its JSON request body and each JSON response by status. */
export const operationValidators: {
  listGateways: typeof requestValidators.listGateways & {
    readonly responses: typeof responseValidators.listGateways;
  };
  createGateway: typeof requestValidators.createGateway & {
    readonly responses: typeof responseValidators.createGateway;
  };
  getGateway: typeof requestValidators.getGateway & {
    readonly responses: typeof responseValidators.getGateway;
  };
  updateGateway: typeof requestValidators.updateGateway & {
    readonly responses: typeof responseValidators.updateGateway;
  };
  deleteGateway: typeof requestValidators.deleteGateway & {
    readonly responses: typeof responseValidators.deleteGateway;
  };
  listEvaluationTypes: typeof requestValidators.listEvaluationTypes & {
    readonly responses: typeof responseValidators.listEvaluationTypes;
  };
  listLogs: typeof requestValidators.listLogs & {
    readonly responses: typeof responseValidators.listLogs;
  };
  deleteLogs: typeof requestValidators.deleteLogs & {
    readonly responses: typeof responseValidators.deleteLogs;
  };
  getLog: typeof requestValidators.getLog & {
    readonly responses: typeof responseValidators.getLog;
  };
  editLog: typeof requestValidators.editLog & {
    readonly responses: typeof responseValidators.editLog;
  };
  getLogRequest: typeof requestValidators.getLogRequest & {
    readonly responses: typeof responseValidators.getLogRequest;
  };
  getLogResponse: typeof requestValidators.getLogResponse & {
    readonly responses: typeof responseValidators.getLogResponse;
  };
  listDatasets: typeof requestValidators.listDatasets & {
    readonly responses: typeof responseValidators.listDatasets;
  };
  createDataset: typeof requestValidators.createDataset & {
    readonly responses: typeof responseValidators.createDataset;
  };
  getDataset: typeof requestValidators.getDataset & {
    readonly responses: typeof responseValidators.getDataset;
  };
  updateDataset: typeof requestValidators.updateDataset & {
    readonly responses: typeof responseValidators.updateDataset;
  };
  deleteDataset: typeof requestValidators.deleteDataset & {
    readonly responses: typeof responseValidators.deleteDataset;
  };
  listEvaluations: typeof requestValidators.listEvaluations & {
    readonly responses: typeof responseValidators.listEvaluations;
  };
  createEvaluation: typeof requestValidators.createEvaluation & {
    readonly responses: typeof responseValidators.createEvaluation;
  };
  getEvaluation: typeof requestValidators.getEvaluation & {
    readonly responses: typeof responseValidators.getEvaluation;
  };
  deleteEvaluation: typeof requestValidators.deleteEvaluation & {
    readonly responses: typeof responseValidators.deleteEvaluation;
  };
  listDynamicRoutes: typeof requestValidators.listDynamicRoutes & {
    readonly responses: typeof responseValidators.listDynamicRoutes;
  };
  createDynamicRoute: typeof requestValidators.createDynamicRoute & {
    readonly responses: typeof responseValidators.createDynamicRoute;
  };
  getDynamicRoute: typeof requestValidators.getDynamicRoute & {
    readonly responses: typeof responseValidators.getDynamicRoute;
  };
  deleteDynamicRoute: typeof requestValidators.deleteDynamicRoute & {
    readonly responses: typeof responseValidators.deleteDynamicRoute;
  };
  updateDynamicRoute: typeof requestValidators.updateDynamicRoute & {
    readonly responses: typeof responseValidators.updateDynamicRoute;
  };
  listDynamicRouteDeployments: typeof requestValidators.listDynamicRouteDeployments & {
    readonly responses: typeof responseValidators.listDynamicRouteDeployments;
  };
  createDynamicRouteDeployment: typeof requestValidators.createDynamicRouteDeployment & {
    readonly responses: typeof responseValidators.createDynamicRouteDeployment;
  };
  listDynamicRouteVersions: typeof requestValidators.listDynamicRouteVersions & {
    readonly responses: typeof responseValidators.listDynamicRouteVersions;
  };
  createDynamicRouteVersion: typeof requestValidators.createDynamicRouteVersion & {
    readonly responses: typeof responseValidators.createDynamicRouteVersion;
  };
  getDynamicRouteVersion: typeof requestValidators.getDynamicRouteVersion & {
    readonly responses: typeof responseValidators.getDynamicRouteVersion;
  };
  listProviderConfigs: typeof requestValidators.listProviderConfigs & {
    readonly responses: typeof responseValidators.listProviderConfigs;
  };
  createProviderConfig: typeof requestValidators.createProviderConfig & {
    readonly responses: typeof responseValidators.createProviderConfig;
  };
  updateProviderConfig: typeof requestValidators.updateProviderConfig & {
    readonly responses: typeof responseValidators.updateProviderConfig;
  };
  deleteProviderConfig: typeof requestValidators.deleteProviderConfig & {
    readonly responses: typeof responseValidators.deleteProviderConfig;
  };
  getGatewayUrl: typeof requestValidators.getGatewayUrl & {
    readonly responses: typeof responseValidators.getGatewayUrl;
  };
  listCustomProviders: typeof requestValidators.listCustomProviders & {
    readonly responses: typeof responseValidators.listCustomProviders;
  };
  createCustomProvider: typeof requestValidators.createCustomProvider & {
    readonly responses: typeof responseValidators.createCustomProvider;
  };
  getCustomProvider: typeof requestValidators.getCustomProvider & {
    readonly responses: typeof responseValidators.getCustomProvider;
  };
  deleteCustomProvider: typeof requestValidators.deleteCustomProvider & {
    readonly responses: typeof responseValidators.deleteCustomProvider;
  };
  updateCustomProvider: typeof requestValidators.updateCustomProvider & {
    readonly responses: typeof responseValidators.updateCustomProvider;
  };
  listCustomProviderCosts: typeof requestValidators.listCustomProviderCosts & {
    readonly responses: typeof responseValidators.listCustomProviderCosts;
  };
  createCustomProviderCost: typeof requestValidators.createCustomProviderCost & {
    readonly responses: typeof responseValidators.createCustomProviderCost;
  };
  getCustomProviderCost: typeof requestValidators.getCustomProviderCost & {
    readonly responses: typeof responseValidators.getCustomProviderCost;
  };
  deleteCustomProviderCost: typeof requestValidators.deleteCustomProviderCost & {
    readonly responses: typeof responseValidators.deleteCustomProviderCost;
  };
  updateCustomProviderCost: typeof requestValidators.updateCustomProviderCost & {
    readonly responses: typeof responseValidators.updateCustomProviderCost;
  };
  listCustomDomains: typeof requestValidators.listCustomDomains & {
    readonly responses: typeof responseValidators.listCustomDomains;
  };
  createCustomDomain: typeof requestValidators.createCustomDomain & {
    readonly responses: typeof responseValidators.createCustomDomain;
  };
  getCustomDomain: typeof requestValidators.getCustomDomain & {
    readonly responses: typeof responseValidators.getCustomDomain;
  };
  deleteCustomDomain: typeof requestValidators.deleteCustomDomain & {
    readonly responses: typeof responseValidators.deleteCustomDomain;
  };
  getCreditBalance: typeof requestValidators.getCreditBalance & {
    readonly responses: typeof responseValidators.getCreditBalance;
  };
  getInvoiceHistory: typeof requestValidators.getInvoiceHistory & {
    readonly responses: typeof responseValidators.getInvoiceHistory;
  };
  getInvoicePreview: typeof requestValidators.getInvoicePreview & {
    readonly responses: typeof responseValidators.getInvoicePreview;
  };
  getUsageHistory: typeof requestValidators.getUsageHistory & {
    readonly responses: typeof responseValidators.getUsageHistory;
  };
  getSpendingLimit: typeof requestValidators.getSpendingLimit & {
    readonly responses: typeof responseValidators.getSpendingLimit;
  };
  setSpendingLimit: typeof requestValidators.setSpendingLimit & {
    readonly responses: typeof responseValidators.setSpendingLimit;
  };
  deleteSpendingLimit: typeof requestValidators.deleteSpendingLimit & {
    readonly responses: typeof responseValidators.deleteSpendingLimit;
  };
  createTopup: typeof requestValidators.createTopup & {
    readonly responses: typeof responseValidators.createTopup;
  };
  getTopupConfig: typeof requestValidators.getTopupConfig & {
    readonly responses: typeof responseValidators.getTopupConfig;
  };
  setTopupConfig: typeof requestValidators.setTopupConfig & {
    readonly responses: typeof responseValidators.setTopupConfig;
  };
  deleteTopupConfig: typeof requestValidators.deleteTopupConfig & {
    readonly responses: typeof responseValidators.deleteTopupConfig;
  };
  getTopupLimits: typeof requestValidators.getTopupLimits & {
    readonly responses: typeof responseValidators.getTopupLimits;
  };
  checkTopupStatus: typeof requestValidators.checkTopupStatus & {
    readonly responses: typeof responseValidators.checkTopupStatus;
  };
} = {
  listGateways: { ...requestValidators.listGateways, responses: responseValidators.listGateways },
  createGateway: {
    ...requestValidators.createGateway,
    responses: responseValidators.createGateway,
  },
  getGateway: { ...requestValidators.getGateway, responses: responseValidators.getGateway },
  updateGateway: {
    ...requestValidators.updateGateway,
    responses: responseValidators.updateGateway,
  },
  deleteGateway: {
    ...requestValidators.deleteGateway,
    responses: responseValidators.deleteGateway,
  },
  listEvaluationTypes: {
    ...requestValidators.listEvaluationTypes,
    responses: responseValidators.listEvaluationTypes,
  },
  listLogs: { ...requestValidators.listLogs, responses: responseValidators.listLogs },
  deleteLogs: { ...requestValidators.deleteLogs, responses: responseValidators.deleteLogs },
  getLog: { ...requestValidators.getLog, responses: responseValidators.getLog },
  editLog: { ...requestValidators.editLog, responses: responseValidators.editLog },
  getLogRequest: {
    ...requestValidators.getLogRequest,
    responses: responseValidators.getLogRequest,
  },
  getLogResponse: {
    ...requestValidators.getLogResponse,
    responses: responseValidators.getLogResponse,
  },
  listDatasets: { ...requestValidators.listDatasets, responses: responseValidators.listDatasets },
  createDataset: {
    ...requestValidators.createDataset,
    responses: responseValidators.createDataset,
  },
  getDataset: { ...requestValidators.getDataset, responses: responseValidators.getDataset },
  updateDataset: {
    ...requestValidators.updateDataset,
    responses: responseValidators.updateDataset,
  },
  deleteDataset: {
    ...requestValidators.deleteDataset,
    responses: responseValidators.deleteDataset,
  },
  listEvaluations: {
    ...requestValidators.listEvaluations,
    responses: responseValidators.listEvaluations,
  },
  createEvaluation: {
    ...requestValidators.createEvaluation,
    responses: responseValidators.createEvaluation,
  },
  getEvaluation: {
    ...requestValidators.getEvaluation,
    responses: responseValidators.getEvaluation,
  },
  deleteEvaluation: {
    ...requestValidators.deleteEvaluation,
    responses: responseValidators.deleteEvaluation,
  },
  listDynamicRoutes: {
    ...requestValidators.listDynamicRoutes,
    responses: responseValidators.listDynamicRoutes,
  },
  createDynamicRoute: {
    ...requestValidators.createDynamicRoute,
    responses: responseValidators.createDynamicRoute,
  },
  getDynamicRoute: {
    ...requestValidators.getDynamicRoute,
    responses: responseValidators.getDynamicRoute,
  },
  deleteDynamicRoute: {
    ...requestValidators.deleteDynamicRoute,
    responses: responseValidators.deleteDynamicRoute,
  },
  updateDynamicRoute: {
    ...requestValidators.updateDynamicRoute,
    responses: responseValidators.updateDynamicRoute,
  },
  listDynamicRouteDeployments: {
    ...requestValidators.listDynamicRouteDeployments,
    responses: responseValidators.listDynamicRouteDeployments,
  },
  createDynamicRouteDeployment: {
    ...requestValidators.createDynamicRouteDeployment,
    responses: responseValidators.createDynamicRouteDeployment,
  },
  listDynamicRouteVersions: {
    ...requestValidators.listDynamicRouteVersions,
    responses: responseValidators.listDynamicRouteVersions,
  },
  createDynamicRouteVersion: {
    ...requestValidators.createDynamicRouteVersion,
    responses: responseValidators.createDynamicRouteVersion,
  },
  getDynamicRouteVersion: {
    ...requestValidators.getDynamicRouteVersion,
    responses: responseValidators.getDynamicRouteVersion,
  },
  listProviderConfigs: {
    ...requestValidators.listProviderConfigs,
    responses: responseValidators.listProviderConfigs,
  },
  createProviderConfig: {
    ...requestValidators.createProviderConfig,
    responses: responseValidators.createProviderConfig,
  },
  updateProviderConfig: {
    ...requestValidators.updateProviderConfig,
    responses: responseValidators.updateProviderConfig,
  },
  deleteProviderConfig: {
    ...requestValidators.deleteProviderConfig,
    responses: responseValidators.deleteProviderConfig,
  },
  getGatewayUrl: {
    ...requestValidators.getGatewayUrl,
    responses: responseValidators.getGatewayUrl,
  },
  listCustomProviders: {
    ...requestValidators.listCustomProviders,
    responses: responseValidators.listCustomProviders,
  },
  createCustomProvider: {
    ...requestValidators.createCustomProvider,
    responses: responseValidators.createCustomProvider,
  },
  getCustomProvider: {
    ...requestValidators.getCustomProvider,
    responses: responseValidators.getCustomProvider,
  },
  deleteCustomProvider: {
    ...requestValidators.deleteCustomProvider,
    responses: responseValidators.deleteCustomProvider,
  },
  updateCustomProvider: {
    ...requestValidators.updateCustomProvider,
    responses: responseValidators.updateCustomProvider,
  },
  listCustomProviderCosts: {
    ...requestValidators.listCustomProviderCosts,
    responses: responseValidators.listCustomProviderCosts,
  },
  createCustomProviderCost: {
    ...requestValidators.createCustomProviderCost,
    responses: responseValidators.createCustomProviderCost,
  },
  getCustomProviderCost: {
    ...requestValidators.getCustomProviderCost,
    responses: responseValidators.getCustomProviderCost,
  },
  deleteCustomProviderCost: {
    ...requestValidators.deleteCustomProviderCost,
    responses: responseValidators.deleteCustomProviderCost,
  },
  updateCustomProviderCost: {
    ...requestValidators.updateCustomProviderCost,
    responses: responseValidators.updateCustomProviderCost,
  },
  listCustomDomains: {
    ...requestValidators.listCustomDomains,
    responses: responseValidators.listCustomDomains,
  },
  createCustomDomain: {
    ...requestValidators.createCustomDomain,
    responses: responseValidators.createCustomDomain,
  },
  getCustomDomain: {
    ...requestValidators.getCustomDomain,
    responses: responseValidators.getCustomDomain,
  },
  deleteCustomDomain: {
    ...requestValidators.deleteCustomDomain,
    responses: responseValidators.deleteCustomDomain,
  },
  getCreditBalance: {
    ...requestValidators.getCreditBalance,
    responses: responseValidators.getCreditBalance,
  },
  getInvoiceHistory: {
    ...requestValidators.getInvoiceHistory,
    responses: responseValidators.getInvoiceHistory,
  },
  getInvoicePreview: {
    ...requestValidators.getInvoicePreview,
    responses: responseValidators.getInvoicePreview,
  },
  getUsageHistory: {
    ...requestValidators.getUsageHistory,
    responses: responseValidators.getUsageHistory,
  },
  getSpendingLimit: {
    ...requestValidators.getSpendingLimit,
    responses: responseValidators.getSpendingLimit,
  },
  setSpendingLimit: {
    ...requestValidators.setSpendingLimit,
    responses: responseValidators.setSpendingLimit,
  },
  deleteSpendingLimit: {
    ...requestValidators.deleteSpendingLimit,
    responses: responseValidators.deleteSpendingLimit,
  },
  createTopup: { ...requestValidators.createTopup, responses: responseValidators.createTopup },
  getTopupConfig: {
    ...requestValidators.getTopupConfig,
    responses: responseValidators.getTopupConfig,
  },
  setTopupConfig: {
    ...requestValidators.setTopupConfig,
    responses: responseValidators.setTopupConfig,
  },
  deleteTopupConfig: {
    ...requestValidators.deleteTopupConfig,
    responses: responseValidators.deleteTopupConfig,
  },
  getTopupLimits: {
    ...requestValidators.getTopupLimits,
    responses: responseValidators.getTopupLimits,
  },
  checkTopupStatus: {
    ...requestValidators.checkTopupStatus,
    responses: responseValidators.checkTopupStatus,
  },
};
