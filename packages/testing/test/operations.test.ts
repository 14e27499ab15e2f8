// Calls every operation of both specs on the servers the global setup started, with plain fetch,
// and checks each declared response (success and errors) against the validators.
import { describe, expect, it } from 'vitest';
import { preferResponse } from '../src/prefer.ts';
import { apiNames } from '../src/spec-files.ts';
import { mockServerUrl } from '../src/vitest.ts';
import { buildRequest, specOperations, successStatus } from './support/spec.ts';
import { issuesOf, operationIds, responseValidator } from './support/validators.ts';

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  return text === '' ? undefined : JSON.parse(text);
}

describe.each(apiNames)('%s mock server', (api) => {
  const operations = specOperations(api);

  it('covers every operation of the generated operation table, and nothing else', () => {
    expect(operations.map((o) => o.operationId).sort()).toEqual(operationIds(api).sort());
  });

  describe.each(operations.map((o) => [o.operationId, o] as const))('%s', (_id, operation) => {
    it('answers a valid request with its success response, valid against the validators', async () => {
      const { path, init } = buildRequest(operation);
      const response = await fetch(`${mockServerUrl(api)}${path}`, init);
      const status = successStatus(operation);
      expect(response.status, await response.clone().text()).toBe(Number(status));
      expect(response.headers.get('sl-violations')).toBeNull();
      const body = await bodyOf(response);
      const validator = responseValidator(api, operation.operationId, status);
      if (validator) expect(issuesOf(validator, body)).toBe('');
      else expect(body).toBeUndefined();
    });

    const errors = operation.statuses.filter((s) => /^[45]\d\d$/.test(s));
    it.each(errors)('serves its declared %s response on request', async (status) => {
      const { path, init } = buildRequest(operation);
      const headers = { ...init.headers, ...preferResponse({ code: Number(status) }) };
      const response = await fetch(`${mockServerUrl(api)}${path}`, { ...init, headers });
      expect(response.status).toBe(Number(status));
      const validator = responseValidator(api, operation.operationId, status);
      expect(validator, `no validator for ${status}`).toBeDefined();
      if (validator) expect(issuesOf(validator, await bodyOf(response))).toBe('');
    });
  });
});
