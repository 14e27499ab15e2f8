import type { Validator } from '@ai-gateway/validators';

export type ScalarKind = 'string' | 'number' | 'integer' | 'boolean' | 'null';

/** The scalar types a query value may take, and whether the parameter is a list. */
export interface ValueShape {
  readonly kinds: readonly ScalarKind[];
  readonly list: boolean;
}

/** How one query parameter is read back from the URL, and the spec's default when it is left out. */
export type QueryShape =
  /** `name=value`, or `name=a&name=b` for a list. */
  | (ValueShape & { readonly encoding: 'form'; readonly default?: unknown })
  /** One key holding a comma-separated list; kept as the string the server splits. */
  | (ValueShape & { readonly encoding: 'comma'; readonly default?: unknown })
  /** A list of objects as repeated dotted keys (`filters.key=…&filters.operator=…`). */
  | {
      readonly encoding: 'dotted';
      readonly list: true;
      readonly fields: Readonly<Record<string, ValueShape>>;
    }
  /** An object sent as one parameter per entry, named prefix plus key (`metadata_env=prod`). */
  | (ValueShape & { readonly encoding: 'prefixed'; readonly prefix: string });

/** One operation of a spec, as generated into `src/generated/emulator/<api>.ts`. */
export interface RouteDescriptor {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly query: Readonly<Record<string, QueryShape>>;
  /** The row fields each list filter is matched against, from the spec's `x-log-fields`. */
  readonly logFields?: Readonly<Record<string, readonly string[]>>;
  readonly body: 'none' | 'optional' | 'required';
  readonly successStatus: number;
  readonly request: { readonly params: Validator<unknown>; readonly body?: Validator<unknown> };
}

export interface RouteMatch {
  readonly route: RouteDescriptor;
  readonly path: Record<string, string>;
}

/**
 * Matches a request against the spec's path templates. A literal segment beats a parameter at the
 * same place (`/logs/stats` is not `/logs/{id}`), as in every router the APIs run on.
 */
export function createRouter(routes: readonly RouteDescriptor[]) {
  const compiled = routes.map((route) => ({
    route,
    segments: route.path.split('/').slice(1),
  }));
  const specificity = (segments: string[]) =>
    segments.map((s) => (s.startsWith('{') ? '1' : '0')).join('');
  compiled.sort((a, b) => specificity(a.segments).localeCompare(specificity(b.segments)));

  return {
    /** The route for a method and path; `methodMismatch` when the path exists with other methods. */
    match(method: string, pathname: string): RouteMatch | 'methodMismatch' | undefined {
      const parts = pathname.split('/').slice(1);
      let pathFound = false;
      for (const { route, segments } of compiled) {
        if (segments.length !== parts.length) continue;
        const path: Record<string, string> = {};
        let ok = true;
        for (let i = 0; i < segments.length && ok; i++) {
          const segment = segments[i] as string;
          const part = parts[i] as string;
          if (segment.startsWith('{')) {
            if (part === '') ok = false;
            else path[segment.slice(1, -1)] = safeDecode(part);
          } else ok = segment === part;
        }
        if (!ok) continue;
        pathFound = true;
        if (route.method === method) return { route, path };
      }
      return pathFound ? 'methodMismatch' : undefined;
    },
  };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
