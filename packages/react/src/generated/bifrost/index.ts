// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package react)

export * from './context.js';
export * from './hooks.js';
export { bifrostInvalidations } from './invalidation.js';
export {
  bifrostKeys,
  keySpecs as bifrostKeySpecs,
  type LogsPage,
  type LogSessionPage,
} from './keys.js';
export * from './logs.js';
export * from './user-agent-mappings.js';
export * from './cost-recalculation.js';
