/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the Cloudflare API is; default: the dev server's proxy to the emulator, `/mock/cloudflare`. */
  readonly VITE_CLOUDFLARE_BASE_URL?: string;
  readonly VITE_CLOUDFLARE_ACCOUNT_ID?: string;
  readonly VITE_CLOUDFLARE_API_TOKEN?: string;
  /** Where Bifrost is; default: the dev server's proxy to the emulator, `/mock/bifrost`. */
  readonly VITE_BIFROST_BASE_URL?: string;
  readonly VITE_BIFROST_TOKEN?: string;
}
