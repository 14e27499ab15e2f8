// Writes bench/size.md: what each entry weighs in an application bundle, beside the official SDK.
//
//   pnpm size
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { budgets, measure, officialSdk, type SizeEntry } from './bundle-size.ts';
import { repoRoot } from './specs.ts';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

async function row(entry: SizeEntry): Promise<string> {
  const { initial, lazy } = await measure(entry);
  const budget = entry.budgetKb === undefined ? '—' : `${entry.budgetKb} kB`;
  return `| ${entry.name} | ${kb(initial)} | ${lazy ? kb(lazy) : '—'} | ${budget} |`;
}

const rows = [];
for (const entry of [...budgets, ...officialSdk]) rows.push(await row(entry));
const report = [
  '# Bundle sizes',
  '',
  `Measured by \`pnpm size\` (scripts/src/size-report.ts) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}:`,
  'each entry bundled with rolldown as an application would (minified, tree-shaken, code-split, peer',
  'dependencies external), then gzipped at level 9. "First load" is the entry chunk and its static',
  'imports; "lazy" is what loads only when used (response validation behind `validateResponses`).',
  'The budgets are enforced by `pnpm test` (scripts/test/size-budgets.test.ts).',
  '',
  '| Entry | First load (min+gzip) | Lazy | Budget |',
  '| --- | --- | --- | --- |',
  ...rows,
  '',
].join('\n');
await writeFile(join(repoRoot, 'bench/size.md'), report);
console.log(report);
