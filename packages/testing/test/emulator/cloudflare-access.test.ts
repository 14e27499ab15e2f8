// Who the Cloudflare emulator answers: a request needs credentials, and reaches only the account the
// data belongs to, as on the real API.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/emulator/index.ts';
import { issuesOf, jsonResponseValidator } from '../support/validators.ts';

const emulator = createEmulator({
  api: 'cloudflare',
  logs: 10,
  accountId: 'abc123',
  now: '2026-11-30T12:00:00Z',
});
const gateways = (account: string) =>
  `https://api.cloudflare.com/client/v4/accounts/${account}/ai-gateway/gateways`;

describe('Cloudflare credentials and accounts', () => {
  it('answers 401 with the API’s body when no credentials are sent', async () => {
    const response = await emulator.fetch(gateways('abc123'));
    const body = await response.json();
    expect(response.status).toBe(401);
    expect(body).toEqual({
      success: false,
      errors: [{ code: 10000, message: 'Authentication error' }],
      messages: [],
      result: null,
    });
    expect(issuesOf(jsonResponseValidator('cloudflare', 'listGateways', '401'), body)).toBe('');
  });

  it('accepts a bearer token or the legacy email and key pair', async () => {
    const bearer = await emulator.fetch(gateways('abc123'), {
      headers: { authorization: 'Bearer anything' },
    });
    const legacy = await emulator.fetch(gateways('abc123'), {
      headers: { 'x-auth-email': 'ops@example.com', 'x-auth-key': 'key' },
    });
    expect([bearer.status, legacy.status]).toEqual([200, 200]);
    const onlyEmail = await emulator.fetch(gateways('abc123'), {
      headers: { 'x-auth-email': 'ops@example.com' },
    });
    expect(onlyEmail.status).toBe(401);
  });

  it('refuses another account’s data with 403', async () => {
    const response = await emulator.fetch(gateways('someone-else'), {
      headers: { authorization: 'Bearer t' },
    });
    const body = await response.json();
    expect(response.status).toBe(403);
    expect(body.errors).toEqual([
      { code: 9109, message: 'Unauthorized to access requested resource' },
    ]);
    expect(issuesOf(jsonResponseValidator('cloudflare', 'listGateways', '403'), body)).toBe('');
  });
});
