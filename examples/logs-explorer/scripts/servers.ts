// The mock servers of @ai-gateway/testing and the Vite servers in front of them. The browser only
// ever talks to Vite's origin: `/mock/<api>/...` is proxied to that API's mock on 127.0.0.1.

import { fileURLToPath } from 'node:url';
import type { MockServers } from '@ai-gateway/testing';
import {
  createServer,
  type PreviewServer,
  type ProxyOptions,
  preview,
  type ViteDevServer,
} from 'vite';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** `/mock/cloudflare/...` → the Cloudflare mock, `/mock/bifrost/...` → the Bifrost mock. */
export function mockProxy(mocks: MockServers): Record<string, ProxyOptions> {
  return Object.fromEntries(
    Object.entries(mocks.urls).map(([api, target]) => [
      `/mock/${api}`,
      {
        target,
        changeOrigin: true,
        rewrite: (path: string) => path.slice(`/mock/${api}`.length),
      },
    ]),
  );
}

/** Vite's dev server (hot reload) in front of the mocks. */
export async function startDevServer(mocks: MockServers, port?: number): Promise<ViteDevServer> {
  const server = await createServer({
    root,
    server: { host: '127.0.0.1', port, proxy: mockProxy(mocks) },
  });
  return server.listen();
}

/** Serves a production build (by default `dist/`) in front of the mocks. */
export async function startPreviewServer(
  mocks: MockServers,
  options: { port?: number; outDir?: string } = {},
): Promise<PreviewServer> {
  const port = options.port ?? 0;
  return preview({
    root,
    logLevel: 'warn',
    build: options.outDir ? { outDir: options.outDir } : {},
    preview: { host: '127.0.0.1', port, strictPort: port !== 0, proxy: mockProxy(mocks) },
  });
}

/** Closes everything on Ctrl-C or a kill, mocks last, and exits. */
export function closeOnSignal(close: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      close().finally(() => process.exit(0));
    });
  }
}
