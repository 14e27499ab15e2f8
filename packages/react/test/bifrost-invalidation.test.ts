// What the Bifrost writes invalidate, from the spec's x-invalidates: deleting logs makes every
// read computed from log rows stale; the mapping and job writes touch only their own reads.
import { describe, expect, it } from 'vitest';
import { bifrostInvalidations } from '../src/bifrost.js';

const targets = (id: keyof typeof bifrostInvalidations) =>
  bifrostInvalidations[id].map((target) => target.operationId);

describe('bifrost invalidations', () => {
  it('deleting logs invalidates lists, stats, histograms, rankings, sessions and the dashboard', () => {
    expect(targets('deleteLogs')).toEqual(
      expect.arrayContaining([
        'listLogs',
        'getLogStats',
        'getLog',
        'getLogHistogram',
        'getDimensionLatencyHistogram',
        'getModelRankings',
        'getLogSession',
        'getLogSessionSummary',
        'getLogDashboard',
      ]),
    );
    expect(targets('deleteLogs')).not.toContain('listUserAgentMappings');
  });

  it('mapping writes invalidate the mapping list only, job writes the job status only', () => {
    for (const id of [
      'createUserAgentMapping',
      'updateUserAgentMapping',
      'deleteUserAgentMapping',
    ] as const)
      expect(targets(id)).toEqual(['listUserAgentMappings']);
    for (const id of ['recalculateLogCosts', 'cancelRecalculateCost'] as const)
      expect(targets(id)).toEqual(['getRecalculateCostStatus']);
  });
});
