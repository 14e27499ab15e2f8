// `pnpm preview`: the production build (run `pnpm build` first) served in front of both emulators,
// seeded as in `pnpm dev`.
import { closeOnSignal, seedFromEnv, startEmulators, startPreviewServer } from './servers.ts';

const emulators = await startEmulators(seedFromEnv());
const server = await startPreviewServer(emulators, {
  port: Number(process.env.PORT) || 4173,
}).catch(async (error) => {
  await emulators.close();
  throw error;
});
console.log(`Logs explorer: ${server.resolvedUrls?.local[0]}`);
closeOnSignal(async () => {
  await server.close();
  await emulators.close();
});
