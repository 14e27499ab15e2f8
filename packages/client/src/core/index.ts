export type { SharedClientOptions } from './assemble.js';
export type { OperationDescriptor, PaginationDescriptor, QueryEncoding } from './descriptor.js';
export {
  AIGatewayError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  UnprocessableEntityError,
  UnsafeRequestError,
  type VendorErrorDetail,
} from './errors.js';
export { Page, PagePromise } from './pagination.js';
export type { RequestOptions } from './request-options.js';
