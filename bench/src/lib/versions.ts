import { readFileSync } from 'node:fs';
import { benchRoot } from './paths.ts';

/** The installed version of one of this package's dependencies. */
export function packageVersion(name: string): string {
  try {
    const json = readFileSync(`${benchRoot}node_modules/${name}/package.json`, 'utf8');
    return (JSON.parse(json) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
