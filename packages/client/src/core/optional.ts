/**
 * `T` with each optional property also taking `undefined`. Under `exactOptionalPropertyTypes`
 * a caller can then pass `{ per_page: options.size }` where `size` may be undefined; an
 * undefined field is left out of the request, as if it were absent.
 */
export type AllowUndefined<T> = {
  [K in keyof T]: Partial<Pick<T, K>> extends Pick<T, K> ? T[K] | undefined : T[K];
};
