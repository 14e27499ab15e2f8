import type { ValidationIssue, Validator } from '@ai-gateway/validators';
import { APIPromise, type ResponseInfo } from './api-promise.js';
import type { OperationDescriptor } from './descriptor.js';
import {
  APIConnectionTimeoutError,
  type APIError,
  APIUserAbortError,
  apiErrorClass,
  MalformedResponseError,
  ResponseTooLargeError,
  ResponseValidationError,
  requestIdOf,
  type VendorErrorDetail,
} from './errors.js';
import { fetchThrough, type Middleware } from './hooks.js';
import { connectionError } from './network.js';
import { buildUrl, type Params, plainBody, plainParams, type RequestDefaults } from './request.js';
import type { RequestOptions } from './request-options.js';
import {
  defaultMaxResponseBytes,
  describeErrorBody,
  parseBody,
  readSuccessBody,
  readText,
} from './responses.js';
import { isIdempotent, isRetryableStatus, retryDelayMs } from './retry.js';
import { headerSecrets, redact, redactDeep, secretForms, sleep, valueAt } from './utils.js';

/** Status → validator of that response's body, for one operation. */
export type OperationResponseValidators = Readonly<Record<string, Validator<unknown>>>;

/**
 * Loads the response validators of one operation (`undefined` when it has none), so that a client
 * that checks answers loads the code of the operations it calls and no other.
 */
export type ResponseValidatorLoader = (
  operationId: string,
) => Promise<OperationResponseValidators | undefined>;

export interface ClientCoreConfig extends RequestDefaults {
  fetch?: typeof globalThis.fetch | undefined;
  /** Retries of idempotent requests on connection errors, 408, 409, 429 and 5xx. Default 2. */
  maxRetries?: number | undefined;
  /** Time limit of each attempt in milliseconds. Default 60 000. */
  timeoutMs?: number | undefined;
  /** Longest response body read, in bytes; a longer one throws `ResponseTooLargeError`. 32 MiB. */
  maxResponseBytes?: number | undefined;
  /** Check every response body against the spec and throw `ResponseValidationError` on drift. */
  validateResponses?: boolean | undefined;
  /** Sent with every request: authentication and the like. */
  headers: Readonly<Record<string, string>>;
  /** Values that must never appear in an error message (tokens, keys). */
  secrets: readonly string[];
  /** Further header names whose values are secrets, in a call's own headers too. */
  secretHeaders?: readonly string[] | undefined;
  /** Request and response hooks, run on every attempt. */
  middleware?: readonly Middleware[] | undefined;
  /** The envelope field that says whether a call succeeded (Cloudflare's `success`). */
  successFlag?: string | undefined;
  /** Loaded on first use only, so clients that do not validate responses never download them. */
  loadResponseValidators: ResponseValidatorLoader;
}

const defaultMaxRetries = 2;
const defaultTimeoutMs = 60_000;

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  url: string;
  /** The body went past `maxResponseBytes`: `text` is its beginning only. */
  cut: boolean;
}

/** A success answer's body, with what `withResponse()` shows of the answer. */
interface Delivered {
  data: unknown;
  answer: Answer;
  secrets: readonly string[];
}

/**
 * The status, redacted headers and request id of a success answer. Only a call's own promise
 * can show them: the pages of a list do not pay for them.
 */
function responseInfo({ answer, secrets }: Delivered): ResponseInfo {
  const headers = redactedHeaders(answer.headers, secrets);
  return { status: answer.status, headers, requestId: requestIdOf(headers), url: answer.url };
}

/** The small runtime under every generated resource method. */
export class ClientCore {
  readonly #config: ClientCoreConfig;
  /** The client's secrets in every form they are redacted in, worked out once. */
  readonly #secrets: string[];
  /** What every request sends before a call's own headers, put together once. */
  readonly #headers: Readonly<Record<string, string>>;
  readonly #responseValidators = new Map<
    string,
    Promise<OperationResponseValidators | undefined>
  >();
  /** The response validators loaded so far, so that an answer is checked without waiting a tick. */
  readonly #loadedValidators = new Map<string, OperationResponseValidators | undefined>();

  constructor(config: ClientCoreConfig) {
    this.#config = config;
    this.#secrets = secretForms(config.secrets);
    this.#headers = { accept: 'application/json', ...config.headers };
  }

  /**
   * Sends one operation. The promise gives the part of the answer its spec says a call returns,
   * and `withResponse()` gives it with the answer's status, headers and request id.
   */
  call(
    operation: OperationDescriptor,
    params?: unknown,
    body?: unknown,
    options: RequestOptions = {},
  ): APIPromise<unknown> {
    const answer = (async () => {
      const plain = this.plainParams(operation, params);
      const sent = await this.#send(operation, plain, body, options);
      return { data: valueAt(sent.data, operation.unwrap), response: responseInfo(sent) };
    })();
    return APIPromise.over(answer);
  }

  /**
   * The caller's params as plain data, named by where each goes (`path.id`, `query.filters`);
   * throws a `ValidationError` for a getter, an inherited or hidden field, or a non-object.
   */
  plainParams(operation: OperationDescriptor, params: unknown): Params {
    return plainParams(operation, params, this.#config);
  }

  /** Sends one operation and returns the whole answer body. */
  async send(
    operation: OperationDescriptor,
    params: unknown,
    body: unknown,
    options: RequestOptions = {},
  ): Promise<unknown> {
    return (await this.#send(operation, this.plainParams(operation, params), body, options)).data;
  }

  /** `send` for params that are already the result of `plainParams` (the pages of a list). */
  async sendPlain(
    operation: OperationDescriptor,
    params: Params,
    options: RequestOptions = {},
  ): Promise<unknown> {
    return (await this.#send(operation, params, undefined, options)).data;
  }

  async #send(
    operation: OperationDescriptor,
    params: Params,
    body: unknown,
    options: RequestOptions,
  ): Promise<Delivered> {
    const sent = body === undefined ? undefined : plainBody(operation, body);
    const url = buildUrl(operation, params, sent, this.#config);
    const headers: Record<string, string> = { ...this.#headers, ...options.headers };
    // Credentials a call passes in its own headers are as secret as the client's.
    const secrets = options.headers
      ? secretForms([
          ...this.#config.secrets,
          ...headerSecrets(options.headers, this.#config.secretHeaders),
        ])
      : this.#secrets;
    if (sent !== undefined) headers['content-type'] = 'application/json';
    const init = {
      method: operation.method,
      headers,
      body: sent === undefined ? null : JSON.stringify(sent),
    };
    const answer = await this.#sendWithRetries(operation, url, init, options, secrets);
    if (answer.cut)
      throw new ResponseTooLargeError({
        operationId: operation.operationId,
        status: answer.status,
        limit: this.#maxResponseBytes(options),
        excerpt: cutExcerpt(answer.text, secrets),
        headers: redactedHeaders(answer.headers, secrets),
      });
    if (answer.status >= 400) throw this.#apiError(operation, url, answer, secrets);
    const read = readSuccessBody(answer.text, answer.status, this.#config.successFlag);
    if (!read.ok) {
      throw new MalformedResponseError({
        operationId: operation.operationId,
        status: answer.status,
        reason: read.reason,
        detail: redact(read.detail, secrets),
        excerpt: redact(answer.text, secrets).slice(0, 200),
        headers: redactedHeaders(answer.headers, secrets),
        errors: redactDeep(read.errors ?? [], secrets) as VendorErrorDetail[],
      });
    }
    if (this.#config.validateResponses) {
      const { operationId } = operation;
      const validators = this.#loadedValidators.has(operationId)
        ? this.#loadedValidators.get(operationId)
        : await this.#loadValidators(operationId);
      this.#validate(operation, validators, answer.status, read.body, secrets);
    }
    return { data: read.body, answer, secrets };
  }

  /** One operation's response validators, loaded once however many calls wait for them. */
  #loadValidators(operationId: string): Promise<OperationResponseValidators | undefined> {
    let loading = this.#responseValidators.get(operationId);
    if (!loading) {
      loading = Promise.resolve(this.#config.loadResponseValidators(operationId)).then(
        (validators) => {
          this.#loadedValidators.set(operationId, validators);
          return validators;
        },
      );
      this.#responseValidators.set(operationId, loading);
    }
    return loading;
  }

  #validate(
    operation: OperationDescriptor,
    validators: OperationResponseValidators | undefined,
    status: number,
    body: unknown,
    secrets: string[],
  ): void {
    const result = validators?.[String(status)]?.parse(body);
    if (result && !result.ok) {
      // The body may echo a credential; the error keeps a redacted copy only.
      throw new ResponseValidationError(
        operation.operationId,
        status,
        redactDeep(result.issues, secrets) as ValidationIssue[],
        redactDeep(body, secrets),
      );
    }
  }

  async #sendWithRetries(
    operation: OperationDescriptor,
    url: string,
    init: RequestInit,
    options: RequestOptions,
    secrets: readonly string[],
  ) {
    const maxRetries = options.maxRetries ?? this.#config.maxRetries ?? defaultMaxRetries;
    const retryable = isIdempotent(operation.method) || options.retryNonIdempotent === true;
    for (let attempt = 0; ; attempt++) {
      const canRetry = retryable && attempt < maxRetries;
      let answer: Answer;
      try {
        answer = await this.#attempt(operation, url, init, options, secrets);
      } catch (error) {
        if (error instanceof APIUserAbortError || !canRetry) throw error;
        await this.#wait(attempt, undefined, options);
        continue;
      }
      if (answer.status >= 400 && canRetry && isRetryableStatus(answer.status, answer.headers)) {
        await this.#wait(attempt, answer.headers, options);
        continue;
      }
      return answer;
    }
  }

  async #wait(attempt: number, headers: Headers | undefined, options: RequestOptions) {
    try {
      await sleep(retryDelayMs(attempt, headers), options.signal);
    } catch {
      throw new APIUserAbortError();
    }
  }

  async #attempt(
    operation: OperationDescriptor,
    url: string,
    init: RequestInit,
    options: RequestOptions,
    secrets: readonly string[],
  ): Promise<Answer> {
    if (options.signal?.aborted) throw new APIUserAbortError();
    const timeoutMs = options.timeoutMs ?? this.#config.timeoutMs ?? defaultTimeoutMs;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = options.signal
      ? AbortSignal.any([options.signal, timeout.signal])
      : timeout.signal;
    try {
      const fetchFn = this.#config.fetch ?? globalThis.fetch;
      const { middleware } = this.#config;
      // A Request is built only for hooks: a plain fetch gets the URL and init, as it always did.
      const response = middleware?.length
        ? await fetchThrough(
            fetchFn,
            new Request(url, { ...init, signal }),
            middleware,
            operation.operationId,
          )
        : await fetchFn(url, { ...init, signal });
      const { text, cut } = await readText(response, this.#maxResponseBytes(options));
      return { status: response.status, headers: response.headers, text, url, cut };
    } catch (error) {
      if (options.signal?.aborted) throw new APIUserAbortError();
      if (timeout.signal.aborted) throw new APIConnectionTimeoutError(timeoutMs);
      throw connectionError(error, secrets);
    } finally {
      clearTimeout(timer);
    }
  }

  #maxResponseBytes(options: RequestOptions): number {
    return options.maxResponseBytes ?? this.#config.maxResponseBytes ?? defaultMaxResponseBytes;
  }

  #apiError(
    operation: OperationDescriptor,
    url: string,
    answer: Answer,
    secrets: string[],
  ): APIError {
    // A JSON body can echo a credential anywhere (messages, nested objects, keys), not only a text one.
    const body = redactDeep(parseBody(answer.text, answer.headers), secrets);
    const ErrorClass = apiErrorClass(answer.status);
    return new ErrorClass({
      status: answer.status,
      headers: redactedHeaders(answer.headers, secrets),
      body,
      method: operation.method,
      url,
      message: describeErrorBody(answer.status, body),
    });
  }
}

/**
 * The first 200 characters of a body cut short, credentials redacted. Its end may hold the first
 * characters of a credential, too few to be recognised: as many as the longest secret has are
 * dropped from the end before the excerpt is taken.
 */
function cutExcerpt(text: string, secrets: readonly string[]): string {
  const redacted = redact(text, secrets);
  const tail = Math.max(0, ...secrets.map((secret) => secret.length));
  return redacted.slice(0, Math.max(0, redacted.length - tail)).slice(0, 200);
}

function redactedHeaders(headers: Headers, secrets: readonly string[]): Record<string, string> {
  const redacted: Record<string, string> = {};
  headers.forEach((value, name) => {
    redacted[name] = redact(value, secrets);
  });
  return redacted;
}
