// Cost rules of custom providers: a price per input and output unit for the models a rule matches
// (`model_rule`), so that the gateway can put a cost on requests to providers it does not know.
import type { components } from '@ai-gateway/validators/cloudflare';
import type { CloudflareOperationId } from '../../generated/emulator/cloudflare.ts';
import type { OperationHandler } from '../core/types.ts';
import { badRequest, notFound } from './errors.ts';
import { newUuid } from './ids.ts';
import { mentions, newestFirst, pageOf, pageRequest } from './listing.ts';
import type { CloudflareStore, CustomProviderCost } from './store.ts';

type CostCreate = components['schemas']['CustomProviderCostCreate'];
type CostUpdate = components['schemas']['CustomProviderCostUpdate'];
type ModelRule = components['schemas']['CostModelRule'];
type TokenPricing = components['schemas']['TokenPricing'];

/** The spec's defaults for `model_rule` and `cost_type`, which the stored rule then shows. */
const defaultModelRule: ModelRule = 'equals';
const defaultCostType = 'tokens';
/** Rules made through the API are recorded as changed by hand. */
const changedByApi = 'manual';

function costOf(store: CloudflareStore, id: string | undefined): CustomProviderCost {
  const cost = id === undefined ? undefined : store.customProviderCosts.get(id);
  if (!cost) throw notFound();
  return cost;
}

/** `token_pricing` is sent as an object and stored, and shown, as its JSON text. */
const pricingText = (pricing: TokenPricing | undefined) =>
  pricing === undefined ? {} : { token_pricing: JSON.stringify(pricing) };

function changes(request: CostUpdate): Partial<CustomProviderCost> {
  const { token_pricing, ...fields } = request;
  return {
    ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
    ...pricingText(token_pricing),
  };
}

export const customProviderCostHandlers = {
  listCustomProviderCosts({ store, query }) {
    const search = typeof query.search === 'string' ? query.search : undefined;
    const matching = newestFirst(store.customProviderCosts.values()).filter(
      (cost) =>
        (query.enable === undefined || (cost.enable ?? true) === query.enable) &&
        (query.account_provider_id === undefined ||
          cost.account_provider_id === query.account_provider_id) &&
        (query.model_rule === undefined ||
          (cost.model_rule ?? defaultModelRule) === query.model_rule) &&
        (query.cost_type === undefined ||
          (cost.cost_type ?? defaultCostType) === query.cost_type) &&
        (search === undefined ||
          mentions(cost.model, search) ||
          mentions(cost.changed_by ?? '', search)),
    );
    return { body: { result: pageOf(matching, pageRequest(query)), success: true } };
  },

  createCustomProviderCost({ store, body, clock }) {
    const request = body as CostCreate;
    if (!store.customProviders.has(request.account_provider_id))
      throw badRequest(`Custom provider ${request.account_provider_id} not found`);
    const now = clock.now().toISOString();
    const cost: CustomProviderCost = {
      id: newUuid(store),
      model_rule: defaultModelRule,
      cost_type: defaultCostType,
      enable: true,
      changed_by: changedByApi,
      weight: 0,
      ...changes(request),
      account_provider_id: request.account_provider_id,
      model: request.model,
      created_at: now,
      modified_at: now,
    };
    store.customProviderCosts.set(cost.id, cost);
    return { body: { result: cost, success: true } };
  },

  getCustomProviderCost({ store, path }) {
    return { body: { result: costOf(store, path.id), success: true } };
  },

  updateCustomProviderCost({ store, path, body, clock }) {
    const current = costOf(store, path.id);
    // PATCH: what is sent replaces; the provider, identity and creation time stay.
    const cost: CustomProviderCost = {
      ...current,
      ...changes(body as CostUpdate),
      id: current.id,
      account_provider_id: current.account_provider_id,
      changed_by: changedByApi,
      created_at: current.created_at,
      modified_at: clock.now().toISOString(),
    };
    store.customProviderCosts.set(cost.id, cost);
    return { body: { result: cost, success: true } };
  },

  deleteCustomProviderCost({ store, path }) {
    const cost = costOf(store, path.id);
    store.customProviderCosts.delete(cost.id);
    return { body: { result: cost, success: true } };
  },
} satisfies Partial<Record<CloudflareOperationId, OperationHandler<CloudflareStore>>>;
