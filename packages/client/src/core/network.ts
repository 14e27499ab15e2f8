// What fetch throws when no answer came, kept for the caller with every credential taken out.
// The platform's errors carry the explanation (`ECONNREFUSED`, `ECONNRESET`) in nested causes,
// and may quote request headers in their messages, so each is copied with its strings redacted.
import { APIConnectionError } from './errors.js';
import { redact } from './utils.js';

/** Fields of Node's system errors that say what failed. */
const systemFields = ['code', 'errno', 'syscall', 'address', 'port', 'hostname'] as const;
const maxDepth = 5;

function redactedCopy(error: unknown, secrets: readonly string[], depth: number): unknown {
  if (!(error instanceof Error)) return redact(String(error), secrets);
  const source = error as Error & Record<string, unknown>;
  const copy = new Error(redact(error.message, secrets)) as Error & Record<string, unknown>;
  copy.name = error.name;
  copy.stack = redact(error.stack ?? '', secrets);
  for (const field of systemFields) {
    const value = source[field];
    if (typeof value === 'string') copy[field] = redact(value, secrets);
    else if (typeof value === 'number') copy[field] = value;
  }
  if (depth < maxDepth) {
    if (error.cause !== undefined) copy.cause = redactedCopy(error.cause, secrets, depth + 1);
    if (error instanceof AggregateError)
      copy.errors = error.errors.map((e: unknown) => redactedCopy(e, secrets, depth + 1));
  }
  return copy;
}

/** The first system error code along the cause chain (and an AggregateError's errors). */
function codeOf(error: unknown, depth = 0): string | undefined {
  if (!(error instanceof Error) || depth > maxDepth) return undefined;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code)) return code;
  const nested = error instanceof AggregateError ? [error.cause, ...error.errors] : [error.cause];
  for (const inner of nested) {
    const found = codeOf(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The typed error of a request that got no answer, its cause kept and redacted. */
export function connectionError(error: unknown, secrets: readonly string[]): APIConnectionError {
  const reason = redact(error instanceof Error ? error.message : String(error), secrets);
  const code = codeOf(error);
  const message = `Connection error: ${reason}${code && !reason.includes(code) ? ` (${code})` : ''}`;
  return new APIConnectionError(message, {
    cause: redactedCopy(error, secrets, 0),
    ...(code ? { code } : {}),
  });
}
