import type { ValidationIssue } from '@ai-gateway/validators';

/** A Cloudflare v4 error entry: `code` and `path` appear on input-validation and not-found errors. */
export interface VendorErrorDetail {
  code?: number;
  message: string;
  path?: (string | number)[];
}

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
    this.requestId = init.headers['cf-ray'] ?? init.headers['x-request-id'];
    this.body = init.body;
    this.method = init.method;
    this.url = init.url;
    const record = (init.body ?? {}) as Record<string, unknown>;
    this.errors = Array.isArray(record.errors) ? (record.errors as VendorErrorDetail[]) : [];
    const bifrostError = record.error as APIError['error'];
    this.error = bifrostError && typeof bifrostError === 'object' ? bifrostError : undefined;
  }
}

export class BadRequestError extends APIError {
  override name = 'BadRequestError';
}
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
}
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}
export class ConflictError extends APIError {
  override name = 'ConflictError';
}
export class UnprocessableEntityError extends APIError {
  override name = 'UnprocessableEntityError';
}
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
}
export class InternalServerError extends APIError {
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

/** The request never got an answer: DNS, refused or reset connection, TLS. */
export class APIConnectionError extends AIGatewayError {
  override name = 'APIConnectionError';
  constructor(message = 'Connection error', options?: { cause?: unknown }) {
    super(message, options);
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
