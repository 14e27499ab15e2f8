// The emulator in a real browser: the MSW handlers of @ai-gateway/testing under `setupWorker`, in
// Debian's Chromium. The page filters logs through the gateway's own URL; the answer must be the
// emulator's filtered rows.
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const pageRoot = fileURLToPath(new URL('./msw-page/', import.meta.url));

let browser: Browser | undefined;
let server: ViteDevServer | undefined;
let publicDir = '';

beforeAll(async () => {
  // MSW's worker script, served from the page's origin as a service worker must be.
  publicDir = await mkdtemp(join(tmpdir(), 'msw-page-'));
  const testing = createRequire(import.meta.url).resolve('@ai-gateway/testing/package.json');
  const msw = createRequire(testing).resolve('msw/package.json');
  await mkdir(publicDir, { recursive: true });
  await copyFile(
    join(dirname(msw), 'lib', 'mockServiceWorker.js'),
    join(publicDir, 'mockServiceWorker.js'),
  );
  server = await createServer({
    root: pageRoot,
    publicDir,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0 },
    resolve: { dedupe: ['msw'] },
  });
  await server.listen();
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(publicDir, { recursive: true, force: true });
});

describe('emulatorHandlers under setupWorker in Chromium', () => {
  it('answers the page’s requests from the emulator, filters applied', async () => {
    const page = await (browser as Browser).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const address = server?.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('the page server has no port');
    await page.goto(`http://127.0.0.1:${address.port}/`);
    const text = await page
      .locator('#result')
      .filter({ hasText: '{' })
      .textContent({ timeout: 60_000 });
    const result = JSON.parse(text ?? '{}') as {
      status: number;
      total: number;
      ids: string[];
      expected: string[];
    };
    expect(errors).toEqual([]);
    expect(result.status).toBe(200);
    expect(result.expected.length).toBeGreaterThan(0);
    expect(result.ids).toEqual(result.expected);
    expect(result.total).toBe(result.expected.length);
  });
});
