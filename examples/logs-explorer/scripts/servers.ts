// The emulators of @ai-gateway/testing and the Vite servers in front of them. The browser only ever
// talks to Vite's origin: `/mock/<api>/...` is proxied to that API's emulator on 127.0.0.1, so the
// app cannot tell an emulator from the real API behind a proxy.

import { fileURLToPath } from 'node:url';
import {
  type BifrostEmulator,
  type CloudflareEmulator,
  type EmulatorOptions,
  type EmulatorServer,
  startEmulator,
} from '@ai-gateway/testing/emulator';
import {
  createServer,
  type PreviewServer,
  type ProxyOptions,
  preview,
  type ViteDevServer,
} from 'vite';
import { localAccountId, localPaths } from '../src/local-backends.ts';

export const root = fileURLToPath(new URL('..', import.meta.url));

export interface Emulators {
  cloudflare: CloudflareEmulator & EmulatorServer;
  bifrost: BifrostEmulator & EmulatorServer;
  close(): Promise<void>;
}

/** What both emulators are seeded with; by default seed 1, 2,000 logs each, ending now. */
export type SeedOptions = Pick<EmulatorOptions, 'seed' | 'logs' | 'now'>;

/** One emulator per API, each on a free port of 127.0.0.1. */
export async function startEmulators(options: SeedOptions = {}): Promise<Emulators> {
  const started = await Promise.allSettled([
    startEmulator({ ...options, api: 'cloudflare', accountId: localAccountId }),
    startEmulator({ ...options, api: 'bifrost' }),
  ]);
  const [cloudflare, bifrost] = started;
  if (cloudflare.status === 'rejected' || bifrost.status === 'rejected') {
    await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.close() : null)));
    throw cloudflare.status === 'rejected'
      ? cloudflare.reason
      : (bifrost as PromiseRejectedResult).reason;
  }
  return {
    cloudflare: cloudflare.value,
    bifrost: bifrost.value,
    close: async () => {
      await Promise.all([cloudflare.value.close(), bifrost.value.close()]);
    },
  };
}

/** `/mock/cloudflare/...` → the Cloudflare emulator, `/mock/bifrost/...` → the Bifrost one. */
export function emulatorProxy(emulators: Emulators): Record<string, ProxyOptions> {
  return Object.fromEntries(
    (['cloudflare', 'bifrost'] as const).map((api) => [
      localPaths[api],
      {
        target: emulators[api].url,
        changeOrigin: true,
        rewrite: (path: string) => path.slice(localPaths[api].length),
      },
    ]),
  );
}

/** Vite's dev server (hot reload) in front of the emulators. */
export async function startDevServer(emulators: Emulators, port?: number): Promise<ViteDevServer> {
  const server = await createServer({
    root,
    server: { host: '127.0.0.1', port, proxy: emulatorProxy(emulators) },
  });
  return server.listen();
}

/** Serves a production build (by default `dist/`) in front of the emulators. */
export async function startPreviewServer(
  emulators: Emulators,
  options: { port?: number; outDir?: string } = {},
): Promise<PreviewServer> {
  const port = options.port ?? 0;
  return preview({
    root,
    logLevel: 'warn',
    build: options.outDir ? { outDir: options.outDir } : {},
    preview: { host: '127.0.0.1', port, strictPort: port !== 0, proxy: emulatorProxy(emulators) },
  });
}

/** Seed options from the environment: `SEED`, `LOGS` and `NOW` (RFC 3339), each optional. */
export function seedFromEnv(env: NodeJS.ProcessEnv = process.env): SeedOptions {
  return {
    ...(env.SEED && { seed: Number(env.SEED) }),
    ...(env.LOGS && { logs: Number(env.LOGS) }),
    ...(env.NOW && { now: env.NOW }),
  };
}

/** Closes everything on Ctrl-C or a kill, emulators last, and exits. */
export function closeOnSignal(close: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      close().finally(() => process.exit(0));
    });
  }
}
