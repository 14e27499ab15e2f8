// Serves a Web-standard handler over real HTTP on loopback. Node only; loaded on first listen().
import { createServer, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Duplex, Readable } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
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

/** One open WebSocket, as an emulator's domain code sees it (no Node types, so it stays browser-safe). */
export interface SocketPeer {
  send(text: string): void;
  /** A protocol-level ping frame; clients answer it without the application seeing it. */
  ping(): void;
  /** Closes with a close frame. */
  close(code?: number, reason?: string): void;
  /** Destroys the connection without a close frame, as a network failure does (clients see 1006). */
  drop(): void;
  /** Called once, when the socket has closed, with the close code and who started closing. */
  onClose(listener: (code: number, closedBy: 'client' | 'server') => void): void;
}

/**
 * Decides on a WebSocket upgrade request: a `Response` refuses it (sent as plain HTTP), a function
 * accepts it and is given the socket once it is open. Throwing `DroppedConnection` drops it.
 */
export type UpgradeHandler = (request: Request) => Promise<Response | ((peer: SocketPeer) => void)>;

function peerOf(ws: WebSocket): SocketPeer {
  let closedBy: 'client' | 'server' = 'client';
  return {
    send: (text) => ws.send(text),
    ping: () => ws.ping(),
    close(code, reason) {
      closedBy = 'server';
      ws.close(code, reason);
    },
    drop() {
      closedBy = 'server';
      ws.terminate();
    },
    onClose: (listener) => ws.once('close', (code) => listener(code, closedBy)),
  };
}

/** Writes a refusal straight onto the socket: after an `upgrade` event there is no ServerResponse. */
async function refuse(socket: Duplex, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  const lines = [`HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}`];
  response.headers.forEach((value, name) => {
    lines.push(`${name}: ${value}`);
  });
  lines.push(`content-length: ${body.length}`, 'connection: close', '', '');
  socket.end(Buffer.concat([Buffer.from(lines.join('\r\n')), body]));
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
  upgrade?: UpgradeHandler,
): Promise<EmulatorServer> {
  const host = options.host ?? '127.0.0.1';
  // Upgraded sockets leave the HTTP server's bookkeeping: they are tracked here to be closed.
  const upgraded = new Set<Duplex>();
  let sockets: WebSocketServer | undefined;
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
  if (upgrade)
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      upgraded.add(socket);
      socket.once('close', () => upgraded.delete(socket));
      socket.on('error', () => socket.destroy());
      const aborted = new AbortController();
      socket.once('close', () => aborted.abort());
      upgrade(toRequest(req, `http://${req.headers.host ?? host}`, aborted.signal))
        .then(async (decision) => {
          if (decision instanceof Response) return refuse(socket, decision);
          // Loaded on the first upgrade only: an emulator that never serves a socket never needs ws.
          const { WebSocketServer } = await import('ws');
          sockets ??= new WebSocketServer({ noServer: true });
          sockets.handleUpgrade(req, socket, head, (ws) => decision(peerOf(ws)));
        })
        .catch((error: unknown) => {
          if (error instanceof DroppedConnection || aborted.signal.aborted) {
            socket.destroy();
            return;
          }
          const message = `Emulator failure: ${error instanceof Error ? error.message : String(error)}`;
          return refuse(socket, new Response(message, { status: 500 }));
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
      for (const client of sockets?.clients ?? []) client.terminate();
      for (const socket of upgraded) socket.destroy();
    });
    return closing;
  };
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return { url, port, close, [Symbol.asyncDispose]: close };
}
