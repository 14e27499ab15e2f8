// The help text of the flags that select logs, the same for every command that reads them.
import { bifrostFlags, cloudflareFlags } from './logs.ts';
import { describeFlags } from './spec-flags.ts';

export function selectionHelp(): string {
  return `Selecting logs:
  --since <time>       at or after: RFC 3339 (2026-11-30T12:00:00Z), a date (2026-11-30, UTC) or a
                       duration back from now (90m, 24h, 7d)
  --until <time>       before (same forms); --since 7d --until 1d is the week up to yesterday
  --provider <a,b>     these providers only (repeatable), on both APIs
  --model <a,b>        these models only (repeatable), on both APIs

  Cloudflare:
  --gateway <id>       a gateway (repeatable; default: every gateway of the account)
  --filter <expr>      key, operator and value in the filters grammar: 'cost gt 0.01',
                       'model eq gpt-4o,gpt-4o-mini' (any of them), 'provider neq openai',
                       'model contains claude', 'duration lt 500', 'success eq false'; or with
                       symbols: cost>0.01, model=gpt-4o, provider!=openai, model~claude.
                       Repeatable, all must hold. Keys are the API's filter keys.
${describeFlags(cloudflareFlags)}

  Bifrost (every filter of GET /api/logs; comma lists match any item):
${describeFlags(bifrostFlags)}`;
}
