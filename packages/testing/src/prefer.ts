// Prism picks the response of a request from its `Prefer` header. These helpers build that header,
// so a test can ask for the 404, the 429 or a named example without knowing Prism's syntax.

export interface PreferredResponse {
  /** Status code of the response to serve, e.g. 404 or 429. It must be declared for the operation. */
  code?: number;
  /** Name of the example to serve (a key of the response's `examples` in the spec). */
  example?: string;
  /** Generate this response from the schema instead of serving an example. */
  dynamic?: boolean;
  /** Seed of a dynamic response: the same seed gives the same body. */
  seed?: string | number;
}

const quoted = (value: string) =>
  /^[\w.-]+$/.test(value) ? value : `"${value.replaceAll('"', '')}"`;

/** The value of the `Prefer` header, e.g. `code=404, example=notFound`. */
export function preferHeader(preference: PreferredResponse): string {
  const parts: string[] = [];
  if (preference.code !== undefined) parts.push(`code=${preference.code}`);
  if (preference.example !== undefined) parts.push(`example=${quoted(preference.example)}`);
  if (preference.dynamic !== undefined) parts.push(`dynamic=${preference.dynamic}`);
  if (preference.seed !== undefined) parts.push(`seed=${quoted(String(preference.seed))}`);
  return parts.join(', ');
}

/** Headers to add to a request: `fetch(url, { headers: { ...auth, ...preferResponse({ code: 429 }) } })`. */
export function preferResponse(preference: PreferredResponse): { Prefer: string } {
  return { Prefer: preferHeader(preference) };
}

/**
 * A `fetch` that sends the preference with every request; hand it to a client
 * (`createClient({ fetch: withPreferredResponse(fetch, { code: 404 }) })`) to drive its error paths.
 */
export function withPreferredResponse(
  fetchImpl: typeof fetch,
  preference: PreferredResponse,
): typeof fetch {
  const prefer = preferHeader(preference);
  return (input, init) => {
    const headers = new Headers(
      init?.headers ?? (input instanceof Request ? input.headers : undefined),
    );
    headers.set('Prefer', prefer);
    return fetchImpl(input, { ...init, headers });
  };
}
