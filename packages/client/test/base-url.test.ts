// A base URL with a user name or password in it would put them in every error that names the URL:
// both clients refuse it when they are made, and the refusal does not repeat them.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AIGatewayError, createBifrostClient } from '../src/bifrost.js';
import { createCloudflareClient } from '../src/cloudflare.js';

const make = {
  bifrost: (baseUrl: string) => createBifrostClient({ baseUrl }),
  cloudflare: (baseUrl: string) =>
    createCloudflareClient({ baseUrl, apiToken: 'token-123456', accountId: 'a'.repeat(32) }),
};

describe.each(Object.entries(make))('%s client', (_name, create) => {
  it.each([
    'http://admin:hunter2-pw@127.0.0.1:8080',
    'http://hunter2-user@127.0.0.1:8080/api',
    'https://:hunter2-pw@gateway.example/client/v4',
  ])('refuses credentials in the base URL %s without showing them', (url) => {
    let thrown: unknown;
    try {
      create(url);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AIGatewayError);
    const rendered = `${(thrown as Error).message} ${(thrown as Error).stack} ${inspect(thrown, { depth: 10 })}`;
    expect(rendered).toContain('baseUrl must not carry a user name or password');
    expect(rendered).not.toMatch(/hunter2|admin/);
  });

  it('accepts a plain base URL', () => {
    expect(() => create('http://127.0.0.1:8080/path')).not.toThrow();
  });
});
