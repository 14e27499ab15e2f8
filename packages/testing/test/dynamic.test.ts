// Dynamic mode: responses generated from the schemas, repeatable for a given seed.
import { describe, expect, it } from 'vitest';
import { preferResponse } from '../src/prefer.ts';
import { useMockServer } from '../src/vitest.ts';
import { buildRequest, specOperation, specOperations, successStatus } from './support/spec.ts';
import { issuesOf, jsonResponseValidator, responseValidator } from './support/validators.ts';

const { path, init } = buildRequest(specOperation('bifrost', 'getLogStats'));

describe('dynamic responses', () => {
  const staticServer = useMockServer('bifrost');
  const seeded = useMockServer('bifrost', { dynamic: true, seed: 5 });
  const sameSeed = useMockServer('bifrost', { dynamic: true, seed: 5 });
  const otherSeed = useMockServer('bifrost', { dynamic: true, seed: 6 });
  const get = async (url: string, headers: Record<string, string> = {}) =>
    (await fetch(`${url}${path}`, { ...init, headers: { ...init.headers, ...headers } })).json();

  it('are generated from the schema instead of the example, and valid', async () => {
    const example = await get(staticServer.url);
    const generated = await get(seeded.url);
    expect(generated).not.toEqual(example);
    expect(issuesOf(jsonResponseValidator('bifrost', 'getLogStats', '200'), generated)).toBe('');
  });

  it('are the same for the same seed, request after request and server after server', async () => {
    const first = await get(seeded.url);
    expect(await get(seeded.url)).toEqual(first);
    expect(await get(sameSeed.url)).toEqual(first);
    expect(await get(otherSeed.url)).not.toEqual(first);
  });

  it('can be asked for per request on a server that serves examples', async () => {
    const generated = await get(staticServer.url, preferResponse({ dynamic: true, seed: 5 }));
    expect(generated).toEqual(await get(seeded.url));
  });

  // Prism's generator (json-schema-faker 0.5) reads `exclusiveMinimum`/`exclusiveMaximum` as the
  // booleans of JSON Schema draft 4, not the numbers of OpenAPI 3.1, so it can produce the excluded
  // bound itself (a spend limit of 0). Every other rule must hold.
  const fakerBlindSpots = ['exclusiveMinimum', 'exclusiveMaximum'];
  const dynamicCloudflare = useMockServer('cloudflare', { dynamic: true });
  it.each(specOperations('cloudflare').map((o) => [o.operationId, o] as const))(
    'cloudflare %s: a dynamic server answers valid data',
    async (_id, operation) => {
      const status = successStatus(operation);
      const request = buildRequest(operation);
      const response = await fetch(`${dynamicCloudflare.url}${request.path}`, request.init);
      expect(response.status).toBe(Number(status));
      const validator = responseValidator('cloudflare', operation.operationId, status);
      if (validator) expect(issuesOf(validator, await response.json(), fakerBlindSpots)).toBe('');
    },
  );
});
