// Run in a fresh process by the first-validation benchmark: one `listLogs` call with response
// validation, after the client has already made the same call without it, so that what is timed
// is what turning validation on costs the first time: loading that operation's validators.
// With `parts`, the same process state is reached and the two parts of that cost are timed
// apart instead: loading the validators, then their first (unoptimised) run over the page. With
// `modules`, the call is made with a module hook that records the files it loads: a hook slows
// loading down, so the timed runs go without it.
//
//   node first-validation-child.ts <cloudflare|bifrost> <page.json> [call|parts|modules]
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
  /** The largest of those files, inside the validators' dist/, and its bytes. */
  largest: { file: string; bytes: number };
}

export interface FirstValidationParts {
  /** Loading the operation's response validators, in ms. */
  loadMs: number;
  /** Their first run over the page, in ms. */
  firstRunMs: number;
}

const [api = 'cloudflare', pageFile = '', mode = 'call'] = process.argv.slice(2);
const page = readFileSync(pageFile, 'utf8');
const answer: typeof fetch = async () =>
  new Response(page, { status: 200, headers: { 'content-type': 'application/json' } });

let recording = false;
const loaded = new Set<string>();
if (mode === 'modules') {
  registerHooks({
    load(url, context, next) {
      if (recording && url.startsWith('file:')) loaded.add(url);
      return next(url, context);
    },
  });
}

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

async function parts(): Promise<FirstValidationParts> {
  const { responseLoaders } =
    api === 'bifrost'
      ? await import('@ai-gateway/validators/bifrost/response-loaders')
      : await import('@ai-gateway/validators/cloudflare/response-loaders');
  let start = performance.now();
  const validators = await responseLoaders.listLogs();
  const loadMs = performance.now() - start;
  const body: unknown = JSON.parse(page);
  start = performance.now();
  if (!validators['200'].parse(body).ok) throw new Error(`The ${api} page is not valid`);
  return { loadMs, firstRunMs: performance.now() - start };
}

async function call(): Promise<FirstValidationReport> {
  const run = await clients();
  await run(false);
  recording = true;
  let start = performance.now();
  await run(true);
  const firstMs = performance.now() - start;
  recording = false;
  start = performance.now();
  await run(true);
  const warmMs = performance.now() - start;

  let bytes = 0;
  let largest = { file: '', bytes: 0 };
  for (const url of loaded) {
    const size = statSync(fileURLToPath(url)).size;
    bytes += size;
    if (size > largest.bytes) largest = { file: url.replace(/^.*\/dist\//, ''), bytes: size };
  }
  return { firstMs, warmMs, modules: loaded.size, bytes, largest };
}

if (mode === 'parts') {
  // The process as the timed call finds it: the client loaded, one call made without validation.
  await (await clients())(false);
}
const report = mode === 'parts' ? await parts() : await call();
process.send?.(report, () => process.disconnect());
