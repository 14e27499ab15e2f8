// The date-time check against a plain reference reading of RFC 3339, over generated strings that
// are valid, nearly valid (one field out of range, one character changed, added or dropped), or
// arbitrary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDateTime } from '../src/runtime/formats.ts';

const numRuns = 5_000;

/** Straightforward on purpose: fields read with a loose pattern, then every range checked by arithmetic. */
function reference(value: string): boolean {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/.exec(
      value,
    );
  if (match === null) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as number[] &
    [number, number, number, number, number, number];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthLength = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (monthLength === undefined || day < 1 || day > monthLength) return false;
  if (hour > 23 || minute > 59 || second > 60) return false;
  if (match[9] === undefined || match[10] === undefined) return true;
  return Number(match[9]) <= 23 && Number(match[10]) <= 59;
}

const pad = (width: number) => (n: number) => String(n).padStart(width, '0');

/** Each field ranges a little past its bounds, so that about half the strings are valid. */
const fields = fc.record({
  year: fc.oneof(
    fc.integer({ min: 0, max: 9999 }),
    fc.constantFrom(0, 1600, 1900, 2000, 2024, 2100, 2400),
  ),
  month: fc.integer({ min: 0, max: 13 }),
  day: fc.oneof(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 28, max: 31 })),
  separator: fc.constantFrom('T', 't', 'T', ' ', 'x'),
  hour: fc.integer({ min: 0, max: 25 }),
  minute: fc.integer({ min: 0, max: 60 }),
  second: fc.integer({ min: 0, max: 61 }),
  fraction: fc.option(fc.stringMatching(/^\d{0,12}$/), { nil: undefined }),
  offset: fc.oneof(
    fc.constantFrom('Z', 'z', '', 'Zz', 'UTC', '+0200', '+02', '-05:30:00', ' Z'),
    fc
      .tuple(
        fc.constantFrom('+', '-', '±'),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
      )
      .map(([sign, hh, mm]) => `${sign}${pad(2)(hh)}:${pad(2)(mm)}`),
  ),
});

const assembled = fields.map(
  (f) =>
    `${pad(4)(f.year)}-${pad(2)(f.month)}-${pad(2)(f.day)}${f.separator}` +
    `${pad(2)(f.hour)}:${pad(2)(f.minute)}:${pad(2)(f.second)}` +
    `${f.fraction === undefined ? '' : `.${f.fraction}`}${f.offset}`,
);

/** Characters a timestamp is made of, plus a few that look like them. */
const nearChar = fc.constantFrom(...'0123456789-:.+TtZz ', '٣', '\u00a0', '\n', 'e');

const edited = fc
  .tuple(assembled, fc.nat(), nearChar, fc.constantFrom('replace', 'insert', 'delete', 'truncate'))
  .map(([value, at, char, edit]) => {
    const index = at % (value.length + 1);
    if (edit === 'replace') return value.slice(0, index) + char + value.slice(index + 1);
    if (edit === 'insert') return value.slice(0, index) + char + value.slice(index);
    if (edit === 'delete') return value.slice(0, index) + value.slice(index + 1);
    return value.slice(0, index);
  });

describe('RFC 3339 date-time, against a reference reading', () => {
  it('agrees on strings assembled from fields in and out of range', () => {
    fc.assert(
      fc.property(assembled, (value) => isDateTime(value) === reference(value)),
      { numRuns },
    );
  });

  it('generates valid and invalid strings in fair numbers', () => {
    const verdicts = fc.sample(assembled, { numRuns: 2_000, seed: 7 }).map(reference);
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(200);
    expect(verdicts.filter((valid) => !valid).length).toBeGreaterThan(200);
  });

  it('agrees on strings one character away from an assembled one', () => {
    fc.assert(
      fc.property(edited, (value) => isDateTime(value) === reference(value)),
      { numRuns },
    );
  });

  it('agrees on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (value) => isDateTime(value) === reference(value)),
      { numRuns },
    );
  });

  it('agrees on the last day of every month of leap and common years', () => {
    for (const year of [1900, 1996, 2000, 2023, 2024, 2100, 2400]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 28; day <= 32; day++) {
          const value = `${year}-${pad(2)(month)}-${pad(2)(day)}T00:00:00Z`;
          expect(isDateTime(value), value).toBe(reference(value));
        }
      }
    }
  });
});
