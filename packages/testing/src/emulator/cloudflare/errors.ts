import type { ValidationIssue } from '@ai-gateway/validators';
import { ApiError } from '../core/types.ts';

/** Cloudflare's input-validation error code, with the request field at fault in `path`. */
export const inputValidationCode = 7001;
/** Cloudflare's code for an object that does not exist. */
export const notFoundCode = 7002;

export const notFound = () => new ApiError(404, 'Not Found', undefined, notFoundCode);

/** The billing service's codes: a refused billing request, and a billing object that does not exist. */
export const billingRefusedCode = 1001;
export const billingNotFoundCode = 1004;
const billingCodes: ReadonlySet<number> = new Set([billingRefusedCode, billingNotFoundCode]);

/** A billing call the billing service refuses, in its own error body (see `ErrorBilling`). */
export const billingRefused = (message: string) =>
  new ApiError(400, message, undefined, billingRefusedCode);
export const billingNotFound = (message: string) =>
  new ApiError(404, message, undefined, billingNotFoundCode);

/** A rejected request in the generic 400 shape (`{ errors: [{ message }], result: {}, … }`). */
export const badRequest = (message: string) => new ApiError(400, message);

/** The codes and messages of the API front end's own errors, as the spec's examples show them. */
const edgeErrors: Record<number, { code: number; message: string }> = {
  401: { code: 10000, message: 'Authentication error' },
  403: { code: 9109, message: 'Unauthorized to access requested resource' },
  429: { code: 971, message: 'Please wait and consider throttling your request speed' },
  500: { code: 10002, message: 'An internal error occurred. Please try again later.' },
};

/** The body Cloudflare sends for each kind of error, as the spec's error schemas describe them. */
export function cloudflareErrorBody(error: ApiError): unknown {
  if (error.code !== undefined && billingCodes.has(error.code))
    return { errors: [{ code: error.code, message: error.message }], result: null, success: false };
  if (error.code === inputValidationCode) {
    return {
      errors: [
        { code: inputValidationCode, message: error.message, path: (error.path ?? []).map(String) },
      ],
      success: false,
    };
  }
  if (error.status === 404) {
    return {
      errors: [{ code: error.code ?? notFoundCode, message: error.message }],
      success: false,
    };
  }
  if (error.status === 400)
    return { errors: [{ message: error.message }], result: {}, success: false };
  // What the API's front end sends for authentication, throttling and outages.
  const edge = edgeErrors[error.status] ?? (error.status >= 500 ? edgeErrors[500] : undefined);
  return {
    success: false,
    errors: [
      {
        code: error.code ?? edge?.code ?? 10000,
        message: edge && error.code === undefined ? edge.message : error.message,
      },
    ],
    messages: [],
    result: null,
  };
}

/** Cloudflare reports the first invalid input, with its location (`["query", "per_page"]`). */
export function cloudflareInvalidRequest(
  issues: readonly ValidationIssue[],
  part: 'path' | 'query' | 'body',
): ApiError {
  const first = issues[0];
  const path = [part, ...(first?.path ?? [])];
  const message = first ? first.message : `Invalid ${part}`;
  return new ApiError(400, message, path, inputValidationCode);
}

/**
 * Either scheme the API accepts: `Authorization: Bearer <token>`, or the legacy pair
 * `X-Auth-Email` + `X-Auth-Key`. Any non-empty token is good: the emulator has no accounts.
 */
export function cloudflareAuthorize(request: Request): ApiError | undefined {
  const bearer = /^Bearer\s+\S+/i.test(request.headers.get('authorization') ?? '');
  const legacy = Boolean(request.headers.get('x-auth-email') && request.headers.get('x-auth-key'));
  return bearer || legacy ? undefined : new ApiError(401, 'Authentication error', undefined, 10000);
}
