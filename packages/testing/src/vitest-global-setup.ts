// `test.globalSetup: ['@ai-gateway/testing/vitest-global-setup']` serves both APIs for the whole run;
// tests read the URLs with `mockServerUrl('cloudflare')` from `@ai-gateway/testing/vitest`.
// For other options, export `createMockServersSetup({ ... })` from a setup file of your own.
import { createMockServersSetup } from './vitest.ts';

export default createMockServersSetup();
