// emulatorHandlers() under MSW's setupServer: requests to the API's own URL are answered by the
// emulator, with its state and faults; other requests pass through.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/emulator/index.ts';
import { emulatorHandlers } from '../../src/msw.ts';

const cloudflare = createEmulator({ api: 'cloudflare', logs: 50, now: '2026-11-30T12:00:00Z' });
const bifrost = createEmulator({ api: 'bifrost', logs: 50, now: '2026-11-30T12:00:00Z' });
const server = setupServer(
  ...emulatorHandlers(cloudflare),
  ...emulatorHandlers(bifrost, { baseUrl: 'http://bifrost.internal:8080/' }),
);
const headers = { authorization: 'Bearer test-token' };
const gateways = `https://api.cloudflare.com/client/v4/accounts/${cloudflare.seed.accountId}/ai-gateway/gateways`;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('emulatorHandlers', () => {
  it('answers the API’s own URL from the emulator’s store', async () => {
    const response = await fetch(gateways, { headers });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { id: string }[] };
    expect(body.result.map((g) => g.id).sort()).toEqual(
      [...cloudflare.store.gateways.keys()].sort(),
    );
  });

  it('keeps writes made through MSW', async () => {
    const before = cloudflare.store.gateways.size;
    const [first] = cloudflare.store.gateways.values();
    if (!first) throw new Error('no seeded gateway');
    const {
      id: _id,
      created_at: _c,
      modified_at: _m,
      ...settings
    } = first as Record<string, unknown>;
    const created = await fetch(gateways, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ ...settings, id: 'msw-created' }),
    });
    expect(created.status).toBe(200);
    expect(cloudflare.store.gateways.size).toBe(before + 1);
    const read = await fetch(`${gateways}/msw-created`, { headers });
    expect(((await read.json()) as { result: { id: string } }).result.id).toBe('msw-created');
  });

  it('serves a second emulator under a base URL of its own', async () => {
    const response = await fetch('http://bifrost.internal:8080/api/logs?limit=5');
    const body = (await response.json()) as {
      logs: unknown[];
      pagination: { total_count: number };
    };
    expect(body.logs).toHaveLength(5);
    expect(body.pagination.total_count).toBe(bifrost.store.logs.length);
  });

  it('turns a dropped-connection fault into a network error', async () => {
    cloudflare.faults.add({ drop: true });
    await expect(fetch(gateways, { headers })).rejects.toThrow(TypeError);
    expect((await fetch(gateways, { headers })).status).toBe(200);
  });

  it('leaves other URLs to MSW’s unhandled-request policy', async () => {
    await expect(fetch('https://example.invalid/elsewhere')).rejects.toThrow();
  });
});
