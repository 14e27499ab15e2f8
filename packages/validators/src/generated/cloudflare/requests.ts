// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../runtime/validator.js';
import * as compiled from './compiled-requests.js';
import type { operations } from './types.js';

/** What listGateways sends: its parameters (`{ path, query }`). */
export const listGatewaysValidators: {
  params: Validator<operations['listGateways']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['listGateways']['parameters']>(
    'listGateways parameters',
    compiled.listGateways_params,
  ),
};

/** What createGateway sends: its parameters (`{ path, query }`) and its JSON body. */
export const createGatewayValidators: {
  params: Validator<operations['createGateway']['parameters']>;
  body: Validator<
    NonNullable<operations['createGateway']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['createGateway']['parameters']>(
    'createGateway parameters',
    compiled.createGateway_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['createGateway']['requestBody']>['content']['application/json']
  >('createGateway request body', compiled.createGateway_body),
};

/** What getGateway sends: its parameters (`{ path, query }`). */
export const getGatewayValidators: {
  params: Validator<operations['getGateway']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getGateway']['parameters']>(
    'getGateway parameters',
    compiled.getGateway_params,
  ),
};

/** What updateGateway sends: its parameters (`{ path, query }`) and its JSON body. */
export const updateGatewayValidators: {
  params: Validator<operations['updateGateway']['parameters']>;
  body: Validator<
    NonNullable<operations['updateGateway']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['updateGateway']['parameters']>(
    'updateGateway parameters',
    compiled.updateGateway_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['updateGateway']['requestBody']>['content']['application/json']
  >('updateGateway request body', compiled.updateGateway_body),
};

/** What deleteGateway sends: its parameters (`{ path, query }`). */
export const deleteGatewayValidators: {
  params: Validator<operations['deleteGateway']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['deleteGateway']['parameters']>(
    'deleteGateway parameters',
    compiled.deleteGateway_params,
  ),
};

/** What listEvaluationTypes sends: its parameters (`{ path, query }`). */
export const listEvaluationTypesValidators: {
  params: Validator<operations['listEvaluationTypes']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['listEvaluationTypes']['parameters']>(
    'listEvaluationTypes parameters',
    compiled.listEvaluationTypes_params,
  ),
};

/** What listLogs sends: its parameters (`{ path, query }`). */
export const listLogsValidators: {
  params: Validator<operations['listLogs']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['listLogs']['parameters']>(
    'listLogs parameters',
    compiled.listLogs_params,
  ),
};

/** What deleteLogs sends: its parameters (`{ path, query }`). */
export const deleteLogsValidators: {
  params: Validator<operations['deleteLogs']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['deleteLogs']['parameters']>(
    'deleteLogs parameters',
    compiled.deleteLogs_params,
  ),
};

/** What getLog sends: its parameters (`{ path, query }`). */
export const getLogValidators: {
  params: Validator<operations['getLog']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getLog']['parameters']>(
    'getLog parameters',
    compiled.getLog_params,
  ),
};

/** What editLog sends: its parameters (`{ path, query }`) and its JSON body. */
export const editLogValidators: {
  params: Validator<operations['editLog']['parameters']>;
  body: Validator<NonNullable<operations['editLog']['requestBody']>['content']['application/json']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['editLog']['parameters']>(
    'editLog parameters',
    compiled.editLog_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['editLog']['requestBody']>['content']['application/json']
  >('editLog request body', compiled.editLog_body),
};

/** What getLogRequest sends: its parameters (`{ path, query }`). */
export const getLogRequestValidators: {
  params: Validator<operations['getLogRequest']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getLogRequest']['parameters']>(
    'getLogRequest parameters',
    compiled.getLogRequest_params,
  ),
};

/** What getLogResponse sends: its parameters (`{ path, query }`). */
export const getLogResponseValidators: {
  params: Validator<operations['getLogResponse']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getLogResponse']['parameters']>(
    'getLogResponse parameters',
    compiled.getLogResponse_params,
  ),
};

/** What listDatasets sends: its parameters (`{ path, query }`). */
export const listDatasetsValidators: {
  params: Validator<operations['listDatasets']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['listDatasets']['parameters']>(
    'listDatasets parameters',
    compiled.listDatasets_params,
  ),
};

/** What createDataset sends: its parameters (`{ path, query }`) and its JSON body. */
export const createDatasetValidators: {
  params: Validator<operations['createDataset']['parameters']>;
  body: Validator<
    NonNullable<operations['createDataset']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['createDataset']['parameters']>(
    'createDataset parameters',
    compiled.createDataset_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['createDataset']['requestBody']>['content']['application/json']
  >('createDataset request body', compiled.createDataset_body),
};

/** What getDataset sends: its parameters (`{ path, query }`). */
export const getDatasetValidators: {
  params: Validator<operations['getDataset']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getDataset']['parameters']>(
    'getDataset parameters',
    compiled.getDataset_params,
  ),
};

/** What updateDataset sends: its parameters (`{ path, query }`) and its JSON body. */
export const updateDatasetValidators: {
  params: Validator<operations['updateDataset']['parameters']>;
  body: Validator<
    NonNullable<operations['updateDataset']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['updateDataset']['parameters']>(
    'updateDataset parameters',
    compiled.updateDataset_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['updateDataset']['requestBody']>['content']['application/json']
  >('updateDataset request body', compiled.updateDataset_body),
};

/** What deleteDataset sends: its parameters (`{ path, query }`). */
export const deleteDatasetValidators: {
  params: Validator<operations['deleteDataset']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['deleteDataset']['parameters']>(
    'deleteDataset parameters',
    compiled.deleteDataset_params,
  ),
};

/** What listEvaluations sends: its parameters (`{ path, query }`). */
export const listEvaluationsValidators: {
  params: Validator<operations['listEvaluations']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['listEvaluations']['parameters']>(
    'listEvaluations parameters',
    compiled.listEvaluations_params,
  ),
};

/** What createEvaluation sends: its parameters (`{ path, query }`) and its JSON body. */
export const createEvaluationValidators: {
  params: Validator<operations['createEvaluation']['parameters']>;
  body: Validator<
    NonNullable<operations['createEvaluation']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['createEvaluation']['parameters']>(
    'createEvaluation parameters',
    compiled.createEvaluation_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['createEvaluation']['requestBody']>['content']['application/json']
  >('createEvaluation request body', compiled.createEvaluation_body),
};

/** What getEvaluation sends: its parameters (`{ path, query }`). */
export const getEvaluationValidators: {
  params: Validator<operations['getEvaluation']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getEvaluation']['parameters']>(
    'getEvaluation parameters',
    compiled.getEvaluation_params,
  ),
};

/** What deleteEvaluation sends: its parameters (`{ path, query }`). */
export const deleteEvaluationValidators: {
  params: Validator<operations['deleteEvaluation']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['deleteEvaluation']['parameters']>(
    'deleteEvaluation parameters',
    compiled.deleteEvaluation_params,
  ),
};

/** What listDynamicRoutes sends: its parameters (`{ path, query }`). */
export const listDynamicRoutesValidators: {
  params: Validator<operations['listDynamicRoutes']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['listDynamicRoutes']['parameters']>(
    'listDynamicRoutes parameters',
    compiled.listDynamicRoutes_params,
  ),
};

/** What createDynamicRoute sends: its parameters (`{ path, query }`) and its JSON body. */
export const createDynamicRouteValidators: {
  params: Validator<operations['createDynamicRoute']['parameters']>;
  body: Validator<
    NonNullable<operations['createDynamicRoute']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['createDynamicRoute']['parameters']>(
    'createDynamicRoute parameters',
    compiled.createDynamicRoute_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['createDynamicRoute']['requestBody']>['content']['application/json']
  >('createDynamicRoute request body', compiled.createDynamicRoute_body),
};

/** What getDynamicRoute sends: its parameters (`{ path, query }`). */
export const getDynamicRouteValidators: {
  params: Validator<operations['getDynamicRoute']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getDynamicRoute']['parameters']>(
    'getDynamicRoute parameters',
    compiled.getDynamicRoute_params,
  ),
};

/** What deleteDynamicRoute sends: its parameters (`{ path, query }`). */
export const deleteDynamicRouteValidators: {
  params: Validator<operations['deleteDynamicRoute']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['deleteDynamicRoute']['parameters']>(
    'deleteDynamicRoute parameters',
    compiled.deleteDynamicRoute_params,
  ),
};

/** What updateDynamicRoute sends: its parameters (`{ path, query }`) and its JSON body. */
export const updateDynamicRouteValidators: {
  params: Validator<operations['updateDynamicRoute']['parameters']>;
  body: Validator<
    NonNullable<operations['updateDynamicRoute']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['updateDynamicRoute']['parameters']>(
    'updateDynamicRoute parameters',
    compiled.updateDynamicRoute_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['updateDynamicRoute']['requestBody']>['content']['application/json']
  >('updateDynamicRoute request body', compiled.updateDynamicRoute_body),
};

/** What listDynamicRouteDeployments sends: its parameters (`{ path, query }`). */
export const listDynamicRouteDeploymentsValidators: {
  params: Validator<operations['listDynamicRouteDeployments']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['listDynamicRouteDeployments']['parameters']>(
    'listDynamicRouteDeployments parameters',
    compiled.listDynamicRouteDeployments_params,
  ),
};

/** What createDynamicRouteDeployment sends: its parameters (`{ path, query }`) and its JSON body. */
export const createDynamicRouteDeploymentValidators: {
  params: Validator<operations['createDynamicRouteDeployment']['parameters']>;
  body: Validator<
    NonNullable<
      operations['createDynamicRouteDeployment']['requestBody']
    >['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['createDynamicRouteDeployment']['parameters']>(
    'createDynamicRouteDeployment parameters',
    compiled.createDynamicRouteDeployment_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<
      operations['createDynamicRouteDeployment']['requestBody']
    >['content']['application/json']
  >('createDynamicRouteDeployment request body', compiled.createDynamicRouteDeployment_body),
};

/** What listDynamicRouteVersions sends: its parameters (`{ path, query }`). */
export const listDynamicRouteVersionsValidators: {
  params: Validator<operations['listDynamicRouteVersions']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['listDynamicRouteVersions']['parameters']>(
    'listDynamicRouteVersions parameters',
    compiled.listDynamicRouteVersions_params,
  ),
};

/** What createDynamicRouteVersion sends: its parameters (`{ path, query }`) and its JSON body. */
export const createDynamicRouteVersionValidators: {
  params: Validator<operations['createDynamicRouteVersion']['parameters']>;
  body: Validator<
    NonNullable<
      operations['createDynamicRouteVersion']['requestBody']
    >['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['createDynamicRouteVersion']['parameters']>(
    'createDynamicRouteVersion parameters',
    compiled.createDynamicRouteVersion_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<
      operations['createDynamicRouteVersion']['requestBody']
    >['content']['application/json']
  >('createDynamicRouteVersion request body', compiled.createDynamicRouteVersion_body),
};

/** What getDynamicRouteVersion sends: its parameters (`{ path, query }`). */
export const getDynamicRouteVersionValidators: {
  params: Validator<operations['getDynamicRouteVersion']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getDynamicRouteVersion']['parameters']>(
    'getDynamicRouteVersion parameters',
    compiled.getDynamicRouteVersion_params,
  ),
};

/** What listProviderConfigs sends: its parameters (`{ path, query }`). */
export const listProviderConfigsValidators: {
  params: Validator<operations['listProviderConfigs']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['listProviderConfigs']['parameters']>(
    'listProviderConfigs parameters',
    compiled.listProviderConfigs_params,
  ),
};

/** What createProviderConfig sends: its parameters (`{ path, query }`) and its JSON body. */
export const createProviderConfigValidators: {
  params: Validator<operations['createProviderConfig']['parameters']>;
  body: Validator<
    NonNullable<operations['createProviderConfig']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['createProviderConfig']['parameters']>(
    'createProviderConfig parameters',
    compiled.createProviderConfig_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['createProviderConfig']['requestBody']>['content']['application/json']
  >('createProviderConfig request body', compiled.createProviderConfig_body),
};

/** What updateProviderConfig sends: its parameters (`{ path, query }`) and its JSON body. */
export const updateProviderConfigValidators: {
  params: Validator<operations['updateProviderConfig']['parameters']>;
  body: Validator<
    NonNullable<operations['updateProviderConfig']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['updateProviderConfig']['parameters']>(
    'updateProviderConfig parameters',
    compiled.updateProviderConfig_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['updateProviderConfig']['requestBody']>['content']['application/json']
  >('updateProviderConfig request body', compiled.updateProviderConfig_body),
};

/** What deleteProviderConfig sends: its parameters (`{ path, query }`). */
export const deleteProviderConfigValidators: {
  params: Validator<operations['deleteProviderConfig']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['deleteProviderConfig']['parameters']>(
    'deleteProviderConfig parameters',
    compiled.deleteProviderConfig_params,
  ),
};

/** What getGatewayUrl sends: its parameters (`{ path, query }`). */
export const getGatewayUrlValidators: {
  params: Validator<operations['getGatewayUrl']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getGatewayUrl']['parameters']>(
    'getGatewayUrl parameters',
    compiled.getGatewayUrl_params,
  ),
};

/** What listCustomProviders sends: its parameters (`{ path, query }`). */
export const listCustomProvidersValidators: {
  params: Validator<operations['listCustomProviders']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['listCustomProviders']['parameters']>(
    'listCustomProviders parameters',
    compiled.listCustomProviders_params,
  ),
};

/** What createCustomProvider sends: its parameters (`{ path, query }`) and its JSON body. */
export const createCustomProviderValidators: {
  params: Validator<operations['createCustomProvider']['parameters']>;
  body: Validator<
    NonNullable<operations['createCustomProvider']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['createCustomProvider']['parameters']>(
    'createCustomProvider parameters',
    compiled.createCustomProvider_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['createCustomProvider']['requestBody']>['content']['application/json']
  >('createCustomProvider request body', compiled.createCustomProvider_body),
};

/** What getCustomProvider sends: its parameters (`{ path, query }`). */
export const getCustomProviderValidators: {
  params: Validator<operations['getCustomProvider']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getCustomProvider']['parameters']>(
    'getCustomProvider parameters',
    compiled.getCustomProvider_params,
  ),
};

/** What deleteCustomProvider sends: its parameters (`{ path, query }`). */
export const deleteCustomProviderValidators: {
  params: Validator<operations['deleteCustomProvider']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['deleteCustomProvider']['parameters']>(
    'deleteCustomProvider parameters',
    compiled.deleteCustomProvider_params,
  ),
};

/** What updateCustomProvider sends: its parameters (`{ path, query }`) and its JSON body. */
export const updateCustomProviderValidators: {
  params: Validator<operations['updateCustomProvider']['parameters']>;
  body: Validator<
    NonNullable<operations['updateCustomProvider']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['updateCustomProvider']['parameters']>(
    'updateCustomProvider parameters',
    compiled.updateCustomProvider_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['updateCustomProvider']['requestBody']>['content']['application/json']
  >('updateCustomProvider request body', compiled.updateCustomProvider_body),
};

/** What listCustomProviderCosts sends: its parameters (`{ path, query }`). */
export const listCustomProviderCostsValidators: {
  params: Validator<operations['listCustomProviderCosts']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['listCustomProviderCosts']['parameters']>(
    'listCustomProviderCosts parameters',
    compiled.listCustomProviderCosts_params,
  ),
};

/** What createCustomProviderCost sends: its parameters (`{ path, query }`) and its JSON body. */
export const createCustomProviderCostValidators: {
  params: Validator<operations['createCustomProviderCost']['parameters']>;
  body: Validator<
    NonNullable<
      operations['createCustomProviderCost']['requestBody']
    >['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['createCustomProviderCost']['parameters']>(
    'createCustomProviderCost parameters',
    compiled.createCustomProviderCost_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<
      operations['createCustomProviderCost']['requestBody']
    >['content']['application/json']
  >('createCustomProviderCost request body', compiled.createCustomProviderCost_body),
};

/** What getCustomProviderCost sends: its parameters (`{ path, query }`). */
export const getCustomProviderCostValidators: {
  params: Validator<operations['getCustomProviderCost']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getCustomProviderCost']['parameters']>(
    'getCustomProviderCost parameters',
    compiled.getCustomProviderCost_params,
  ),
};

/** What deleteCustomProviderCost sends: its parameters (`{ path, query }`). */
export const deleteCustomProviderCostValidators: {
  params: Validator<operations['deleteCustomProviderCost']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['deleteCustomProviderCost']['parameters']>(
    'deleteCustomProviderCost parameters',
    compiled.deleteCustomProviderCost_params,
  ),
};

/** What updateCustomProviderCost sends: its parameters (`{ path, query }`) and its JSON body. */
export const updateCustomProviderCostValidators: {
  params: Validator<operations['updateCustomProviderCost']['parameters']>;
  body: Validator<
    NonNullable<
      operations['updateCustomProviderCost']['requestBody']
    >['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['updateCustomProviderCost']['parameters']>(
    'updateCustomProviderCost parameters',
    compiled.updateCustomProviderCost_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<
      operations['updateCustomProviderCost']['requestBody']
    >['content']['application/json']
  >('updateCustomProviderCost request body', compiled.updateCustomProviderCost_body),
};

/** What listCustomDomains sends: its parameters (`{ path, query }`). */
export const listCustomDomainsValidators: {
  params: Validator<operations['listCustomDomains']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['listCustomDomains']['parameters']>(
    'listCustomDomains parameters',
    compiled.listCustomDomains_params,
  ),
};

/** What createCustomDomain sends: its parameters (`{ path, query }`) and its JSON body. */
export const createCustomDomainValidators: {
  params: Validator<operations['createCustomDomain']['parameters']>;
  body: Validator<
    NonNullable<operations['createCustomDomain']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['createCustomDomain']['parameters']>(
    'createCustomDomain parameters',
    compiled.createCustomDomain_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['createCustomDomain']['requestBody']>['content']['application/json']
  >('createCustomDomain request body', compiled.createCustomDomain_body),
};

/** What getCustomDomain sends: its parameters (`{ path, query }`). */
export const getCustomDomainValidators: {
  params: Validator<operations['getCustomDomain']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getCustomDomain']['parameters']>(
    'getCustomDomain parameters',
    compiled.getCustomDomain_params,
  ),
};

/** What deleteCustomDomain sends: its parameters (`{ path, query }`). */
export const deleteCustomDomainValidators: {
  params: Validator<operations['deleteCustomDomain']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['deleteCustomDomain']['parameters']>(
    'deleteCustomDomain parameters',
    compiled.deleteCustomDomain_params,
  ),
};

/** What getCreditBalance sends: its parameters (`{ path, query }`). */
export const getCreditBalanceValidators: {
  params: Validator<operations['getCreditBalance']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getCreditBalance']['parameters']>(
    'getCreditBalance parameters',
    compiled.getCreditBalance_params,
  ),
};

/** What getInvoiceHistory sends: its parameters (`{ path, query }`). */
export const getInvoiceHistoryValidators: {
  params: Validator<operations['getInvoiceHistory']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getInvoiceHistory']['parameters']>(
    'getInvoiceHistory parameters',
    compiled.getInvoiceHistory_params,
  ),
};

/** What getInvoicePreview sends: its parameters (`{ path, query }`). */
export const getInvoicePreviewValidators: {
  params: Validator<operations['getInvoicePreview']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getInvoicePreview']['parameters']>(
    'getInvoicePreview parameters',
    compiled.getInvoicePreview_params,
  ),
};

/** What getUsageHistory sends: its parameters (`{ path, query }`). */
export const getUsageHistoryValidators: {
  params: Validator<operations['getUsageHistory']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getUsageHistory']['parameters']>(
    'getUsageHistory parameters',
    compiled.getUsageHistory_params,
  ),
};

/** What getSpendingLimit sends: its parameters (`{ path, query }`). */
export const getSpendingLimitValidators: {
  params: Validator<operations['getSpendingLimit']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getSpendingLimit']['parameters']>(
    'getSpendingLimit parameters',
    compiled.getSpendingLimit_params,
  ),
};

/** What setSpendingLimit sends: its parameters (`{ path, query }`) and its JSON body. */
export const setSpendingLimitValidators: {
  params: Validator<operations['setSpendingLimit']['parameters']>;
  body: Validator<
    NonNullable<operations['setSpendingLimit']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['setSpendingLimit']['parameters']>(
    'setSpendingLimit parameters',
    compiled.setSpendingLimit_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['setSpendingLimit']['requestBody']>['content']['application/json']
  >('setSpendingLimit request body', compiled.setSpendingLimit_body),
};

/** What deleteSpendingLimit sends: its parameters (`{ path, query }`). */
export const deleteSpendingLimitValidators: {
  params: Validator<operations['deleteSpendingLimit']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['deleteSpendingLimit']['parameters']>(
    'deleteSpendingLimit parameters',
    compiled.deleteSpendingLimit_params,
  ),
};

/** What createTopup sends: its parameters (`{ path, query }`) and its JSON body. */
export const createTopupValidators: {
  params: Validator<operations['createTopup']['parameters']>;
  body: Validator<
    NonNullable<operations['createTopup']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['createTopup']['parameters']>(
    'createTopup parameters',
    compiled.createTopup_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['createTopup']['requestBody']>['content']['application/json']
  >('createTopup request body', compiled.createTopup_body),
};

/** What getTopupConfig sends: its parameters (`{ path, query }`). */
export const getTopupConfigValidators: {
  params: Validator<operations['getTopupConfig']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getTopupConfig']['parameters']>(
    'getTopupConfig parameters',
    compiled.getTopupConfig_params,
  ),
};

/** What setTopupConfig sends: its parameters (`{ path, query }`) and its JSON body. */
export const setTopupConfigValidators: {
  params: Validator<operations['setTopupConfig']['parameters']>;
  body: Validator<
    NonNullable<operations['setTopupConfig']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['setTopupConfig']['parameters']>(
    'setTopupConfig parameters',
    compiled.setTopupConfig_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['setTopupConfig']['requestBody']>['content']['application/json']
  >('setTopupConfig request body', compiled.setTopupConfig_body),
};

/** What deleteTopupConfig sends: its parameters (`{ path, query }`). */
export const deleteTopupConfigValidators: {
  params: Validator<operations['deleteTopupConfig']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['deleteTopupConfig']['parameters']>(
    'deleteTopupConfig parameters',
    compiled.deleteTopupConfig_params,
  ),
};

/** What getTopupLimits sends: its parameters (`{ path, query }`). */
export const getTopupLimitsValidators: {
  params: Validator<operations['getTopupLimits']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getTopupLimits']['parameters']>(
    'getTopupLimits parameters',
    compiled.getTopupLimits_params,
  ),
};

/** What checkTopupStatus sends: its parameters (`{ path, query }`) and its JSON body. */
export const checkTopupStatusValidators: {
  params: Validator<operations['checkTopupStatus']['parameters']>;
  body: Validator<
    NonNullable<operations['checkTopupStatus']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['checkTopupStatus']['parameters']>(
    'checkTopupStatus parameters',
    compiled.checkTopupStatus_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['checkTopupStatus']['requestBody']>['content']['application/json']
  >('checkTopupStatus request body', compiled.checkTopupStatus_body),
};

/** For every operation: its parameters and its JSON request body. */
export const requestValidators: {
  listGateways: typeof listGatewaysValidators;
  createGateway: typeof createGatewayValidators;
  getGateway: typeof getGatewayValidators;
  updateGateway: typeof updateGatewayValidators;
  deleteGateway: typeof deleteGatewayValidators;
  listEvaluationTypes: typeof listEvaluationTypesValidators;
  listLogs: typeof listLogsValidators;
  deleteLogs: typeof deleteLogsValidators;
  getLog: typeof getLogValidators;
  editLog: typeof editLogValidators;
  getLogRequest: typeof getLogRequestValidators;
  getLogResponse: typeof getLogResponseValidators;
  listDatasets: typeof listDatasetsValidators;
  createDataset: typeof createDatasetValidators;
  getDataset: typeof getDatasetValidators;
  updateDataset: typeof updateDatasetValidators;
  deleteDataset: typeof deleteDatasetValidators;
  listEvaluations: typeof listEvaluationsValidators;
  createEvaluation: typeof createEvaluationValidators;
  getEvaluation: typeof getEvaluationValidators;
  deleteEvaluation: typeof deleteEvaluationValidators;
  listDynamicRoutes: typeof listDynamicRoutesValidators;
  createDynamicRoute: typeof createDynamicRouteValidators;
  getDynamicRoute: typeof getDynamicRouteValidators;
  deleteDynamicRoute: typeof deleteDynamicRouteValidators;
  updateDynamicRoute: typeof updateDynamicRouteValidators;
  listDynamicRouteDeployments: typeof listDynamicRouteDeploymentsValidators;
  createDynamicRouteDeployment: typeof createDynamicRouteDeploymentValidators;
  listDynamicRouteVersions: typeof listDynamicRouteVersionsValidators;
  createDynamicRouteVersion: typeof createDynamicRouteVersionValidators;
  getDynamicRouteVersion: typeof getDynamicRouteVersionValidators;
  listProviderConfigs: typeof listProviderConfigsValidators;
  createProviderConfig: typeof createProviderConfigValidators;
  updateProviderConfig: typeof updateProviderConfigValidators;
  deleteProviderConfig: typeof deleteProviderConfigValidators;
  getGatewayUrl: typeof getGatewayUrlValidators;
  listCustomProviders: typeof listCustomProvidersValidators;
  createCustomProvider: typeof createCustomProviderValidators;
  getCustomProvider: typeof getCustomProviderValidators;
  deleteCustomProvider: typeof deleteCustomProviderValidators;
  updateCustomProvider: typeof updateCustomProviderValidators;
  listCustomProviderCosts: typeof listCustomProviderCostsValidators;
  createCustomProviderCost: typeof createCustomProviderCostValidators;
  getCustomProviderCost: typeof getCustomProviderCostValidators;
  deleteCustomProviderCost: typeof deleteCustomProviderCostValidators;
  updateCustomProviderCost: typeof updateCustomProviderCostValidators;
  listCustomDomains: typeof listCustomDomainsValidators;
  createCustomDomain: typeof createCustomDomainValidators;
  getCustomDomain: typeof getCustomDomainValidators;
  deleteCustomDomain: typeof deleteCustomDomainValidators;
  getCreditBalance: typeof getCreditBalanceValidators;
  getInvoiceHistory: typeof getInvoiceHistoryValidators;
  getInvoicePreview: typeof getInvoicePreviewValidators;
  getUsageHistory: typeof getUsageHistoryValidators;
  getSpendingLimit: typeof getSpendingLimitValidators;
  setSpendingLimit: typeof setSpendingLimitValidators;
  deleteSpendingLimit: typeof deleteSpendingLimitValidators;
  createTopup: typeof createTopupValidators;
  getTopupConfig: typeof getTopupConfigValidators;
  setTopupConfig: typeof setTopupConfigValidators;
  deleteTopupConfig: typeof deleteTopupConfigValidators;
  getTopupLimits: typeof getTopupLimitsValidators;
  checkTopupStatus: typeof checkTopupStatusValidators;
} = {
  listGateways: listGatewaysValidators,
  createGateway: createGatewayValidators,
  getGateway: getGatewayValidators,
  updateGateway: updateGatewayValidators,
  deleteGateway: deleteGatewayValidators,
  listEvaluationTypes: listEvaluationTypesValidators,
  listLogs: listLogsValidators,
  deleteLogs: deleteLogsValidators,
  getLog: getLogValidators,
  editLog: editLogValidators,
  getLogRequest: getLogRequestValidators,
  getLogResponse: getLogResponseValidators,
  listDatasets: listDatasetsValidators,
  createDataset: createDatasetValidators,
  getDataset: getDatasetValidators,
  updateDataset: updateDatasetValidators,
  deleteDataset: deleteDatasetValidators,
  listEvaluations: listEvaluationsValidators,
  createEvaluation: createEvaluationValidators,
  getEvaluation: getEvaluationValidators,
  deleteEvaluation: deleteEvaluationValidators,
  listDynamicRoutes: listDynamicRoutesValidators,
  createDynamicRoute: createDynamicRouteValidators,
  getDynamicRoute: getDynamicRouteValidators,
  deleteDynamicRoute: deleteDynamicRouteValidators,
  updateDynamicRoute: updateDynamicRouteValidators,
  listDynamicRouteDeployments: listDynamicRouteDeploymentsValidators,
  createDynamicRouteDeployment: createDynamicRouteDeploymentValidators,
  listDynamicRouteVersions: listDynamicRouteVersionsValidators,
  createDynamicRouteVersion: createDynamicRouteVersionValidators,
  getDynamicRouteVersion: getDynamicRouteVersionValidators,
  listProviderConfigs: listProviderConfigsValidators,
  createProviderConfig: createProviderConfigValidators,
  updateProviderConfig: updateProviderConfigValidators,
  deleteProviderConfig: deleteProviderConfigValidators,
  getGatewayUrl: getGatewayUrlValidators,
  listCustomProviders: listCustomProvidersValidators,
  createCustomProvider: createCustomProviderValidators,
  getCustomProvider: getCustomProviderValidators,
  deleteCustomProvider: deleteCustomProviderValidators,
  updateCustomProvider: updateCustomProviderValidators,
  listCustomProviderCosts: listCustomProviderCostsValidators,
  createCustomProviderCost: createCustomProviderCostValidators,
  getCustomProviderCost: getCustomProviderCostValidators,
  deleteCustomProviderCost: deleteCustomProviderCostValidators,
  updateCustomProviderCost: updateCustomProviderCostValidators,
  listCustomDomains: listCustomDomainsValidators,
  createCustomDomain: createCustomDomainValidators,
  getCustomDomain: getCustomDomainValidators,
  deleteCustomDomain: deleteCustomDomainValidators,
  getCreditBalance: getCreditBalanceValidators,
  getInvoiceHistory: getInvoiceHistoryValidators,
  getInvoicePreview: getInvoicePreviewValidators,
  getUsageHistory: getUsageHistoryValidators,
  getSpendingLimit: getSpendingLimitValidators,
  setSpendingLimit: setSpendingLimitValidators,
  deleteSpendingLimit: deleteSpendingLimitValidators,
  createTopup: createTopupValidators,
  getTopupConfig: getTopupConfigValidators,
  setTopupConfig: setTopupConfigValidators,
  deleteTopupConfig: deleteTopupConfigValidators,
  getTopupLimits: getTopupLimitsValidators,
  checkTopupStatus: checkTopupStatusValidators,
};
