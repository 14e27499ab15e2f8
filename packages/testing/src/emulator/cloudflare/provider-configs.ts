// Provider configs: provider keys kept in the gateway's Secrets Store under an alias. The key
// itself is never shown again, only a masked preview of it.
import type { components } from '@ai-gateway/validators/cloudflare';
import type { CloudflareOperationId } from '../../generated/emulator/cloudflare.ts';
import type { OperationHandler } from '../core/types.ts';
import { badRequest } from './errors.ts';
import { newHexId, newUuid } from './ids.ts';
import { gatewayOf, missingAs400, objectsOf, pageOf, pageRequest } from './listing.ts';
import type { CloudflareStore, ProviderConfig } from './store.ts';

type ProviderConfigCreate = components['schemas']['ProviderConfigCreate'];

/** The spec's default `rate_limit_period`, in seconds. */
const defaultRatePeriod = 60;

const missingGateway = missingAs400('Gateway');

/** The masked form of a key: its first and last four characters (`sk-p...Q3xZ`). */
export const secretPreview = (secret: string) =>
  secret.length <= 8 ? '*'.repeat(secret.length) : `${secret.slice(0, 4)}...${secret.slice(-4)}`;

/** The preview of an existing Secrets Store entry, known from the configs that use it. */
function previewOf(store: CloudflareStore, secretId: string): string | undefined {
  for (const configs of store.providerConfigs.values())
    for (const config of configs.values())
      if (config.secret_id === secretId) return config.secret_preview;
  return undefined;
}

export const providerConfigHandlers = {
  listProviderConfigs({ store, path, query }) {
    const gateway = gatewayOf(store, path.gateway_id, missingGateway);
    // Newest first; configs have no creation time, so the order they were added stands in.
    const configs = [...objectsOf(store.providerConfigs, gateway.id).values()].reverse();
    return { body: { result: pageOf(configs, pageRequest(query)), success: true } };
  },

  createProviderConfig({ store, path, body, clock }) {
    const gateway = gatewayOf(store, path.gateway_id, missingGateway);
    const request = body as ProviderConfigCreate;
    const configs = objectsOf(store.providerConfigs, gateway.id);
    for (const config of configs.values())
      if (config.provider_slug === request.provider_slug && config.alias === request.alias)
        throw badRequest(
          `A ${request.provider_slug} configuration named "${request.alias}" already exists`,
        );

    let secretId: string;
    let preview: string | undefined;
    if (request.secret !== undefined) {
      secretId = newHexId(store);
      preview = secretPreview(request.secret);
    } else if (request.secret_id !== undefined) {
      secretId = request.secret_id;
      preview = previewOf(store, secretId);
      if (preview === undefined)
        throw badRequest(`Secret ${secretId} not found in the Secrets Store`);
    } else throw badRequest('Either secret or secret_id is required');

    const now = clock.now().toISOString();
    // One default per provider: a new default takes over from the old one.
    if (request.default_config)
      for (const config of configs.values())
        if (config.provider_slug === request.provider_slug && config.default_config)
          Object.assign(config, { default_config: false, modified_at: now });

    const config: ProviderConfig = {
      id: newUuid(store),
      gateway_id: gateway.id,
      provider_slug: request.provider_slug,
      alias: request.alias,
      default_config: request.default_config,
      secret_id: secretId,
      secret_preview: preview,
      ...(request.rate_limit === undefined ? {} : { rate_limit: request.rate_limit }),
      rate_limit_period: request.rate_limit_period ?? defaultRatePeriod,
      modified_at: now,
    };
    configs.set(config.id, config);
    return { body: { result: config, success: true } };
  },
} satisfies Partial<Record<CloudflareOperationId, OperationHandler<CloudflareStore>>>;
