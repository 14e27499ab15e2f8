// The refusal matrix in generative form. For every operation of both APIs' generated descriptors,
// fast-check builds inputs the spec accepts (required path values, any mix of optional query
// parameters, a body) and then breaks them in one place: a wrong type, a number out of range or
// not finite, a value outside an enum or a pattern, a bad format, a missing required field, an
// unknown key (`__proto__` among them), a getter, an inherited or hidden field, a lone surrogate,
// a path value that is empty or a dot segment. Every broken input is refused before sending (the
// stub fetch sees no call) with a ValidationError that names the field. Every valid input is sent
// once, with each path value percent-encoded inside its own segment and each query value read
// back as it was given.
import { formatPath } from '@ai-gateway/validators';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  bifrostOperations,
  createBifrostCore,
  type OperationDescriptor,
  ValidationError,
} from '../src/bifrost.js';
import { cloudflareOperations, createCloudflareCore } from '../src/cloudflare.js';
import { accountId, bifrostToken, cloudflareToken, rejection } from './support/clients.js';
import {
  anyKind,
  breaches,
  injections,
  type Json,
  kindOf,
  loneSurrogate,
  type OperationSpec,
  operationSpec,
  type ParameterSpec,
  type Path,
  reshapeAt,
  sitesOf,
  validValue,
} from './support/schemas.js';
import type { ApiName } from './support/spec.js';

const numRuns = Number(process.env.PROPERTY_RUNS) || 120;
/** Shrinking chained cases can take long: on by default, off with PROPERTY_SHRINK=0. */
const shrinkless = process.env.PROPERTY_SHRINK === '0';
const baseUrl = 'http://127.0.0.1:9/prefix';

/** A fetch that records every call and answers each with an empty success. */
const sent: string[] = [];
const stubFetch: typeof fetch = async (input) => {
  sent.push(String(input instanceof Request ? input.url : input));
  return new Response('{"success":true,"result":{}}', {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
};

// Without a default account, a call must name its own; the environment must not supply one.
beforeAll(() => vi.stubEnv('CLOUDFLARE_ACCOUNT_ID', ''));
afterAll(() => vi.unstubAllEnvs());

const apis = [
  {
    api: 'cloudflare' as ApiName,
    operations: cloudflareOperations as Readonly<Record<string, OperationDescriptor>>,
    core: () =>
      createCloudflareCore({ accountId, apiToken: cloudflareToken, baseUrl, fetch: stubFetch }),
    noAccount: () => createCloudflareCore({ apiToken: cloudflareToken, baseUrl, fetch: stubFetch }),
    defaults: { account_id: accountId } as Record<string, string>,
  },
  {
    api: 'bifrost' as ApiName,
    operations: bifrostOperations as Readonly<Record<string, OperationDescriptor>>,
    core: () => createBifrostCore({ token: bifrostToken, baseUrl, fetch: stubFetch }),
    noAccount: undefined,
    defaults: {} as Record<string, string>,
  },
];

/** A copy of `params` with `name` set as an own field, whatever the name (`__proto__` too). */
function withField(params: object, name: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...params };
  Object.defineProperty(copy, name, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/** Flags the client reads and never sends: confirm a bulk delete, or a call that moves money. */
const flagsOf = (operation: OperationDescriptor): Record<string, true> => ({
  ...(operation.bulkDelete ? { [operation.bulkDelete.confirm]: true } : {}),
  ...(operation.confirm ? { [operation.confirm]: true } : {}),
});

/** One comma-list item the server reads back as given: no comma, nothing to trim. */
const readsBack = (item: unknown) =>
  typeof item !== 'string' || (item !== '' && item.trim() === item && !item.includes(','));

/** Strings that go in a path segment: the spec's, or anything at all where it sets no rule. */
function pathValue(document: Json, parameter: ParameterSpec): fc.Arbitrary<unknown> {
  const { schema } = parameter;
  const free =
    schema !== true &&
    schema.type === 'string' &&
    !schema.pattern &&
    !schema.format &&
    !schema.enum &&
    (schema.minLength ?? 0) <= 1 &&
    schema.maxLength === undefined;
  const value = free
    ? fc.oneof(
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.string({ minLength: 1, maxLength: 6, unit: 'grapheme' }),
        fc
          .array(fc.oneof(fc.constantFrom(...injections), fc.string({ maxLength: 4 })), {
            minLength: 1,
            maxLength: 5,
          })
          .map((parts) => parts.join('')),
      )
    : validValue(document, schema);
  // The client refuses these three whatever the spec says (see the breaches below).
  return value.filter((v) => v !== '' && v !== '.' && v !== '..');
}

function validParameter(
  spec: OperationSpec,
  operation: OperationDescriptor,
  parameter: ParameterSpec,
): fc.Arbitrary<unknown> {
  if (parameter.in === 'path') return pathValue(spec.document, parameter);
  if (parameter.commaItem) {
    const item = validValue(spec.document, parameter.commaItem).filter(readsBack);
    const list = fc.array(item, { minLength: 1, maxLength: 3 });
    return fc.oneof(
      list,
      list.map((items) => items.join(',')),
    );
  }
  const value = validValue(spec.document, parameter.schema);
  if (operation.query[parameter.name] !== 'dotted') return value;
  // A dotted list's entries must each give every field a value.
  return value.filter(
    (list) =>
      Array.isArray(list) &&
      list.every((entry) =>
        Object.values(entry as object).every((field) => !Array.isArray(field) || field.length > 0),
      ),
  );
}

/** Params the spec accepts: every required one, any of the optional ones, the client's flags. */
function validParams(
  spec: OperationSpec,
  operation: OperationDescriptor,
  defaults: Record<string, string>,
) {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const parameter of spec.parameters) {
    fields[parameter.name] = validParameter(spec, operation, parameter);
    if (parameter.required && !(parameter.name in defaults)) required.push(parameter.name);
  }
  return fc
    .record(fields, { requiredKeys: required })
    .map((params) => ({ ...params, ...flagsOf(operation) }));
}

/** A body the spec accepts: one of its examples, or a generated one the spec's checks pass. */
function validBody(spec: OperationSpec, operation: OperationDescriptor): fc.Arbitrary<unknown> {
  if (operation.body === 'none' || spec.body === undefined) return fc.constant(undefined);
  const accepted = (value: unknown) => operation.request.body?.parse(value).ok === true;
  const examples = spec.bodyExamples.filter(accepted);
  const generated = validValue(spec.document, spec.body);
  // Generation from a schema with unions can miss; it is used where it mostly hits.
  const hits = fc.sample(generated, { numRuns: 20, seed: 7 }).filter(accepted).length;
  const choices = [
    ...(examples.length > 0 ? [fc.constantFrom(...examples)] : []),
    ...(hits >= 5 ? [generated.filter(accepted)] : []),
  ];
  if (choices.length === 0)
    throw new Error(`${operation.operationId}: no valid body to start from (no example passes)`);
  const body = fc.oneof(...choices);
  return operation.body === 'optional' ? fc.option(body, { nil: undefined }) : body;
}

interface Broken {
  label: string;
  /** The issue path the refusal must name: an issue at it or below it. */
  at: Path;
  params: unknown;
  body: unknown;
  /** Send it with a client that has no default account. */
  noAccount?: boolean;
}

/** One change to valid params, and where the refusal must point. */
interface Edit {
  label: string;
  at: Path;
  /** What was put in, shown when a case fails. */
  put?: unknown;
  edit: (params: Record<string, unknown>) => unknown;
  noAccount?: boolean;
}

/**
 * Every way to break the params of an operation, whatever valid params it is applied to. Built
 * once per operation: building an arbitrary costs far more than drawing from one.
 */
function paramEdits(
  spec: OperationSpec,
  operation: OperationDescriptor,
  defaults: Record<string, string>,
): fc.Arbitrary<Edit> {
  const { document } = spec;
  // Each parameter as likely as any other, whatever the number of ways it can be broken; an
  // unknown key and params that are not an object as likely as any parameter.
  const byParameter: fc.Arbitrary<Edit>[] = [];
  let edits: fc.Arbitrary<Edit>[] = [];
  const put = (label: string, at: Path, value: fc.Arbitrary<unknown>, name: string) =>
    edits.push(
      value.map((v) => ({ label, at, put: v, edit: (params) => withField(params, name, v) })),
    );
  for (const parameter of spec.parameters) {
    edits = [];
    const { name } = parameter;
    const at: Path = [parameter.in, name];
    const label = (rule: string) => `${formatPath(at)}: ${rule}`;
    if (parameter.commaItem) {
      const item = validValue(document, parameter.commaItem).filter(readsBack);
      const others = fc.array(item, { maxLength: 2 });
      put(
        label('type'),
        at,
        anyKind.filter((v) => typeof v !== 'string' && !Array.isArray(v)),
        name,
      );
      for (const breach of breaches(document, parameter.commaItem)) {
        // One bad item among good ones, as a list and, where it survives the split, as a string.
        const inList = fc
          .tuple(others, breach.value, others)
          .map(([a, bad, b]) => [...a, bad, ...b]);
        put(label(`item ${breach.rule}`), at, inList, name);
        if (['enum', 'pattern', 'format', 'maxLength'].includes(breach.rule)) {
          const inString = fc
            .tuple(others, breach.value.filter(readsBack), others)
            .map(([a, bad, b]) => [...a, bad, ...b].join(','));
          put(label(`item ${breach.rule}, comma-joined`), at, inString, name);
        }
      }
      // The server splits at every comma: an item holding one would arrive as two.
      put(
        label('item with a comma'),
        at,
        fc.tuple(item, item).map(([a, b]) => [`${a},${b}`]),
        name,
      );
    } else {
      for (const breach of breaches(document, parameter.schema))
        put(label(breach.rule), at, breach.value, name);
    }
    if (operation.query[name] === 'dotted') {
      // Inside the entries: the spec's own rules, a field it does not know, a field left empty.
      const list = validParameter(spec, operation, parameter) as fc.Arbitrary<unknown[]>;
      edits.push(
        list
          .filter((entries) => entries.length > 0)
          .chain((entries) => {
            const inner = sitesOf(document, parameter.schema, entries, at).filter(
              (site) => site.at.length > at.length,
            );
            const unknown = fc
              .tuple(fc.nat(entries.length - 1), fc.constantFrom('extra', 'Key', '__proto__'))
              .map(([index, key]) => {
                const copy = structuredClone(entries) as Record<string, unknown>[];
                Object.defineProperty(copy[index], key, { value: 'x', enumerable: true });
                return {
                  label: label(`entry with ${key}`),
                  at: [...at, index, key] as Path,
                  value: copy,
                };
              });
            const fields = Object.keys(entries[0] as object).filter((field) =>
              Array.isArray((entries[0] as Record<string, unknown>)[field]),
            );
            const empty = fields.map((field) =>
              fc.constant({
                label: label(`entry with an empty ${field}`),
                at: [...at, 0, field] as Path,
                value: [{ ...(entries[0] as object), [field]: [] }, ...entries.slice(1)],
              }),
            );
            return fc.oneof(
              ...inner.map((site) =>
                site.change.map((value) => ({ label: site.label, at: site.at, value })),
              ),
              unknown,
              ...empty,
            );
          })
          .map(({ label, at, value }) => ({
            label,
            at,
            put: value,
            edit: (params) => withField(params, name, value),
          })),
      );
    }
    if (parameter.in === 'path')
      put(label('an empty or dot segment'), at, fc.constantFrom('', '.', '..'), name);
    // The same valid value as a getter, an inherited field, a hidden field.
    for (const how of ['getter', 'inherited', 'hidden'] as const)
      edits.push(
        validParameter(spec, operation, parameter).map((value) => ({
          label: label(how),
          at,
          put: value,
          edit: (params) => reshapeAt(withField(params, name, value), [name], how),
        })),
      );
    if (parameter.required && !(name in defaults))
      edits.push(
        fc.constant({
          label: label('required'),
          at,
          edit: (params) => reshapeAt(params, [name], 'remove'),
        }),
      );
    if (name in defaults && parameter.in === 'path')
      edits.push(
        fc.constant({
          label: label('required, and the client has no default'),
          at,
          edit: (params) => reshapeAt(withField(params, name, undefined), [name], 'remove'),
          noAccount: true,
        }),
      );
    byParameter.push(fc.oneof(...edits));
  }
  edits = byParameter;
  const known = new Set([
    ...spec.parameters.map((p) => p.name),
    ...Object.keys(flagsOf(operation)),
  ]);
  const key = fc
    .oneof(
      fc.constantFrom('__proto__', 'constructor', 'toString', 'prototype', 'page ', 'Filters', '0'),
      fc.string({ maxLength: 10 }),
    )
    .filter((k) => !known.has(k));
  const anything = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.integer(),
    fc.boolean(),
    fc.constant({ all: true }),
  );
  edits.push(
    fc.tuple(key, anything).map(([k, value]) => ({
      label: `unknown key ${JSON.stringify(k)}`,
      at: ['query', k],
      put: value,
      edit: (params) => withField(params, k, value),
    })),
  );
  edits.push(
    fc
      .oneof(
        fc.string({ maxLength: 6 }),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.string(), { maxLength: 2 }),
      )
      .map((value) => ({
        label: `params = ${kindOf(value)}`,
        at: [],
        put: value,
        edit: () => value,
      })),
  );
  return fc.oneof(...edits);
}

/** Every way to break the body, given valid params and body. */
function bodyCases(
  spec: OperationSpec,
  operation: OperationDescriptor,
  params: object,
  body: unknown,
): fc.Arbitrary<Broken>[] {
  if (operation.body === 'none' || spec.body === undefined) return [];
  const cases: fc.Arbitrary<Broken>[] = [];
  if (operation.body === 'required')
    cases.push(fc.constant({ label: 'body missing', at: [], params, body: undefined }));
  if (body === undefined) return cases;
  for (const site of sitesOf(spec.document, spec.body, body, ['body']))
    cases.push(
      site.change.map((changed) => ({ label: site.label, at: site.at, params, body: changed })),
    );
  return cases;
}

const startsWith = (path: readonly unknown[], prefix: Path) =>
  prefix.every((segment, index) => path[index] === segment);

describe.each(apis)('$api', ({ api, operations, core, noAccount, defaults }) => {
  const client = core();
  const clientWithoutAccount = noAccount?.();
  const all = Object.values(operations).map(
    (operation) => [operation.operationId, operation] as const,
  );

  it('every operation has its spec and its request checks', () => {
    expect(all.length).toBeGreaterThan(0);
    for (const [id, operation] of all) {
      expect(operation.request?.params, id).toBeDefined();
      expect(() => operationSpec(api, id), id).not.toThrow();
    }
  });

  it.each(all)(
    '%s: every broken input is refused before sending, naming the field',
    async (id, operation) => {
      const spec = operationSpec(api, id);
      const edits = paramEdits(spec, operation, defaults);
      const broken = fc
        .tuple(validParams(spec, operation, defaults), validBody(spec, operation))
        .chain(([params, body]) => {
          const inParams = edits.map(
            ({ label, at, edit, noAccount }): Broken => ({
              label,
              at,
              params: edit(params),
              body,
              ...(noAccount ? { noAccount } : {}),
            }),
          );
          const inBody = bodyCases(spec, operation, params, body);
          return inBody.length === 0
            ? inParams
            : fc.oneof(
                { arbitrary: inParams, weight: 2 },
                { arbitrary: fc.oneof(...inBody), weight: 1 },
              );
        });
      await fc.assert(
        fc.asyncProperty(broken, async (input) => {
          const target = input.noAccount ? clientWithoutAccount : client;
          if (!target) return;
          const before = sent.length;
          const error = await rejection(target.send(operation, input.params, input.body));
          const what = `${input.label}: ${error instanceof Error ? error.message : String(error)}`;
          expect(sent.length - before, what).toBe(0);
          expect(error, what).toBeInstanceOf(ValidationError);
          const { issues } = error as ValidationError;
          expect(issues.length, what).toBeGreaterThan(0);
          expect(
            issues.some((issue) => startsWith(issue.path, input.at)),
            what,
          ).toBe(true);
          if (input.at.length > 0)
            expect((error as Error).message, what).toContain(formatPath(input.at));
        }),
        { numRuns },
      );
    },
  );

  it.each(all)(
    '%s: every valid input is sent once, each value where it belongs',
    async (id, operation) => {
      const spec = operationSpec(api, id);
      const valid = fc.tuple(validParams(spec, operation, defaults), validBody(spec, operation));
      const route = operation.path.split('/');
      const prefix = new URL(baseUrl).pathname;
      await fc.assert(
        fc.asyncProperty(valid, async ([params, body]) => {
          const before = sent.length;
          await client.send(operation, params, body);
          expect(sent.length - before).toBe(1);
          const url = new URL(sent.at(-1) as string);
          const value = (name: string) => String(params[name] ?? defaults[name]);
          // Each path value percent-encoded in its own segment: nothing it holds moves the route.
          const expected = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
            encodeURIComponent(value(name)),
          );
          expect(url.pathname).toBe(`${prefix}${expected}`);
          const segments = url.pathname.slice(prefix.length).split('/');
          expect(segments).toHaveLength(route.length);
          for (const name of operation.pathParams)
            expect(decodeURIComponent(segments[route.indexOf(`{${name}}`)] ?? '')).toBe(
              value(name),
            );
          expect(url.hash).toBe('');
          // Each query value read back as given.
          for (const [name, given] of Object.entries(params)) {
            const encoding = operation.query[name];
            if (given === undefined || encoding === undefined) continue;
            if (encoding === 'comma') {
              const items = Array.isArray(given)
                ? given
                : String(given)
                    .split(',')
                    .map((s) => s.trim())
                    .filter(Boolean);
              expect(url.searchParams.get(name)).toBe(items.length > 0 ? items.join(',') : null);
            } else if (encoding === 'dotted') {
              for (const field of operation.dottedFields?.[name] ?? [])
                expect(url.searchParams.getAll(`${name}.${field}`)).toEqual(
                  (given as Record<string, unknown>[]).flatMap((entry) =>
                    [entry[field]]
                      .flat()
                      .filter((v) => v !== undefined)
                      .map((v) => (v === null ? '' : String(v))),
                  ),
                );
            } else if (encoding === 'prefixed') {
              const prefix = operation.queryPrefixes?.[name] ?? '';
              const sent = [...url.searchParams].filter(([key]) => key.startsWith(prefix));
              expect(
                Object.fromEntries(sent.map(([key, v]) => [key.slice(prefix.length), v])),
              ).toEqual(given);
            } else {
              expect(url.searchParams.getAll(name)).toEqual([given].flat().map(String));
            }
          }
          const prefixes = Object.values(operation.queryPrefixes ?? {});
          for (const key of url.searchParams.keys())
            expect(
              key in operation.query ||
                operation.query[key.split('.')[0] ?? ''] === 'dotted' ||
                prefixes.some((prefix) => key.startsWith(prefix)),
              key,
            ).toBe(true);
        }),
        { numRuns: Math.ceil(numRuns / 2), endOnFailure: shrinkless },
      );
    },
  );
});

describe('the breaches that found bugs, by name', () => {
  const client = createCloudflareCore({
    accountId,
    apiToken: cloudflareToken,
    baseUrl,
    fetch: stubFetch,
  });
  const expectRefused = async (call: () => Promise<unknown>, at: string) => {
    const before = sent.length;
    const error = await rejection(call());
    expect(sent.length - before).toBe(0);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain(at);
  };
  const op = cloudflareOperations;

  it('an own __proto__ key (JSON.parse makes one) is refused, not read as a prototype', async () => {
    // It used to become the copy's prototype: `all: true` then confirmed an unfiltered bulk delete.
    const params = JSON.parse('{"gateway_id":"gw","__proto__":{"all":true}}');
    await expectRefused(
      () => client.send(op.deleteLogs, params, undefined),
      'query.__proto__ is not a known field',
    );
    const hidden = JSON.parse('{"__proto__":{"gateway_id":"gw"}}');
    await expectRefused(
      () => client.send(op.listLogs, hidden, undefined),
      'path.gateway_id is required',
    );
  });

  it('a body whose own __proto__ holds its fields is sent as written, or refused', async () => {
    const before = sent.length;
    await client.send(
      op.editLog,
      { gateway_id: 'gw', id: 'x' },
      JSON.parse('{"__proto__":{"feedback":1}}'),
    );
    expect(sent.length - before).toBe(1);
  });

  it('a lone surrogate is refused with a ValidationError, not a URIError or a U+FFFD', async () => {
    await expectRefused(
      () => client.send(op.getLog, { gateway_id: 'gw', id: 'a\uD800' }, undefined),
      'path.id must be well-formed',
    );
    await expectRefused(
      () => client.send(op.listLogs, { gateway_id: 'gw', search: '\uDC00b' }, undefined),
      'query.search must be well-formed',
    );
  });

  it('account_id: null is refused instead of falling back to the client account', async () => {
    await expectRefused(
      () => client.send(op.getGateway, { account_id: null, id: 'gw' }, undefined),
      'path.account_id',
    );
  });

  it('a comma inside one item of a comma list is refused', async () => {
    const bf = createBifrostCore({ token: bifrostToken, baseUrl, fetch: stubFetch });
    await expectRefused(
      () => bf.send(bifrostOperations.listLogs, { providers: ['openai,anthropic'] }, undefined),
      'query.providers[0] must not contain a comma',
    );
  });
});

// Keeps the lone-surrogate arbitrary honest: it always holds one.
it('the generators make what they say', () => {
  for (const value of fc.sample(loneSurrogate, 50)) expect(/\p{Cs}/u.test(value)).toBe(true);
});
