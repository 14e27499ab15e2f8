// The specs are read with js-yaml for speed; the `yaml` package, which writes them, must read them
// the same way, value for value and key order included.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { apiNames, parseYaml, repoRoot, specFiles } from '../src/specs.ts';

const documents = apiNames.flatMap((api) => [specFiles[api].spec, specFiles[api].allowList]);

describe('reading YAML', () => {
  it.each(documents)('reads %s as the yaml package does', (path) => {
    const text = readFileSync(`${repoRoot}${path}`, 'utf8');
    const fast = parseYaml(text);
    const reference = parse(text);
    expect(fast).toEqual(reference);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(reference));
  });

  it('keeps YAML 1.2 core values: no dates, no YAML 1.1 booleans', () => {
    expect(parseYaml('day: 2026-12-01\nanswer: yes\ncount: 0x1F\nnothing: ~\n')).toEqual({
      day: '2026-12-01',
      answer: 'yes',
      count: 31,
      nothing: null,
    });
  });
});
