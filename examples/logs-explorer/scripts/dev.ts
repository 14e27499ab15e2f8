// `pnpm dev`: both mock servers and Vite's dev server, which proxies /mock/<api> to them.
import { startMockServers } from '@ai-gateway/testing';
import { closeOnSignal, startDevServer } from './servers.ts';

const mocks = await startMockServers();
const vite = await startDevServer(mocks, Number(process.env.PORT) || 5173).catch(async (error) => {
  await mocks.close();
  throw error;
});
console.log(`Mock servers: cloudflare ${mocks.urls.cloudflare}, bifrost ${mocks.urls.bifrost}`);
vite.printUrls();
closeOnSignal(async () => {
  await vite.close();
  await mocks.close();
});
