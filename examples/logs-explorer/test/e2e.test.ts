// End to end: builds the app, serves the build on 127.0.0.1 in front of both mock servers, and
// drives it in headless Chromium: pick a gateway, filter, open a log, rate it, then the Bifrost
// stats and a second page of Bifrost logs. Screenshots go to test-artifacts/ (git-ignored).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type MockServers, startMockServers } from '@ai-gateway/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, startPreviewServer } from '../scripts/servers.ts';

const artifacts = join(root, 'test-artifacts');
const outDir = join(artifacts, 'app');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const logId = '01JD8W5K3Q9V7XH2M4T6R8B0CN';

interface Sent {
  method: string;
  url: URL;
  body: string | null;
}

let mocks: MockServers | undefined;
let server: PreviewServer | undefined;
let browser: Browser | undefined;
let page: Page;
const sent: Sent[] = [];

/** Requests the page sent to one API through the proxy, after `since` (an index into `sent`). */
const requestsTo = (api: 'cloudflare' | 'bifrost', since = 0) =>
  sent.slice(since).filter((r) => r.url.pathname.startsWith(`/mock/${api}/`));

const shot = (name: string) => page.screenshot({ path: join(artifacts, `${name}.png`) });

describe.skipIf(!existsSync(chromiumPath))('logs explorer in Chromium', () => {
  beforeAll(async () => {
    await mkdir(artifacts, { recursive: true });
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    mocks = await startMockServers();
    server = await startPreviewServer(mocks, { outDir });
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
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('request', (request) =>
      sent.push({
        method: request.method(),
        url: new URL(request.url()),
        body: request.postData(),
      }),
    );
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('The preview server has no local URL');
    await page.goto(url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await mocks?.close();
  });

  it('lists the gateways, and the logs of the one picked down to the last page', async () => {
    const picker = page.locator('#gateway');
    await expect
      .poll(() => picker.locator('option').allTextContents())
      .toContain('support-bot-prod');
    await picker.selectOption('support-bot-prod');

    const logs = page.getByRole('region', { name: 'Logs' });
    const rows = logs.locator('tbody tr.row');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.first().locator('td').allTextContents()).toEqual([
      '20 Nov 14:03:11',
      'openai',
      'gpt-4o-mini',
      'success',
      '538 / 251',
      '$0.000231',
      '842 ms',
    ]);
    // The mock holds 3 logs and says so: scrolling to the end asks for no page past the last.
    await logs.locator('.table-end').scrollIntoViewIfNeeded();
    await expect.poll(() => logs.locator('.table-end').textContent()).toBe('All 3 logs shown');
    expect(await logs.locator('.panel-footer').textContent()).toBe('3 of 3 logs · 1 page');
    const lists = requestsTo('cloudflare').filter((r) => r.url.pathname.endsWith('/logs'));
    expect(lists.map((r) => r.url.searchParams.get('page'))).toEqual(['1']);
    await shot('01-gateway-logs');
  });

  it("filters the logs with the API's own filters", async () => {
    const before = sent.length;
    await page.locator('#search').fill('rotate token');
    await page.locator('#provider').fill('openai');
    await page.locator('#model').fill('gpt-4o');
    await page.locator('#success').selectOption('true');
    await page.locator('#cached').selectOption('false');
    await page.locator('#from').fill('2026-11-01');
    await page.locator('#to').fill('2026-11-30');

    const query = () =>
      requestsTo('cloudflare', before)
        .filter((r) => r.url.pathname.endsWith('/logs'))
        .at(-1)?.url.search;
    await expect.poll(query, { timeout: 10_000 }).toContain('filters.value=2026-11-30');
    const params = new URLSearchParams(query());
    expect(params.get('search')).toBe('rotate token');
    expect(params.getAll('filters.key')).toEqual([
      'provider',
      'model',
      'success',
      'cached',
      'created_at',
      'created_at',
    ]);
    expect(params.getAll('filters.operator')).toEqual(['eq', 'contains', 'eq', 'eq', 'gt', 'lt']);
    expect(params.getAll('filters.value')).toEqual([
      'openai',
      'gpt-4o',
      'true',
      'false',
      '2026-11-01T00:00:00.000Z',
      '2026-11-30T23:59:59.999Z',
    ]);
    // The debounce sends one request for the finished form, not one per keystroke.
    const lists = requestsTo('cloudflare', before).filter((r) => r.url.pathname.endsWith('/logs'));
    expect(lists.length).toBeLessThanOrEqual(2);
    await expect.poll(() => page.locator('tbody tr.row').count()).toBe(3);
    await shot('02-filtered');
  });

  it('opens a log with its stored request and response', async () => {
    await page.locator('tbody tr.row').first().click();
    const detail = page.getByRole('complementary', { name: 'Log detail' });
    await expect.poll(() => detail.getByText(logId).count()).toBe(1);
    await expect
      .poll(() => detail.getByRole('region', { name: 'Request' }).textContent())
      .toContain('How do I rotate the API token my CI pipeline uses?');
    await expect
      .poll(() => detail.getByRole('region', { name: 'Response' }).textContent())
      .toContain('chatcmpl-');
    const fact = (label: string) => detail.locator('.fact', { hasText: label }).locator('dd');
    expect(await fact('Cost').textContent()).toBe('$0.000231');
    expect(await fact('Model').textContent()).toBe('gpt-4o-mini');
    await shot('03-log-detail');
  });

  it('patches the feedback, then refreshes that log and the log list only', async () => {
    const before = sent.length;
    const detail = page.getByRole('complementary', { name: 'Log detail' });
    await detail.getByRole('button', { name: 'Helpful', exact: true }).click();
    await expect.poll(() => detail.getByRole('status').textContent()).toBe('Feedback saved');
    expect(
      await detail
        .getByRole('button', { name: 'Helpful', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    const after = requestsTo('cloudflare', before);
    const patch = after.find((r) => r.method === 'PATCH');
    expect(patch?.url.pathname).toMatch(new RegExp(`/gateways/support-bot-prod/logs/${logId}$`));
    expect(JSON.parse(patch?.body ?? '{}')).toEqual({ feedback: 1 });
    const refetched = after
      .filter((r) => r.method === 'GET')
      .map((r) => r.url.pathname.replace(/^.*\/gateways\//, ''));
    // x-invalidates of editLog: the log and its gateway's lists; not its stored request or response.
    expect(refetched.sort()).toEqual([`support-bot-prod/logs`, `support-bot-prod/logs/${logId}`]);
    await shot('04-feedback');
  });

  it('shows the Bifrost stats, and another page of logs on scroll', async () => {
    const before = sent.length;
    await page.getByRole('button', { name: 'Bifrost' }).click();
    const stats = page.getByRole('region', { name: 'Bifrost stats' });
    const cards = async () => {
      const labels = await stats.locator('.card-label').allTextContents();
      const values = await stats.locator('.card-value').allTextContents();
      return Object.fromEntries(labels.map((label, index) => [label, values[index]]));
    };
    await expect.poll(cards).toEqual({
      Requests: '1,287',
      'Success rate': '97.3%',
      'Average latency': '1.44 s',
      'Total cost': '$4.18',
      Tokens: '1,843,920',
      'Cache hits': '80',
    });

    const logs = page.getByRole('region', { name: 'Bifrost logs' });
    const rows = logs.locator('tbody tr.row');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    // Pages fill the visible list first; then each scroll to the end asks for one more.
    await page.waitForTimeout(500);
    const shown = await rows.count();
    await logs.locator('.table-scroll').evaluate((list) => {
      list.scrollTop = list.scrollHeight;
    });
    await expect.poll(() => rows.count()).toBeGreaterThan(shown);
    const offsets = requestsTo('bifrost', before)
      .filter((r) => r.url.pathname === '/mock/bifrost/api/logs')
      .map((r) => Number(r.url.searchParams.get('offset')));
    expect(offsets.slice(0, 2)).toEqual([0, 3]);
    expect(offsets).toContain(shown);
    await page.screenshot({ path: join(artifacts, '05-bifrost.png'), fullPage: true });
  });

  it('sends the Bifrost filters to the stats and the list, and refreshes the stats while visible', async () => {
    const before = sent.length;
    await page.getByRole('checkbox', { name: 'openai' }).check();
    await page.getByRole('checkbox', { name: 'error' }).check();
    const latest = (path: string) =>
      requestsTo('bifrost', before)
        .filter((r) => r.url.pathname === `/mock/bifrost${path}`)
        .at(-1)?.url.searchParams;
    await expect.poll(() => latest('/api/logs/stats')?.get('status')).toBe('error');
    await expect.poll(() => latest('/api/logs')?.get('status')).toBe('error');
    for (const path of ['/api/logs/stats', '/api/logs']) {
      expect(latest(path)?.get('providers')).toBe('openai');
    }
    // The stats refresh every 5 s while the tab is visible.
    const statsCount = () =>
      requestsTo('bifrost', before).filter((r) => r.url.pathname.endsWith('/stats')).length;
    const first = statsCount();
    await expect.poll(statsCount, { timeout: 8_000 }).toBeGreaterThan(first);
    await shot('06-bifrost-filtered');
  });
});
