// Every optional field also takes `undefined`, so that `{ signal: maybeSignal }` compiles under
// `exactOptionalPropertyTypes`.
export interface RequestOptions {
  /** Cancels the request (and any retry waiting to be sent). */
  signal?: AbortSignal | undefined;
  /** Per-attempt time limit in milliseconds; overrides the client's `timeoutMs`. */
  timeoutMs?: number | undefined;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number | undefined;
  /**
   * Retry this call even though its method (POST, PATCH) is not idempotent. Only set it when
   * sending the request twice is harmless.
   */
  retryNonIdempotent?: boolean | undefined;
  /** Longest response body read, in bytes; overrides the client's `maxResponseBytes`. */
  maxResponseBytes?: number | undefined;
  /** Extra headers for this call. Credential headers among them are redacted from errors. */
  headers?: Record<string, string> | undefined;
  /**
   * Lists only: the most pages one iteration reads, the first included. The last page read then
   * has `stopReason: 'max-pages'`. Unlimited by default.
   */
  maxPages?: number | undefined;
}
