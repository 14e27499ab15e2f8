// The Bifrost logs API: the generated routes, and one module of semantics per resource.
import { type BifrostOperationId, bifrostRoutes } from '../../generated/emulator/bifrost.ts';
import type { ApiDefinition, OperationHandler } from '../core/types.ts';
import {
  bifrostErrorBody,
  bifrostInvalidQuery,
  bifrostInvalidRequest,
  bifrostRouteNotFound,
} from './errors.ts';
import { logHandlers } from './logs.ts';
import { seedStore } from './seed.ts';
import { statsHandlers } from './stats.ts';
import type { BifrostStore } from './store.ts';

export type { BifrostOperationId } from '../../generated/emulator/bifrost.ts';
export type * from './store.ts';

const handlers = {
  ...logHandlers,
  ...statsHandlers,
} satisfies Record<BifrostOperationId, OperationHandler<BifrostStore>>;

export const bifrostApi: ApiDefinition<BifrostStore, BifrostOperationId> = {
  name: 'bifrost',
  routes: bifrostRoutes,
  createStore: seedStore,
  handlers,
  errorBody: bifrostErrorBody,
  invalidRequest: bifrostInvalidRequest,
  invalidQuery: bifrostInvalidQuery,
  routeNotFound: bifrostRouteNotFound,
};
