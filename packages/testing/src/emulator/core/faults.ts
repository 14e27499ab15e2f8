/** Which requests a fault applies to: every one, one operation, or those a predicate picks. */
export type FaultMatcher =
  | string
  | ((request: Request, operationId: string | undefined) => boolean);

export interface FaultOptions {
  /** Default: every request. A string names an operationId (`listLogs`). */
  match?: FaultMatcher;
  /** How many matching requests fail this way. Default 1. */
  times?: number;
  /** Answer with this status instead of handling the request. */
  status?: number;
  /** With `status`, a `retry-after` header, in seconds (0 lets a client retry at once). */
  retryAfter?: number;
  /**
   * With `status`: `'api'` (default) sends the API's own error body, `'html'` an HTML page like
   * the ones an edge proxy sends, a string is sent as it is.
   */
  body?: 'api' | 'html' | (string & {});
  /** Wait this long, in ms, before answering (or failing). Honours the request's abort signal. */
  delay?: number;
  /** Drop the connection: `fetch` rejects as undici does on a reset socket; over HTTP the socket is destroyed. */
  drop?: boolean;
}

export interface Fault extends Readonly<Omit<FaultOptions, 'times'>> {
  /** How many more requests it will affect. */
  readonly remaining: number;
}

/** Thrown inside the emulator when a fault drops the connection. */
export class DroppedConnection extends Error {
  constructor() {
    super('The emulator dropped the connection (fault injection)');
    this.name = 'DroppedConnection';
  }
}

export interface FaultQueue {
  /** Adds a fault; faults added earlier are used first. */
  add(fault: FaultOptions): Fault;
  /** Removes every pending fault. */
  clear(): void;
  /** Faults that have requests left. */
  readonly pending: readonly Fault[];
}

interface MutableFault extends FaultOptions {
  remaining: number;
}

export function createFaultQueue(): FaultQueue & {
  take(request: Request, operationId: string | undefined): FaultOptions | undefined;
} {
  let faults: MutableFault[] = [];
  const matches = (fault: MutableFault, request: Request, operationId: string | undefined) =>
    fault.match === undefined ||
    (typeof fault.match === 'string'
      ? fault.match === operationId
      : fault.match(request, operationId));
  return {
    add(options) {
      const times = options.times ?? 1;
      if (!Number.isInteger(times) || times < 1)
        throw new RangeError(`fault times must be a positive integer, not ${times}`);
      if (options.status !== undefined && (options.status < 200 || options.status > 599))
        throw new RangeError(`fault status must be an HTTP status, not ${options.status}`);
      if (options.status === undefined && !options.drop && options.delay === undefined)
        throw new TypeError('a fault needs a status, a delay or drop: true');
      const fault: MutableFault = { ...options, remaining: times };
      faults.push(fault);
      return fault;
    },
    clear() {
      faults = [];
    },
    get pending() {
      return faults.filter((f) => f.remaining > 0);
    },
    take(request, operationId) {
      const fault = faults.find((f) => f.remaining > 0 && matches(f, request, operationId));
      if (!fault) return undefined;
      fault.remaining--;
      faults = faults.filter((f) => f.remaining > 0);
      return fault;
    },
  };
}

export function sleep(ms: number, signal: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export const htmlErrorPage = (status: number) =>
  `<!DOCTYPE html>\n<html><head><title>${status} | Emulated edge error</title></head>` +
  `<body><h1>Error ${status}</h1><p>The emulator answered with an HTML error page, as an edge proxy does.</p></body></html>\n`;
