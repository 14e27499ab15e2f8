// The type of the raw client: openapi-fetch 0.17's `Client`, with the helpers it needs from
// openapi-typescript-helpers 0.1 (both MIT), declared here rather than imported.
//
// Why a copy: when a consumer type-checks with `skipLibCheck` off, every declaration file its
// program reaches is checked, and checking openapi-fetch's own costs about 156,000 type
// instantiations (its `MethodResponse` and `ClientPathsWithMethod` infer against
// `Client<any, any>`), five times the official SDK's whole cost. Only the declarations the
// client type uses are copied, unchanged; `raw-types.test-d.ts` checks that `RawClient<Paths>`
// has openapi-fetch's methods and that they take and give the same types.

// biome-ignore-all lint/suspicious/noExplicitAny: copied unchanged; the results depend on them
// biome-ignore-all lint/complexity/noBannedTypes: copied unchanged; `{}` is openapi-fetch's bound
// biome-ignore-all lint/suspicious/noConfusingVoidType: copied unchanged; hooks may return nothing

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
type MediaType = `${string}/${string}`;
type OkStatus = 200 | 201 | 202 | 203 | 204 | 206 | 207 | '2XX';
// biome-ignore format: the list as openapi-typescript-helpers writes it
type ErrorStatus = 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 510 | 511 | '5XX' | 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 420 | 421 | 422 | 423 | 424 | 425 | 426 | 427 | 428 | 429 | 430 | 431 | 444 | 450 | 451 | 497 | 498 | 499 | '4XX' | 'default';

type FilterKeys<Obj, Matchers> = Obj[keyof Obj & Matchers];
type RequiredKeysOfHelper<T> = { [K in keyof T]: {} extends Pick<T, K> ? never : K }[keyof T];
type RequiredKeysOf<T> =
  RequiredKeysOfHelper<T> extends undefined ? never : RequiredKeysOfHelper<T>;
type PathsWithMethod<Paths extends {}, PathnameMethod extends HttpMethod> = {
  [Pathname in keyof Paths]: Paths[Pathname] extends { [K in PathnameMethod]: any }
    ? Pathname
    : never;
}[keyof Paths];

type ResponseObjectMap<T> = T extends { responses: any } ? T['responses'] : unknown;
type ResponseContent<T> = T extends { content: any } ? T['content'] : unknown;
type OperationRequestBody<T> = 'requestBody' extends keyof T ? T['requestBody'] : never;
type PickRequestBody<T> = 'requestBody' extends keyof T ? Pick<T, 'requestBody'> : never;
type IsOperationRequestBodyOptional<T> =
  RequiredKeysOf<PickRequestBody<T>> extends never ? true : false;
type OperationRequestBodyMediaContent<T> =
  IsOperationRequestBodyOptional<T> extends true
    ? ResponseContent<NonNullable<OperationRequestBody<T>>> | undefined
    : ResponseContent<OperationRequestBody<T>>;
type OperationRequestBodyContent<T> =
  FilterKeys<OperationRequestBodyMediaContent<T>, MediaType> extends never
    ? FilterKeys<NonNullable<OperationRequestBodyMediaContent<T>>, MediaType> | undefined
    : FilterKeys<OperationRequestBodyMediaContent<T>, MediaType>;
type GetResponseContent<
  T extends Record<string | number, any>,
  Media extends MediaType = MediaType,
  ResponseCode extends keyof T = keyof T,
> = ResponseCode extends keyof T
  ? {
      [K in ResponseCode]: T[K]['content'] extends Record<string, any>
        ? FilterKeys<T[K]['content'], Media> extends never
          ? T[K]['content']
          : FilterKeys<T[K]['content'], Media>
        : K extends keyof T
          ? T[K]['content']
          : never;
    }[ResponseCode]
  : never;
type SuccessResponse<
  T extends Record<string | number, any>,
  Media extends MediaType = MediaType,
> = GetResponseContent<T, Media, OkStatus>;
type ErrorResponse<
  T extends Record<string | number, any>,
  Media extends MediaType = MediaType,
> = GetResponseContent<T, Media, ErrorStatus>;

type $Read<T> = { readonly $read: T };
type $Write<T> = { readonly $write: T };
type Readable<T> =
  T extends $Write<any>
    ? never
    : T extends $Read<infer U>
      ? Readable<U>
      : T extends (infer E)[]
        ? Readable<E>[]
        : T extends object
          ? { [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]> }
          : T;
type Writable<T> =
  T extends $Read<any>
    ? never
    : T extends $Write<infer U>
      ? Writable<U>
      : T extends (infer E)[]
        ? Writable<E>[]
        : T extends object
          ? {
              [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: Writable<T[K]>;
            } & { [K in keyof T as NonNullable<T[K]> extends $Read<any> ? K : never]?: never }
          : T;

type HeadersOptions =
  | Required<RequestInit>['headers']
  | Record<string, string | number | boolean | (string | number | boolean)[] | null | undefined>;
type QuerySerializer<T> = (
  query: T extends { parameters: any }
    ? NonNullable<T['parameters']['query']>
    : Record<string, unknown>,
) => string;
type QuerySerializerOptions = {
  array?: { style: 'form' | 'spaceDelimited' | 'pipeDelimited'; explode: boolean };
  object?: { style: 'form' | 'deepObject'; explode: boolean };
  allowReserved?: boolean;
};
type BodySerializer<T> = (body: OperationRequestBodyContent<T>) => any;
type PathSerializer = (pathname: string, pathParams: Record<string, unknown>) => string;

type BodyType<T = unknown> = {
  json: T;
  text: Awaited<ReturnType<Response['text']>>;
  blob: Awaited<ReturnType<Response['blob']>>;
  arrayBuffer: Awaited<ReturnType<Response['arrayBuffer']>>;
  stream: Response['body'];
};
type ParseAs = keyof BodyType;
type ParseAsResponse<T, Options> = Options extends { parseAs: ParseAs }
  ? BodyType<T>[Options['parseAs']]
  : T;

interface DefaultParamsOption {
  params?: { query?: Record<string, unknown> };
}
type ParamsOption<T> = T extends { parameters: any }
  ? RequiredKeysOf<T['parameters']> extends never
    ? { params?: T['parameters'] }
    : { params: T['parameters'] }
  : DefaultParamsOption;
type RequestBodyOption<T> =
  Writable<OperationRequestBodyContent<T>> extends never
    ? { body?: never }
    : IsOperationRequestBodyOptional<T> extends true
      ? { body?: Writable<OperationRequestBodyContent<T>> }
      : { body: Writable<OperationRequestBodyContent<T>> };
type RequestOptions<T> = ParamsOption<T> &
  RequestBodyOption<T> & {
    baseUrl?: string;
    querySerializer?: QuerySerializer<T> | QuerySerializerOptions;
    bodySerializer?: BodySerializer<T>;
    pathSerializer?: PathSerializer;
    parseAs?: ParseAs;
    fetch?: (input: Request) => Promise<Response>;
    headers?: HeadersOptions;
    middleware?: RawMiddleware[];
  };
type FetchOptions<T> = RequestOptions<T> & Omit<RequestInit, 'body' | 'headers'>;
type FetchResponse<T extends Record<string | number, any>, Options, Media extends MediaType> =
  | {
      data: ParseAsResponse<Readable<SuccessResponse<ResponseObjectMap<T>, Media>>, Options>;
      error?: never;
      response: Response;
    }
  | {
      data?: never;
      error: Readable<ErrorResponse<ResponseObjectMap<T>, Media>>;
      response: Response;
    };

interface MiddlewareCallbackParams {
  request: Request;
  readonly schemaPath: string;
  readonly params: {
    query?: Record<string, unknown>;
    header?: Record<string, unknown>;
    path?: Record<string, unknown>;
    cookie?: Record<string, unknown>;
  };
  readonly id: string;
  readonly options: {
    baseUrl: string;
    parseAs: ParseAs;
    querySerializer: QuerySerializer<unknown>;
    bodySerializer: BodySerializer<unknown>;
    pathSerializer: PathSerializer;
    fetch: typeof globalThis.fetch;
  };
}
type MiddlewareOnRequest = (
  options: MiddlewareCallbackParams,
) => void | Request | Response | undefined | Promise<Request | Response | undefined | void>;
type MiddlewareOnResponse = (
  options: MiddlewareCallbackParams & { response: Response },
) => void | Response | undefined | Promise<Response | undefined | void>;
type MiddlewareOnError = (
  options: MiddlewareCallbackParams & { error: unknown },
) => void | Response | Error | Promise<void | Response | Error>;

/** openapi-fetch's middleware, as `raw.use()` takes it. */
export type RawMiddleware =
  | {
      onRequest: MiddlewareOnRequest;
      onResponse?: MiddlewareOnResponse;
      onError?: MiddlewareOnError;
    }
  | {
      onRequest?: MiddlewareOnRequest;
      onResponse: MiddlewareOnResponse;
      onError?: MiddlewareOnError;
    }
  | {
      onRequest?: MiddlewareOnRequest;
      onResponse?: MiddlewareOnResponse;
      onError: MiddlewareOnError;
    };

type MaybeOptionalInit<Params, Location extends keyof Params> =
  RequiredKeysOf<FetchOptions<FilterKeys<Params, Location>>> extends never
    ? FetchOptions<FilterKeys<Params, Location>> | undefined
    : FetchOptions<FilterKeys<Params, Location>>;
type InitParam<Init> =
  RequiredKeysOf<Init> extends never
    ? [(Init & { [key: string]: unknown })?]
    : [Init & { [key: string]: unknown }];

type ClientMethod<
  Paths extends Record<string, Record<HttpMethod, {}>>,
  Method extends HttpMethod,
  Media extends MediaType,
> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method>,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<FetchResponse<Paths[Path][Method], Init, Media>>;

type ClientRequestMethod<
  Paths extends Record<string, Record<HttpMethod, {}>>,
  Media extends MediaType,
> = <
  Method extends HttpMethod,
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method>,
>(
  method: Method,
  url: Path,
  ...init: InitParam<Init>
) => Promise<FetchResponse<Paths[Path][Method], Init, Media>>;

/**
 * The typed openapi-fetch client over `Paths`: openapi-fetch's `Client<Paths, Media>`, declared
 * in this package.
 */
export interface RawClient<Paths extends {}, Media extends MediaType = MediaType> {
  request: ClientRequestMethod<Paths, Media>;
  /** Call a GET endpoint */
  GET: ClientMethod<Paths, 'get', Media>;
  /** Call a PUT endpoint */
  PUT: ClientMethod<Paths, 'put', Media>;
  /** Call a POST endpoint */
  POST: ClientMethod<Paths, 'post', Media>;
  /** Call a DELETE endpoint */
  DELETE: ClientMethod<Paths, 'delete', Media>;
  /** Call a OPTIONS endpoint */
  OPTIONS: ClientMethod<Paths, 'options', Media>;
  /** Call a HEAD endpoint */
  HEAD: ClientMethod<Paths, 'head', Media>;
  /** Call a PATCH endpoint */
  PATCH: ClientMethod<Paths, 'patch', Media>;
  /** Call a TRACE endpoint */
  TRACE: ClientMethod<Paths, 'trace', Media>;
  /** Register middleware */
  use(...middleware: RawMiddleware[]): void;
  /** Unregister middleware */
  eject(...middleware: RawMiddleware[]): void;
}
