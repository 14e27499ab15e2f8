// Provider configs: provider keys kept in the gateway's Secrets Store under an alias. The key
// itself is never shown again, only a masked preview of it. A config may be for one of the
// account's custom providers (`custom-{slug}`), which must then exist.
import type { components } from '@ai-gateway/validators/cloudflare';
import type { CloudflareOperationId } from '../../generated/emulator/cloudflare.ts';
import type { OperationHandler } from '../core/types.ts';
import { customProviderNamed, customProviderPrefix } from './custom-providers.ts';
import { badRequest, notFound } from './errors.ts';
import { newHexId, newUuid } from './ids.ts';
import { gatewayOf, missingAs400, objectsOf, pageOf, pageRequest } from './listing.ts';
import type { CloudflareStore, ProviderConfig } from './store.ts';

type ProviderConfigCreate = components['schemas']['ProviderConfigCreate'];
type ProviderConfigUpdate = components['schemas']['ProviderConfigUpdate'];

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

function configOf(store: CloudflareStore, gatewayId: string | undefined, id: string | undefined) {
  const gateway = gatewayOf(store, gatewayId);
  const config = id === undefined ? undefined : store.providerConfigs.get(gateway.id)?.get(id);
  if (!config) throw notFound();
  return config;
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
    if (
      request.provider_slug.startsWith(customProviderPrefix) &&
      !customProviderNamed(store, request.provider_slug)
    )
      throw badRequest(`Custom provider ${request.provider_slug} not found`);
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

  updateProviderConfig({ store, path, body, clock }) {
    const config = configOf(store, path.gateway_id, path.id);
    const { secret } = body as ProviderConfigUpdate;
    // Key rotation: the Secrets Store entry keeps its id and gets the new key, so every config
    // that shares the entry shows the new preview.
    const preview = secretPreview(secret);
    for (const configs of store.providerConfigs.values())
      for (const other of configs.values())
        if (other.secret_id === config.secret_id) other.secret_preview = preview;
    config.modified_at = clock.now().toISOString();
    return { body: { result: config, success: true } };
  },

  deleteProviderConfig({ store, path }) {
    const config = configOf(store, path.gateway_id, path.id);
    store.providerConfigs.get(config.gateway_id)?.delete(config.id);
    return { body: { result: config, success: true } };
  },
} satisfies Partial<Record<CloudflareOperationId, OperationHandler<CloudflareStore>>>;
