// Over every operation of both specs, each query parameter, path parameter and body is given
// each kind of value that cannot go on the wire as written. Every one is refused before
// sending, and no path value, refused or sent, moves the request off its route.
import { describe, expect, it } from 'vitest';
import {
  bifrostOperations,
  createBifrostCore,
  type OperationDescriptor,
  ValidationError,
} from '../src/bifrost.js';
import { cloudflareOperations, createCloudflareCore } from '../src/cloudflare.js';
import { accountId, bifrostToken, cloudflareToken, rejection } from './support/clients.js';
import { sendJson, useServers } from './support/server.js';

const start = useServers();

class Query {
  readonly made = 'by a class';
}
const circular: Record<string, unknown> = {};
circular.self = circular;

/** Values no parameter or body field may hold, by what is wrong with them. */
const badValues: [string, () => unknown][] = [
  ['NaN', () => Number.NaN],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['-Infinity', () => Number.NEGATIVE_INFINITY],
  ['a function', () => () => 'x'],
  ['a symbol', () => Symbol('x')],
  ['a bigint', () => 1n],
  ['a Date', () => new Date(0)],
  ['a Map', () => new Map()],
  ['a class instance', () => new Query()],
  ['a circular object', () => circular],
  ['an array with a hole', () => new Array(2)],
];

/** Params whose container, not a value, is wrong: each refused whatever the operation. */
const badContainers: [string, (name: string, value: unknown) => unknown][] = [
  [
    'a getter',
    (name, value) => Object.defineProperty({}, name, { get: () => value, enumerable: true }),
  ],
  ['an inherited field', (name, value) => Object.create({ [name]: value })],
  [
    'a hidden field',
    (name, value) => Object.defineProperty({}, name, { value, enumerable: false }),
  ],
];

const apis = [
  [
    'cloudflare',
    cloudflareOperations,
    (url: string) => createCloudflareCore({ accountId, apiToken: cloudflareToken, baseUrl: url }),
  ],
  [
    'bifrost',
    bifrostOperations,
    (url: string) => createBifrostCore({ token: bifrostToken, baseUrl: url }),
  ],
] as const;

const operationsOf = (operations: Readonly<Record<string, OperationDescriptor>>) =>
  Object.values(operations).map((operation) => [operation.operationId, operation] as const);

/** Path params that pass every pattern (lower-case letters only), but for `except`. */
const validPath = (operation: OperationDescriptor, except?: string) =>
  Object.fromEntries(
    operation.pathParams.filter((n) => n !== 'account_id' && n !== except).map((n) => [n, 'x']),
  );

describe.each(apis)('%s', (_api, operations, core) => {
  const ok = () =>
    start((_request, response) => sendJson(response, 200, { result: {}, success: true }));

  it.each(operationsOf(operations))(
    '%s refuses every bad value before sending',
    async (_id, operation) => {
      const server = await ok();
      const client = core(server.url);
      const names = [...operation.pathParams, ...Object.keys(operation.query)];
      const calls: [string, () => PromiseLike<unknown>][] = [];
      for (const name of names) {
        for (const [kind, value] of badValues)
          calls.push([
            `${name} = ${kind}`,
            () => client.send(operation, { ...validPath(operation), [name]: value() }, undefined),
          ]);
        for (const [kind, wrap] of badContainers)
          calls.push([
            `${name} as ${kind}`,
            () =>
              client.send(
                operation,
                Object.assign(wrap(name, 1) as object, validPath(operation, name)),
                undefined,
              ),
          ]);
      }
      for (const [kind, value] of [
        ...badValues,
        ['a string', () => 'x'] as const,
        ['null', () => null] as const,
      ])
        calls.push([`params = ${kind}`, () => client.send(operation, value(), undefined)]);
      if (operation.body !== 'none') {
        for (const [kind, value] of badValues) {
          calls.push([
            `body = ${kind}`,
            () => client.send(operation, validPath(operation), value()),
          ]);
          calls.push([
            `body.field = ${kind}`,
            () => client.send(operation, validPath(operation), { field: value() }),
          ]);
        }
      }
      for (const [label, call] of calls) {
        const error = await rejection(call());
        expect(error, label).toBeInstanceOf(ValidationError);
      }
      expect(server.requests).toHaveLength(0);
    },
  );

  it.each(operationsOf(operations).filter(([, op]) => op.pathParams.length > 0))(
    '%s keeps every path value in its own segment, or refuses it',
    async (_id, operation) => {
      const server = await ok();
      const client = core(server.url);
      const route = operation.path.split('/');
      for (const name of operation.pathParams) {
        for (const value of [
          '../../x',
          'a/b',
          '..%2F..',
          '%2e%2e',
          'a?b=c#d',
          '..',
          '.',
          '',
          'a\\b',
          ' ',
        ]) {
          const before = server.requests.length;
          const confirm = operation.bulkDelete ? { [operation.bulkDelete.confirm]: true } : {};
          const params = { ...validPath(operation), ...confirm, [name]: value };
          const body = operation.body === 'required' ? {} : undefined;
          await client.send(operation, params, body).then(
            () => {},
            () => {},
          );
          const sent = server.requests[before];
          if (!sent) continue;
          const segments = sent.path.split('/');
          expect(segments, `${name} = ${JSON.stringify(value)}`).toHaveLength(route.length);
          const at = route.indexOf(`{${name}}`);
          expect(decodeURIComponent(segments[at] ?? '')).toBe(value);
        }
      }
    },
  );
});
