// The query string is written without URLSearchParams when nothing in it needs escaping: it must
// come out exactly as URLSearchParams writes it, whatever the names and values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QueryPairs } from '../src/core/query.js';

const viaSearchParams = (pairs: readonly [string, string][]) => {
  const search = new URLSearchParams();
  for (const [name, value] of pairs) search.append(name, value);
  return search.toString();
};

const viaQueryPairs = (pairs: readonly [string, string][]) => {
  const query = new QueryPairs();
  for (const [name, value] of pairs) query.append(name, value);
  return query.toString();
};

// Mostly characters that need no escaping, with those that do (and some that look like they
// might not: `~`, `!`, `'`, space) mixed in.
const text = fc.string({
  unit: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...'azAZ09_-.*') },
    { weight: 2, arbitrary: fc.constantFrom(..." ~!'()&=+%#?/é😀") },
  ),
  maxLength: 12,
});

describe('QueryPairs', () => {
  it('writes any pairs as URLSearchParams does, in the order they were added', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 6 }), (pairs) => {
        expect(viaQueryPairs(pairs)).toBe(viaSearchParams(pairs));
      }),
      { numRuns: 500 },
    );
  });

  it('names the parameters in the order they were added, repeated names included', () => {
    const query = new QueryPairs();
    query.append('b', '1');
    query.append('a', '2');
    query.append('b', '3');
    expect([...query.keys()]).toEqual(['b', 'a', 'b']);
  });
});
