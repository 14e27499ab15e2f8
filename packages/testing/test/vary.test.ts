// The variation rules keep every changed value inside the rules its schema sets.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../src/fixtures/random.ts';
import { applyVariations } from '../src/fixtures/vary.ts';

const vary = <T>(example: T, variations: Parameters<typeof applyVariations>[1], seed = 1) =>
  applyVariations(example, variations, createRandom(seed));

describe('applyVariations', () => {
  it('keeps an id that cannot change within its pattern', () => {
    const out = vary({ id: 'abc' }, [{ at: ['id'], kind: 'id', pattern: '^abc$' }]);
    expect(out.id).toBe('abc');
  });

  it('reshapes opaque ids character class by character class', () => {
    for (let seed = 1; seed < 20; seed++) {
      const out = vary(
        { a: '01JD8W5K3Q9V7XH2M4T6R8B0CN', b: '5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13' },
        [
          { at: ['a'], kind: 'id' },
          { at: ['b'], kind: 'id' },
        ],
        seed,
      );
      expect(out.a).toMatch(
        /^\d\d[A-Z]{2}\d[A-Z]\d[A-Z]\d[A-Z]\d[A-Z]\d[A-Z]{2}\d[A-Z]\d[A-Z]\d[A-Z]\d[A-Z]\d[A-Z]{2}$/,
      );
      expect(out.b).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('keeps numbers inside inclusive and exclusive bounds, and whole when asked', () => {
    for (let seed = 1; seed < 50; seed++) {
      const out = vary(
        { rate: 99, share: 0.9, retries: 3 },
        [
          { at: ['rate'], kind: 'number', integer: false, minimum: 0, maximum: 100 },
          { at: ['share'], kind: 'number', integer: false, exclusiveMaximum: 1 },
          { at: ['retries'], kind: 'number', integer: true, minimum: 1, maximum: 5 },
        ],
        seed,
      );
      expect(out.rate).toBeLessThanOrEqual(100);
      expect(out.share).toBeLessThan(1);
      expect(Number.isInteger(out.retries)).toBe(true);
      expect(out.retries).toBeGreaterThanOrEqual(1);
      expect(out.retries).toBeLessThanOrEqual(5);
    }
  });

  it('moves timestamps by whole seconds, keeping their precision and offset form', () => {
    const out = vary({ at: '2026-11-20T14:03:58.107342655Z', plain: '2026-01-01T00:00:00+02:00' }, [
      { at: ['at'], kind: 'date-time' },
      { at: ['plain'], kind: 'date-time' },
    ]);
    expect(out.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.107342655Z$/);
    expect(out.plain).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const shift = Date.parse(out.at) - Date.parse('2026-11-20T14:03:58.107Z');
    expect(Date.parse(out.plain) - Date.parse('2026-01-01T00:00:00+02:00')).toBe(shift);
  });

  it('does not touch the example it starts from', () => {
    const example = { id: 'support-bot-prod' };
    vary(example, [{ at: ['id'], kind: 'id' }]);
    expect(example.id).toBe('support-bot-prod');
  });
});
