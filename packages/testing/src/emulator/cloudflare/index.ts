// The Cloudflare AI Gateway API: the generated routes, and one module of semantics per resource.
import {
  type CloudflareOperationId,
  cloudflareRoutes,
} from '../../generated/emulator/cloudflare.ts';
import { type ApiDefinition, ApiError, type OperationHandler } from '../core/types.ts';
import { billingHandlers } from './billing.ts';
import { customDomainHandlers } from './custom-domains.ts';
import { customProviderCostHandlers } from './custom-provider-costs.ts';
import { customProviderHandlers } from './custom-providers.ts';
import { datasetHandlers } from './datasets.ts';
import { dynamicRouteHandlers } from './dynamic-routes.ts';
import {
  cloudflareAuthorize,
  cloudflareErrorBody,
  cloudflareInvalidRequest,
  notFound,
} from './errors.ts';
import { evaluationTypeHandlers } from './evaluation-types.ts';
import { evaluationHandlers } from './evaluations.ts';
import { gatewayUrlHandlers } from './gateway-url.ts';
import { gatewayHandlers } from './gateways.ts';
import { logHandlers } from './logs.ts';
import { providerConfigHandlers } from './provider-configs.ts';
import { seedAccount } from './seed-account.ts';
import { seedLogs } from './seed-logs.ts';
import { seedResources } from './seed-resources.ts';
import type { CloudflareStore } from './store.ts';

export type { CloudflareOperationId } from '../../generated/emulator/cloudflare.ts';
export type * from './store.ts';

const handlers = {
  ...gatewayHandlers,
  ...evaluationTypeHandlers,
  ...logHandlers,
  ...datasetHandlers,
  ...evaluationHandlers,
  ...dynamicRouteHandlers,
  ...providerConfigHandlers,
  ...gatewayUrlHandlers,
  ...customProviderHandlers,
  ...customProviderCostHandlers,
  ...customDomainHandlers,
  ...billingHandlers,
} satisfies Record<CloudflareOperationId, OperationHandler<CloudflareStore>>;

export const cloudflareApi: ApiDefinition<CloudflareStore, CloudflareOperationId> = {
  name: 'cloudflare',
  routes: cloudflareRoutes,
  createStore(options) {
    const store = seedResources(options);
    seedLogs(store, options);
    seedAccount(store, options);
    return store;
  },
  handlers,
  errorBody: cloudflareErrorBody,
  invalidRequest: cloudflareInvalidRequest,
  authorize: cloudflareAuthorize,
  // A token of this account cannot reach another account's gateways.
  forbids: (path, store) =>
    path.account_id !== undefined && path.account_id !== store.accountId
      ? new ApiError(403, 'Unauthorized to access requested resource', undefined, 9109)
      : undefined,
  routeNotFound: () => notFound(),
};
