import { hashKey, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { bifrostKeys } from '../src/bifrost.js';
import { cloudflareKeys, subtreeOf } from '../src/cloudflare.js';

describe('query keys', () => {
  it('follow the path: collections by name, ids by value, the operation last', () => {
    expect(cloudflareKeys.logs.list({ gateway_id: 'gw', search: 'refund', per_page: 50 })).toEqual([
      'ai-gateway',
      'cloudflare',
      null,
      'gateways',
      'gw',
      'logs',
      { operation: 'listLogs', query: { search: 'refund', per_page: 50 } },
    ]);
    expect(cloudflareKeys.logs.get({ gateway_id: 'gw', id: 'log-1' })).toEqual([
      'ai-gateway',
      'cloudflare',
      null,
      'gateways',
      'gw',
      'logs',
      'log-1',
      { operation: 'getLog' },
    ]);
    expect(bifrostKeys.logs.stats({ providers: ['openai'] })).toEqual([
      'ai-gateway',
      'bifrost',
      'logs',
      'stats',
      { operation: 'getLogStats', query: { providers: ['openai'] } },
    ]);
  });

  it('carry the account only when a call names it', () => {
    expect(cloudflareKeys.gateways.get({ id: 'gw', account_id: 'acc' }).slice(0, 5)).toEqual([
      'ai-gateway',
      'cloudflare',
      'acc',
      'gateways',
      'gw',
    ]);
  });

  it('keep infinite lists apart from single pages (their data differ)', () => {
    const page = cloudflareKeys.logs.list({ gateway_id: 'gw' });
    const infinite = cloudflareKeys.logs.listInfinite({ gateway_id: 'gw' });
    expect(infinite.at(-1)).toEqual({ operation: 'listLogs', infinite: true });
    expect(page).not.toEqual(infinite);
  });

  it('ignore parameters left undefined', () => {
    expect(cloudflareKeys.logs.list({ gateway_id: 'gw', search: undefined })).toEqual(
      cloudflareKeys.logs.list({ gateway_id: 'gw' }),
    );
  });

  it('let a prefix reach a subtree, and an unfiltered list key every variant of its list', async () => {
    const queryClient = new QueryClient();
    const keys = {
      gateway: cloudflareKeys.gateways.get({ id: 'gw' }),
      logs: cloudflareKeys.logs.list({ gateway_id: 'gw', search: 'x' }),
      logsInfinite: cloudflareKeys.logs.listInfinite({ gateway_id: 'gw' }),
      log: cloudflareKeys.logs.get({ gateway_id: 'gw', id: '1' }),
      otherGateway: cloudflareKeys.gateways.get({ id: 'other' }),
      gatewayNamedLogs: cloudflareKeys.gateways.get({ id: 'logs' }),
    };
    // Untagged: the placeholder data is not what the operations return.
    for (const key of Object.values<readonly unknown[]>(keys)) queryClient.setQueryData(key, {});
    const matched = (filter: readonly unknown[]) => {
      const hashes = queryClient
        .getQueryCache()
        .findAll({ queryKey: filter })
        .map((q) => q.queryHash);
      return Object.entries(keys)
        .filter(([, key]) => hashes.includes(hashKey(key)))
        .map(([name]) => name);
    };

    expect(matched(subtreeOf(keys.gateway))).toEqual(['gateway', 'logs', 'logsInfinite', 'log']);
    expect(matched(cloudflareKeys.logs.list({ gateway_id: 'gw' }))).toEqual([
      'logs',
      'logsInfinite',
    ]);
    expect(matched(subtreeOf(cloudflareKeys.logs.list({ gateway_id: 'gw' })))).toEqual([
      'logs',
      'logsInfinite',
      'log',
    ]);
    expect(matched(cloudflareKeys.all)).toHaveLength(6);
  });
});
