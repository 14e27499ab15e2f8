// Forcing a response: the helpers set Prism's Prefer header so a test reaches the 404 and 429 paths.
import { describe, expect, it } from 'vitest';
import { preferHeader, preferResponse, withPreferredResponse } from '../src/prefer.ts';
import { useMockServer } from '../src/vitest.ts';
import { buildRequest, specOperation } from './support/spec.ts';
import { issuesOf, jsonResponseValidator } from './support/validators.ts';

describe('preferHeader', () => {
  it('writes the preferences in the syntax Prism parses', () => {
    expect(preferHeader({ code: 404 })).toBe('code=404');
    expect(preferHeader({ code: 200, example: 'my example', dynamic: true, seed: 7 })).toBe(
      'code=200, example="my example", dynamic=true, seed=7',
    );
  });
});

describe('forcing responses from the Cloudflare mock', () => {
  const mock = useMockServer('cloudflare');
  const { path, init } = buildRequest(specOperation('cloudflare', 'getGateway'));

  it('answers 200 when nothing is preferred', async () => {
    const response = await fetch(`${mock.url}${path}`, init);
    expect(response.status).toBe(200);
  });

  it('answers the 404 the spec declares, through preferResponse headers', async () => {
    const response = await fetch(`${mock.url}${path}`, {
      ...init,
      headers: { ...init.headers, ...preferResponse({ code: 404 }) },
    });
    expect(response.status).toBe(404);
    const body = await response.json();
    expect(body).toMatchObject({ success: false, errors: [{ code: 7002 }] });
    expect(issuesOf(jsonResponseValidator('cloudflare', 'getGateway', '404'), body)).toBe('');
  });

  it('answers 429 with Retry-After (0: the example asks for no wait) for every request of a wrapped fetch', async () => {
    const limitedFetch = withPreferredResponse(fetch, { code: 429 });
    for (let i = 0; i < 2; i++) {
      const response = await limitedFetch(`${mock.url}${path}`, init);
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('0');
      expect(
        issuesOf(jsonResponseValidator('cloudflare', 'getGateway', '429'), await response.json()),
      ).toBe('');
    }
  });

  it('keeps the headers of a Request object and picks a named example', async () => {
    const limitedFetch = withPreferredResponse(fetch, { code: 429, example: 'html' });
    const request = new Request(`${mock.url}${path}`, {
      headers: { ...init.headers, accept: 'text/html' },
    });
    const response = await limitedFetch(request);
    expect(response.status).toBe(429);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<h1>Error 429</h1>');
  });
});
