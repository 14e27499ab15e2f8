// `--filter` expressions for the Cloudflare logs list: the filters grammar's own words
// (`cost gt 0.01`, `model eq gpt-4o,gpt-4o-mini`, `provider neq openai`, `model contains claude`)
// or the same with symbols (`cost>0.01`, `model=gpt-4o`, `provider!=openai`, `model~claude`). Keys and
// operators are checked by the client against the spec (an unknown key is refused with the keys
// allowed), so none is listed here.
import type { ListLogsParams } from '@ai-gateway/client/cloudflare';
import { parseLooseValue, UsageError } from './args.ts';

export type LogFilter = NonNullable<ListLogsParams['filters']>[number];
type Operator = LogFilter['operator'];
type FilterValue = LogFilter['value'][number];

// Longest first, so that `!=` is not read as `=`.
const operators: readonly (readonly [string, Operator])[] = [
  ['!=', 'neq'],
  ['=', 'eq'],
  ['~', 'contains'],
  ['>', 'gt'],
  ['<', 'lt'],
];

/** A value as typed: numbers and booleans as such, `null`, `"quoted"` for a string of digits. */
function filterValue(raw: string): FilterValue {
  const value = parseLooseValue(raw.trim());
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
    return value as FilterValue;
  return raw.trim();
}

const words: readonly Operator[] = ['eq', 'neq', 'contains', 'lt', 'gt'];
const worded = /^\s*([^\s=!~<>]+)\s+(eq|neq|contains|lt|gt)\s+(.*)$/;

/** Only eq, neq and contains take several values: `model eq a,b` matches either. */
const valuesOf = (operator: Operator, rest: string): FilterValue[] =>
  (operator === 'eq' || operator === 'neq' || operator === 'contains'
    ? rest.split(',')
    : [rest]
  ).map(filterValue);

/** One `--filter` expression as the API's `{ key, operator, value }`. */
export function parseFilter(expression: string): LogFilter {
  const word = worded.exec(expression);
  if (word) {
    const [, key, operator, rest] = word as unknown as [string, string, Operator, string];
    if (rest.trim() === '') throw new UsageError(`--filter ${expression} has no value`);
    return { key, operator, value: valuesOf(operator, rest) } as LogFilter;
  }
  let found: { at: number; symbol: string; operator: Operator } | undefined;
  for (const [symbol, operator] of operators) {
    const at = expression.indexOf(symbol);
    if (at > 0 && (found === undefined || at < found.at)) found = { at, symbol, operator };
  }
  if (!found)
    throw new UsageError(
      `--filter takes key, operator and value, such as 'cost gt 0.01', 'model eq gpt-4o' or ` +
        `provider!=openai (operators ${words.join(' ')}, or = != ~ > <), not "${expression}"`,
    );
  const key = expression.slice(0, found.at).trim();
  const rest = expression.slice(found.at + found.symbol.length);
  if ((found.symbol === '>' || found.symbol === '<') && rest.startsWith('='))
    throw new UsageError(
      `--filter ${expression}: the logs API compares with > and < only (no >= or <=)`,
    );
  if (rest.trim() === '') throw new UsageError(`--filter ${expression} has no value`);
  return { key, operator: found.operator, value: valuesOf(found.operator, rest) } as LogFilter;
}
