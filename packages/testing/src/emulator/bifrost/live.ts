// Live updates, as the server's WebSocket handler sends them (transports/bifrost-http/handlers/
// websocket.go): every write of a log row is pushed to every open socket as
// `{ type: 'log', operation, payload: <the whole row> }`, and each socket gets a ping frame every
// 30 s. Rows are written through `emulator.logs`; listeners in the same process get the same events.
import type { EmulatorCore } from '../core/emulator.ts';
import { DroppedConnection, type FaultOptions, type FaultQueue, sleep } from '../core/faults.ts';
import type { SocketPeer, UpgradeHandler } from '../core/listen.ts';
import { ApiError } from '../core/types.ts';
import { bifrostErrorBody } from './errors.ts';
import type { BifrostStore, LogEntry } from './store.ts';
import { toNanos } from './time.ts';

export type LogOperation = 'create' | 'update';

/** One message of the live stream, exactly as it goes over the socket. */
export interface LogEvent {
  readonly type: 'log';
  readonly operation: LogOperation;
  readonly payload: LogEntry;
}

export type LogListener = (event: LogEvent) => void;

/** How a socket presented its credential (`none` when auth is off and it sent none). */
export type LiveCredential = 'header' | 'ticket' | 'token' | 'cookie' | 'none';

/** A WebSocket the emulator accepted, for assertions ("the client closed it"). */
export interface LiveSocket {
  /** 1, 2, 3… in the order they connected, since the emulator was created. */
  readonly id: number;
  readonly path: string;
  readonly credential: LiveCredential;
  readonly open: boolean;
  /** Log events sent to it. */
  readonly sent: number;
  /** Set once closed: 1000 for a clean close, 1006 when the connection was dropped. */
  readonly closeCode: number | undefined;
  readonly closedBy: 'client' | 'server' | undefined;
}

/** Writes log rows as the gateway does, each write pushed to subscribers and open sockets. */
export interface BifrostLogWriter {
  /**
   * Appends a row (or replaces the stored row with the same id) and pushes it. The operation is
   * decided as the server decides it: `create` for a row still `processing` whose `created_at`
   * equals its `timestamp`, `update` for anything else.
   */
  record(row: LogEntry, options?: { contentSummary?: string }): LogEvent;
  /** Changes fields of a stored row and pushes the row; throws for an unknown id. */
  update(id: string, changes: Partial<LogEntry>): LogEvent;
}

export interface BifrostLive {
  /** Every socket accepted so far, oldest first. */
  readonly sockets: readonly LiveSocket[];
  /**
   * Credentials an upgrade must present (a bearer or basic token, `?ticket=`, `?token=` or a
   * `token` cookie). Default `undefined`: auth is off and every upgrade is accepted, as on a
   * server without auth (the emulator's HTTP routes never ask for one either).
   */
  tokens: readonly string[] | undefined;
  /** Time between ping frames, in ms; default 30 000, as on the server. */
  pingIntervalMs: number;
  /** Ping frames sent so far, over all sockets. */
  readonly pings: number;
  /** Fault injection: destroys every open socket without a close frame. Returns how many. */
  drop(): number;
  /** Closes every open socket cleanly (1000), as the server does on shutdown. Returns how many. */
  close(code?: number): number;
}

/** What a Bifrost emulator has on top of the core. */
export interface BifrostLiveMembers {
  readonly logs: BifrostLogWriter;
  /** Calls `listener` with every log event, synchronously, in write order. Returns the unsubscribe. */
  subscribe(listener: LogListener): () => void;
  readonly live: BifrostLive;
}

/** Where the stream is served: `/ws/logs` as the server's handlers register it, and the shorter `/ws`. */
const streamPaths = new Set(['/ws', '/ws/logs']);
/** What a fault's string matcher names the upgrade request by (`faults.add({ match: 'logStream' })`). */
const upgradeOperation = 'logStream';
const defaultPingIntervalMs = 30_000;

/** The server's rule: a row is new while it is processing and has not been touched since creation. */
export function operationOf(row: LogEntry): LogOperation {
  const created = toNanos(row.created_at);
  return row.status === 'processing' && created !== undefined && created === toNanos(row.timestamp)
    ? 'create'
    : 'update';
}

/** Which credential the request presents, in the order the server's auth middleware reads them. */
function credentialOf(request: Request): { kind: LiveCredential; value: string } {
  const authorization = request.headers.get('authorization')?.trim();
  if (authorization) return { kind: 'header', value: authorization.replace(/^\S+\s+/, '') };
  const query = new URL(request.url).searchParams;
  for (const kind of ['ticket', 'token'] as const) {
    const value = query.get(kind);
    if (value) return { kind, value };
  }
  const cookie = /(?:^|;\s*)token=([^;]*)/.exec(request.headers.get('cookie') ?? '')?.[1];
  return cookie
    ? { kind: 'cookie', value: decodeURIComponent(cookie) }
    : { kind: 'none', value: '' };
}

const refusal = (status: number, message: string) =>
  new Response(JSON.stringify(bifrostErrorBody(new ApiError(status, message))), {
    status,
    headers: { 'content-type': 'application/json' },
  });

// The core's queue hands out faults through `take`, which its public type leaves out.
type TakingQueue = FaultQueue & {
  take(request: Request, operationId: string | undefined): FaultOptions | undefined;
};

export function createBifrostLive(core: EmulatorCore<BifrostStore>): {
  members: BifrostLiveMembers;
  upgrade: UpgradeHandler;
} {
  const listeners = new Set<LogListener>();
  const open = new Map<SocketPeer, { -readonly [K in keyof LiveSocket]: LiveSocket[K] }>();
  const sockets: LiveSocket[] = [];
  let pings = 0;
  let timer: ReturnType<typeof setInterval> | undefined;

  const live: BifrostLive = {
    sockets,
    tokens: undefined,
    pingIntervalMs: defaultPingIntervalMs,
    get pings() {
      return pings;
    },
    drop: () => endAll((peer) => peer.drop()),
    close: (code = 1000) => endAll((peer) => peer.close(code)),
  };

  function endAll(end: (peer: SocketPeer) => void): number {
    const peers = [...open.keys()];
    for (const peer of peers) end(peer);
    return peers.length;
  }

  // One timer for all sockets, running only while one is open; it never keeps a process alive.
  function schedulePings() {
    if (timer !== undefined || open.size === 0) return;
    timer = setInterval(() => {
      for (const peer of open.keys()) {
        peer.ping();
        pings++;
      }
    }, live.pingIntervalMs);
    (timer as { unref?: () => void }).unref?.();
  }

  function publish(payload: LogEntry): LogEvent {
    const event: LogEvent = { type: 'log', operation: operationOf(payload), payload };
    const text = JSON.stringify(event);
    for (const [peer, socket] of open) {
      peer.send(text);
      socket.sent++;
    }
    let failure: { error: unknown } | undefined;
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        failure ??= { error };
      }
    }
    // Every listener has had the event; the first one that threw is reported to the writer.
    if (failure) throw failure.error;
    return event;
  }

  const logs: BifrostLogWriter = {
    record(row, options = {}) {
      const { store } = core;
      const at = store.logs.findIndex((log) => log.id === row.id);
      if (at === -1) store.logs.push(row);
      else store.logs[at] = row;
      if (options.contentSummary !== undefined)
        store.contentSummaries.set(row.id, options.contentSummary);
      return publish(row);
    },
    update(id, changes) {
      const { store } = core;
      const at = store.logs.findIndex((log) => log.id === id);
      const stored = store.logs[at];
      if (!stored) throw new RangeError(`No log with id ${id}`);
      const row: LogEntry = { ...stored, ...changes, id };
      store.logs[at] = row;
      return publish(row);
    },
  };

  function accept(path: string, credential: LiveCredential) {
    return (peer: SocketPeer) => {
      const socket = {
        id: sockets.length + 1,
        path,
        credential,
        open: true,
        sent: 0,
        closeCode: undefined,
        closedBy: undefined,
      } as { -readonly [K in keyof LiveSocket]: LiveSocket[K] };
      sockets.push(socket);
      open.set(peer, socket);
      peer.onClose((code, closedBy) => {
        Object.assign(socket, { open: false, closeCode: code, closedBy });
        open.delete(peer);
        if (open.size === 0 && timer !== undefined) {
          clearInterval(timer);
          timer = undefined;
        }
      });
      schedulePings();
    };
  }

  const upgrade: UpgradeHandler = async (request) => {
    const path = new URL(request.url).pathname.replace(/\/+$/, '');
    const fault = (core.faults as TakingQueue).take(request, upgradeOperation);
    if (fault?.delay) await sleep(fault.delay, request.signal);
    if (fault?.drop) throw new DroppedConnection();
    if (fault?.status !== undefined) return refusal(fault.status, `HTTP ${fault.status}`);
    if (!streamPaths.has(path)) return refusal(404, 'Not Found');
    const credential = credentialOf(request);
    if (live.tokens !== undefined && !live.tokens.includes(credential.value))
      return refusal(401, 'Unauthorized');
    return accept(path, credential.kind);
  };

  return {
    members: {
      logs,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      live,
    },
    upgrade,
  };
}
