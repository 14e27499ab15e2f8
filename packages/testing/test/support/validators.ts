import type { Validator } from '@ai-gateway/validators';
import * as bifrost from '@ai-gateway/validators/bifrost';
import * as cloudflare from '@ai-gateway/validators/cloudflare';
import type { ApiName } from '../../src/spec-files.ts';

type AnyValidator = Validator<unknown>;

const byApi = { cloudflare, bifrost } as const;

/** The operations the generated validators know, by id. */
export function operationIds(api: ApiName): string[] {
  return Object.keys(byApi[api].operationValidators);
}

/** The validator of one response of one operation, or undefined when it has no JSON body. */
export function responseValidator(
  api: ApiName,
  operationId: string,
  status: string,
): AnyValidator | undefined {
  const operations = byApi[api].operationValidators as unknown as Record<
    string,
    { responses: Record<string, AnyValidator> }
  >;
  const operation = operations[operationId];
  if (!operation) throw new Error(`The validators know no ${api} operation ${operationId}`);
  return operation.responses[status];
}

/** Like responseValidator, for a response that must have a JSON body. */
export function jsonResponseValidator(
  api: ApiName,
  operationId: string,
  status: string,
): AnyValidator {
  const validator = responseValidator(api, operationId, status);
  if (!validator) throw new Error(`${operationId} ${status} has no JSON response validator`);
  return validator;
}

export function schemaValidator(api: ApiName, schema: string): AnyValidator {
  const validator = (byApi[api].schemaValidators as unknown as Record<string, AnyValidator>)[
    schema
  ];
  if (!validator) throw new Error(`The validators have no ${api} schema ${schema}`);
  return validator;
}

/** Issues as one readable string, so a failed expectation says what was wrong. */
export function issuesOf(
  validator: AnyValidator,
  value: unknown,
  ignoredRules: readonly string[] = [],
): string {
  const result = validator.parse(value);
  if (result.ok) return '';
  return result.issues
    .filter((issue) => !ignoredRules.includes(issue.rule))
    .map((issue) => issue.message)
    .join('; ');
}
