// The toolkit's quick start: `npm start` (or `pnpm start`) from the repository root.
//
// Without credentials it reads emulators of both APIs from @ai-gateway/testing, in process. With
// CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID set (and optionally BIFROST_URL, BIFROST_TOKEN,
// CLOUDFLARE_GATEWAY_ID) it reads a real account instead.
import { buildReport } from './report.ts';
import { resolveTarget } from './targets.ts';

const target = await resolveTarget();
try {
  console.log((await buildReport(target)).join('\n'));
} finally {
  await target.close();
}
