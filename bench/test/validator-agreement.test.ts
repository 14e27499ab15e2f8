// The validation figures compare two validators only if both decide the same: on pages changed in
// ways the spec allows both must accept, on pages broken in ways it does not both must reject, and
// on any change at all they must agree. Changes are made to fresh copies of the page.
import { readFileSync } from 'node:fs';
import { operationValidators as bifrostValidators } from '@ai-gateway/validators/bifrost';
import { operationValidators as cloudflareValidators } from '@ai-gateway/validators/cloudflare';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { zListLogsResponse as zBifrostListLogs } from '../src/generated/zod/bifrost.ts';
import { zListLogsResponse as zCloudflareListLogs } from '../src/generated/zod/cloudflare.ts';
import { bifrostPage, cloudflarePage } from '../src/lib/data.ts';
import { specFiles } from '../src/lib/paths.ts';

type Json = Record<string, unknown>;
type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'null' | 'object' | 'array';

interface Field {
  name: string;
  /** The JSON types the spec allows; `number` includes integers. */
  types: readonly JsonType[];
  required: boolean;
}

/** The fields of an item schema that declare a `type`, as the spec states them. */
function itemFields(file: string, schema: string): Field[] {
  const spec = parse(readFileSync(file, 'utf8')) as {
    components: {
      schemas: Record<
        string,
        { required?: string[]; properties: Record<string, { type?: unknown }> }
      >;
    };
  };
  const item = spec.components.schemas[schema];
  if (!item) throw new Error(`No schema ${schema} in ${file}`);
  return Object.entries(item.properties).flatMap(([name, property]) =>
    property.type === undefined
      ? []
      : [
          {
            name,
            types: [property.type].flat() as JsonType[],
            required: item.required?.includes(name) ?? false,
          },
        ],
  );
}

/** Values of each JSON type, some of which break a format, a bound or a length. */
const samples: Record<JsonType, readonly unknown[]> = {
  string: ['', 'x', '2026-11-20T14:03:11.482Z', '20 Nov 2026', '2026-11-20T14:03:11+01:00'],
  integer: [0, 3, -1, 2 ** 31],
  number: [1.5, 0.25, -0.5],
  boolean: [true, false],
  null: [null],
  object: [{}, { a: 1 }],
  array: [[], ['x'], [1]],
};

function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

const allows = (field: Field, value: unknown) => {
  const type = jsonType(value);
  return field.types.includes(type) || (type === 'integer' && field.types.includes('number'));
};

type Change =
  | { kind: 'swap'; field: Field; from: number; to: number }
  | { kind: 'drop'; field: Field; at: number }
  | { kind: 'set'; field: Field; at: number; value: unknown };

/** The item a change writes to. */
const target = (change: Change) => (change.kind === 'swap' ? change.to : change.at);

function applyChange(items: Json[], change: Change): void {
  const item = items[target(change)] as Json;
  const { name } = change.field;
  if (change.kind === 'swap') {
    const other = items[change.from] as Json;
    if (Object.hasOwn(other, name)) item[name] = structuredClone(other[name]);
  } else if (change.kind === 'drop') {
    delete item[name];
  } else {
    item[name] = structuredClone(change.value);
  }
}

interface Case {
  name: string;
  text: string;
  items: string;
  fields: Field[];
  ours: (value: unknown) => boolean;
  zod: (value: unknown) => boolean;
}

const cases: Case[] = [
  {
    name: 'Cloudflare logs page',
    text: JSON.stringify(cloudflarePage(1, 20, 1000)),
    items: 'result',
    fields: itemFields(specFiles.cloudflare, 'Log'),
    ours: (value) => cloudflareValidators.listLogs.responses['200'].parse(value).ok,
    zod: (value) => zCloudflareListLogs.safeParse(value).success,
  },
  {
    name: 'Bifrost logs page',
    text: JSON.stringify(bifrostPage(0, 20, 100)),
    items: 'logs',
    fields: itemFields(specFiles.bifrost, 'LogEntry'),
    ours: (value) => bifrostValidators.listLogs.responses['200'].parse(value).ok,
    zod: (value) => zBifrostListLogs.safeParse(value).success,
  },
];

describe.each(cases)('$name: ours and Zod decide alike', (c) => {
  const count = (JSON.parse(c.text) as Json)[c.items] as unknown[];
  const index = fc.nat({ max: count.length - 1 });
  const field = fc.constantFrom(...c.fields);
  const optional = fc.constantFrom(...c.fields.filter((f) => !f.required));
  const allowedChange: fc.Arbitrary<Change> = fc.oneof(
    fc.record({ kind: fc.constant('swap' as const), field, from: index, to: index }),
    fc.record({ kind: fc.constant('drop' as const), field: optional, at: index }),
  );
  const anyValue = fc.constantFrom(...Object.values(samples).flat());
  const breakingChange: fc.Arbitrary<Change> = fc.oneof(
    field.chain((f) =>
      fc.record({
        kind: fc.constant('set' as const),
        field: fc.constant(f),
        at: index,
        value: fc.constantFrom(
          ...Object.values(samples)
            .flat()
            .filter((v) => !allows(f, v)),
        ),
      }),
    ),
    fc.record({
      kind: fc.constant('drop' as const),
      field: fc.constantFrom(...c.fields.filter((f) => f.required)),
      at: index,
    }),
  );
  const anyChange: fc.Arbitrary<Change> = fc.oneof(
    allowedChange,
    breakingChange,
    fc.record({ kind: fc.constant('set' as const), field, at: index, value: anyValue }),
  );
  /** A fresh copy of the page with the changes made to it. */
  const changed = (changes: readonly Change[]) => {
    const page = JSON.parse(c.text) as Json;
    for (const change of changes) applyChange(page[c.items] as Json[], change);
    return page;
  };

  it('the page itself is valid to both', () => {
    expect(c.ours(JSON.parse(c.text))).toBe(true);
    expect(c.zod(JSON.parse(c.text))).toBe(true);
  });

  it('both accept a page changed only in ways the spec allows', () => {
    fc.assert(
      fc.property(fc.array(allowedChange, { maxLength: 8 }), (changes) => {
        const page = changed(changes);
        expect({ ours: c.ours(page), zod: c.zod(page) }).toEqual({ ours: true, zod: true });
      }),
      { numRuns: 200 },
    );
  });

  it('both reject a page with a value of a type the spec does not allow, or a required field missing', () => {
    fc.assert(
      fc.property(
        fc.array(allowedChange, { maxLength: 4 }),
        breakingChange,
        fc.array(allowedChange, { maxLength: 4 }),
        (before, breaking, after) => {
          // Later changes must not undo the breaking one: they touch other items.
          const untouched = after.filter((change) => target(change) !== target(breaking));
          const page = changed([...before, breaking, ...untouched]);
          expect({ ours: c.ours(page), zod: c.zod(page) }).toEqual({ ours: false, zod: false });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('on any mix of changes, both give the same answer', () => {
    fc.assert(
      fc.property(fc.array(anyChange, { minLength: 1, maxLength: 6 }), (changes) => {
        const page = changed(changes);
        expect(c.ours(page)).toBe(c.zod(page));
      }),
      { numRuns: 300 },
    );
  });
});
