// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

/** For every operation: loads the validators of its JSON responses, by status, and only those. */
export const responseLoaders: {
  listGateways: () => Promise<
    typeof import('./compiled-responses/listGateways.js').listGatewaysResponses
  >;
  createGateway: () => Promise<
    typeof import('./compiled-responses/createGateway.js').createGatewayResponses
  >;
  getGateway: () => Promise<
    typeof import('./compiled-responses/getGateway.js').getGatewayResponses
  >;
  updateGateway: () => Promise<
    typeof import('./compiled-responses/updateGateway.js').updateGatewayResponses
  >;
  deleteGateway: () => Promise<
    typeof import('./compiled-responses/deleteGateway.js').deleteGatewayResponses
  >;
  listEvaluationTypes: () => Promise<
    typeof import('./compiled-responses/listEvaluationTypes.js').listEvaluationTypesResponses
  >;
  listLogs: () => Promise<typeof import('./compiled-responses/listLogs.js').listLogsResponses>;
  deleteLogs: () => Promise<
    typeof import('./compiled-responses/deleteLogs.js').deleteLogsResponses
  >;
  getLog: () => Promise<typeof import('./compiled-responses/getLog.js').getLogResponses>;
  editLog: () => Promise<typeof import('./compiled-responses/editLog.js').editLogResponses>;
  getLogRequest: () => Promise<
    typeof import('./compiled-responses/getLogRequest.js').getLogRequestResponses
  >;
  getLogResponse: () => Promise<
    typeof import('./compiled-responses/getLogResponse.js').getLogResponseResponses
  >;
  listDatasets: () => Promise<
    typeof import('./compiled-responses/listDatasets.js').listDatasetsResponses
  >;
  createDataset: () => Promise<
    typeof import('./compiled-responses/createDataset.js').createDatasetResponses
  >;
  getDataset: () => Promise<
    typeof import('./compiled-responses/getDataset.js').getDatasetResponses
  >;
  updateDataset: () => Promise<
    typeof import('./compiled-responses/updateDataset.js').updateDatasetResponses
  >;
  deleteDataset: () => Promise<
    typeof import('./compiled-responses/deleteDataset.js').deleteDatasetResponses
  >;
  listEvaluations: () => Promise<
    typeof import('./compiled-responses/listEvaluations.js').listEvaluationsResponses
  >;
  createEvaluation: () => Promise<
    typeof import('./compiled-responses/createEvaluation.js').createEvaluationResponses
  >;
  getEvaluation: () => Promise<
    typeof import('./compiled-responses/getEvaluation.js').getEvaluationResponses
  >;
  deleteEvaluation: () => Promise<
    typeof import('./compiled-responses/deleteEvaluation.js').deleteEvaluationResponses
  >;
  listDynamicRoutes: () => Promise<
    typeof import('./compiled-responses/listDynamicRoutes.js').listDynamicRoutesResponses
  >;
  createDynamicRoute: () => Promise<
    typeof import('./compiled-responses/createDynamicRoute.js').createDynamicRouteResponses
  >;
  getDynamicRoute: () => Promise<
    typeof import('./compiled-responses/getDynamicRoute.js').getDynamicRouteResponses
  >;
  deleteDynamicRoute: () => Promise<
    typeof import('./compiled-responses/deleteDynamicRoute.js').deleteDynamicRouteResponses
  >;
  updateDynamicRoute: () => Promise<
    typeof import('./compiled-responses/updateDynamicRoute.js').updateDynamicRouteResponses
  >;
  listDynamicRouteDeployments: () => Promise<
    typeof import('./compiled-responses/listDynamicRouteDeployments.js').listDynamicRouteDeploymentsResponses
  >;
  createDynamicRouteDeployment: () => Promise<
    typeof import('./compiled-responses/createDynamicRouteDeployment.js').createDynamicRouteDeploymentResponses
  >;
  listDynamicRouteVersions: () => Promise<
    typeof import('./compiled-responses/listDynamicRouteVersions.js').listDynamicRouteVersionsResponses
  >;
  createDynamicRouteVersion: () => Promise<
    typeof import('./compiled-responses/createDynamicRouteVersion.js').createDynamicRouteVersionResponses
  >;
  getDynamicRouteVersion: () => Promise<
    typeof import('./compiled-responses/getDynamicRouteVersion.js').getDynamicRouteVersionResponses
  >;
  listProviderConfigs: () => Promise<
    typeof import('./compiled-responses/listProviderConfigs.js').listProviderConfigsResponses
  >;
  createProviderConfig: () => Promise<
    typeof import('./compiled-responses/createProviderConfig.js').createProviderConfigResponses
  >;
  updateProviderConfig: () => Promise<
    typeof import('./compiled-responses/updateProviderConfig.js').updateProviderConfigResponses
  >;
  deleteProviderConfig: () => Promise<
    typeof import('./compiled-responses/deleteProviderConfig.js').deleteProviderConfigResponses
  >;
  getGatewayUrl: () => Promise<
    typeof import('./compiled-responses/getGatewayUrl.js').getGatewayUrlResponses
  >;
  listCustomProviders: () => Promise<
    typeof import('./compiled-responses/listCustomProviders.js').listCustomProvidersResponses
  >;
  createCustomProvider: () => Promise<
    typeof import('./compiled-responses/createCustomProvider.js').createCustomProviderResponses
  >;
  getCustomProvider: () => Promise<
    typeof import('./compiled-responses/getCustomProvider.js').getCustomProviderResponses
  >;
  deleteCustomProvider: () => Promise<
    typeof import('./compiled-responses/deleteCustomProvider.js').deleteCustomProviderResponses
  >;
  updateCustomProvider: () => Promise<
    typeof import('./compiled-responses/updateCustomProvider.js').updateCustomProviderResponses
  >;
  listCustomProviderCosts: () => Promise<
    typeof import('./compiled-responses/listCustomProviderCosts.js').listCustomProviderCostsResponses
  >;
  createCustomProviderCost: () => Promise<
    typeof import('./compiled-responses/createCustomProviderCost.js').createCustomProviderCostResponses
  >;
  getCustomProviderCost: () => Promise<
    typeof import('./compiled-responses/getCustomProviderCost.js').getCustomProviderCostResponses
  >;
  deleteCustomProviderCost: () => Promise<
    typeof import('./compiled-responses/deleteCustomProviderCost.js').deleteCustomProviderCostResponses
  >;
  updateCustomProviderCost: () => Promise<
    typeof import('./compiled-responses/updateCustomProviderCost.js').updateCustomProviderCostResponses
  >;
  listCustomDomains: () => Promise<
    typeof import('./compiled-responses/listCustomDomains.js').listCustomDomainsResponses
  >;
  createCustomDomain: () => Promise<
    typeof import('./compiled-responses/createCustomDomain.js').createCustomDomainResponses
  >;
  getCustomDomain: () => Promise<
    typeof import('./compiled-responses/getCustomDomain.js').getCustomDomainResponses
  >;
  deleteCustomDomain: () => Promise<
    typeof import('./compiled-responses/deleteCustomDomain.js').deleteCustomDomainResponses
  >;
  getCreditBalance: () => Promise<
    typeof import('./compiled-responses/getCreditBalance.js').getCreditBalanceResponses
  >;
  getInvoiceHistory: () => Promise<
    typeof import('./compiled-responses/getInvoiceHistory.js').getInvoiceHistoryResponses
  >;
  getInvoicePreview: () => Promise<
    typeof import('./compiled-responses/getInvoicePreview.js').getInvoicePreviewResponses
  >;
  getUsageHistory: () => Promise<
    typeof import('./compiled-responses/getUsageHistory.js').getUsageHistoryResponses
  >;
  getSpendingLimit: () => Promise<
    typeof import('./compiled-responses/getSpendingLimit.js').getSpendingLimitResponses
  >;
  setSpendingLimit: () => Promise<
    typeof import('./compiled-responses/setSpendingLimit.js').setSpendingLimitResponses
  >;
  deleteSpendingLimit: () => Promise<
    typeof import('./compiled-responses/deleteSpendingLimit.js').deleteSpendingLimitResponses
  >;
  createTopup: () => Promise<
    typeof import('./compiled-responses/createTopup.js').createTopupResponses
  >;
  getTopupConfig: () => Promise<
    typeof import('./compiled-responses/getTopupConfig.js').getTopupConfigResponses
  >;
  setTopupConfig: () => Promise<
    typeof import('./compiled-responses/setTopupConfig.js').setTopupConfigResponses
  >;
  deleteTopupConfig: () => Promise<
    typeof import('./compiled-responses/deleteTopupConfig.js').deleteTopupConfigResponses
  >;
  getTopupLimits: () => Promise<
    typeof import('./compiled-responses/getTopupLimits.js').getTopupLimitsResponses
  >;
  checkTopupStatus: () => Promise<
    typeof import('./compiled-responses/checkTopupStatus.js').checkTopupStatusResponses
  >;
} = {
  listGateways: async () =>
    (await import('./compiled-responses/listGateways.js')).listGatewaysResponses,
  createGateway: async () =>
    (await import('./compiled-responses/createGateway.js')).createGatewayResponses,
  getGateway: async () => (await import('./compiled-responses/getGateway.js')).getGatewayResponses,
  updateGateway: async () =>
    (await import('./compiled-responses/updateGateway.js')).updateGatewayResponses,
  deleteGateway: async () =>
    (await import('./compiled-responses/deleteGateway.js')).deleteGatewayResponses,
  listEvaluationTypes: async () =>
    (await import('./compiled-responses/listEvaluationTypes.js')).listEvaluationTypesResponses,
  listLogs: async () => (await import('./compiled-responses/listLogs.js')).listLogsResponses,
  deleteLogs: async () => (await import('./compiled-responses/deleteLogs.js')).deleteLogsResponses,
  getLog: async () => (await import('./compiled-responses/getLog.js')).getLogResponses,
  editLog: async () => (await import('./compiled-responses/editLog.js')).editLogResponses,
  getLogRequest: async () =>
    (await import('./compiled-responses/getLogRequest.js')).getLogRequestResponses,
  getLogResponse: async () =>
    (await import('./compiled-responses/getLogResponse.js')).getLogResponseResponses,
  listDatasets: async () =>
    (await import('./compiled-responses/listDatasets.js')).listDatasetsResponses,
  createDataset: async () =>
    (await import('./compiled-responses/createDataset.js')).createDatasetResponses,
  getDataset: async () => (await import('./compiled-responses/getDataset.js')).getDatasetResponses,
  updateDataset: async () =>
    (await import('./compiled-responses/updateDataset.js')).updateDatasetResponses,
  deleteDataset: async () =>
    (await import('./compiled-responses/deleteDataset.js')).deleteDatasetResponses,
  listEvaluations: async () =>
    (await import('./compiled-responses/listEvaluations.js')).listEvaluationsResponses,
  createEvaluation: async () =>
    (await import('./compiled-responses/createEvaluation.js')).createEvaluationResponses,
  getEvaluation: async () =>
    (await import('./compiled-responses/getEvaluation.js')).getEvaluationResponses,
  deleteEvaluation: async () =>
    (await import('./compiled-responses/deleteEvaluation.js')).deleteEvaluationResponses,
  listDynamicRoutes: async () =>
    (await import('./compiled-responses/listDynamicRoutes.js')).listDynamicRoutesResponses,
  createDynamicRoute: async () =>
    (await import('./compiled-responses/createDynamicRoute.js')).createDynamicRouteResponses,
  getDynamicRoute: async () =>
    (await import('./compiled-responses/getDynamicRoute.js')).getDynamicRouteResponses,
  deleteDynamicRoute: async () =>
    (await import('./compiled-responses/deleteDynamicRoute.js')).deleteDynamicRouteResponses,
  updateDynamicRoute: async () =>
    (await import('./compiled-responses/updateDynamicRoute.js')).updateDynamicRouteResponses,
  listDynamicRouteDeployments: async () =>
    (await import('./compiled-responses/listDynamicRouteDeployments.js'))
      .listDynamicRouteDeploymentsResponses,
  createDynamicRouteDeployment: async () =>
    (await import('./compiled-responses/createDynamicRouteDeployment.js'))
      .createDynamicRouteDeploymentResponses,
  listDynamicRouteVersions: async () =>
    (await import('./compiled-responses/listDynamicRouteVersions.js'))
      .listDynamicRouteVersionsResponses,
  createDynamicRouteVersion: async () =>
    (await import('./compiled-responses/createDynamicRouteVersion.js'))
      .createDynamicRouteVersionResponses,
  getDynamicRouteVersion: async () =>
    (await import('./compiled-responses/getDynamicRouteVersion.js'))
      .getDynamicRouteVersionResponses,
  listProviderConfigs: async () =>
    (await import('./compiled-responses/listProviderConfigs.js')).listProviderConfigsResponses,
  createProviderConfig: async () =>
    (await import('./compiled-responses/createProviderConfig.js')).createProviderConfigResponses,
  updateProviderConfig: async () =>
    (await import('./compiled-responses/updateProviderConfig.js')).updateProviderConfigResponses,
  deleteProviderConfig: async () =>
    (await import('./compiled-responses/deleteProviderConfig.js')).deleteProviderConfigResponses,
  getGatewayUrl: async () =>
    (await import('./compiled-responses/getGatewayUrl.js')).getGatewayUrlResponses,
  listCustomProviders: async () =>
    (await import('./compiled-responses/listCustomProviders.js')).listCustomProvidersResponses,
  createCustomProvider: async () =>
    (await import('./compiled-responses/createCustomProvider.js')).createCustomProviderResponses,
  getCustomProvider: async () =>
    (await import('./compiled-responses/getCustomProvider.js')).getCustomProviderResponses,
  deleteCustomProvider: async () =>
    (await import('./compiled-responses/deleteCustomProvider.js')).deleteCustomProviderResponses,
  updateCustomProvider: async () =>
    (await import('./compiled-responses/updateCustomProvider.js')).updateCustomProviderResponses,
  listCustomProviderCosts: async () =>
    (await import('./compiled-responses/listCustomProviderCosts.js'))
      .listCustomProviderCostsResponses,
  createCustomProviderCost: async () =>
    (await import('./compiled-responses/createCustomProviderCost.js'))
      .createCustomProviderCostResponses,
  getCustomProviderCost: async () =>
    (await import('./compiled-responses/getCustomProviderCost.js')).getCustomProviderCostResponses,
  deleteCustomProviderCost: async () =>
    (await import('./compiled-responses/deleteCustomProviderCost.js'))
      .deleteCustomProviderCostResponses,
  updateCustomProviderCost: async () =>
    (await import('./compiled-responses/updateCustomProviderCost.js'))
      .updateCustomProviderCostResponses,
  listCustomDomains: async () =>
    (await import('./compiled-responses/listCustomDomains.js')).listCustomDomainsResponses,
  createCustomDomain: async () =>
    (await import('./compiled-responses/createCustomDomain.js')).createCustomDomainResponses,
  getCustomDomain: async () =>
    (await import('./compiled-responses/getCustomDomain.js')).getCustomDomainResponses,
  deleteCustomDomain: async () =>
    (await import('./compiled-responses/deleteCustomDomain.js')).deleteCustomDomainResponses,
  getCreditBalance: async () =>
    (await import('./compiled-responses/getCreditBalance.js')).getCreditBalanceResponses,
  getInvoiceHistory: async () =>
    (await import('./compiled-responses/getInvoiceHistory.js')).getInvoiceHistoryResponses,
  getInvoicePreview: async () =>
    (await import('./compiled-responses/getInvoicePreview.js')).getInvoicePreviewResponses,
  getUsageHistory: async () =>
    (await import('./compiled-responses/getUsageHistory.js')).getUsageHistoryResponses,
  getSpendingLimit: async () =>
    (await import('./compiled-responses/getSpendingLimit.js')).getSpendingLimitResponses,
  setSpendingLimit: async () =>
    (await import('./compiled-responses/setSpendingLimit.js')).setSpendingLimitResponses,
  deleteSpendingLimit: async () =>
    (await import('./compiled-responses/deleteSpendingLimit.js')).deleteSpendingLimitResponses,
  createTopup: async () =>
    (await import('./compiled-responses/createTopup.js')).createTopupResponses,
  getTopupConfig: async () =>
    (await import('./compiled-responses/getTopupConfig.js')).getTopupConfigResponses,
  setTopupConfig: async () =>
    (await import('./compiled-responses/setTopupConfig.js')).setTopupConfigResponses,
  deleteTopupConfig: async () =>
    (await import('./compiled-responses/deleteTopupConfig.js')).deleteTopupConfigResponses,
  getTopupLimits: async () =>
    (await import('./compiled-responses/getTopupLimits.js')).getTopupLimitsResponses,
  checkTopupStatus: async () =>
    (await import('./compiled-responses/checkTopupStatus.js')).checkTopupStatusResponses,
};
