// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

/** For every operation: loads the validators of its JSON responses, by status, and only those. */
export const responseLoaders: {
  listGateways: () => Promise<typeof import('./responses/listGateways.js').listGatewaysResponses>;
  createGateway: () => Promise<
    typeof import('./responses/createGateway.js').createGatewayResponses
  >;
  getGateway: () => Promise<typeof import('./responses/getGateway.js').getGatewayResponses>;
  updateGateway: () => Promise<
    typeof import('./responses/updateGateway.js').updateGatewayResponses
  >;
  deleteGateway: () => Promise<
    typeof import('./responses/deleteGateway.js').deleteGatewayResponses
  >;
  listEvaluationTypes: () => Promise<
    typeof import('./responses/listEvaluationTypes.js').listEvaluationTypesResponses
  >;
  listLogs: () => Promise<typeof import('./responses/listLogs.js').listLogsResponses>;
  deleteLogs: () => Promise<typeof import('./responses/deleteLogs.js').deleteLogsResponses>;
  getLog: () => Promise<typeof import('./responses/getLog.js').getLogResponses>;
  editLog: () => Promise<typeof import('./responses/editLog.js').editLogResponses>;
  getLogRequest: () => Promise<
    typeof import('./responses/getLogRequest.js').getLogRequestResponses
  >;
  getLogResponse: () => Promise<
    typeof import('./responses/getLogResponse.js').getLogResponseResponses
  >;
  listDatasets: () => Promise<typeof import('./responses/listDatasets.js').listDatasetsResponses>;
  createDataset: () => Promise<
    typeof import('./responses/createDataset.js').createDatasetResponses
  >;
  getDataset: () => Promise<typeof import('./responses/getDataset.js').getDatasetResponses>;
  updateDataset: () => Promise<
    typeof import('./responses/updateDataset.js').updateDatasetResponses
  >;
  deleteDataset: () => Promise<
    typeof import('./responses/deleteDataset.js').deleteDatasetResponses
  >;
  listEvaluations: () => Promise<
    typeof import('./responses/listEvaluations.js').listEvaluationsResponses
  >;
  createEvaluation: () => Promise<
    typeof import('./responses/createEvaluation.js').createEvaluationResponses
  >;
  getEvaluation: () => Promise<
    typeof import('./responses/getEvaluation.js').getEvaluationResponses
  >;
  deleteEvaluation: () => Promise<
    typeof import('./responses/deleteEvaluation.js').deleteEvaluationResponses
  >;
  listDynamicRoutes: () => Promise<
    typeof import('./responses/listDynamicRoutes.js').listDynamicRoutesResponses
  >;
  createDynamicRoute: () => Promise<
    typeof import('./responses/createDynamicRoute.js').createDynamicRouteResponses
  >;
  getDynamicRoute: () => Promise<
    typeof import('./responses/getDynamicRoute.js').getDynamicRouteResponses
  >;
  deleteDynamicRoute: () => Promise<
    typeof import('./responses/deleteDynamicRoute.js').deleteDynamicRouteResponses
  >;
  updateDynamicRoute: () => Promise<
    typeof import('./responses/updateDynamicRoute.js').updateDynamicRouteResponses
  >;
  listDynamicRouteDeployments: () => Promise<
    typeof import('./responses/listDynamicRouteDeployments.js').listDynamicRouteDeploymentsResponses
  >;
  createDynamicRouteDeployment: () => Promise<
    typeof import('./responses/createDynamicRouteDeployment.js').createDynamicRouteDeploymentResponses
  >;
  listDynamicRouteVersions: () => Promise<
    typeof import('./responses/listDynamicRouteVersions.js').listDynamicRouteVersionsResponses
  >;
  createDynamicRouteVersion: () => Promise<
    typeof import('./responses/createDynamicRouteVersion.js').createDynamicRouteVersionResponses
  >;
  getDynamicRouteVersion: () => Promise<
    typeof import('./responses/getDynamicRouteVersion.js').getDynamicRouteVersionResponses
  >;
  listProviderConfigs: () => Promise<
    typeof import('./responses/listProviderConfigs.js').listProviderConfigsResponses
  >;
  createProviderConfig: () => Promise<
    typeof import('./responses/createProviderConfig.js').createProviderConfigResponses
  >;
  updateProviderConfig: () => Promise<
    typeof import('./responses/updateProviderConfig.js').updateProviderConfigResponses
  >;
  deleteProviderConfig: () => Promise<
    typeof import('./responses/deleteProviderConfig.js').deleteProviderConfigResponses
  >;
  getGatewayUrl: () => Promise<
    typeof import('./responses/getGatewayUrl.js').getGatewayUrlResponses
  >;
  listCustomProviders: () => Promise<
    typeof import('./responses/listCustomProviders.js').listCustomProvidersResponses
  >;
  createCustomProvider: () => Promise<
    typeof import('./responses/createCustomProvider.js').createCustomProviderResponses
  >;
  getCustomProvider: () => Promise<
    typeof import('./responses/getCustomProvider.js').getCustomProviderResponses
  >;
  deleteCustomProvider: () => Promise<
    typeof import('./responses/deleteCustomProvider.js').deleteCustomProviderResponses
  >;
  updateCustomProvider: () => Promise<
    typeof import('./responses/updateCustomProvider.js').updateCustomProviderResponses
  >;
  listCustomProviderCosts: () => Promise<
    typeof import('./responses/listCustomProviderCosts.js').listCustomProviderCostsResponses
  >;
  createCustomProviderCost: () => Promise<
    typeof import('./responses/createCustomProviderCost.js').createCustomProviderCostResponses
  >;
  getCustomProviderCost: () => Promise<
    typeof import('./responses/getCustomProviderCost.js').getCustomProviderCostResponses
  >;
  deleteCustomProviderCost: () => Promise<
    typeof import('./responses/deleteCustomProviderCost.js').deleteCustomProviderCostResponses
  >;
  updateCustomProviderCost: () => Promise<
    typeof import('./responses/updateCustomProviderCost.js').updateCustomProviderCostResponses
  >;
  listCustomDomains: () => Promise<
    typeof import('./responses/listCustomDomains.js').listCustomDomainsResponses
  >;
  createCustomDomain: () => Promise<
    typeof import('./responses/createCustomDomain.js').createCustomDomainResponses
  >;
  getCustomDomain: () => Promise<
    typeof import('./responses/getCustomDomain.js').getCustomDomainResponses
  >;
  deleteCustomDomain: () => Promise<
    typeof import('./responses/deleteCustomDomain.js').deleteCustomDomainResponses
  >;
  getCreditBalance: () => Promise<
    typeof import('./responses/getCreditBalance.js').getCreditBalanceResponses
  >;
  getInvoiceHistory: () => Promise<
    typeof import('./responses/getInvoiceHistory.js').getInvoiceHistoryResponses
  >;
  getInvoicePreview: () => Promise<
    typeof import('./responses/getInvoicePreview.js').getInvoicePreviewResponses
  >;
  getUsageHistory: () => Promise<
    typeof import('./responses/getUsageHistory.js').getUsageHistoryResponses
  >;
  getSpendingLimit: () => Promise<
    typeof import('./responses/getSpendingLimit.js').getSpendingLimitResponses
  >;
  setSpendingLimit: () => Promise<
    typeof import('./responses/setSpendingLimit.js').setSpendingLimitResponses
  >;
  deleteSpendingLimit: () => Promise<
    typeof import('./responses/deleteSpendingLimit.js').deleteSpendingLimitResponses
  >;
  createTopup: () => Promise<typeof import('./responses/createTopup.js').createTopupResponses>;
  getTopupConfig: () => Promise<
    typeof import('./responses/getTopupConfig.js').getTopupConfigResponses
  >;
  setTopupConfig: () => Promise<
    typeof import('./responses/setTopupConfig.js').setTopupConfigResponses
  >;
  deleteTopupConfig: () => Promise<
    typeof import('./responses/deleteTopupConfig.js').deleteTopupConfigResponses
  >;
  getTopupLimits: () => Promise<
    typeof import('./responses/getTopupLimits.js').getTopupLimitsResponses
  >;
  checkTopupStatus: () => Promise<
    typeof import('./responses/checkTopupStatus.js').checkTopupStatusResponses
  >;
} = {
  listGateways: async () => (await import('./responses/listGateways.js')).listGatewaysResponses,
  createGateway: async () => (await import('./responses/createGateway.js')).createGatewayResponses,
  getGateway: async () => (await import('./responses/getGateway.js')).getGatewayResponses,
  updateGateway: async () => (await import('./responses/updateGateway.js')).updateGatewayResponses,
  deleteGateway: async () => (await import('./responses/deleteGateway.js')).deleteGatewayResponses,
  listEvaluationTypes: async () =>
    (await import('./responses/listEvaluationTypes.js')).listEvaluationTypesResponses,
  listLogs: async () => (await import('./responses/listLogs.js')).listLogsResponses,
  deleteLogs: async () => (await import('./responses/deleteLogs.js')).deleteLogsResponses,
  getLog: async () => (await import('./responses/getLog.js')).getLogResponses,
  editLog: async () => (await import('./responses/editLog.js')).editLogResponses,
  getLogRequest: async () => (await import('./responses/getLogRequest.js')).getLogRequestResponses,
  getLogResponse: async () =>
    (await import('./responses/getLogResponse.js')).getLogResponseResponses,
  listDatasets: async () => (await import('./responses/listDatasets.js')).listDatasetsResponses,
  createDataset: async () => (await import('./responses/createDataset.js')).createDatasetResponses,
  getDataset: async () => (await import('./responses/getDataset.js')).getDatasetResponses,
  updateDataset: async () => (await import('./responses/updateDataset.js')).updateDatasetResponses,
  deleteDataset: async () => (await import('./responses/deleteDataset.js')).deleteDatasetResponses,
  listEvaluations: async () =>
    (await import('./responses/listEvaluations.js')).listEvaluationsResponses,
  createEvaluation: async () =>
    (await import('./responses/createEvaluation.js')).createEvaluationResponses,
  getEvaluation: async () => (await import('./responses/getEvaluation.js')).getEvaluationResponses,
  deleteEvaluation: async () =>
    (await import('./responses/deleteEvaluation.js')).deleteEvaluationResponses,
  listDynamicRoutes: async () =>
    (await import('./responses/listDynamicRoutes.js')).listDynamicRoutesResponses,
  createDynamicRoute: async () =>
    (await import('./responses/createDynamicRoute.js')).createDynamicRouteResponses,
  getDynamicRoute: async () =>
    (await import('./responses/getDynamicRoute.js')).getDynamicRouteResponses,
  deleteDynamicRoute: async () =>
    (await import('./responses/deleteDynamicRoute.js')).deleteDynamicRouteResponses,
  updateDynamicRoute: async () =>
    (await import('./responses/updateDynamicRoute.js')).updateDynamicRouteResponses,
  listDynamicRouteDeployments: async () =>
    (await import('./responses/listDynamicRouteDeployments.js'))
      .listDynamicRouteDeploymentsResponses,
  createDynamicRouteDeployment: async () =>
    (await import('./responses/createDynamicRouteDeployment.js'))
      .createDynamicRouteDeploymentResponses,
  listDynamicRouteVersions: async () =>
    (await import('./responses/listDynamicRouteVersions.js')).listDynamicRouteVersionsResponses,
  createDynamicRouteVersion: async () =>
    (await import('./responses/createDynamicRouteVersion.js')).createDynamicRouteVersionResponses,
  getDynamicRouteVersion: async () =>
    (await import('./responses/getDynamicRouteVersion.js')).getDynamicRouteVersionResponses,
  listProviderConfigs: async () =>
    (await import('./responses/listProviderConfigs.js')).listProviderConfigsResponses,
  createProviderConfig: async () =>
    (await import('./responses/createProviderConfig.js')).createProviderConfigResponses,
  updateProviderConfig: async () =>
    (await import('./responses/updateProviderConfig.js')).updateProviderConfigResponses,
  deleteProviderConfig: async () =>
    (await import('./responses/deleteProviderConfig.js')).deleteProviderConfigResponses,
  getGatewayUrl: async () => (await import('./responses/getGatewayUrl.js')).getGatewayUrlResponses,
  listCustomProviders: async () =>
    (await import('./responses/listCustomProviders.js')).listCustomProvidersResponses,
  createCustomProvider: async () =>
    (await import('./responses/createCustomProvider.js')).createCustomProviderResponses,
  getCustomProvider: async () =>
    (await import('./responses/getCustomProvider.js')).getCustomProviderResponses,
  deleteCustomProvider: async () =>
    (await import('./responses/deleteCustomProvider.js')).deleteCustomProviderResponses,
  updateCustomProvider: async () =>
    (await import('./responses/updateCustomProvider.js')).updateCustomProviderResponses,
  listCustomProviderCosts: async () =>
    (await import('./responses/listCustomProviderCosts.js')).listCustomProviderCostsResponses,
  createCustomProviderCost: async () =>
    (await import('./responses/createCustomProviderCost.js')).createCustomProviderCostResponses,
  getCustomProviderCost: async () =>
    (await import('./responses/getCustomProviderCost.js')).getCustomProviderCostResponses,
  deleteCustomProviderCost: async () =>
    (await import('./responses/deleteCustomProviderCost.js')).deleteCustomProviderCostResponses,
  updateCustomProviderCost: async () =>
    (await import('./responses/updateCustomProviderCost.js')).updateCustomProviderCostResponses,
  listCustomDomains: async () =>
    (await import('./responses/listCustomDomains.js')).listCustomDomainsResponses,
  createCustomDomain: async () =>
    (await import('./responses/createCustomDomain.js')).createCustomDomainResponses,
  getCustomDomain: async () =>
    (await import('./responses/getCustomDomain.js')).getCustomDomainResponses,
  deleteCustomDomain: async () =>
    (await import('./responses/deleteCustomDomain.js')).deleteCustomDomainResponses,
  getCreditBalance: async () =>
    (await import('./responses/getCreditBalance.js')).getCreditBalanceResponses,
  getInvoiceHistory: async () =>
    (await import('./responses/getInvoiceHistory.js')).getInvoiceHistoryResponses,
  getInvoicePreview: async () =>
    (await import('./responses/getInvoicePreview.js')).getInvoicePreviewResponses,
  getUsageHistory: async () =>
    (await import('./responses/getUsageHistory.js')).getUsageHistoryResponses,
  getSpendingLimit: async () =>
    (await import('./responses/getSpendingLimit.js')).getSpendingLimitResponses,
  setSpendingLimit: async () =>
    (await import('./responses/setSpendingLimit.js')).setSpendingLimitResponses,
  deleteSpendingLimit: async () =>
    (await import('./responses/deleteSpendingLimit.js')).deleteSpendingLimitResponses,
  createTopup: async () => (await import('./responses/createTopup.js')).createTopupResponses,
  getTopupConfig: async () =>
    (await import('./responses/getTopupConfig.js')).getTopupConfigResponses,
  setTopupConfig: async () =>
    (await import('./responses/setTopupConfig.js')).setTopupConfigResponses,
  deleteTopupConfig: async () =>
    (await import('./responses/deleteTopupConfig.js')).deleteTopupConfigResponses,
  getTopupLimits: async () =>
    (await import('./responses/getTopupLimits.js')).getTopupLimitsResponses,
  checkTopupStatus: async () =>
    (await import('./responses/checkTopupStatus.js')).checkTopupStatusResponses,
};
