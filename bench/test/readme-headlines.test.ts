// The README's benchmark block says what the last recorded run says, and nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchRoot } from '../src/lib/paths.ts';
import { headlinesBlock, readmeFile, withHeadlines } from '../src/lib/readme.ts';

const results = readFileSync(`${benchRoot}results.md`, 'utf8');
const readme = readFileSync(readmeFile, 'utf8');

describe("the README's benchmark block", () => {
  it('is the headlines and machine of bench/results.md (run `pnpm bench` to rewrite both)', () => {
    expect(withHeadlines(readme, results)).toBe(readme);
  });

  it('quotes every headline of the run, and says which machine it ran on', () => {
    const block = headlinesBlock(results);
    const section = results.slice(results.indexOf('## Headlines'));
    const bullets = section
      .slice(0, section.indexOf('\n## ', 1))
      .split('\n')
      .filter((line) => line.startsWith('- '));
    expect(bullets.length).toBeGreaterThan(0);
    for (const bullet of bullets) expect(block).toContain(bullet);
    const cpu = /^\| CPU +\| (.+?) +\|$/m.exec(results)?.[1];
    expect(cpu).toBeDefined();
    expect(block).toContain(cpu);
  });

  it('quotes the table of targets met and missed', () => {
    const section = results.slice(results.indexOf('## Targets'));
    const rows = section
      .slice(0, section.indexOf('\n## ', 1))
      .split('\n')
      .filter((line) => line.startsWith('| '));
    // The header, its rule and at least one target.
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(headlinesBlock(results)).toContain(row);
  });

  it('is rewritten whole, the rest of the README kept', () => {
    const other = results.replace(/^- .*$/m, '- A headline of another run.');
    const rewritten = withHeadlines(readme, other);
    expect(rewritten).toContain('- A headline of another run.');
    expect(withHeadlines(rewritten, results)).toBe(readme);
  });
});
