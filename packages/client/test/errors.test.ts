// Error answers become typed errors that carry what the server said.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIError,
  AuthenticationError,
  InternalServerError,
  isAPIError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from '../src/cloudflare.js';
import { bifrost, cloudflare, cloudflareToken, rejection } from './support/clients.js';
import { errorClasses } from './support/error-classes.js';
import { sendJson, startServer, useServers } from './support/server.js';

const start = useServers();

/** One request, no retries: the error of the first answer. */
async function cloudflareError(status: number, body: string, headers: Record<string, string>) {
  const server = await start((_request, response) => {
    response.writeHead(status, headers);
    response.end(body);
  });
  const error = await rejection(
    cloudflare(server.url, { maxRetries: 0 }).gateways.get({ id: 'support-bot' }),
  );
  expect(server.requests).toHaveLength(1);
  return error as APIError;
}

describe('Cloudflare error bodies', () => {
  it.each(errorClasses)(
    '%i → %s with status, errors[], requestId and headers',
    async (status, _name, ErrorClass) => {
      const body = {
        success: false,
        errors: [
          { code: 7001 + status, message: `problem ${status}`, path: ['body', 'cache_ttl'] },
        ],
      };
      const error = await cloudflareError(status, JSON.stringify(body), {
        'content-type': 'application/json',
        'cf-ray': `8f1c2d3e4a5b${status}-AMS`,
        'x-custom': 'yes',
      });
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toBeInstanceOf(APIError);
      expect(error.name).toBe(ErrorClass.name);
      expect(error.status).toBe(status);
      expect(error.errors).toEqual(body.errors);
      expect(error.requestId).toBe(`8f1c2d3e4a5b${status}-AMS`);
      expect(error.headers['x-custom']).toBe('yes');
      expect(error.headers['content-type']).toBe('application/json');
      expect(error.body).toEqual(body);
      expect(error.method).toBe('GET');
      expect(error.url).toMatch(/\/ai-gateway\/gateways\/support-bot$/);
      expect(error.message).toContain(`${status}`);
      expect(error.message).toContain(`[${7001 + status}] problem ${status} at body.cache_ttl`);
    },
  );

  it('any other 4xx is a plain APIError', async () => {
    const error = await cloudflareError(418, '{"success":false,"errors":[]}', {
      'content-type': 'application/json',
    });
    expect(error.constructor).toBe(APIError);
    expect(error.status).toBe(418);
    expect(error.errors).toEqual([]);
  });

  it('the generic 400 body and the not-found body', async () => {
    const generic = await cloudflareError(
      400,
      JSON.stringify({
        errors: [{ message: 'Invalid gateway settings' }],
        result: {},
        success: false,
      }),
      { 'content-type': 'application/json' },
    );
    expect(generic.errors).toEqual([{ message: 'Invalid gateway settings' }]);
    expect(generic.message).toBe('400 Bad Request: Invalid gateway settings');

    const missing = await cloudflareError(
      404,
      JSON.stringify({ errors: [{ code: 7002, message: 'Not Found' }], success: false }),
      { 'content-type': 'application/json' },
    );
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing.message).toBe('404 Not Found: [7002] Not Found');
    expect(missing.requestId).toBeUndefined();
  });

  it('an HTML page from the edge still gives a typed error with a readable message', async () => {
    const html =
      '<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head>' +
      '<body><h1>Sorry, you have been blocked</h1></body></html>';
    const error = await cloudflareError(403, html, {
      'content-type': 'text/html; charset=UTF-8',
      'cf-ray': '8f00aa11bb22cc33-FRA',
    });
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.message).toBe('403 Forbidden (HTML error page: Attention Required! | Cloudflare)');
    expect(error.errors).toEqual([]);
    expect(error.body).toBe(html);
    expect(error.requestId).toBe('8f00aa11bb22cc33-FRA');
  });

  it('an HTML 502 without a title', async () => {
    const error = await cloudflareError(502, '<html><body>bad gateway</body></html>', {
      'content-type': 'text/html',
    });
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toBe('502 Bad Gateway (HTML error page)');
  });

  it('an empty body', async () => {
    const error = await cloudflareError(401, '', {});
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe('401 Unauthorized (empty response body)');
    expect(error.body).toBeUndefined();
    expect(error.errors).toEqual([]);
  });

  it('a plain-text body is quoted, not parsed', async () => {
    const error = await cloudflareError(429, 'slow down', { 'content-type': 'text/plain' });
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.message).toBe('429 Too Many Requests: slow down');
  });

  it('a JSON body sent with a wrong content type is still read', async () => {
    const error = await cloudflareError(
      400,
      JSON.stringify({
        errors: [{ code: 7001, message: 'bad per_page', path: ['query', 'per_page'] }],
      }),
      { 'content-type': 'text/plain' },
    );
    expect(error.errors[0]?.path).toEqual(['query', 'per_page']);
  });
});

describe('Bifrost error bodies', () => {
  it.each(errorClasses.filter(([status]) => [400, 401, 404, 500].includes(status)))(
    '%i → %s with the Bifrost error object',
    async (status, _name, ErrorClass) => {
      const body = {
        is_bifrost_error: false,
        status_code: status,
        error: { message: `limit cannot exceed 1000 (${status})`, type: 'invalid_request' },
        extra_fields: { provider: '', model_requested: '' },
      };
      const server = await start((_request, response) =>
        sendJson(response, status, body, { 'x-request-id': `req-${status}` }),
      );
      const error = (await rejection(
        bifrost(server.url, { maxRetries: 0 }).logs.stats(),
      )) as APIError;
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error.status).toBe(status);
      expect(error.error).toEqual(body.error);
      expect(error.errors).toEqual([]);
      expect(error.requestId).toBe(`req-${status}`);
      expect(error.message).toContain(`limit cannot exceed 1000 (${status})`);
    },
  );
});

describe('connection errors keep their cause', () => {
  /** The causes under an error, outermost first. */
  const causes = (error: unknown) => {
    const chain: Record<string, unknown>[] = [];
    for (let e = (error as Error).cause; e; e = (e as Error).cause)
      chain.push(e as Record<string, unknown>);
    return chain;
  };

  it('a refused connection says ECONNREFUSED', async () => {
    const closed = await startServer(() => {});
    await closed.close();
    const error = (await rejection(
      cloudflare(closed.url, { maxRetries: 0 }).gateways.get({ id: 'gw' }),
    )) as APIConnectionError;
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.code).toBe('ECONNREFUSED');
    expect(error.message).toContain('ECONNREFUSED');
    expect(causes(error).map((c) => c.code)).toContain('ECONNREFUSED');
  });

  it('a reset connection says ECONNRESET', async () => {
    const server = await start((_request, response) => {
      response.socket?.resetAndDestroy();
    });
    const error = (await rejection(
      bifrost(server.url, { maxRetries: 0 }).logs.get({ id: 'log-1' }),
    )) as APIConnectionError;
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.code).toBe('ECONNRESET');
    expect(causes(error).map((c) => c.code)).toContain('ECONNRESET');
  });

  it('the cause is kept redacted at every depth', async () => {
    const cf = cloudflare('http://127.0.0.1:9', {
      maxRetries: 0,
      fetch: async (_input, init) => {
        const auth = new Headers(init?.headers).get('authorization');
        const inner = Object.assign(new Error(`proxy said no to ${auth}`), {
          code: 'ECONNRESET',
          syscall: 'read',
        });
        throw new TypeError('fetch failed', {
          cause: new AggregateError([inner], `all attempts failed for ${auth}`, { cause: inner }),
        });
      },
    });
    const error = (await rejection(cf.gateways.get({ id: 'gw' }))) as APIConnectionError;
    const [outer, inner] = causes(error);
    expect(outer).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    expect(inner?.message).toBe('all attempts failed for Bearer [redacted]');
    expect(causes(inner)).toMatchObject([
      { code: 'ECONNRESET', syscall: 'read', message: 'proxy said no to Bearer [redacted]' },
    ]);
    expect(error.code).toBe('ECONNRESET');
    expect(inspect(error, { depth: 10 })).toContain('ECONNRESET');
    for (const text of [inspect(error, { depth: 10 }), JSON.stringify(error), error.stack])
      expect(text).not.toContain(cloudflareToken);
  });
});

describe('isAPIError', () => {
  it('tells error answers apart by status', async () => {
    const notFound = await cloudflareError(404, '{"success":false,"errors":[]}', {});
    const unavailable = await cloudflareError(503, '', {});
    expect(isAPIError(notFound)).toBe(true);
    expect(isAPIError(notFound, 404)).toBe(true);
    expect(isAPIError(notFound, 429)).toBe(false);
    expect(isAPIError(unavailable, 503)).toBe(true);
    expect(isAPIError(new Error('404'), 404)).toBe(false);
    expect(isAPIError({ status: 404 }, 404)).toBe(false);
  });
});
