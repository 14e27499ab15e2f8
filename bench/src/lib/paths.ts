import { fileURLToPath } from 'node:url';
import {
  type ApiName,
  apiNames,
  repoRoot,
  specFiles as sources,
} from '../../../scripts/src/specs.ts';

export { repoRoot };
/** The bench package's folder. */
export const benchRoot = fileURLToPath(new URL('../../', import.meta.url));

export type Api = ApiName;
/** Each API's spec, the file every package is generated from, as an absolute path. */
export const specFiles = Object.fromEntries(
  apiNames.map((api) => [api, `${repoRoot}${sources[api].spec}`]),
) as Record<Api, string>;

/** A module of this package as a file path, for `fork()`. */
export const benchFile = (relative: string) => `${benchRoot}${relative}`;
