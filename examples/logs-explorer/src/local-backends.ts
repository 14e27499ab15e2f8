// Where the app finds the local emulators that `pnpm dev` and `pnpm preview` start, shared with
// scripts/servers.ts so that the app and its servers agree without configuration.

/** Same-origin paths that Vite proxies to each API's emulator on 127.0.0.1. */
export const localPaths = { cloudflare: '/mock/cloudflare', bifrost: '/mock/bifrost' } as const;

/** The Cloudflare account the emulator's data belongs to, and the one the app asks for. */
export const localAccountId = '5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13';
