import type { ValidationIssue } from '@ai-gateway/validators';
import type { MalformedReason } from './responses.js';
import type { ServerErrorStatus } from './statuses.js';

/** A Cloudflare v4 error entry: `code` and `path` appear on input-validation and not-found errors. */
export interface VendorErrorDetail {
  code?: number;
  message: string;
  path?: (string | number)[];
}

/** Cloudflare's `cf-ray`, or another request id header, from lower-case response headers. */
export const requestIdOf = (headers: Record<string, string>): string | undefined =>
  headers['cf-ray'] ?? headers['x-request-id'];

/** Base of every error this client throws. */
export class AIGatewayError extends Error {
  override name = 'AIGatewayError';
}

export interface APIErrorInit {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  message: string;
  method: string;
  url: string;
}

/** The server answered with an error status. */
export class APIError extends AIGatewayError {
  override name = 'APIError';
  readonly status: number;
  /** Response headers, lower-case names. */
  readonly headers: Record<string, string>;
  /** Cloudflare's `cf-ray` (or another request id header) when the response carries one. */
  readonly requestId: string | undefined;
  /** Cloudflare's `errors[]`: code, message and path of each problem. Empty when the body had none. */
  readonly errors: VendorErrorDetail[];
  /** Bifrost's `error` object (`message`, `type`, `code`, ...), when the body is a Bifrost error. */
  readonly error: { message: string; [key: string]: unknown } | undefined;
  /** The parsed JSON body, or the body text when it was not JSON. */
  readonly body: unknown;
  readonly method: string;
  readonly url: string;

  constructor(init: APIErrorInit) {
    super(init.message);
    this.status = init.status;
    this.headers = init.headers;
    this.requestId = requestIdOf(init.headers);
    this.body = init.body;
    this.method = init.method;
    this.url = init.url;
    const record = (init.body ?? {}) as Record<string, unknown>;
    this.errors = Array.isArray(record.errors) ? (record.errors as VendorErrorDetail[]) : [];
    const bifrostError = record.error as APIError['error'];
    this.error = bifrostError && typeof bifrostError === 'object' ? bifrostError : undefined;
  }
}

// Each class's `status` is the literal it is thrown for, so that `NotFoundError['status']` is
// 404 and a check of `status` on an `AnyAPIError` narrows it to its class.
export class BadRequestError extends APIError {
  declare readonly status: 400;
  override name = 'BadRequestError';
}
export class AuthenticationError extends APIError {
  declare readonly status: 401;
  override name = 'AuthenticationError';
}
export class PermissionDeniedError extends APIError {
  declare readonly status: 403;
  override name = 'PermissionDeniedError';
}
export class NotFoundError extends APIError {
  declare readonly status: 404;
  override name = 'NotFoundError';
}
export class ConflictError extends APIError {
  declare readonly status: 409;
  override name = 'ConflictError';
}
export class UnprocessableEntityError extends APIError {
  declare readonly status: 422;
  override name = 'UnprocessableEntityError';
}
export class RateLimitError extends APIError {
  declare readonly status: 429;
  override name = 'RateLimitError';
}
export class InternalServerError extends APIError {
  declare readonly status: ServerErrorStatus;
  override name = 'InternalServerError';
}

const errorClassByStatus: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

export function apiErrorClass(status: number): typeof APIError {
  return errorClassByStatus[status] ?? (status >= 500 ? InternalServerError : APIError);
}

/**
 * The request never got an answer: DNS, refused or reset connection, TLS. `cause` is a redacted
 * copy of what the platform threw (name, message, `code`, `syscall`, nested causes).
 */
export class APIConnectionError extends AIGatewayError {
  override name = 'APIConnectionError';
  /** The system error code found in the cause, such as `ECONNREFUSED` or `ECONNRESET`. */
  readonly code: string | undefined;
  constructor(message = 'Connection error', options?: { cause?: unknown; code?: string }) {
    super(message, options);
    this.code = options?.code;
  }
}

/** No answer within the time limit. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = 'APIConnectionTimeoutError';
  constructor(timeoutMs: number) {
    super(`Request timed out after ${timeoutMs} ms`);
  }
}

/** The caller's AbortSignal cancelled the request. */
export class APIUserAbortError extends AIGatewayError {
  override name = 'APIUserAbortError';
  constructor() {
    super('Request was aborted');
  }
}

/** A call was refused before sending: the arguments would make an unsafe request. */
export class UnsafeRequestError extends AIGatewayError {
  override name = 'UnsafeRequestError';
}

/** The server's answer does not match the spec (only with `validateResponses: true`). */
export class ResponseValidationError extends AIGatewayError {
  override name = 'ResponseValidationError';
  constructor(
    readonly operationId: string,
    readonly status: number,
    readonly issues: readonly ValidationIssue[],
    readonly body: unknown,
  ) {
    super(
      `The ${status} response of ${operationId} does not match the spec: ${issues.map((i) => i.message).join('; ')}`,
    );
  }
}

export interface MalformedResponseInit {
  operationId: string;
  status: number;
  reason: MalformedReason;
  /** What was wrong, in words; redacted. */
  detail: string;
  excerpt: string;
  headers: Record<string, string>;
  errors: VendorErrorDetail[];
}

/**
 * A success status whose body cannot be the answer: empty, not JSON (cut short, an HTML page), or
 * a Cloudflare envelope that says `success: false`. Thrown whether or not responses are validated.
 * Its subclass `ResponseTooLargeError` is thrown for a body over `maxResponseBytes`, whatever the
 * status.
 */
export class MalformedResponseError extends AIGatewayError {
  override name = 'MalformedResponseError';
  readonly operationId: string;
  readonly status: number;
  readonly reason: MalformedReason;
  /** The first 200 characters of the body, credentials redacted. */
  readonly excerpt: string;
  readonly requestId: string | undefined;
  /** Response headers, lower-case names, credentials redacted. */
  readonly headers: Record<string, string>;
  /** Cloudflare's `errors[]` of a `success: false` body; empty otherwise. */
  readonly errors: VendorErrorDetail[];

  constructor(init: MalformedResponseInit) {
    const requestId = requestIdOf(init.headers);
    super(
      `${init.operationId} answered ${init.status} with ${init.detail}` +
        (requestId ? ` (request id ${requestId})` : ''),
    );
    this.operationId = init.operationId;
    this.status = init.status;
    this.reason = init.reason;
    this.excerpt = init.excerpt;
    this.requestId = requestId;
    this.headers = init.headers;
    this.errors = init.errors;
  }
}

/**
 * The body was longer than `maxResponseBytes` (32 MiB unless the client or call says otherwise):
 * reading stopped there and the connection was closed. Thrown for any status; `status` says which.
 */
export class ResponseTooLargeError extends MalformedResponseError {
  override name = 'ResponseTooLargeError';
  /** The limit the body went past, in bytes. */
  readonly limit: number;

  constructor(
    init: Omit<MalformedResponseInit, 'reason' | 'detail' | 'errors'> & { limit: number },
  ) {
    const detail = `a body over the ${init.limit}-byte limit (maxResponseBytes); reading stopped there`;
    super({ ...init, reason: 'too-large', detail, errors: [] });
    this.limit = init.limit;
  }
}
