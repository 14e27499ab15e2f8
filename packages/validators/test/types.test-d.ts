// Item 5, types: `is()` and `assert()` narrow to the generated types, and a Standard Schema
// consumer infers the generated type as the output.
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type components as BifrostComponents,
  type operations as BifrostOperations,
  type operationValidators as bifrostOperations,
  schemaValidators as bifrostSchemas,
} from '../src/bifrost.ts';
import {
  type components as CloudflareComponents,
  type operations as CloudflareOperations,
  operationValidators as cloudflareOperations,
  schemaValidators as cloudflareSchemas,
} from '../src/cloudflare.ts';
import type { ParseResult, Validator } from '../src/index.ts';

type LogEntry = BifrostComponents['schemas']['LogEntry'];
type Gateway = CloudflareComponents['schemas']['Gateway'];
type ListLogsParams = CloudflareOperations['listLogs']['parameters'];
type GetLogResponse =
  BifrostOperations['getLog']['responses']['200']['content']['application/json'];

describe('StandardSchemaV1.InferOutput', () => {
  it('is the generated type of a named schema', () => {
    expectTypeOf<
      StandardSchemaV1.InferOutput<typeof bifrostSchemas.LogEntry>
    >().toEqualTypeOf<LogEntry>();
    expectTypeOf<
      StandardSchemaV1.InferOutput<typeof cloudflareSchemas.Gateway>
    >().toEqualTypeOf<Gateway>();
  });

  it('is the generated type of parameters and responses', () => {
    expectTypeOf<
      StandardSchemaV1.InferOutput<typeof cloudflareOperations.listLogs.params>
    >().toEqualTypeOf<ListLogsParams>();
    expectTypeOf<
      StandardSchemaV1.InferOutput<(typeof bifrostOperations.getLog.responses)['200']>
    >().toEqualTypeOf<GetLogResponse>();
  });

  it('also holds for the input type', () => {
    expectTypeOf<
      StandardSchemaV1.InferInput<typeof bifrostSchemas.LogEntry>
    >().toEqualTypeOf<LogEntry>();
  });
});

describe('the validators', () => {
  it('are Standard Schemas of @standard-schema/spec', () => {
    expectTypeOf(bifrostSchemas.LogEntry).toExtend<StandardSchemaV1<LogEntry>>();
    expectTypeOf(cloudflareOperations.listLogs.params).toExtend<
      StandardSchemaV1<unknown, ListLogsParams>
    >();
    expectTypeOf(bifrostSchemas.LogEntry).not.toExtend<StandardSchemaV1<unknown, Gateway>>();
  });

  it('narrow with is()', () => {
    const value: unknown = JSON.parse('{}');
    if (bifrostSchemas.LogEntry.is(value)) {
      expectTypeOf(value).toEqualTypeOf<LogEntry>();
      expectTypeOf(value.status).toEqualTypeOf<BifrostComponents['schemas']['LogStatus']>();
    } else {
      expectTypeOf(value).toEqualTypeOf<unknown>();
    }
  });

  it('narrow with assert()', () => {
    // TypeScript only narrows through an assertion method reached from an annotated name (the
    // generated objects are not annotated, see TS2775), hence the alias.
    const gateway: Validator<Gateway> = cloudflareSchemas.Gateway;
    const value: unknown = JSON.parse('{}');
    gateway.assert(value);
    expectTypeOf(value).toEqualTypeOf<Gateway>();
  });

  it('return a typed ParseResult', () => {
    const result = bifrostSchemas.LogEntry.parse({});
    expectTypeOf(result).toEqualTypeOf<ParseResult<LogEntry>>();
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<LogEntry>();
    else
      expectTypeOf(result.issues[0]?.path).toEqualTypeOf<
        readonly (string | number)[] | undefined
      >();
    expectTypeOf(bifrostSchemas.LogEntry).toEqualTypeOf<Validator<LogEntry>>();
  });
});
