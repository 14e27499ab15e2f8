/** One rule of the spec that a request (or a mocked response) broke, as Prism reports it. */
export interface Violation {
  /** Where, e.g. `['request', 'query', 'per_page']` or `['path', 'id']`. */
  location: string[];
  severity: 'Error' | 'Warning' | 'Information' | 'Hint';
  /** The JSON Schema keyword that failed (`pattern`, `maximum`, `enum`, ...). */
  code: string | number;
  message: string;
}

/**
 * What Prism found wrong with a request. A request that breaks the spec is answered with the
 * operation's 422/400 response and the list in the `sl-violations` header; when the operation
 * declares neither, Prism answers 422 with the list in a problem+json body. Reads both.
 */
export async function violationsOf(response: Response): Promise<Violation[]> {
  const header = response.headers.get('sl-violations');
  if (header) return JSON.parse(header) as Violation[];
  if (!response.headers.get('content-type')?.includes('application/problem+json')) return [];
  const body = (await response.clone().json()) as { validation?: Violation[] };
  return body.validation ?? [];
}
