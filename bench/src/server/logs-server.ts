// The local API the request and pagination benchmarks talk to: a plain node:http server on
// 127.0.0.1, run in its own process so serving costs nothing in the process being measured.
//
//   GET /accounts/{account}/ai-gateway/gateways/{gateway}/logs?page&per_page   Cloudflare logs
//   GET /api/logs?limit&offset                                                 Bifrost logs, made per request
//   GET /__stats    requests served per API since the last reset (not counted)
//   POST /__reset   sets those counts to zero
//
// Started with fork(); it sends `{ port }` once it listens. Arguments: the number of Cloudflare
// logs and of Bifrost logs it holds.
import { createServer } from 'node:http';
import { bifrostPage, cloudflarePage } from '../lib/data.ts';

const cloudflareTotal = Number(process.argv[2] ?? 1000);
const bifrostTotal = Number(process.argv[3] ?? 100_000);
const counts = { cloudflare: 0, bifrost: 0 };
const cloudflareLogsPath = /^\/accounts\/[^/]+\/ai-gateway\/gateways\/[^/]+\/logs$/;

/** Cloudflare pages never change: each is serialised once. */
const cloudflareCache = new Map<string, Buffer>();
const json = { 'content-type': 'application/json' };

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const int = (name: string, fallback: number) => {
    const value = url.searchParams.get(name);
    return value === null ? fallback : Number.parseInt(value, 10);
  };
  if (request.method === 'GET' && cloudflareLogsPath.test(url.pathname)) {
    counts.cloudflare++;
    const page = int('page', 1);
    const perPage = int('per_page', 20);
    const key = `${page}:${perPage}`;
    let body = cloudflareCache.get(key);
    if (!body) {
      body = Buffer.from(JSON.stringify(cloudflarePage(page, perPage, cloudflareTotal)));
      cloudflareCache.set(key, body);
    }
    response.writeHead(200, { ...json, 'content-length': body.length });
    response.end(body);
  } else if (request.method === 'GET' && url.pathname === '/api/logs') {
    counts.bifrost++;
    const body = JSON.stringify(bifrostPage(int('offset', 0), int('limit', 50), bifrostTotal));
    response.writeHead(200, { ...json, 'content-length': Buffer.byteLength(body) });
    response.end(body);
  } else if (url.pathname === '/__stats') {
    response.writeHead(200, json).end(JSON.stringify(counts));
  } else if (url.pathname === '/__reset' && request.method === 'POST') {
    counts.cloudflare = 0;
    counts.bifrost = 0;
    response.writeHead(204).end();
  } else {
    response
      .writeHead(404, json)
      .end('{"success":false,"errors":[{"code":7002,"message":"Not Found"}]}');
  }
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
// Ends with its parent, however the parent ends.
process.on('disconnect', () => process.exit(0));
