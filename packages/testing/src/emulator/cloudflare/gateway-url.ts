// The base URL a provider's requests go to through a gateway, as the spec's example shows it.
import type { CloudflareOperationId } from '../../generated/emulator/cloudflare.ts';
import type { OperationHandler } from '../core/types.ts';
import { gatewayOf, missingAs400 } from './listing.ts';
import type { CloudflareStore } from './store.ts';

export const gatewayOrigin = 'https://gateway.ai.cloudflare.com/v1';

const segment = (text: string) => encodeURIComponent(text);

export const gatewayUrlHandlers = {
  getGatewayUrl({ store, path }) {
    const gateway = gatewayOf(store, path.gateway_id, missingAs400('Gateway'));
    const url = `${gatewayOrigin}/${segment(path.account_id ?? store.accountId)}/${gateway.id}/${segment(path.provider ?? '')}`;
    return { body: { result: url, success: true } };
  },
} satisfies Partial<Record<CloudflareOperationId, OperationHandler<CloudflareStore>>>;
