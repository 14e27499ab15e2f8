// Serves a Web-standard handler over real HTTP on loopback. Node only; loaded on first listen().
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { DroppedConnection } from './faults.ts';

export interface ListenOptions {
  /** Default: a free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
}

export interface EmulatorServer {
  /** Base URL without a trailing slash: `http://127.0.0.1:PORT`. */
  readonly url: string;
  readonly port: number;
  /** Stops listening and closes open connections. Safe to call more than once. */
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

function toRequest(req: IncomingMessage, origin: string, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    signal,
    ...(hasBody
      ? { body: Readable.toWeb(req) as unknown as BodyInit, duplex: 'half' as const }
      : {}),
  } as RequestInit);
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

export async function listen(
  handle: (request: Request) => Promise<Response>,
  options: ListenOptions = {},
): Promise<EmulatorServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    const aborted = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) aborted.abort();
    });
    const origin = `http://${req.headers.host ?? host}`;
    handle(toRequest(req, origin, aborted.signal))
      .then((response) => send(res, response))
      .catch((error: unknown) => {
        if (error instanceof DroppedConnection || aborted.signal.aborted) {
          req.socket.destroy();
          return;
        }
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`Emulator failure: ${error instanceof Error ? error.message : String(error)}`);
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  };
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return { url, port, close, [Symbol.asyncDispose]: close };
}
