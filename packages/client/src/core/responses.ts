const statusTexts: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** JSON when the body is JSON, the text otherwise, `undefined` when empty. */
export function parseBody(text: string, headers: Headers): unknown {
  if (text.trim() === '') return undefined;
  const type = headers.get('content-type') ?? '';
  if (type.includes('json') || /^\s*[[{"]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

const htmlTitle = (html: string) => /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim();
const isHtml = (text: string) => /<html|<!doctype/i.test(text);

/** Cloudflare's `errors[]` in words: `[7002] Not Found at body.cache_ttl; …`. */
function describeVendorErrors(errors: { code?: number; message?: string; path?: unknown[] }[]) {
  return errors
    .map((e) => {
      const where = Array.isArray(e.path) && e.path.length > 0 ? ` at ${e.path.join('.')}` : '';
      return `${e.code !== undefined ? `[${e.code}] ` : ''}${e.message ?? 'error'}${where}`;
    })
    .join('; ');
}

/** A readable one-line account of an error answer, whatever its body is. */
export function describeErrorBody(status: number, body: unknown): string {
  const head = `${status} ${statusTexts[status] ?? 'Error'}`;
  if (body === undefined) return `${head} (empty response body)`;
  if (typeof body === 'string') {
    if (isHtml(body)) {
      const title = htmlTitle(body);
      return `${head} (HTML error page${title ? `: ${title}` : ''})`;
    }
    return `${head}: ${body.slice(0, 200)}`;
  }
  const record = body as Record<string, unknown>;
  if (Array.isArray(record.errors) && record.errors.length > 0)
    return `${head}: ${describeVendorErrors(record.errors)}`;
  const error = record.error as { message?: string } | undefined;
  if (error && typeof error.message === 'string') return `${head}: ${error.message}`;
  return head;
}

/** Why a success answer cannot be what the call returns (`too-large`: any answer, any status). */
export type MalformedReason = 'empty' | 'invalid-json' | 'not-json' | 'unsuccessful' | 'too-large';

/** Bodies longer than this many bytes are not read further unless the client says otherwise. */
export const defaultMaxResponseBytes = 32 * 1024 * 1024;

/** Decodes whole bodies only, never a part: with no state kept between calls, one serves all. */
const wholeBodyDecoder = new TextDecoder();

/**
 * A body as text, read chunk by chunk and no further than `limit` bytes: a longer one (by its
 * `content-length`, or as it arrives) is cancelled there and comes back `cut`, its first bytes only.
 */
export async function readText(
  response: Response,
  limit: number,
): Promise<{ text: string; cut: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) return { text: '', cut: false };
  let bytes = Number(response.headers.get('content-length')) > limit ? limit + 1 : 0;
  // Most bodies come in one chunk: it is decoded whole, at the end, with no streaming decoder.
  let first: Uint8Array | undefined;
  let decoder: TextDecoder | undefined;
  let text = '';
  while (bytes <= limit) {
    const chunk = await reader.read();
    if (chunk.done) {
      if (decoder) return { text: text + decoder.decode(), cut: false };
      return { text: first ? wholeBodyDecoder.decode(first) : '', cut: false };
    }
    const part = chunk.value.subarray(0, limit - bytes);
    if (!decoder && !first) first = part;
    else {
      if (!decoder) {
        decoder = new TextDecoder();
        text = decoder.decode(first, { stream: true });
      }
      text += decoder.decode(part, { stream: true });
    }
    bytes += chunk.value.byteLength;
  }
  // Cancelling closes the connection: the rest of the body is never downloaded.
  reader.cancel().catch(() => {});
  // The beginning of a character cut off at the limit is left out, not decoded as U+FFFD.
  if (!decoder && first) text = new TextDecoder().decode(first, { stream: true });
  return { text, cut: true };
}

export type SuccessBody =
  | { ok: true; body: unknown }
  | { ok: false; reason: MalformedReason; detail: string; errors?: unknown[] };

/**
 * The body of a success answer, read strictly: it must be JSON whatever its content type says,
 * and where the API wraps answers in an envelope (`successFlag`), the envelope must not say the
 * call failed. The detail may quote the body: it is redacted before it is shown.
 */
export function readSuccessBody(text: string, status: number, successFlag?: string): SuccessBody {
  if (text.trim() === '') {
    // 204 and 205 have no body by definition.
    if (status === 204 || status === 205) return { ok: true, body: undefined };
    return { ok: false, reason: 'empty', detail: 'an empty body' };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    if (/^\s*[[{"]/.test(text))
      return {
        ok: false,
        reason: 'invalid-json',
        detail: 'a body that is not valid JSON (cut short?)',
      };
    const title = isHtml(text) ? htmlTitle(text) : undefined;
    const what = isHtml(text)
      ? `an HTML page${title ? `: ${title}` : ''}`
      : 'a body that is not JSON';
    return { ok: false, reason: 'not-json', detail: what };
  }
  const record = body as Record<string, unknown> | null;
  if (successFlag && typeof record === 'object' && record?.[successFlag] === false) {
    const errors = Array.isArray(record.errors) ? record.errors : [];
    const described = describeVendorErrors(errors);
    const detail = `${successFlag}: false${described ? `: ${described}` : ''}`;
    return { ok: false, reason: 'unsuccessful', detail, errors };
  }
  return { ok: true, body };
}
