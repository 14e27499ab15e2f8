// The README quotes the benchmark's headlines. They are copied from bench/results.md into a marked
// block, with the machine they were measured on, so that the README cannot say anything the last
// recorded run did not: `pnpm bench` rewrites the block after writing results.md, and a test fails
// when the two differ.
import { repoRoot } from './paths.ts';

export const readmeFile = `${repoRoot}README.md`;
const start = '<!-- bench-headlines:start (written by `pnpm bench` from bench/results.md) -->';
const end = '<!-- bench-headlines:end -->';

/** The cells of the machine table of results.md, by their first column. */
function machineTable(results: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const line of results.split('\n')) {
    const match = /^\|([^|]+)\|(.+)\|\s*$/.exec(line);
    if (match) cells.set((match[1] as string).trim(), (match[2] as string).trim());
  }
  return cells;
}

/** The bullets under `## Headlines` in results.md. */
function headlines(results: string): string[] {
  const lines = results.split('\n');
  const from = lines.indexOf('## Headlines');
  if (from < 0) throw new Error('bench/results.md has no "## Headlines" section');
  const bullets: string[] = [];
  for (const line of lines.slice(from + 1)) {
    if (line.startsWith('## ')) break;
    if (line.startsWith('- ')) bullets.push(line);
    else if (line.startsWith('  ') && bullets.length > 0)
      bullets[bullets.length - 1] += `\n${line}`;
  }
  return bullets;
}

/** The `## Targets` section of results.md, without its heading, or nothing when it has none. */
function targets(results: string): string[] {
  const lines = results.split('\n');
  const from = lines.indexOf('## Targets');
  if (from < 0) return [];
  const to = lines.findIndex((line, index) => index > from && line.startsWith('## '));
  const body = lines.slice(from + 1, to < 0 ? undefined : to);
  while (body[0] === '') body.shift();
  while (body.at(-1) === '') body.pop();
  return ['', '**Targets**', '', ...body];
}

/** The README's benchmark block for a results.md. */
export function headlinesBlock(results: string): string {
  const machine = machineTable(results);
  const cell = (name: string) => machine.get(name) ?? 'unknown';
  const quick = results.includes('with `--quick`')
    ? ' (a `--quick` run: too few runs to quote)'
    : '';
  return [
    start,
    '',
    `From the run recorded in [\`bench/results.md\`](bench/results.md)${quick}: ${cell('CPU')}, ${cell('Cores')} cores, ` +
      `${cell('Memory')}, ${cell('OS')}, Node ${cell('Node')}, on ${cell('Date')}; load average ${cell('Load average (1 / 5 / 15 min)')}. ` +
      'Every figure is a median with its spread (p25–p75 of the runs, or a 95% confidence interval where it says so); ' +
      'a ratio whose spread holds 1.0, or a difference whose interval holds 0, is reported as "same within noise".',
    '',
    ...headlines(results),
    ...targets(results),
    '',
    end,
  ].join('\n');
}

/** `readme` with its benchmark block replaced by the one for `results`. */
export function withHeadlines(readme: string, results: string): string {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from)
    throw new Error(`README.md has no block between "${start}" and "${end}"`);
  return `${readme.slice(0, from)}${headlinesBlock(results)}${readme.slice(to + end.length)}`;
}
