// Run in a fresh process by the first-validation benchmark: one `listLogs` call with response
// validation, after the client has already made the same call without it, so that what is timed
// is what turning validation on costs the first time: loading that operation's validators.
//
//   node first-validation-child.ts <cloudflare|bifrost> <page.json>
import { readFileSync, statSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';
import { accountId, apiToken, gatewayId } from '../lib/account.ts';

export interface FirstValidationReport {
  /** The first validated call, in ms. */
  firstMs: number;
  /** The same call once more, its validators loaded, in ms. */
  warmMs: number;
  /** Modules loaded by the first validated call, and the bytes of their files. */
  modules: number;
  bytes: number;
}

const [api = 'cloudflare', pageFile = ''] = process.argv.slice(2);
const page = readFileSync(pageFile, 'utf8');
const answer: typeof fetch = async () =>
  new Response(page, { status: 200, headers: { 'content-type': 'application/json' } });

let recording = false;
const loaded = new Set<string>();
registerHooks({
  load(url, context, next) {
    if (recording && url.startsWith('file:')) loaded.add(url);
    return next(url, context);
  },
});

async function clients() {
  if (api === 'bifrost') {
    const { createBifrostClient } = await import('@ai-gateway/client/bifrost');
    const make = (validateResponses: boolean) =>
      createBifrostClient({ baseUrl: 'http://bifrost.test', fetch: answer, validateResponses });
    return (validateResponses: boolean) => make(validateResponses).logs.list({ limit: 50 });
  }
  const { createCloudflareClient } = await import('@ai-gateway/client/cloudflare');
  return (validateResponses: boolean) =>
    createCloudflareClient({ accountId, apiToken, fetch: answer, validateResponses }).logs.list({
      gateway_id: gatewayId,
    });
}

const call = await clients();
await call(false);
recording = true;
let start = performance.now();
await call(true);
const firstMs = performance.now() - start;
recording = false;
start = performance.now();
await call(true);
const warmMs = performance.now() - start;

let bytes = 0;
for (const url of loaded) bytes += statSync(fileURLToPath(url)).size;
const report: FirstValidationReport = { firstMs, warmMs, modules: loaded.size, bytes };
process.send?.(report, () => process.disconnect());
