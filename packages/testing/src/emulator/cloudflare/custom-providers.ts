// Custom providers: account-wide upstreams of the user's own, named `custom-{slug}` wherever a
// provider is named (provider configurations, gateway URLs). Their cost rules live in
// custom-provider-costs.ts and go when their provider goes.
import type { components } from '@ai-gateway/validators/cloudflare';
import type { CloudflareOperationId } from '../../generated/emulator/cloudflare.ts';
import type { OperationHandler } from '../core/types.ts';
import { badRequest, notFound } from './errors.ts';
import { newUuid } from './ids.ts';
import { mentions, pageOf, pageRequest } from './listing.ts';
import type { CloudflareStore, CustomProvider } from './store.ts';

type CustomProviderCreate = components['schemas']['CustomProviderCreate'];
type CustomProviderUpdate = components['schemas']['CustomProviderUpdate'];

/** How requests and provider configurations name a custom provider. */
export const customProviderPrefix = 'custom-';

/** The custom provider a provider slug names (`custom-acme` names the one with slug `acme`). */
export function customProviderNamed(
  store: CloudflareStore,
  providerSlug: string,
): CustomProvider | undefined {
  if (!providerSlug.startsWith(customProviderPrefix)) return undefined;
  const slug = providerSlug.slice(customProviderPrefix.length);
  for (const provider of store.customProviders.values())
    if (provider.slug === slug) return provider;
  return undefined;
}

function providerOf(store: CloudflareStore, id: string | undefined): CustomProvider {
  const provider = id === undefined ? undefined : store.customProviders.get(id);
  if (!provider) throw notFound();
  return provider;
}

function refuseTakenSlug(store: CloudflareStore, slug: string, except?: string): void {
  for (const provider of store.customProviders.values())
    if (provider.slug === slug && provider.id !== except)
      throw badRequest(`A custom provider with slug "${slug}" already exists`);
}

/** The API's list order: by position (unpositioned last), then by name. */
const byPositionThenName = (a: CustomProvider, b: CustomProvider) =>
  (a.position ?? Number.POSITIVE_INFINITY) - (b.position ?? Number.POSITIVE_INFINITY) ||
  a.name.localeCompare(b.name);

/** The fields a request sets, leaving out the ones it does not send. */
function definedFields<T extends object>(request: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(request).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

export const customProviderHandlers = {
  listCustomProviders({ store, query }) {
    const matching = [...store.customProviders.values()]
      .filter(
        (provider) =>
          (query.beta === undefined || (provider.beta ?? false) === query.beta) &&
          (query.enable === undefined || (provider.enable ?? true) === query.enable) &&
          (typeof query.search !== 'string' ||
            [provider.id, provider.name, provider.slug].some((text) =>
              mentions(text, query.search as string),
            )),
      )
      .sort(byPositionThenName);
    return { body: { result: pageOf(matching, pageRequest(query)), success: true } };
  },

  createCustomProvider({ store, body, clock }) {
    const request = body as CustomProviderCreate;
    refuseTakenSlug(store, request.slug);
    const now = clock.now().toISOString();
    const provider: CustomProvider = {
      id: newUuid(store),
      ...definedFields(request),
      name: request.name,
      slug: request.slug,
      base_url: request.base_url,
      created_at: now,
      modified_at: now,
    };
    store.customProviders.set(provider.id, provider);
    return { body: { result: provider, success: true } };
  },

  getCustomProvider({ store, path }) {
    return { body: { result: providerOf(store, path.id), success: true } };
  },

  updateCustomProvider({ store, path, body, clock }) {
    const current = providerOf(store, path.id);
    const request = body as CustomProviderUpdate;
    if (request.slug !== undefined) refuseTakenSlug(store, request.slug, current.id);
    // PATCH: what is sent replaces, what is not stays; identity and creation time never change.
    const provider: CustomProvider = {
      ...current,
      ...definedFields(request),
      id: current.id,
      created_at: current.created_at,
      modified_at: clock.now().toISOString(),
    };
    store.customProviders.set(provider.id, provider);
    return { body: { result: provider, success: true } };
  },

  deleteCustomProvider({ store, path }) {
    const provider = providerOf(store, path.id);
    store.customProviders.delete(provider.id);
    for (const [id, cost] of store.customProviderCosts)
      if (cost.account_provider_id === provider.id) store.customProviderCosts.delete(id);
    return { body: { result: provider, success: true } };
  },
} satisfies Partial<Record<CloudflareOperationId, OperationHandler<CloudflareStore>>>;
