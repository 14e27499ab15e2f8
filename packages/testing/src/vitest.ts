// Vitest helpers: a mock server per test file (`useMockServer`), or servers shared by a whole run
// (`createMockServersSetup` in a globalSetup file, read back with `mockServerUrl`).
import { afterAll, beforeAll, inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import {
  type MockServer,
  type MockServerOptions,
  type MockServersOptions,
  startMockServer,
  startMockServers,
} from './mock-server.ts';
import type { ApiName } from './spec-files.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URLs of the mock servers started by `@ai-gateway/testing/vitest-global-setup`. */
    aiGatewayMockServers: Partial<Record<ApiName, string>>;
  }
}

export interface MockServerHandle {
  /** Base URL of the server; read it inside tests or hooks, once `beforeAll` has run. */
  readonly url: string;
  readonly server: MockServer;
}

/** Prism takes a second or two to start, more on a loaded machine; vitest's default hook timeout is 10 s. */
const hookTimeout = 60_000;

/** Starts a mock server in `beforeAll` and closes it in `afterAll`, even when tests fail or time out. */
export function useMockServer(
  api: ApiName,
  options: Omit<MockServerOptions, 'api'> = {},
): MockServerHandle {
  let server: MockServer | undefined;
  beforeAll(async () => {
    server = await startMockServer({ ...options, api });
  }, hookTimeout);
  afterAll(async () => {
    await server?.close();
  }, hookTimeout);
  const started = () => {
    if (!server)
      throw new Error(`The ${api} mock server is not running yet: use it inside tests or hooks.`);
    return server;
  };
  return {
    get url() {
      return started().url;
    },
    get server() {
      return started();
    },
  };
}

/** The URL a globalSetup provided for `api`. */
export function mockServerUrl(api: ApiName): string {
  const url = inject('aiGatewayMockServers')?.[api];
  if (!url) {
    throw new Error(
      `No ${api} mock server was provided: add '@ai-gateway/testing/vitest-global-setup' (or your own createMockServersSetup) to test.globalSetup.`,
    );
  }
  return url;
}

export type MockServersSetupOptions = MockServersOptions;

/** A vitest globalSetup function that serves the APIs for the whole run and provides their URLs. */
export function createMockServersSetup(options: MockServersSetupOptions = {}) {
  return async function setup(project: TestProject) {
    const mocks = await startMockServers(options);
    project.provide('aiGatewayMockServers', mocks.urls);
    return mocks.close;
  };
}

export type {
  MockServer,
  MockServerOptions,
  MockServers,
  MockServersOptions,
} from './mock-server.ts';
export type { ApiName } from './spec-files.ts';
