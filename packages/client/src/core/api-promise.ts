/** What a successful answer said besides its body. */
export interface ResponseInfo {
  status: number;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
  /** Cloudflare's `cf-ray` (or another request id header) when the response carries one. */
  requestId: string | undefined;
  /** The URL the request was sent to. */
  url: string;
}

/** A call's result together with the answer it came in. */
export interface WithResponse<T> {
  data: T;
  response: ResponseInfo;
}

/**
 * What a call returns: a promise of its result that can also give the answer's status, headers
 * and request id, with `await cf.gateways.get({ id }).withResponse()`.
 */
export class APIPromise<T> extends Promise<T> {
  // `then` and `catch` give plain promises: only the call's own promise has `withResponse`.
  static override get [Symbol.species]() {
    return Promise;
  }

  #answer: Promise<WithResponse<T>> | undefined;

  /** The call's promise over its whole answer. */
  static over<T>(answer: Promise<WithResponse<T>>): APIPromise<T> {
    const promise = new APIPromise<T>((resolve, reject) => {
      answer.then(({ data }) => resolve(data), reject);
    });
    promise.#answer = answer;
    return promise;
  }

  /** The result with the answer's status, headers and request id. */
  withResponse(): Promise<WithResponse<T>> {
    // The caller now handles a failure through the promise returned here: this one, which fails
    // alike, must not also be reported as an unhandled rejection.
    this.then(undefined, () => {});
    // Only `over` makes an APIPromise; `#answer` is always set.
    return this.#answer as Promise<WithResponse<T>>;
  }
}
