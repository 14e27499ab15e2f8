// Every answer of an emulator, checked against the spec's response validator for its operation
// and status, so a test that drives the emulator also proves that it answers what the spec says.
import type { Emulator } from '../../src/emulator/index.ts';
import type { ApiName } from '../../src/spec-files.ts';
import { issuesOf, responseValidator } from './validators.ts';

/** The spec's response key for a status: the exact code, else its class (`4XX`), else `default`. */
function validatorFor(api: ApiName, operationId: string, status: number) {
  for (const key of [String(status), `${String(status)[0]}XX`, 'default']) {
    const validator = responseValidator(api, operationId, key);
    if (validator) return validator;
  }
  return undefined;
}

export class SpecViolation extends Error {}

/**
 * `emulator.fetch`, but a JSON answer that its operation's response schema rejects throws, as does a
 * status the operation does not declare. Returns the parsed body with the response.
 */
export function checkedFetch(emulator: Emulator<unknown>) {
  const api = emulator.api;
  return async (path: string, init: RequestInit = {}) => {
    const headers: Record<string, string> = {
      authorization: 'Bearer test-token',
      ...(init.headers as Record<string, string>),
    };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const response = await emulator.fetch(`http://emulator.test${path}`, { ...init, headers });
    const text = await response.text();
    const body: unknown = text === '' ? undefined : JSON.parse(text);
    const operationId = emulator.requests.at(-1)?.operationId;
    if (operationId) {
      const validator = validatorFor(api, operationId, response.status);
      if (!validator)
        throw new SpecViolation(
          `${operationId} answered ${response.status}, which the spec does not declare`,
        );
      const issues = issuesOf(validator, body);
      if (issues)
        throw new SpecViolation(
          `${operationId} ${response.status} breaks the spec: ${issues}\n${text.slice(0, 500)}`,
        );
    }
    return { status: response.status, body: body as never, headers: response.headers };
  };
}
