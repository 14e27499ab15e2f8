// End to end, against the emulators: builds the app, serves the build on 127.0.0.1 in front of one
// emulator per API (seeded the same on every run), and drives it in headless Chromium. What the page
// shows is checked against what the emulators store: under a filter every row matches it, the list
// ends exactly at the emulator's total with no page asked for twice or past the end, and a rating
// made in the page is in the emulator's store and still there after a reload.
// Screenshots go to test-artifacts/ (git-ignored), named after what they show.
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { LogEntry, RecordedRequest, StoredLog } from '@ai-gateway/testing/emulator';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { build, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulators, root, startEmulators, startPreviewServer } from '../scripts/servers.ts';
import {
  formatCost,
  formatCount,
  formatMs,
  formatPercent,
  formatShortTime,
} from '../src/format.ts';

const artifacts = join(root, 'test-artifacts');
const outDir = join(artifacts, 'app');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// A fixed instant a little in the past: the same data on every run, dated like recent traffic.
const seed = { seed: 1, now: '2026-11-30T12:00:00.000Z' };
// One of the gateways seed 1 makes for the app's account, with a few hundred logs.
const gatewayId = 'checkout-assistant';
const cloudflareFilter = { provider: 'anthropic', minCost: 0.002 };

let emulators: Emulators;
let server: PreviewServer | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];

const shot = (name: string, fullPage = false) =>
  page.screenshot({ path: join(artifacts, `${name}.png`), fullPage });

/** The ids of the rows a list shows, top to bottom. */
const shownIds = (list: Locator) =>
  list
    .locator('tbody tr.row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-log-id') ?? ''));

/** The text of every cell of every row a list shows. */
const shownCells = (list: Locator) =>
  list
    .locator('tbody tr.row')
    .evaluateAll((rows) =>
      rows.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent)),
    );

/** Scrolls the list down until it says every log is shown. */
async function scrollToEnd(list: Locator, total: number): Promise<void> {
  const scroller = list.locator('.table-scroll');
  await expect
    .poll(
      async () => {
        await scroller.evaluate((element) => {
          element.scrollTop = element.scrollHeight;
        });
        return list.locator('.table-end').textContent();
      },
      { timeout: 30_000, interval: 150 },
    )
    .toBe(`All ${formatCount(total)} logs shown`);
}

/** Waits until the list shows the first page of the answer whose total is `total`. */
async function waitForTotal(list: Locator, total: number): Promise<void> {
  await expect
    .poll(() => list.locator('.panel-footer').textContent(), { timeout: 10_000 })
    .toMatch(new RegExp(` of ${formatCount(total)} logs · `));
  await expect.poll(() => list.getAttribute('aria-busy')).toBe('false');
}

/** The list requests an emulator answered since `since`, with their query. */
const listRequests = (requests: readonly RecordedRequest[], since: number) =>
  requests
    .slice(since)
    .filter((r) => r.operationId === 'listLogs')
    .map((r) => ({ ...r, query: new URL(r.url).searchParams }));

const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** A gateway's stored logs that pass `keep`, newest first, as the app asks for them. */
function storedCloudflareLogs(keep: (stored: StoredLog) => boolean): StoredLog[] {
  const logs = emulators.cloudflare.store.logs.get(gatewayId) ?? [];
  return logs.filter(keep).sort((a, b) => newestFirst(a.log.created_at, b.log.created_at));
}

/** The stored Bifrost logs that pass `keep`, newest first. */
function storedBifrostLogs(keep: (log: LogEntry) => boolean): LogEntry[] {
  // Every stored timestamp is UTC with nine fraction digits, so they sort as strings.
  return emulators.bifrost.store.logs
    .filter(keep)
    .sort((a, b) => newestFirst(a.timestamp, b.timestamp));
}

/**
 * The stats cards for these rows, worked out from the stored rows as Bifrost defines them: every
 * row is a request, the rest counts finished rows only (not `processing`); percent, ms and USD.
 */
function expectedStats(rows: LogEntry[]): Record<string, string> {
  const finished = rows.filter((log) => log.status !== 'processing');
  const sum = (value: (log: LogEntry) => number | null | undefined) =>
    finished.reduce((total, log) => total + (value(log) ?? 0), 0);
  const timed = finished.filter((log) => log.latency != null);
  return {
    Requests: formatCount(rows.length),
    'Success rate': formatPercent(
      (100 * finished.filter((log) => log.status === 'success').length) / finished.length,
    ),
    'Average latency': formatMs(sum((log) => log.latency) / timed.length),
    'Total cost': formatCost(sum((log) => log.cost)),
    Tokens: formatCount(sum((log) => log.token_usage?.total_tokens)),
  };
}

/** The stats cards the page shows, but the cache hits (which this test does not work out). */
async function shownStats(): Promise<Record<string, string>> {
  const stats = page.getByRole('region', { name: 'Bifrost stats' });
  const labels = await stats.locator('.card-label').allTextContents();
  const values = await stats.locator('.card-value').allTextContents();
  const cards = Object.fromEntries(labels.map((label, index) => [label, values[index] ?? '']));
  delete cards['Cache hits'];
  return cards;
}

describe.skipIf(!existsSync(chromiumPath))(
  'logs explorer in Chromium, against the emulators',
  () => {
    beforeAll(async () => {
      await rm(artifacts, { recursive: true, force: true });
      await mkdir(artifacts, { recursive: true });
      await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
      emulators = await startEmulators(seed);
      server = await startPreviewServer(emulators, { outDir });
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
      page.on('pageerror', (error) => pageErrors.push(error.message));
      const url = server.resolvedUrls?.local[0];
      if (!url) throw new Error('The preview server has no local URL');
      await page.goto(url);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await emulators?.close();
    });

    const cloudflareLogs = () => page.getByRole('region', { name: 'Logs', exact: true });
    const bifrostLogs = () => page.getByRole('region', { name: 'Bifrost logs' });

    it("lists the emulator's gateways, and the picked gateway's logs newest first", async () => {
      const picker = page.locator('#gateway');
      const stored = [...emulators.cloudflare.store.gateways.values()].map(
        (gateway) => `${gateway.id}${gateway.collect_logs ? '' : ' (not collecting logs)'}`,
      );
      await expect
        .poll(async () => (await picker.locator('option').allTextContents()).slice(1).sort())
        .toEqual(stored.sort());
      await picker.selectOption(gatewayId);

      const logs = cloudflareLogs();
      const all = storedCloudflareLogs(() => true);
      await waitForTotal(logs, all.length);
      const ids = await shownIds(logs);
      expect(ids.length).toBeGreaterThanOrEqual(25);
      expect(ids).toEqual(all.slice(0, ids.length).map(({ log }) => log.id));
      const [first] = await shownCells(logs);
      const newest = all[0]?.log;
      expect(first?.slice(0, 3)).toEqual([
        formatShortTime(newest?.created_at),
        newest?.provider,
        newest?.model,
      ]);
      await shot(`cloudflare-${gatewayId}-newest-first-of-${all.length}`);
    });

    it('shows exactly the logs the emulator holds for provider = anthropic and cost > $0.002, to the last page', async () => {
      const before = emulators.cloudflare.requests.length;
      await page.locator('#provider').fill(cloudflareFilter.provider);
      await page.locator('#min-cost').fill(String(cloudflareFilter.minCost));

      const expected = storedCloudflareLogs(
        ({ log }) =>
          log.provider === cloudflareFilter.provider &&
          log.cost != null &&
          log.cost > cloudflareFilter.minCost,
      );
      // More than two pages of 25, and not all of the gateway's logs: the filter has work to do.
      expect(expected.length).toBeGreaterThan(50);
      expect(expected.length).toBeLessThan(storedCloudflareLogs(() => true).length);

      const logs = cloudflareLogs();
      await waitForTotal(logs, expected.length);
      await shot('cloudflare-filtered-anthropic-cost-over-0.002');
      await scrollToEnd(logs, expected.length);

      const ids = await shownIds(logs);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expected.map(({ log }) => log.id));
      for (const cells of await shownCells(logs)) {
        expect(cells[1]).toBe(cloudflareFilter.provider);
        expect(Number(cells[5]?.replace('$', ''))).toBeGreaterThanOrEqual(cloudflareFilter.minCost);
      }
      expect(await logs.locator('.panel-footer').textContent()).toBe(
        `${expected.length} of ${expected.length} logs · ${Math.ceil(expected.length / 25)} pages`,
      );

      // One request per page, the last one included, and none past it, even after a wait.
      await page.waitForTimeout(1_000);
      const filtered = listRequests(emulators.cloudflare.requests, before).filter(
        (r) => r.query.getAll('filters.key').join() === 'provider,cost',
      );
      expect(filtered.map((r) => r.query.getAll('filters.value'))).toEqual(
        filtered.map(() => [cloudflareFilter.provider, String(cloudflareFilter.minCost)]),
      );
      expect(filtered.map((r) => r.query.get('page'))).toEqual(
        Array.from({ length: Math.ceil(expected.length / 25) }, (_, i) => String(i + 1)),
      );
      expect(filtered.every((r) => r.status === 200)).toBe(true);
      await shot(`cloudflare-filtered-anthropic-cost-over-0.002-end-all-${expected.length}-shown`);
    });

    let ratedId = '';

    it("opens a log with its stored payloads, and stores the rating in the emulator's store", async () => {
      const logs = cloudflareLogs();
      const shown = await shownIds(logs);
      const target = storedCloudflareLogs(({ log }) => shown.includes(log.id)).find(
        ({ hidden }) => hidden.feedback !== 1,
      );
      if (!target) throw new Error('Every shown log is rated helpful already');
      ratedId = target.log.id;
      await logs.locator(`tr[data-log-id="${ratedId}"]`).click();

      const detail = page.getByRole('complementary', { name: 'Log detail' });
      await expect.poll(() => detail.getByText(ratedId).count()).toBe(1);
      await expect
        .poll(() => detail.getByRole('region', { name: 'Request' }).locator('pre').textContent())
        .toBe(JSON.stringify(target.request, null, 2));
      await expect
        .poll(() => detail.getByRole('region', { name: 'Response' }).locator('pre').textContent())
        .toBe(JSON.stringify(target.response, null, 2));
      const fact = (label: string) => detail.locator('.fact', { hasText: label }).locator('dd');
      expect(await fact('Cost').textContent()).toBe(formatCost(target.log.cost));
      expect(await fact('Model').textContent()).toBe(target.log.model);

      const before = emulators.cloudflare.requests.length;
      await detail.getByRole('button', { name: 'Helpful', exact: true }).click();
      await expect.poll(() => detail.getByRole('status').textContent()).toBe('Feedback saved');
      const stored = emulators.cloudflare.store.logs
        .get(gatewayId)
        ?.find((s) => s.log.id === ratedId);
      expect(stored?.hidden.feedback).toBe(1);

      // The spec's x-invalidates of editLog: that log and its gateway's lists are read again (every
      // page the list holds); its stored request and response are not.
      await page.waitForTimeout(500);
      const after = emulators.cloudflare.requests.slice(before);
      expect(new Set(after.map((r) => r.operationId))).toEqual(
        new Set(['editLog', 'getLog', 'listLogs']),
      );
      expect(after.find((r) => r.operationId === 'editLog')).toMatchObject({
        method: 'PATCH',
        status: 200,
      });
      await shot('cloudflare-log-rated-helpful-saved');
    });

    it("still shows the rating after a reload: the feedback filter lists the emulator's helpful logs", async () => {
      await page.reload();
      await page.locator('#gateway').selectOption(gatewayId);
      const before = emulators.cloudflare.requests.length;
      await page.locator('#feedback').selectOption('1');

      const expected = storedCloudflareLogs(({ hidden }) => hidden.feedback === 1);
      expect(expected.map(({ log }) => log.id)).toContain(ratedId);
      const logs = cloudflareLogs();
      await waitForTotal(logs, expected.length);
      await scrollToEnd(logs, expected.length);
      expect(await shownIds(logs)).toEqual(expected.map(({ log }) => log.id));
      const filtered = listRequests(emulators.cloudflare.requests, before).filter(
        (r) => r.query.getAll('filters.key').join() === 'feedback',
      );
      expect(filtered.map((r) => r.query.get('page'))).toEqual(
        Array.from({ length: Math.ceil(expected.length / 25) }, (_, i) => String(i + 1)),
      );

      await logs.locator(`tr[data-log-id="${ratedId}"]`).click();
      await expect
        .poll(() =>
          page.getByRole('complementary', { name: 'Log detail' }).getByText(ratedId).count(),
        )
        .toBe(1);
      await shot(`cloudflare-after-reload-feedback-helpful-${expected.length}-logs-incl-rated`);
    });

    it('shows the Bifrost stats computed by the emulator over all its logs', async () => {
      await page.getByRole('button', { name: 'Bifrost' }).click();
      const all = emulators.bifrost.store.logs;
      await expect.poll(shownStats).toEqual(expectedStats(all));
      const logs = bifrostLogs();
      await waitForTotal(logs, all.length);
      const ids = await shownIds(logs);
      expect(ids).toEqual(
        storedBifrostLogs(() => true)
          .slice(0, ids.length)
          .map((log) => log.id),
      );
      await shot(`bifrost-unfiltered-${all.length}-logs`, true);
    });

    it('shows exactly the Bifrost logs the emulator holds for status = error and provider = openai, to the last page', async () => {
      const before = emulators.bifrost.requests.length;
      await page.getByRole('checkbox', { name: 'openai', exact: true }).check();
      await page.getByRole('checkbox', { name: 'error', exact: true }).check();

      const expected = storedBifrostLogs(
        (log) => log.status === 'error' && log.provider === 'openai',
      );
      expect(expected.length).toBeGreaterThan(50);
      const logs = bifrostLogs();
      await waitForTotal(logs, expected.length);

      // The stats cover the same rows as the list.
      await expect.poll(shownStats).toEqual(expectedStats(expected));
      expect((await shownStats())['Success rate']).toBe('0.0%');
      await shot('bifrost-filtered-error-openai', true);

      await scrollToEnd(logs, expected.length);
      const ids = await shownIds(logs);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expected.map((log) => log.id));
      for (const cells of await shownCells(logs)) {
        expect([cells[1], cells[4]]).toEqual(['openai', 'error']);
      }
      const pages = Math.ceil(expected.length / 25);
      expect(await logs.locator('.panel-footer').textContent()).toBe(
        `${expected.length} of ${expected.length} logs · ${pages} pages`,
      );

      await page.waitForTimeout(1_000);
      const filtered = listRequests(emulators.bifrost.requests, before).filter(
        (r) => r.query.get('status') === 'error' && r.query.get('providers') === 'openai',
      );
      expect(filtered.map((r) => Number(r.query.get('offset')))).toEqual(
        Array.from({ length: pages }, (_, i) => i * 25),
      );
      expect(filtered.every((r) => r.status === 200)).toBe(true);
      await shot(`bifrost-filtered-error-openai-end-all-${expected.length}-shown`, true);
    });

    it('refreshes the filtered Bifrost stats every 5 s while the tab is visible', async () => {
      const statsRequests = () =>
        emulators.bifrost.requests.filter(
          (r) =>
            r.operationId === 'getLogStats' &&
            new URL(r.url).searchParams.get('status') === 'error',
        ).length;
      const first = statsRequests();
      await expect.poll(statsRequests, { timeout: 8_000 }).toBeGreaterThan(first);
    });

    it('met no error on the way: every request answered with a success, no page error', () => {
      const failed = [...emulators.cloudflare.requests, ...emulators.bifrost.requests].filter(
        (r) => r.status >= 400,
      );
      expect(failed).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  },
);
