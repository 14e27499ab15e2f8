// Reports what changed between two versions of a spec, breaking changes first.
//
//   pnpm spec:diff <old.yaml> <new.yaml> [--fail-on-breaking]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { diffSpecs, formatChanges } from './spec-diff.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'fail-on-breaking': { type: 'boolean', default: false } },
});
if (positionals.length !== 2) {
  console.error('Usage: pnpm spec:diff <old spec> <new spec> [--fail-on-breaking]');
  process.exit(2);
}
// pnpm runs scripts from the repository root; paths are meant from where the command was typed.
const base = process.env.INIT_CWD ?? process.cwd();
const [before, after] = positionals.map((file) => parse(readFileSync(resolve(base, file), 'utf8')));
const changes = diffSpecs(before, after);
console.log(formatChanges(changes));
if (values['fail-on-breaking'] && changes.some((c) => c.breaking)) process.exit(1);
