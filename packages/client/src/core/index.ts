export { APIPromise, type ResponseInfo, type WithResponse } from './api-promise.js';
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
  MalformedResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  ResponseValidationError,
  UnprocessableEntityError,
  UnsafeRequestError,
  type VendorErrorDetail,
} from './errors.js';
export type { Middleware } from './hooks.js';
export { Page, PagePromise, type StopReason } from './pagination.js';
export type { RawClient, RawMiddleware } from './raw-types.js';
export type { RequestOptions } from './request-options.js';
export type { MalformedReason } from './responses.js';
export {
  type AnyAPIError,
  type APIErrorByStatus,
  type APIErrorFor,
  isAPIError,
  type OtherAPIError,
  type OtherErrorStatus,
  type ServerErrorStatus,
} from './statuses.js';
