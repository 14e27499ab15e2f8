import { describe, expect, it } from 'vitest';
import {
  type AllowListEntry,
  allows,
  compareDocuments,
  describeDifference,
} from '../src/conformance.ts';
import { apiNames, loadReference, loadSpec, readDocument, specFiles } from '../src/specs.ts';

describe.each(apiNames)('%s spec conforms to the vendor document', (api) => {
  const differences = compareDocuments(loadSpec(api), loadReference(api));
  const allowList: AllowListEntry[] = readDocument(specFiles[api].allowList) ?? [];

  it('differs only where the allow-list says why', () => {
    const unexplained = differences.filter((d) => !allowList.some((entry) => allows(entry, d)));
    expect(unexplained.map(describeDifference)).toEqual([]);
  });

  it('gives a reason for every allow-list entry', () => {
    const unjustified = allowList.filter(
      (entry) => !entry.reason || entry.reason.trim().length < 20,
    );
    expect(unjustified).toEqual([]);
  });

  it('has no allow-list entry that no longer matches a difference', () => {
    const stale = allowList.filter((entry) => !differences.some((d) => allows(entry, d)));
    expect(stale).toEqual([]);
  });
});
