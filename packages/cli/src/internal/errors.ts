// How a failure reads in a terminal, and the exit code it ends with: 2 for what the user typed
// (nothing was sent), 1 for what the API or the network did, 130 for Ctrl-C.
import {
  AIGatewayError,
  APIConnectionError,
  APIError,
  APIUserAbortError,
  UnsafeRequestError,
  ValidationError,
} from '@ai-gateway/client';
import { UsageError } from './args.ts';

export const exitCodes = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;

export interface Failure {
  code: number;
  lines: string[];
}

function where(error: APIError): string {
  let path = error.url;
  try {
    path = new URL(error.url).pathname;
  } catch {
    // Keep the text as it is.
  }
  return `${error.method} ${path}`;
}

const hints: Readonly<Record<number, string>> = {
  401: 'check the token in CLOUDFLARE_API_TOKEN or BIFROST_TOKEN',
  403: 'the token lacks a permission this needs (AI Gateway Read, or Write for changes)',
  429: 'rate limited, and still so after the retries: wait and run it again',
};

/** The lines to print for an error, and the exit code. Credentials are already redacted. */
export function describeFailure(error: unknown): Failure {
  if (error instanceof UsageError) return { code: exitCodes.usage, lines: [error.message] };
  if (error instanceof ValidationError)
    return {
      code: exitCodes.usage,
      lines: [
        `refused before sending anything: ${error.issues.map((issue) => issue.message).join('; ')}`,
      ],
    };
  if (error instanceof UnsafeRequestError)
    return { code: exitCodes.usage, lines: [`refused: ${error.message}`] };
  if (error instanceof APIUserAbortError)
    return { code: exitCodes.interrupted, lines: ['interrupted'] };
  if (error instanceof APIError) {
    const details = [where(error), error.requestId ? `request id ${error.requestId}` : undefined];
    const hint = hints[error.status];
    return {
      code: exitCodes.failure,
      lines: [
        `${error.message} (${details.filter(Boolean).join(', ')})`,
        ...(hint ? [`  ${hint}`] : []),
      ],
    };
  }
  if (error instanceof APIConnectionError) {
    // The platform's reasons, innermost last (`fetch failed` → `connect ECONNREFUSED …`).
    const reasons: string[] = [];
    let cause = error.cause as { message?: unknown; cause?: unknown } | undefined;
    for (let depth = 0; cause && depth < 5; depth++) {
      const message = cause.message;
      if (
        typeof message === 'string' &&
        message &&
        !error.message.includes(message) &&
        !reasons.includes(message)
      )
        reasons.push(message);
      cause = cause.cause as typeof cause;
    }
    const code = error.code && !error.message.includes(error.code) ? ` (${error.code})` : '';
    return {
      code: exitCodes.failure,
      lines: [`${error.message}${code}`, ...reasons.map((reason) => `  ${reason}`)],
    };
  }
  if (error instanceof AIGatewayError) return { code: exitCodes.failure, lines: [error.message] };
  const message = error instanceof Error ? error.message : String(error);
  return { code: exitCodes.failure, lines: [message] };
}
