import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';
import { repoRoot } from './specs.ts';

export interface SizeEntry {
  name: string;
  /** The module an application would write: `export { createCloudflareClient } from '...'`. */
  code: string;
  /** Budget of the initial load, min+gzip, in kB (1000 bytes). */
  budgetKb?: number;
  /** Peer dependencies the application brings itself. */
  external?: string[];
}

export interface SizeMeasure {
  /** min+gzip bytes loaded with the entry (the entry chunk and its static imports). */
  initial: number;
  /** min+gzip bytes behind dynamic imports, loaded only when used. */
  lazy: number;
}

const gzipped = (code: string) => gzipSync(code, { level: 9 }).length;

/** Bundles an entry as an application would (minified, tree-shaken, code-split) and weighs it. */
export async function measure(entry: SizeEntry): Promise<SizeMeasure> {
  // Inside scripts/node_modules so that package imports resolve from this workspace package.
  const cache = join(repoRoot, 'scripts/node_modules/.cache');
  await mkdir(cache, { recursive: true });
  const folder = await mkdtemp(join(cache, 'size-'));
  try {
    const input = join(folder, 'entry.js');
    await writeFile(input, entry.code);
    const external = [...(entry.external ?? []), /^node:/];
    const unresolved: string[] = [];
    const bundle = await rolldown({
      input,
      platform: 'browser',
      external,
      // An import that does not resolve would silently weigh nothing.
      onLog: (_level, log) => {
        if (log.code === 'UNRESOLVED_IMPORT') unresolved.push(log.message);
      },
    });
    const { output } = await bundle.generate({ format: 'esm', minify: true });
    await bundle.close();
    if (unresolved.length > 0) throw new Error(`${entry.name}: ${unresolved.join('; ')}`);
    const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
    const initial = new Set<string>();
    const visit = (name: string) => {
      if (initial.has(name)) return;
      initial.add(name);
      for (const imported of chunks.get(name)?.imports ?? []) visit(imported);
    };
    for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
    let sizes: SizeMeasure = { initial: 0, lazy: 0 };
    for (const [name, chunk] of chunks) {
      const bytes = gzipped(chunk.code);
      sizes = initial.has(name)
        ? { ...sizes, initial: sizes.initial + bytes }
        : { ...sizes, lazy: sizes.lazy + bytes };
    }
    return sizes;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const reactPeers = ['react', 'react/jsx-runtime', 'react-dom', '@tanstack/react-query'];

/**
 * What each published entry may weigh on first load. The client budgets include what every call
 * runs to refuse bad input and type every fault: params and bodies copied as plain data, typed
 * errors for malformed answers and connection causes, hooks and `withResponse`, and for the whole
 * clients a raw client that fills in the account id and redacts what it hands back.
 */
export const budgets: SizeEntry[] = [
  {
    name: '@ai-gateway/client/cloudflare — one operation (createCloudflareCore + getGateway)',
    code: "export { createCloudflareCore, getGateway } from '@ai-gateway/client/cloudflare';",
    // 10 → 10.5: every call now also runs the `x-confirm` guard of the billing calls that move money.
    // 10.5 → 11: 10.7 measured before the per-operation response loader, which adds 0.15.
    // 11 → 11.5: the query string written directly when nothing in it needs escaping, and the
    // plain-data copy's path for plain values (11.0 since).
    budgetKb: 11.5,
  },
  {
    name: '@ai-gateway/client/cloudflare — the whole client',
    code: "export { createCloudflareClient } from '@ai-gateway/client/cloudflare';",
    // 32 → 40: all 63 operations (was 34): custom providers and their costs, custom domains,
    // provider-config update/delete and billing add 29 descriptors, methods and request checks.
    budgetKb: 40,
  },
  {
    name: '@ai-gateway/client/bifrost — the whole client',
    code: "export { createBifrostClient } from '@ai-gateway/client/bifrost';",
    // 18 → 78: all 31 routes (was 3). Their request checks weigh most: the histogram, ranking and
    // dashboard routes take the list's 31 filters each.
    // 78 → 34: 76 measured before each distinct parameter check was compiled once and shared by
    // the operations that take it (30.4 since).
    budgetKb: 34,
  },
  ...[
    'cloudflare',
    'cloudflare/requests',
    'cloudflare/responses',
    'bifrost',
    'bifrost/requests',
    'bifrost/responses',
  ].map((entry) => ({
    name: `@ai-gateway/validators/${entry}`,
    code: `export * from '@ai-gateway/validators/${entry}';`,
    // Cloudflare 58/20/30 → 88/26/47: the validators of the 29 operations added for all 63
    // (billing's nested invoice, usage and credit schemas weigh most).
    // Bifrost 26/7/16 → 112/65/33: the 28 routes added for all 31; 16 of them take the 31 filters.
    // Bifrost 112/65 → 70/20: shared parameter checks compiled once (65.8/16.7 since).
    // Responses 47/33 → 49/35: each operation's response validators are a module of their own, so
    // that a client loads one operation's alone; the entries pay for the modules' imports and
    // exports (47.0/33.2 since).
    budgetKb: {
      cloudflare: 88,
      'cloudflare/requests': 26,
      'cloudflare/responses': 49,
      bifrost: 70,
      'bifrost/requests': 20,
      'bifrost/responses': 35,
    }[entry],
  })),
  {
    name: '@ai-gateway/react/cloudflare',
    code: "export * from '@ai-gateway/react/cloudflare';",
    // 6 → 7: hooks, keys and invalidations of the 29 operations added for all 63.
    budgetKb: 7,
    external: reactPeers,
  },
];

/** The official SDK, for comparison in the report. */
export const officialSdk: SizeEntry[] = [
  {
    name: 'cloudflare (official SDK), `new Cloudflare()`',
    code: "export { default } from 'cloudflare';",
  },
  {
    name: 'cloudflare (official SDK), the AI Gateway resource classes alone (without the SDK core they run on)',
    code: "export * from 'cloudflare/resources/ai-gateway/index';",
  },
];
