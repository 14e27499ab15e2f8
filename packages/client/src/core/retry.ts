const idempotentMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const retryableStatuses = new Set([408, 409, 429]);

const initialDelayMs = 500;
const maxBackoffMs = 8_000;
/** A server asking for a longer wait than this is not waited for; the default backoff applies. */
const maxServerDelayMs = 60_000;

export const isIdempotent = (method: string) => idempotentMethods.has(method.toUpperCase());

export function isRetryableStatus(status: number, headers: Headers): boolean {
  const hint = headers.get('x-should-retry');
  if (hint === 'true') return true;
  if (hint === 'false') return false;
  return retryableStatuses.has(status) || status >= 500;
}

/** The wait a response asks for through `retry-after-ms` or `retry-after` (seconds or an HTTP date). */
export function serverRequestedDelayMs(
  headers: Headers | undefined,
  now = Date.now(),
): number | undefined {
  if (!headers) return undefined;
  const milliseconds = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds)) return milliseconds;
  const retryAfter = headers.get('retry-after');
  if (!retryAfter) return undefined;
  const seconds = Number.parseFloat(retryAfter);
  if (Number.isFinite(seconds) && /^\s*[\d.]+\s*$/.test(retryAfter)) return seconds * 1000;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : date - now;
}

/**
 * How long to wait before retry number `retry` (0 for the first): what the server asked for when
 * that is reasonable, otherwise exponential backoff with up to 25% jitter so that many clients
 * do not retry in step.
 */
export function retryDelayMs(retry: number, headers?: Headers, random = Math.random): number {
  const requested = serverRequestedDelayMs(headers);
  if (requested !== undefined && requested >= 0 && requested <= maxServerDelayMs) return requested;
  const backoff = Math.min(initialDelayMs * 2 ** retry, maxBackoffMs);
  return backoff * (1 - random() * 0.25);
}
