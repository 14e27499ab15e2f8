// @ai-gateway/testing/msw: the emulator behind MSW request handlers, for `setupServer` (Node) and
// `setupWorker` (browser). `msw` is an optional peer dependency: only this entry imports it.
import { HttpResponse, http, type RequestHandler } from 'msw';
import { DroppedConnection } from './emulator/core/faults.ts';
import type { Emulator } from './emulator/index.ts';

export interface EmulatorHandlersOptions {
  /**
   * Requests under this URL go to the emulator; others pass through. Default: the API's own
   * server, `https://api.cloudflare.com/client/v4` or Bifrost's `http://localhost:8080`.
   */
  baseUrl?: string;
}

const defaultBaseUrls = {
  cloudflare: 'https://api.cloudflare.com/client/v4',
  bifrost: 'http://localhost:8080',
} as const;

/** MSW handlers that answer every request under the API's base URL from `emulator`. */
export function emulatorHandlers(
  emulator: Pick<Emulator<unknown>, 'api' | 'handle'>,
  options: EmulatorHandlersOptions = {},
): RequestHandler[] {
  const baseUrl = (options.baseUrl ?? defaultBaseUrls[emulator.api]).replace(/\/+$/, '');
  return [
    http.all(`${baseUrl}/*`, async ({ request }) => {
      try {
        return await emulator.handle(request);
      } catch (error) {
        // MSW's way of saying the connection failed: the caller's fetch rejects.
        if (error instanceof DroppedConnection) return HttpResponse.error();
        throw error;
      }
    }),
  ];
}
