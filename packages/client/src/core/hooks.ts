// Request and response hooks, in the shape of openapi-fetch's middleware: log, trace, or change
// what is sent. They run on every attempt, retries included.

// `void` lets a hook that only looks (and returns nothing) type-check.
// biome-ignore lint/suspicious/noConfusingVoidType: a hook may return nothing at all.
type MaybePromise<T> = T | void | Promise<T | void>;

export interface Middleware {
  /** Sees each request before it is sent; may return another `Request` to send instead. */
  onRequest?(context: { request: Request; operationId: string }): MaybePromise<Request | undefined>;
  /** Sees each answer, error statuses included; may return another `Response` to read instead. */
  onResponse?(context: {
    request: Request;
    response: Response;
    operationId: string;
  }): MaybePromise<Response | undefined>;
}

/**
 * Sends `request` through the hooks: `onRequest` in the order given, `onResponse` in reverse, as
 * openapi-fetch does, so the first hook wraps all the others.
 */
export async function fetchThrough(
  fetchFn: typeof globalThis.fetch,
  request: Request,
  middleware: readonly Middleware[],
  operationId: string,
): Promise<Response> {
  let sent = request;
  for (const hook of middleware)
    sent = (await hook.onRequest?.({ request: sent, operationId })) || sent;
  let response = await fetchFn(sent);
  for (const hook of [...middleware].reverse())
    response = (await hook.onResponse?.({ request: sent, response, operationId })) || response;
  return response;
}
