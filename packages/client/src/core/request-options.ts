export interface RequestOptions {
  /** Cancels the request (and any retry waiting to be sent). */
  signal?: AbortSignal;
  /** Per-attempt time limit in milliseconds; overrides the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number;
  /**
   * Retry this call even though its method (POST, PATCH) is not idempotent. Only set it when
   * sending the request twice is harmless.
   */
  retryNonIdempotent?: boolean;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}
