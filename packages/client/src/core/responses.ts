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

/** A readable one-line account of an error answer, whatever its body is. */
export function describeErrorBody(status: number, body: unknown): string {
  const head = `${status} ${statusTexts[status] ?? 'Error'}`;
  if (body === undefined) return `${head} (empty response body)`;
  if (typeof body === 'string') {
    if (/<html|<!doctype/i.test(body)) {
      const title = htmlTitle(body);
      return `${head} (HTML error page${title ? `: ${title}` : ''})`;
    }
    return `${head}: ${body.slice(0, 200)}`;
  }
  const record = body as Record<string, unknown>;
  if (Array.isArray(record.errors) && record.errors.length > 0) {
    const details = (record.errors as { code?: number; message?: string; path?: unknown[] }[]).map(
      (e) => {
        const where = Array.isArray(e.path) && e.path.length > 0 ? ` at ${e.path.join('.')}` : '';
        return `${e.code !== undefined ? `[${e.code}] ` : ''}${e.message ?? 'error'}${where}`;
      },
    );
    return `${head}: ${details.join('; ')}`;
  }
  const error = record.error as { message?: string } | undefined;
  if (error && typeof error.message === 'string') return `${head}: ${error.message}`;
  return head;
}
