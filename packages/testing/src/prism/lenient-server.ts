// Entry point of a Prism process that does not validate requests (`validateRequests: false`).
// `prism mock` has no switch for that: its CLI always validates requests in mock mode (the
// `--errors` flag is about responses). So this runs the same server the CLI runs, from Prism's
// own packages at the versions the CLI uses (pinned in package.json), with `validateRequest` off.
//
//   node --import <parent-watch> lenient-server.js <document> <host> <port> <dynamic> <seed>
import prismCore from '@stoplight/prism-core';
import prismHttp from '@stoplight/prism-http';
import prismHttpServer from '@stoplight/prism-http-server';

const [document = '', host = '127.0.0.1', port = '0', dynamic = 'false', seed = ''] =
  process.argv.slice(2);

const logger = prismCore.createLogger('CLI', { level: 'warn' });
const operations = await prismHttp.getHttpOperationsFromSpec(document);
const server = prismHttpServer.createServer(operations, {
  cors: true,
  components: { logger },
  config: {
    isProxy: false,
    validateRequest: false,
    validateResponse: true,
    checkSecurity: true,
    errors: false,
    upstreamProxy: undefined,
    mock: { dynamic: dynamic === 'true', ...(seed && { seed }) },
  },
});
const address = await server.listen(Number(port), host);
// The same line `prism mock` prints, which is what the parent waits for.
console.log(`Prism is listening on ${address}`);
