// One Prism server for the run, for the contract tests (test/contract.test.tsx): only Bifrost's,
// as no Cloudflare request is checked there. Every other test runs against the emulators.
import { createMockServersSetup } from '@ai-gateway/testing/vitest';

export default createMockServersSetup({ apis: ['bifrost'] });
