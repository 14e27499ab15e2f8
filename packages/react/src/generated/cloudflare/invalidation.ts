// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package react)

import type { InvalidationTarget } from '../../runtime/index.js';

/**
 * What each write operation of the cloudflare API invalidates, from its `x-invalidates` in the spec:
 * read operations whose queries hold data the write changes, the path parameters that must match
 * (the others and all query parameters match anything), and whether the subtree under them goes too.
 */
export const cloudflareInvalidations = {
  createGateway: [{ operationId: 'listGateways', params: [] }],
  updateGateway: [
    { operationId: 'getGateway', params: ['id'] },
    { operationId: 'listGateways', params: [] },
  ],
  deleteGateway: [
    { operationId: 'getGateway', params: ['id'], subtree: true },
    { operationId: 'listGateways', params: [] },
  ],
  deleteLogs: [{ operationId: 'listLogs', params: ['gateway_id'], subtree: true }],
  editLog: [
    { operationId: 'getLog', params: ['gateway_id', 'id'] },
    { operationId: 'listLogs', params: ['gateway_id'] },
  ],
  createDataset: [{ operationId: 'listDatasets', params: ['gateway_id'] }],
  updateDataset: [
    { operationId: 'getDataset', params: ['gateway_id', 'id'] },
    { operationId: 'listDatasets', params: ['gateway_id'] },
    { operationId: 'getEvaluation', params: ['gateway_id'] },
    { operationId: 'listEvaluations', params: ['gateway_id'] },
  ],
  deleteDataset: [
    { operationId: 'getDataset', params: ['gateway_id', 'id'], subtree: true },
    { operationId: 'listDatasets', params: ['gateway_id'] },
    { operationId: 'getEvaluation', params: ['gateway_id'] },
    { operationId: 'listEvaluations', params: ['gateway_id'] },
  ],
  createEvaluation: [{ operationId: 'listEvaluations', params: ['gateway_id'] }],
  deleteEvaluation: [
    { operationId: 'getEvaluation', params: ['gateway_id', 'id'], subtree: true },
    { operationId: 'listEvaluations', params: ['gateway_id'] },
  ],
  createDynamicRoute: [{ operationId: 'listDynamicRoutes', params: ['gateway_id'] }],
  deleteDynamicRoute: [
    { operationId: 'getDynamicRoute', params: ['gateway_id', 'id'], subtree: true },
    { operationId: 'listDynamicRoutes', params: ['gateway_id'] },
  ],
  updateDynamicRoute: [
    { operationId: 'getDynamicRoute', params: ['gateway_id', 'id'] },
    { operationId: 'listDynamicRoutes', params: ['gateway_id'] },
    { operationId: 'getDynamicRouteVersion', params: ['gateway_id', 'id'] },
  ],
  createDynamicRouteDeployment: [
    { operationId: 'getDynamicRoute', params: ['gateway_id', 'id'], subtree: true },
    { operationId: 'listDynamicRoutes', params: ['gateway_id'] },
  ],
  createDynamicRouteVersion: [
    { operationId: 'listDynamicRouteVersions', params: ['gateway_id', 'id'] },
  ],
  createProviderConfig: [{ operationId: 'listProviderConfigs', params: ['gateway_id'] }],
  updateProviderConfig: [{ operationId: 'listProviderConfigs', params: ['gateway_id'] }],
  deleteProviderConfig: [{ operationId: 'listProviderConfigs', params: ['gateway_id'] }],
  createCustomProvider: [{ operationId: 'listCustomProviders', params: [] }],
  deleteCustomProvider: [
    { operationId: 'getCustomProvider', params: ['id'] },
    { operationId: 'listCustomProviders', params: [] },
    { operationId: 'listCustomProviderCosts', params: [] },
    { operationId: 'getCustomProviderCost', params: [] },
  ],
  updateCustomProvider: [
    { operationId: 'getCustomProvider', params: ['id'] },
    { operationId: 'listCustomProviders', params: [] },
  ],
  createCustomProviderCost: [{ operationId: 'listCustomProviderCosts', params: [] }],
  deleteCustomProviderCost: [
    { operationId: 'getCustomProviderCost', params: ['id'] },
    { operationId: 'listCustomProviderCosts', params: [] },
  ],
  updateCustomProviderCost: [
    { operationId: 'getCustomProviderCost', params: ['id'] },
    { operationId: 'listCustomProviderCosts', params: [] },
  ],
  createCustomDomain: [{ operationId: 'listCustomDomains', params: ['gateway_id'] }],
  deleteCustomDomain: [
    { operationId: 'getCustomDomain', params: ['gateway_id', 'hostname'] },
    { operationId: 'listCustomDomains', params: ['gateway_id'] },
  ],
  setSpendingLimit: [{ operationId: 'getSpendingLimit', params: [] }],
  deleteSpendingLimit: [{ operationId: 'getSpendingLimit', params: [] }],
  createTopup: [
    { operationId: 'getCreditBalance', params: [] },
    { operationId: 'getInvoiceHistory', params: [] },
  ],
  setTopupConfig: [
    { operationId: 'getTopupConfig', params: [] },
    { operationId: 'getCreditBalance', params: [] },
  ],
  deleteTopupConfig: [
    { operationId: 'getTopupConfig', params: [] },
    { operationId: 'getCreditBalance', params: [] },
  ],
  checkTopupStatus: [{ operationId: 'getCreditBalance', params: [] }],
} as const satisfies Record<string, readonly InvalidationTarget[]>;

export const invalidations: Readonly<
  Record<keyof typeof cloudflareInvalidations, readonly InvalidationTarget[]>
> = cloudflareInvalidations;
