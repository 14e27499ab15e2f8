// The shared runtime of @ai-gateway/validators. The validators themselves are per API:
// `@ai-gateway/validators/cloudflare` and `@ai-gateway/validators/bifrost`.
export { formatPath } from './runtime/issues.js';
export type { StandardSchemaV1 } from './runtime/standard-schema.js';
export {
  type ParseResult,
  ValidationError,
  type ValidationIssue,
  type Validator,
} from './runtime/validator.js';
