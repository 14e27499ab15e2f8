// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package react)

export * from './context.js';
export * from './hooks.js';
export { cloudflareInvalidations } from './invalidation.js';
export {
  cloudflareKeys,
  keySpecs as cloudflareKeySpecs,
  type GatewaysPage,
  type EvaluationTypesPage,
  type LogsPage,
  type DatasetsPage,
  type EvaluationsPage,
  type DynamicRoutesPage,
  type ProviderConfigsPage,
  type CustomProvidersPage,
  type CustomProviderCostsPage,
  type CustomDomainsPage,
} from './keys.js';
export * from './gateways.js';
export * from './evaluation-types.js';
export * from './logs.js';
export * from './datasets.js';
export * from './evaluations.js';
export * from './dynamic-routing.js';
export * from './provider-configs.js';
export * from './urls.js';
export * from './custom-providers.js';
export * from './custom-domains.js';
export * from './billing.js';
