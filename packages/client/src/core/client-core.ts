import {
  formatPath,
  ValidationError,
  type ValidationIssue,
  type Validator,
} from '@ai-gateway/validators';
import type { OperationDescriptor } from './descriptor.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  type APIError,
  APIUserAbortError,
  apiErrorClass,
  ResponseValidationError,
  UnsafeRequestError,
} from './errors.js';
import { Page, PagePromise } from './pagination.js';
import { encodeQuery } from './query.js';
import type { RequestOptions } from './request-options.js';
import { describeErrorBody, parseBody } from './responses.js';
import { isIdempotent, isRetryableStatus, retryDelayMs } from './retry.js';
import { redact, redactDeep, sleep, valueAt } from './utils.js';

/** Operation id → status → validator of that response's body. */
export type ResponseValidators = Readonly<
  Record<string, Readonly<Record<string, Validator<unknown>>>>
>;

export interface ClientCoreConfig {
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  /** Retries of idempotent requests on connection errors, 408, 409, 429 and 5xx. Default 2. */
  maxRetries?: number;
  /** Time limit of each attempt in milliseconds. Default 60 000. */
  timeoutMs?: number;
  /** Check every response body against the spec and throw `ResponseValidationError` on drift. */
  validateResponses?: boolean;
  /** Path parameters every call shares (Cloudflare's `account_id`). */
  pathDefaults?: Readonly<Record<string, string>>;
  /** Sent with every request: authentication and the like. */
  headers: Readonly<Record<string, string>>;
  /** Values that must never appear in an error message (tokens, keys). */
  secrets: readonly string[];
  /** Loaded on first use only, so clients that do not validate responses never download them. */
  loadResponseValidators: () => Promise<ResponseValidators>;
}

const defaultMaxRetries = 2;
const defaultTimeoutMs = 60_000;

type Params = Record<string, unknown>;

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

const issue = (path: (string | number)[], message: string, rule: string): ValidationIssue => ({
  path,
  message,
  rule,
});

/** An issue of a part of the request (the body), restated from the root of the whole request. */
function within(part: string, found: ValidationIssue): ValidationIssue {
  // A message starts with where the issue is: the formatted path, or `value` at the root.
  const where = found.path.length === 0 ? 'value' : formatPath(found.path);
  const path = [part, ...found.path];
  return { ...found, path, message: `${formatPath(path)}${found.message.slice(where.length)}` };
}

/** The small runtime under every generated resource method. */
export class ClientCore {
  readonly #config: ClientCoreConfig;
  #responseValidators: Promise<ResponseValidators> | undefined;

  constructor(config: ClientCoreConfig) {
    this.#config = config;
  }

  /** Sends one operation and returns the part of the answer its spec says a call returns. */
  async call(
    operation: OperationDescriptor,
    params: Params = {},
    body?: unknown,
    options: RequestOptions = {},
  ) {
    const answer = await this.send(operation, params, body, options);
    return valueAt(answer.body, operation.unwrap);
  }

  /** Starts a paginated list: the first page is requested when awaited or iterated. */
  paginate(operation: OperationDescriptor, params: Params = {}, options: RequestOptions = {}) {
    const pagination = operation.pagination;
    if (!pagination) throw new TypeError(`${operation.operationId} is not a paginated list`);
    // The position goes in the parameter named after the style (`page` or `offset`).
    const { style, sizeParam, defaultSize } = pagination;
    const size = params[sizeParam] ?? defaultSize;
    const perPage = size === undefined ? undefined : Number(size);
    const start = Number(params[style] ?? (style === 'page' ? 1 : 0));
    const fetchPage = async (position: number) =>
      (await this.send(operation, { ...params, [style]: position }, undefined, options)).body;
    return new PagePromise(
      async () => new Page(pagination, start, perPage, await fetchPage(start), fetchPage),
    );
  }

  async send(
    operation: OperationDescriptor,
    params: Params,
    body: unknown,
    options: RequestOptions,
  ): Promise<Answer> {
    const url = this.#buildUrl(operation, params, body);
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...this.#config.headers,
      ...options.headers,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const init = {
      method: operation.method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    };
    const answer = await this.#sendWithRetries(operation, url, init, options);
    if (answer.status >= 400) throw this.#apiError(operation, url, answer);
    if (this.#config.validateResponses) {
      this.#responseValidators ??= this.#config.loadResponseValidators();
      const validators = await this.#responseValidators;
      const validator = validators[operation.operationId]?.[String(answer.status)];
      const result = validator?.parse(answer.body);
      if (result && !result.ok) {
        // The body may echo a credential; the error keeps a redacted copy only.
        const { secrets } = this.#config;
        throw new ResponseValidationError(
          operation.operationId,
          answer.status,
          redactDeep(result.issues, secrets) as ValidationIssue[],
          redactDeep(answer.body, secrets),
        );
      }
    }
    return answer;
  }

  /** Checks the call against the spec and builds its URL; throws before anything is sent. */
  #buildUrl(operation: OperationDescriptor, params: Params, body: unknown): string {
    const { bulkDelete } = operation;
    if (bulkDelete) {
      const filters = params[bulkDelete.filter];
      if (
        (!Array.isArray(filters) || filters.length === 0) &&
        params[bulkDelete.confirm] !== true
      ) {
        throw new UnsafeRequestError(
          `${operation.operationId} without ${bulkDelete.filter} deletes every log it can reach. ` +
            `Pass ${bulkDelete.filter}, or ${bulkDelete.confirm}: true to confirm.`,
        );
      }
    }
    const path: Params = {};
    const query: Params = {};
    for (const name of operation.pathParams)
      path[name] = params[name] ?? this.#config.pathDefaults?.[name];
    for (const [name, value] of Object.entries(params)) {
      // Unknown names go to the query, where validation reports them instead of dropping them;
      // a name left undefined is not sent, so it is not checked either.
      if (
        value === undefined ||
        operation.pathParams.includes(name) ||
        name === bulkDelete?.confirm
      )
        continue;
      query[name] = value;
    }
    const issues: ValidationIssue[] = [];
    for (const [name, value] of Object.entries(path)) {
      // '' would drop the segment (`/logs/` is another operation's path); '.' and '..' would be
      // resolved away by URL parsing. No encoding keeps them in place, so they are refused.
      if (value === '' || value === '.' || value === '..') {
        issues.push(
          issue(
            ['path', name],
            `${formatPath(['path', name])} must not be "${value}": it would change the URL's path`,
            'pathSegment',
          ),
        );
      }
    }
    const validators = operation.request;
    const checked = validators.params.parse({ path, query });
    if (!checked.ok) issues.push(...checked.issues);
    if (body === undefined && operation.body === 'required')
      issues.push(issue([], 'body is required', 'required'));
    if (body !== undefined) {
      const checkedBody = validators.body?.parse(body);
      if (checkedBody && !checkedBody.ok) {
        issues.push(...checkedBody.issues.map((i) => within('body', i)));
      }
    }
    if (issues.length > 0) throw new ValidationError(`${operation.operationId} request`, issues);
    const resolvedPath = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
      encodeURIComponent(String(path[name])),
    );
    return `${this.#config.baseUrl.replace(/\/+$/, '')}${resolvedPath}${encodeQuery(query, operation.query)}`;
  }

  async #sendWithRetries(
    operation: OperationDescriptor,
    url: string,
    init: RequestInit,
    options: RequestOptions,
  ) {
    const maxRetries = options.maxRetries ?? this.#config.maxRetries ?? defaultMaxRetries;
    const retryable = isIdempotent(operation.method) || options.retryNonIdempotent === true;
    for (let attempt = 0; ; attempt++) {
      const canRetry = retryable && attempt < maxRetries;
      let answer: Answer;
      try {
        answer = await this.#attempt(url, init, options);
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

  async #attempt(url: string, init: RequestInit, options: RequestOptions): Promise<Answer> {
    if (options.signal?.aborted) throw new APIUserAbortError();
    const timeoutMs = options.timeoutMs ?? this.#config.timeoutMs ?? defaultTimeoutMs;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = options.signal
      ? AbortSignal.any([options.signal, timeout.signal])
      : timeout.signal;
    try {
      const response = await (this.#config.fetch ?? globalThis.fetch)(url, { ...init, signal });
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: parseBody(text, response.headers),
      };
    } catch (error) {
      if (options.signal?.aborted) throw new APIUserAbortError();
      if (timeout.signal.aborted) throw new APIConnectionTimeoutError(timeoutMs);
      const reason = error instanceof Error ? error.message : String(error);
      throw new APIConnectionError(`Connection error: ${redact(reason, this.#config.secrets)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  #apiError(operation: OperationDescriptor, url: string, answer: Answer): APIError {
    const { secrets } = this.#config;
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      headers[name] = redact(value, secrets);
    });
    // A JSON body can echo a credential anywhere (messages, nested objects, keys), not only a text one.
    const body = redactDeep(answer.body, secrets);
    const ErrorClass = apiErrorClass(answer.status);
    return new ErrorClass({
      status: answer.status,
      headers,
      body,
      method: operation.method,
      url,
      message: describeErrorBody(answer.status, body),
    });
  }
}
