// `pnpm dev`: both mock servers and Vite's dev server, which proxies /mock/<api> to them.
import { closeOnSignal, startDevServer, startMocks } from './servers.ts';

const mocks = await startMocks();
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
