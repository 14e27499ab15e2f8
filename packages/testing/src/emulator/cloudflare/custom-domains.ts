// Custom domains: hostnames of the account's zones that serve one gateway. A new domain waits for
// its certificate: each time it is read it moves one step on (initializing, pending_dcv, active),
// the way the real one moves on within minutes, so a client's polling loop ends.
import type { components } from '@ai-gateway/validators/cloudflare';
import type { CloudflareOperationId } from '../../generated/emulator/cloudflare.ts';
import type { OperationHandler } from '../core/types.ts';
import { badRequest, notFound } from './errors.ts';
import { newUuid } from './ids.ts';
import { gatewayOf, mentions, missingAs400, objectsOf, pageOf, pageRequest } from './listing.ts';
import type { CloudflareStore, CustomDomain } from './store.ts';

type CustomDomainCreate = components['schemas']['CustomDomainCreate'];
type Status = components['schemas']['CustomDomainStatus'];

const missingGateway = missingAs400('Gateway');

/** The next state of a domain that is being set up; `blocked` and `error` stay as they are. */
const nextStatus: Partial<Record<Status, Status>> = {
  initializing: 'pending_dcv',
  pending_dcv: 'active',
};

/** Where the hostname's CNAME record must point: the gateway's own name under the account. */
export const cnameTarget = (accountId: string, gatewayId: string) =>
  `${gatewayId.replace(/_/g, '-')}.${accountId}.gateway.ai.cloudflare.com`;

/** Moves a domain one step through its setup, as a read observes it. */
function observe(store: CloudflareStore, domain: CustomDomain, now: number): CustomDomain {
  const next = nextStatus[domain.status];
  if (!next) return domain;
  domain.status = next;
  // The certificate record is made when validation starts.
  if (domain.ssl_hostname_id === null) domain.ssl_hostname_id = newUuid(store);
  domain.modified_at = now;
  return domain;
}

function domainOf(
  store: CloudflareStore,
  gatewayId: string | undefined,
  hostname: string | undefined,
) {
  const gateway = gatewayOf(store, gatewayId);
  const domain =
    hostname === undefined ? undefined : store.customDomains.get(gateway.id)?.get(hostname);
  if (!domain) throw notFound();
  return domain;
}

/** The gateway a hostname already serves, if any: a hostname serves one gateway of the account. */
function gatewayServing(store: CloudflareStore, hostname: string): string | undefined {
  for (const [gatewayId, domains] of store.customDomains)
    if (domains.has(hostname)) return gatewayId;
  return undefined;
}

export const customDomainHandlers = {
  listCustomDomains({ store, path, query, clock }) {
    const gateway = gatewayOf(store, path.gateway_id, missingGateway);
    const now = clock.now().getTime();
    const matching = [...objectsOf(store.customDomains, gateway.id).values()]
      .map((domain) => observe(store, domain, now))
      .filter(
        (domain) =>
          (query.status === undefined || domain.status === query.status) &&
          (typeof query.search !== 'string' || mentions(domain.hostname, query.search)),
      )
      // Newest first; of two added at the same instant, the later one first.
      .reverse()
      .sort((a, b) => b.created_at - a.created_at);
    return { body: { result: pageOf(matching, pageRequest(query)), success: true } };
  },

  createCustomDomain({ store, path, body, clock }) {
    const gateway = gatewayOf(store, path.gateway_id, missingGateway);
    const request = body as CustomDomainCreate;
    const serving = gatewayServing(store, request.domain);
    if (serving !== undefined)
      throw badRequest(`${request.domain} is already a custom domain of gateway ${serving}`);
    const now = clock.now().getTime();
    const domain: CustomDomain = {
      hostname: request.domain,
      gateway_id: gateway.id,
      ssl_hostname_id: null,
      status: 'initializing',
      created_at: now,
      modified_at: now,
    };
    objectsOf(store.customDomains, gateway.id).set(domain.hostname, domain);
    const { ssl_hostname_id: _notYet, ...created } = domain;
    return {
      body: {
        result: { ...created, cname_target: cnameTarget(store.accountId, gateway.id) },
        success: true,
      },
    };
  },

  getCustomDomain({ store, path, clock }) {
    const domain = domainOf(store, path.gateway_id, path.hostname);
    return { body: { result: observe(store, domain, clock.now().getTime()), success: true } };
  },

  deleteCustomDomain({ store, path }) {
    const domain = domainOf(store, path.gateway_id, path.hostname);
    store.customDomains.get(domain.gateway_id)?.delete(domain.hostname);
    return { body: { result: domain, success: true } };
  },
} satisfies Partial<Record<CloudflareOperationId, OperationHandler<CloudflareStore>>>;
