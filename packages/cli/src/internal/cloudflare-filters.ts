// `--filter` expressions for the Cloudflare logs list, written the way a person reads them:
// `cost>0.01`, `model=gpt-4o,gpt-4o-mini`, `provider!=openai`, `model~claude`. Keys and
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

/** One `--filter` expression as the API's `{ key, operator, value }`. */
export function parseFilter(expression: string): LogFilter {
  let found: { at: number; symbol: string; operator: Operator } | undefined;
  for (const [symbol, operator] of operators) {
    const at = expression.indexOf(symbol);
    if (at > 0 && (found === undefined || at < found.at)) found = { at, symbol, operator };
  }
  if (!found)
    throw new UsageError(
      `--filter takes key, operator and value, such as cost>0.01, model=gpt-4o or provider!=openai ` +
        `(operators = != ~ > <), not "${expression}"`,
    );
  const key = expression.slice(0, found.at).trim();
  const rest = expression.slice(found.at + found.symbol.length);
  if ((found.symbol === '>' || found.symbol === '<') && rest.startsWith('='))
    throw new UsageError(
      `--filter ${expression}: the logs API compares with > and < only (no >= or <=)`,
    );
  // Only eq, neq and contains take several values: `model=a,b` matches either.
  const list = found.operator === 'eq' || found.operator === 'neq' || found.operator === 'contains';
  const values = (list ? rest.split(',') : [rest]).map(filterValue);
  if (rest.trim() === '') throw new UsageError(`--filter ${expression} has no value`);
  return { key, operator: found.operator, value: values } as LogFilter;
}
