// Both APIs side by side: the spec document, its operations as the generator reads them, and the
// generated validators, so that every test can be written once and run for each API.
import {
  type OperationInfo,
  operationInfos,
  parametersSchema,
} from '../../../../scripts/src/operations.ts';
import { type ApiName, type Json, loadSpec } from '../../../../scripts/src/specs.ts';
import * as bifrost from '../../src/bifrost.ts';
import * as cloudflare from '../../src/cloudflare.ts';
import type { Validator } from '../../src/index.ts';

export type { ApiName, Json, OperationInfo };
export const apiNames = ['cloudflare', 'bifrost'] as const satisfies readonly ApiName[];

export interface OperationValidators {
  params: Validator<unknown>;
  body?: Validator<unknown>;
  responses: Record<string, Validator<unknown>>;
}

export interface Api {
  name: ApiName;
  document: Json;
  operations: OperationInfo[];
  schemaValidators: Record<string, Validator<unknown>>;
  operationValidators: Record<string, OperationValidators>;
}

const modules = { cloudflare, bifrost } as unknown as Record<
  ApiName,
  Pick<Api, 'schemaValidators' | 'operationValidators'>
>;

const cache = new Map<ApiName, Api>();

export function api(name: ApiName): Api {
  let loaded = cache.get(name);
  if (!loaded) {
    const document = loadSpec(name);
    loaded = { name, document, operations: operationInfos(document), ...modules[name] };
    cache.set(name, loaded);
  }
  return loaded;
}

export function operationValidators(name: ApiName, operationId: string): OperationValidators {
  const validators = api(name).operationValidators[operationId];
  if (!validators) throw new Error(`${name}: no validators generated for ${operationId}`);
  return validators;
}

/** The JSON Schema the generated `params` validator checks, each parameter by its spec schema. */
export function paramsSchema(info: OperationInfo): Json {
  return parametersSchema(info, (p) => ({ $ref: `#${p.schema}` }));
}

/** Where a schema sits and which generated validator checks values of it. */
export interface SchemaTarget {
  /** `params`, `body`, `response 200`, ... */
  part: string;
  schema: Json;
  validator: Validator<unknown>;
}

/** Every schema of an operation that has a generated validator: params, body, then responses (2XX first). */
export function operationTargets(name: ApiName, info: OperationInfo): SchemaTarget[] {
  const validators = operationValidators(name, info.operationId);
  const targets: SchemaTarget[] = [
    { part: 'params', schema: paramsSchema(info), validator: validators.params },
  ];
  if (info.bodySchema && validators.body) {
    targets.push({
      part: 'body',
      schema: { $ref: `#${info.bodySchema}` },
      validator: validators.body,
    });
  }
  const statuses = Object.keys(info.responseSchemas).sort(
    (a, b) => Number(!a.startsWith('2')) - Number(!b.startsWith('2')) || a.localeCompare(b),
  );
  for (const status of statuses) {
    const validator = validators.responses[status];
    if (!validator)
      throw new Error(`${name}: no ${status} response validator for ${info.operationId}`);
    targets.push({
      part: `response ${status}`,
      schema: { $ref: `#${info.responseSchemas[status]}` },
      validator,
    });
  }
  return targets;
}
