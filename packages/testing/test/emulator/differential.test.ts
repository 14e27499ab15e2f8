// The emulator and Prism, serving the same spec, accept and reject the same requests: generated
// valid and invalid variants of every operation go to both, and their verdicts must agree.
// Bifrost's emulator ignores bad values where the real server does, so it is compared in strict
// mode here; the lenient default is tested with the Bifrost semantics.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolve } from '../../../../scripts/src/specs.ts';
import { createEmulator } from '../../src/emulator/index.ts';
import { type ApiName, apiNames } from '../../src/spec-files.ts';
import { useMockServer } from '../../src/vitest.ts';
import { buildRequest, type SpecOperation, specDocument, specOperations } from '../support/spec.ts';

type Json = ReturnType<typeof specDocument>;

/** A value that satisfies the schema, or one that breaks it, as a query/path string. */
function valueArbitrary(
  api: ApiName,
  schemaNode: Json,
  valid: boolean,
): fc.Arbitrary<string> | undefined {
  const schema = resolve(specDocument(api), schemaNode ?? {});
  const type = Array.isArray(schema.type)
    ? schema.type.find((t: string) => t !== 'null')
    : schema.type;
  if (Array.isArray(schema.enum)) {
    return valid
      ? fc.constantFrom(...schema.enum.filter((v: unknown) => v !== null).map(String))
      : fc.constantFrom('bogus', 'NOT_A_VALUE');
  }
  if (type === 'integer' || type === 'number') {
    const min =
      schema.minimum ??
      (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : undefined);
    const max =
      schema.maximum ??
      (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : undefined);
    if (valid) {
      const low = min ?? 0;
      const high = max ?? low + 1000;
      return fc.integer({ min: Math.ceil(low), max: Math.floor(high) }).map(String);
    }
    const breaking: fc.Arbitrary<string>[] = [fc.constant('abc')];
    if (min !== undefined) breaking.push(fc.constant(String(Math.floor(min) - 1)));
    if (max !== undefined) breaking.push(fc.constant(String(Math.ceil(max) + 1)));
    return fc.oneof(...breaking);
  }
  if (type === 'boolean')
    return valid ? fc.constantFrom('true', 'false') : fc.constantFrom('maybe', 'yes');
  if (type === 'string' && schema.format === 'date-time')
    return valid
      ? fc
          .date({ min: new Date('2026-01-01'), max: new Date('2026-11-30'), noInvalidDate: true })
          .map((d) => d.toISOString())
      : fc.constantFrom('yesterday', '2026-13-45');
  if (type === 'string' && schema.pattern && !valid) return fc.constant('Bad Id!');
  return undefined;
}

interface Variant {
  description: string;
  path: string;
  init: RequestInit & { headers: Record<string, string> };
  /** Whether the spec allows it. */
  valid: boolean;
}

function variants(operation: SpecOperation): fc.Arbitrary<Variant> {
  const { api } = operation;
  const options: fc.Arbitrary<Variant>[] = [
    fc.constant({ description: 'as the examples', ...buildRequest(operation), valid: true }),
  ];
  for (const parameter of operation.parameters) {
    if (parameter.in === 'header') continue;
    for (const valid of [true, false]) {
      const values = valueArbitrary(api, parameter.schema, valid);
      if (!values) continue;
      // Prism does not check query parameters whose names hold a dot (the dotted filters grammar).
      if (parameter['x-query-encoding']) continue;
      options.push(
        values.map((value) => ({
          description: `${parameter.in} ${parameter.name}=${value}`,
          ...buildRequest(operation, { [parameter.name]: value }),
          valid,
        })),
      );
    }
  }
  if (operation.requestBody) {
    const base = buildRequest(operation);
    const body = JSON.parse(String(base.init.body)) as Record<string, unknown>;
    const schema = resolve(
      specDocument(api),
      operation.requestBody.content['application/json'].schema,
    );
    for (const field of (schema.required ?? []) as string[]) {
      const { [field]: _dropped, ...rest } = body;
      options.push(
        fc.constant({
          description: `body without ${field}`,
          path: base.path,
          init: { ...base.init, body: JSON.stringify(rest) },
          valid: false,
        }),
      );
    }
  }
  return fc.oneof(...options);
}

/** Prism rejects with 422, or with the operation's declared 400 and the violations in a header. */
const prismRejected = (response: Response) =>
  response.status === 422 || (response.status === 400 && response.headers.has('sl-violations'));

/** The emulator rejects a request that breaks the spec with the API's input-validation error. */
async function emulatorRejected(api: ApiName, response: Response): Promise<boolean> {
  if (response.status !== 400) return false;
  if (api === 'bifrost') return true;
  const body = (await response.json()) as { errors?: { code?: number }[] };
  return body.errors?.[0]?.code === 7001;
}

/** Path ids that exist in the emulator, so that a valid request reaches the handler. */
function withSeededIds(
  api: ApiName,
  emulator: ReturnType<typeof createEmulator>,
  path: string,
  operationId: string,
): string {
  if (api === 'bifrost' && (operationId === 'getLog' || operationId.startsWith('getLogSession'))) {
    const [log] = (emulator.store as { logs: { id: string }[] }).logs;
    const prefix = operationId === 'getLog' ? '/api/logs/' : '/api/logs/sessions/';
    return path.replace(new RegExp(`^${prefix}[^/?]+`), `${prefix}${log?.id}`);
  }
  return path;
}

describe.each(apiNames)('%s: emulator and Prism agree on what the spec allows', (api) => {
  const prism = useMockServer(api);
  const emulator = createEmulator({ api, logs: 200, strict: true, now: '2026-11-30T12:00:00Z' });

  it.each(specOperations(api).map((op) => [op.operationId, op] as const))(
    '%s',
    async (_id, operation) => {
      await fc.assert(
        fc.asyncProperty(variants(operation), async (variant) => {
          const path = withSeededIds(api, emulator, variant.path, operation.operationId);
          const [fromPrism, fromEmulator] = await Promise.all([
            fetch(`${prism.url}${variant.path}`, variant.init),
            emulator.fetch(`http://emulator.test${path}`, variant.init),
          ]);
          const verdicts = {
            spec: variant.valid ? 'accept' : 'reject',
            prism: prismRejected(fromPrism) ? 'reject' : 'accept',
            emulator: (await emulatorRejected(api, fromEmulator)) ? 'reject' : 'accept',
          };
          expect(
            verdicts,
            `${variant.description} (Prism ${fromPrism.status}, emulator ${fromEmulator.status})`,
          ).toEqual({
            spec: verdicts.spec,
            prism: verdicts.spec,
            emulator: verdicts.spec,
          });
        }),
        { numRuns: 12, seed: 20261201 },
      );
    },
  );
});
