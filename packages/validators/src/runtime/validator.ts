import { type CompiledError, describeErrors } from './issues.js';
import type { StandardSchemaV1 } from './standard-schema.js';

/** What a compiled validator looks like: Ajv's standalone output, a plain function. */
export interface CompiledValidator {
  (value: unknown): boolean;
  errors?: CompiledError[] | null;
}

export interface ValidationIssue {
  /** Where the problem is, from the root of the value: `['filters', 0, 'operator']`. */
  readonly path: readonly (string | number)[];
  /** The whole sentence, path included: `filters[0].operator must be one of eq, neq, ...`. */
  readonly message: string;
  /** The JSON Schema rule that was broken (`enum`, `required`, `maximum`, ...). */
  readonly rule: string;
}

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    /** What was being checked, such as `Gateway` or `listLogs parameters`. */
    readonly subject: string,
    readonly issues: readonly ValidationIssue[],
  ) {
    super(`Invalid ${subject}: ${issues.map((issue) => issue.message).join('; ')}`);
  }
}

export interface Validator<T> extends StandardSchemaV1<T> {
  readonly subject: string;
  is(value: unknown): value is T;
  assert(value: unknown): asserts value is T;
  parse(value: unknown): ParseResult<T>;
}

export function createValidator<T>(subject: string, compiled: CompiledValidator): Validator<T> {
  const parse = (value: unknown): ParseResult<T> =>
    compiled(value)
      ? { ok: true, value: value as T }
      : { ok: false, issues: describeErrors(compiled.errors ?? [], value) };
  return {
    subject,
    parse,
    is: (value: unknown): value is T => compiled(value),
    assert(value: unknown): asserts value is T {
      const result = parse(value);
      if (!result.ok) throw new ValidationError(subject, result.issues);
    },
    '~standard': {
      version: 1,
      vendor: 'ai-gateway',
      validate(value) {
        const result = parse(value);
        return result.ok ? { value: result.value } : { issues: result.issues };
      },
    },
  };
}
