// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/react generate)

import type { InvalidationTarget } from '../../runtime/index.js';

/**
 * What each write operation of the bifrost API invalidates, from its `x-invalidates` in the spec:
 * read operations whose queries hold data the write changes, the path parameters that must match
 * (the others and all query parameters match anything), and whether the subtree under them goes too.
 */
export const bifrostInvalidations = {
} as const satisfies Record<string, readonly InvalidationTarget[]>;

export const invalidations: Readonly<Record<keyof typeof bifrostInvalidations, readonly InvalidationTarget[]>> =
  bifrostInvalidations;
