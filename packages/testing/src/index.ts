// @ai-gateway/testing: the emulator of each API, a Prism mock server for each API with helpers to
// steer its responses, and typed fixtures built from the specs' examples.

export {
  type BifrostEmulator,
  type CloudflareEmulator,
  createEmulator,
  type Emulator,
  type EmulatorOptions,
  startEmulator,
} from './emulator/index.ts';
export {
  createFixtures,
  type FixtureFactory,
  type FixtureOptions,
  type Fixtures,
  fixtures,
} from './fixtures/index.ts';
export {
  type MockServer,
  type MockServerOptions,
  type MockServers,
  type MockServersOptions,
  startMockServer,
  startMockServers,
} from './mock-server.ts';
export {
  type PreferredResponse,
  preferHeader,
  preferResponse,
  withPreferredResponse,
} from './prefer.ts';
export { PrismStartError } from './prism/process.ts';
export { type ApiName, apiNames, specFile } from './spec-files.ts';
export { type Violation, violationsOf } from './violations.ts';
