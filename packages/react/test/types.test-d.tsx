import type { BifrostOperationTypes } from '@ai-gateway/client/bifrost';
import type {
  AIGatewayError,
  GetLogResult,
  ListLogsItem,
  ListLogsResponse,
  ValidationError,
} from '@ai-gateway/client/cloudflare';
import { type InfiniteData, QueryClient, skipToken } from '@tanstack/react-query';
import { describe, expectTypeOf, it } from 'vitest';
import { useLogStats } from '../src/bifrost.js';
import {
  type ClientError,
  cloudflareKeys,
  type EditLogVariables,
  type ListPage,
  type LogsPage,
  logQueryOptions,
  useEditLog,
  useInfiniteLogs,
  useLog,
  useLogs,
  useSuspenseLog,
} from '../src/cloudflare.js';

const params = { gateway_id: 'gw', id: 'log' };
declare const client: Parameters<typeof logQueryOptions>[0];

describe('types', () => {
  it("data is the client's unwrapped result; error is the client's error union", () => {
    const { data, error } = useLog(params);
    expectTypeOf(data).toEqualTypeOf<GetLogResult | undefined>();
    expectTypeOf(error).toEqualTypeOf<AIGatewayError | ValidationError | null>();
    expectTypeOf<ClientError>().toEqualTypeOf<AIGatewayError | ValidationError>();
  });

  it('suspense hooks always have data', () => {
    expectTypeOf(useSuspenseLog(params).data).toEqualTypeOf<GetLogResult>();
  });

  it('select changes the data type', () => {
    const { data } = useLog(params, { select: (log) => log.model });
    expectTypeOf(data).toEqualTypeOf<string | undefined>();
  });

  it('lists hold plain pages of the list items', () => {
    const { data } = useLogs({ gateway_id: 'gw' });
    expectTypeOf(data).toEqualTypeOf<LogsPage | undefined>();
    expectTypeOf<LogsPage>().toEqualTypeOf<ListPage<ListLogsItem, ListLogsResponse>>();
    expectTypeOf<LogsPage['items'][number]['id']>().toEqualTypeOf<string>();
    const infinite = useInfiniteLogs({ gateway_id: 'gw' });
    expectTypeOf(infinite.data).toEqualTypeOf<InfiniteData<LogsPage, number> | undefined>();
    expectTypeOf(infinite.error).toEqualTypeOf<ClientError | null>();
  });

  it('parameters are checked against the spec, skipToken waits', () => {
    // @ts-expect-error gateway_id is required
    useLogs({ search: 'x' });
    // @ts-expect-error order_by takes the spec's enum only
    useLogs({ gateway_id: 'gw', order_by: 'price' });
    useLog(skipToken);
  });

  it('mutations type their variables, result and error', () => {
    const edit = useEditLog();
    expectTypeOf(edit.mutate).parameter(0).toEqualTypeOf<EditLogVariables>();
    expectTypeOf(edit.error).toEqualTypeOf<ClientError | null>();
    // @ts-expect-error feedback is -1..1 or null, not a string
    edit.mutate({ params, body: { feedback: 'good' } });
  });

  it('query options and keys carry the data type into the QueryClient', () => {
    const queryClient = new QueryClient();
    expectTypeOf(queryClient.getQueryData(logQueryOptions(client, params).queryKey)).toEqualTypeOf<
      GetLogResult | undefined
    >();
    expectTypeOf(queryClient.getQueryData(cloudflareKeys.logs.get(params))).toEqualTypeOf<
      GetLogResult | undefined
    >();
  });

  it('bifrost stats are the stats response', () => {
    type Stats =
      BifrostOperationTypes['getLogStats']['responses']['200']['content']['application/json'];
    expectTypeOf(useLogStats({}, { refreshIntervalMs: 5000 }).data).toEqualTypeOf<
      Stats | undefined
    >();
  });
});
