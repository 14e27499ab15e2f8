// Shared pieces of both clients. Each API has its own entry point:
// `@ai-gateway/client/cloudflare` and `@ai-gateway/client/bifrost`.

export { ValidationError, type ValidationIssue } from '@ai-gateway/validators';
export * from './core/index.js';
