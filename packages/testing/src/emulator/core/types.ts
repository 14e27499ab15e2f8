import type { ValidationIssue } from '@ai-gateway/validators';
import type { RouteDescriptor } from './routes.ts';

export type EmulatedApi = 'cloudflare' | 'bifrost';

/** The emulator's clock: starts at `now` and moves forward with real time. */
export interface Clock {
  /** The current emulated time. */
  now(): Date;
  /** The instant the seeded data was generated relative to (`createEmulator({ now })`). */
  readonly start: Date;
}

/** What every seeded store is built from. */
export interface SeedOptions {
  /** Same seed, same data (given the same `now`). */
  readonly seed: number;
  /** How many logs to generate. */
  readonly logs: number;
  /** Cloudflare account id the data belongs to. */
  readonly accountId: string;
  /** Seeded timestamps lie in the weeks before this instant. */
  readonly now: Date;
}

/** An API's answer that is not a success: status, message, and where the problem was. */
export class ApiError extends Error {
  readonly status: number;
  /** The request field at fault, as a path (`['query', 'per_page']`), when there is one. */
  readonly path?: readonly (string | number)[];
  /** The API's own error code, where it has them (Cloudflare's 7001, 7002, …). */
  readonly code?: number;

  constructor(status: number, message: string, path?: readonly (string | number)[], code?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    if (path !== undefined) this.path = path;
    if (code !== undefined) this.code = code;
  }
}

export const notFound = (what = 'Not Found') => new ApiError(404, what);

/** One request as a domain handler sees it: matched, decoded, and checked against the spec. */
export interface OperationContext<Store> {
  readonly operationId: string;
  /** The operation as the spec describes it. */
  readonly route: RouteDescriptor;
  /** Path parameters, decoded. */
  readonly path: Readonly<Record<string, string>>;
  /**
   * Query parameters, read back into the spec's types: those sent, and the spec's default for
   * each one left out (or dropped as invalid where the API ignores bad values).
   */
  readonly query: Readonly<Record<string, unknown>>;
  /** The query parameters the request itself set (and that were kept), as opposed to defaults. */
  readonly sent: ReadonlySet<string>;
  /** The JSON body, checked against the spec; `undefined` when none was sent. */
  readonly body: unknown;
  readonly store: Store;
  readonly clock: Clock;
  readonly request: Request;
}

export interface OperationResult {
  /** Default: the route's success status. */
  readonly status?: number;
  /** Sent as JSON. */
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type OperationHandler<Store> = (
  context: OperationContext<Store>,
) => OperationResult | Promise<OperationResult>;

/**
 * What the real server does with a query parameter that breaks the spec: reject the request with
 * an error of its own, or drop the parameter and carry on (Bifrost ignores most bad values).
 */
export type InvalidQueryPolicy = (
  name: string,
  issue: ValidationIssue,
  /** The operation, and the value as it was read, for APIs whose routes differ in strictness. */
  context: { readonly operationId: string; readonly value: unknown },
) => 'drop' | ApiError;

/** Everything the core needs to know about one API; the rest is domain semantics. */
export interface ApiDefinition<Store, Id extends string = string> {
  readonly name: EmulatedApi;
  readonly routes: readonly RouteDescriptor[];
  /** A new store holding the seeded data. */
  createStore(options: SeedOptions): Store;
  /** One handler per operationId of the spec. */
  readonly handlers: Readonly<Record<Id, OperationHandler<Store>>>;
  /** The API's error body for an error. */
  errorBody(error: ApiError): unknown;
  /** The API's error for a request that breaks the spec; the first issue is the one reported. */
  invalidRequest(
    issues: readonly ValidationIssue[],
    part: 'path' | 'query' | 'body',
    operationId: string,
  ): ApiError;
  /** Where the API ignores bad query values instead of rejecting them. Default: reject all. */
  readonly invalidQuery?: InvalidQueryPolicy;
  /** The API's answer to a request without acceptable credentials; `undefined` lets it in. */
  authorize?(request: Request): ApiError | undefined;
  /**
   * The API's answer to a valid request for something the caller may not reach (another
   * account's data); `undefined` lets it through to the handler.
   */
  forbids?(path: Readonly<Record<string, string>>, store: Store): ApiError | undefined;
  /** The answer to a path no route matches. */
  routeNotFound(method: string, pathname: string): ApiError;
}
