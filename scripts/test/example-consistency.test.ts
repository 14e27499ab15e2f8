// The Cloudflare examples read as one account's data: what a list sorts by is in that order,
// log ids carry their own creation time, a timestamp belongs to one event, and a secret's
// preview shows that secret's ends. Prism serves these examples, so a contradiction here is one
// that users' tests see.
import { describe, expect, it } from 'vitest';
import { collectExamples } from '../src/examples.ts';
import { type Json, loadSpec, operationsOf, resolve } from '../src/specs.ts';

const document = loadSpec('cloudflare');
const examples = collectExamples(document);

type Visit = (node: Json, ancestors: Json[]) => void;
function walk(node: unknown, visit: Visit, ancestors: Json[] = []): void {
  if (Array.isArray(node)) for (const child of node) walk(child, visit, ancestors);
  else if (node && typeof node === 'object') {
    visit(node as Json, ancestors);
    for (const child of Object.values(node)) walk(child, visit, [...ancestors, node as Json]);
  }
}

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** The millisecond time in the first ten characters of a ULID. */
const ulidTime = (id: string) =>
  [...id.slice(0, 10)].reduce((ms, char) => ms * 32 + crockford.indexOf(char), 0);

describe('cloudflare examples agree with each other', () => {
  it('lists are in the order their defaults sort them by', () => {
    const wrong: string[] = [];
    for (const { method, path, parameters, operation } of operationsOf(document)) {
      const param = (name: string) => parameters.find((p) => p.name === name && p.in === 'query');
      const by = resolve(document, param('order_by')?.schema ?? {}).default;
      const direction = resolve(document, param('order_by_direction')?.schema ?? {}).default;
      if (!['created_at', 'modified_at'].includes(by) || !direction) continue;
      const content = resolve(document, operation.responses?.['200'] ?? {}).content ?? {};
      for (const media of Object.values<Json>(content))
        for (const [name, example] of Object.entries<Json>(media.examples ?? {})) {
          const items = resolve(document, example).value?.result;
          if (!Array.isArray(items)) continue;
          const times = items.map((item: Json) => Date.parse(item[by]));
          const sorted = [...times].sort((a, b) => (direction === 'desc' ? b - a : a - b));
          if (times.join() !== sorted.join())
            wrong.push(`${method} ${path} example ${name}: not ${by} ${direction}`);
        }
    }
    expect(wrong).toEqual([]);
  });

  it('log ids embed the time the log was created', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { location, value } of examples)
      walk(value, (node) => {
        if (typeof node.id !== 'string' || !/^[0-9A-HJKMNP-TV-Z]{26}$/.test(node.id)) return;
        if (typeof node.created_at !== 'string') return;
        checked++;
        if (ulidTime(node.id) !== Date.parse(node.created_at))
          wrong.push(`${location}: ${node.id} is not from ${node.created_at}`);
      });
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(5);
  });

  it('a creation time belongs to one object, or to objects created with it', () => {
    const owners = new Map<string, Set<string>>();
    const together = new Set<string>();
    for (const { value } of examples)
      walk(value, (node, ancestors) => {
        if (typeof node.created_at !== 'string' || node.id === undefined) return;
        const ids = owners.get(node.created_at) ?? new Set();
        ids.add(String(node.id));
        owners.set(node.created_at, ids);
        // Results made with their evaluation share its time; that is the same event.
        if (ancestors.some((parent) => parent.created_at === node.created_at))
          together.add(`${node.created_at} ${node.id}`);
      });
    const shared = [...owners]
      .map(
        ([time, ids]) => [time, [...ids].filter((id) => !together.has(`${time} ${id}`))] as const,
      )
      .filter(([, ids]) => ids.length > 1)
      .map(([time, ids]) => `${time}: ${ids.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('an answer to a call that sends a secret previews that secret: first four and last four', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { method, path, operation } of operationsOf(document)) {
      const sent = Object.values<Json>(
        resolve(document, operation.requestBody ?? {}).content ?? {},
      ).flatMap((media) =>
        Object.values<Json>(media.examples ?? {})
          .map((example) => resolve(document, example).value?.secret)
          .filter((secret): secret is string => typeof secret === 'string'),
      );
      if (sent.length === 0) continue;
      const expected = new Set(sent.map((secret) => `${secret.slice(0, 4)}...${secret.slice(-4)}`));
      const answered = resolve(document, operation.responses?.['200'] ?? {}).content ?? {};
      for (const media of Object.values<Json>(answered))
        for (const example of Object.values<Json>(media.examples ?? {}))
          walk(resolve(document, example).value, (node) => {
            if (typeof node.secret_preview !== 'string') return;
            checked++;
            if (!expected.has(node.secret_preview))
              wrong.push(
                `${method} ${path}: preview ${node.secret_preview} of none of ${[...expected]}`,
              );
          });
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(2);
  });
});
