// The Bifrost logs API: the generated routes, and one module of semantics per resource.
import { type BifrostOperationId, bifrostRoutes } from '../../generated/emulator/bifrost.ts';
import type { ApiDefinition, OperationHandler } from '../core/types.ts';
import { dashboardHandlers } from './dashboard.ts';
import {
  bifrostErrorBody,
  bifrostInvalidQuery,
  bifrostInvalidRequest,
  bifrostRouteNotFound,
} from './errors.ts';
import { filterDataHandlers } from './filterdata.ts';
import { histogramHandlers } from './histograms.ts';
import { logHandlers } from './logs.ts';
import { rankingHandlers } from './rankings.ts';
import { costRecalculationHandlers } from './recalculate-cost.ts';
import { seedStore } from './seed.ts';
import { sessionHandlers } from './sessions.ts';
import { statsHandlers } from './stats.ts';
import type { BifrostStore } from './store.ts';
import { userAgentMappingHandlers } from './user-agent-mappings.ts';

export type { BifrostOperationId } from '../../generated/emulator/bifrost.ts';
export type * from './store.ts';

const handlers = {
  ...logHandlers,
  ...statsHandlers,
  ...sessionHandlers,
  ...histogramHandlers,
  ...rankingHandlers,
  ...dashboardHandlers,
  ...filterDataHandlers,
  ...userAgentMappingHandlers,
  ...costRecalculationHandlers,
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
