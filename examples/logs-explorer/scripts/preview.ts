// `pnpm preview`: the production build (run `pnpm build` first) served in front of both mocks.
import { startMockServers } from '@ai-gateway/testing';
import { closeOnSignal, startPreviewServer } from './servers.ts';

const mocks = await startMockServers();
const server = await startPreviewServer(mocks, { port: Number(process.env.PORT) || 4173 }).catch(
  async (error) => {
    await mocks.close();
    throw error;
  },
);
console.log(`Logs explorer: ${server.resolvedUrls?.local[0]}`);
closeOnSignal(async () => {
  await server.close();
  await mocks.close();
});
