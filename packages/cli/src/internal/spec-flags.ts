// Flags read from the spec instead of written out here: each query parameter of an operation
// becomes `--<name>` (snake_case as kebab-case), typed by what the operation's own validator
// accepts. A parameter the spec adds is a flag with no change to the CLI; a bad value is refused
// by the client's checks with the spec's own rule before anything is sent.
import type { OperationDescriptor } from '@ai-gateway/client';
import { flagName, UsageError } from './args.ts';

/** How a flag's text becomes the parameter's value. */
export type FlagKind =
  /** A comma list: `--providers openai,anthropic`, or the flag repeated. */
  | 'list'
  | 'number'
  /** Given alone: `--missing-cost-only`. */
  | 'boolean'
  /** `key=value` pairs, the flag repeated: `--metadata env=prod --metadata team=search`. */
  | 'pairs'
  | 'string';

export interface SpecFlag {
  /** The spec's name: `min_cost`. */
  param: string;
  /** The flag: `min-cost`. */
  flag: string;
  kind: FlagKind;
}

/** Whether the operation's validator accepts `value` for `param`'s type (other rules aside). */
function acceptsType(operation: OperationDescriptor, param: string, value: unknown): boolean {
  const result = operation.request.params.parse({ path: {}, query: { [param]: value } });
  return (
    result.ok ||
    !result.issues.some(
      (issue) => issue.path[0] === 'query' && issue.path[1] === param && issue.rule === 'type',
    )
  );
}

/** The query parameters of `operation` as flags, but for the ones the CLI sets itself. */
export function specFlags(operation: OperationDescriptor, except: readonly string[]): SpecFlag[] {
  return Object.entries(operation.query)
    .filter(([param]) => !except.includes(param))
    .map(([param, encoding]) => {
      const text = acceptsType(operation, param, 'x');
      const kind: FlagKind =
        encoding === 'comma'
          ? 'list'
          : text
            ? 'string'
            : acceptsType(operation, param, 1)
              ? 'number'
              : acceptsType(operation, param, true)
                ? 'boolean'
                : acceptsType(operation, param, { key: 'value' })
                  ? 'pairs'
                  : 'string';
      return { param, flag: flagName(param), kind };
    });
}

/** The flags for `node:util`'s `parseArgs`. */
export function parseArgsOptions(flags: readonly SpecFlag[]) {
  return Object.fromEntries(
    flags.map(({ flag, kind }) => [
      flag,
      kind === 'boolean'
        ? ({ type: 'boolean' } as const)
        : kind === 'list' || kind === 'pairs'
          ? ({ type: 'string', multiple: true } as const)
          : ({ type: 'string' } as const),
    ]),
  );
}

/** The parameters the given flags set, typed for the client. */
export function paramsFromFlags(
  flags: readonly SpecFlag[],
  values: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const { param, flag, kind } of flags) {
    const value = values[flag];
    if (value === undefined) continue;
    if (kind === 'list') {
      params[param] = (value as string[]).flatMap((item) =>
        item.split(',').flatMap((part) => part.trim() || []),
      );
    } else if (kind === 'pairs') {
      const pairs: Record<string, string> = {};
      for (const item of value as string[]) {
        const at = item.indexOf('=');
        if (at < 1) throw new UsageError(`--${flag} takes key=value, not "${item}"`);
        Object.defineProperty(pairs, item.slice(0, at), {
          value: item.slice(at + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      params[param] = pairs;
    } else if (kind === 'number') {
      const number = Number(value);
      if (value === '' || !Number.isFinite(number))
        throw new UsageError(`--${flag} must be a number, not "${value}"`);
      params[param] = number;
    } else {
      params[param] = value;
    }
  }
  return params;
}

/** `--providers <list>  --min-cost <n>  --missing-cost-only …`, wrapped for a help screen. */
export function describeFlags(flags: readonly SpecFlag[], indent = '  ', width = 96): string {
  const words = flags.map(({ flag, kind }) =>
    kind === 'boolean'
      ? `--${flag}`
      : `--${flag} <${{ list: 'a,b', number: 'n', pairs: 'key=value', string: 'text' }[kind]}>`,
  );
  const lines: string[] = [];
  let line = indent;
  for (const word of words) {
    if (line.length + word.length + 2 > width && line.trim()) {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += `${word}  `;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.join('\n');
}

/**
 * The largest page the operation's validator allows: found by asking it, so the spec's bound
 * (50 logs a page on Cloudflare, 1,000 on Bifrost) is never written down twice.
 */
export function largestPageSize(
  operation: OperationDescriptor,
  path: Record<string, string> = {},
): number {
  const sizeParam = operation.pagination?.sizeParam;
  if (!sizeParam) throw new TypeError(`${operation.operationId} is not paginated`);
  const fits = (size: number) => {
    const result = operation.request.params.parse({ path, query: { [sizeParam]: size } });
    return (
      result.ok ||
      !result.issues.some((issue) => issue.path[0] === 'query' && issue.path[1] === sizeParam)
    );
  };
  const ceiling = 1_000_000;
  if (fits(ceiling)) return ceiling;
  let low = 1;
  let high = ceiling;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return low;
}
