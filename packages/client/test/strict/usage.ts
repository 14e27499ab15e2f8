// Compiled with `exactOptionalPropertyTypes` by strict-types.test.ts: the README's examples and
// the everyday pattern of passing a value that may be undefined.
import { createBifrostClient } from '../../src/bifrost.js';
import { createCloudflareClient, NotFoundError } from '../../src/cloudflare.js';

declare const maybeNumber: number | undefined;
declare const maybeString: string | undefined;
declare const maybeSignal: AbortSignal | undefined;

export async function readme() {
  const cf = createCloudflareClient({ accountId: '5f3c…', apiToken: process.env.CF_TOKEN });
  const gateway = await cf.gateways.get({ id: 'support-bot-prod' });
  const page = await cf.logs.list({ gateway_id: 'support-bot-prod', per_page: 50 });
  try {
    await cf.gateways.get({ id: 'does-not-exist' });
  } catch (error) {
    if (error instanceof NotFoundError) console.log(error.status, error.errors, error.requestId);
  }
  const bifrost = createBifrostClient({
    baseUrl: 'http://localhost:8080',
    token: process.env.BIFROST_TOKEN,
  });
  return [gateway, page, bifrost];
}

export async function possiblyUndefined() {
  const cf = createCloudflareClient({
    accountId: maybeString,
    apiToken: maybeString,
    baseUrl: maybeString,
    maxRetries: maybeNumber,
    timeoutMs: maybeNumber,
    validateResponses: undefined,
    headers: undefined,
  });
  const legacy = createCloudflareClient({ apiEmail: maybeString, apiKey: maybeString });
  await cf.logs.list(
    { gateway_id: 'gw', per_page: maybeNumber, search: maybeString, account_id: maybeString },
    { signal: maybeSignal, timeoutMs: maybeNumber, maxPages: maybeNumber, headers: undefined },
  );
  await cf.logs.delete({ gateway_id: 'gw', all: undefined, limit: maybeNumber });
  const bf = createBifrostClient({ token: maybeString, baseUrl: maybeString });
  await bf.logs.list({ limit: maybeNumber, status: undefined, providers: maybeString });
  return legacy;
}
