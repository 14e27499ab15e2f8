// The vitest integration: globalSetup servers provided to tests, and per-file servers.
import { describe, expect, it, vi } from 'vitest';
import type { TestProject } from 'vitest/node';
import { freePort } from '../src/mock-server.ts';
import { PrismStartError } from '../src/prism/process.ts';
import { createMockServersSetup, mockServerUrl, useMockServer } from '../src/vitest.ts';
import { commandLines, isRunning, portIsFree } from './support/processes.ts';

describe('the global setup', () => {
  it('provides a running server for each API, both at once', async () => {
    const [cloudflare, bifrost] = await Promise.all([
      fetch(
        `${mockServerUrl('cloudflare')}/accounts/5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13/ai-gateway/gateways`,
        {
          headers: { authorization: 'Bearer test-token' },
        },
      ),
      fetch(`${mockServerUrl('bifrost')}/api/logs/stats`),
    ]);
    expect([cloudflare.status, bifrost.status]).toEqual([200, 200]);
    expect(new URL(mockServerUrl('cloudflare')).hostname).toBe('127.0.0.1');
    expect(mockServerUrl('cloudflare')).not.toBe(mockServerUrl('bifrost'));
  });

  it('closes what it started when one of the servers cannot start', async () => {
    const port = await freePort();
    const provide = vi.fn();
    // Both APIs on one explicit port: one Prism binds it, the other cannot, so the setup fails.
    const setup = createMockServersSetup({ port });
    await expect(setup({ provide } as unknown as TestProject)).rejects.toBeInstanceOf(
      PrismStartError,
    );
    expect(provide).not.toHaveBeenCalled();
    expect(await portIsFree(port)).toBe(true);
    expect(commandLines().filter((cmd) => cmd.includes(`--port ${port}`))).toEqual([]);
  });
});

describe('useMockServer', () => {
  let pid = 0;
  describe('inside its describe block', () => {
    const mock = useMockServer('bifrost');
    const readTooEarly = (() => {
      try {
        return mock.url;
      } catch (error) {
        return error;
      }
    })();

    it('refuses to give a URL before beforeAll has run', () => {
      expect(String(readTooEarly)).toMatch(/not running yet/);
    });

    it('has a running server at .url inside tests', async () => {
      pid = mock.server.pid;
      expect(isRunning(pid)).toBe(true);
      expect((await fetch(`${mock.url}/api/logs/stats`)).status).toBe(200);
    });
  });

  it('has closed it once the block is over', () => {
    expect(pid).toBeGreaterThan(0);
    expect(isRunning(pid)).toBe(false);
  });
});
