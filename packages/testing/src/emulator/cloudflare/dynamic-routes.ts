// Dynamic routes: routing graphs with a history of versions and deployments. The live graph is
// the version of the latest deployment. The spec documents only the generic 400 for this family,
// so a missing gateway, route or version is answered with it.
import type { components } from '@ai-gateway/validators/cloudflare';
import type { CloudflareOperationId } from '../../generated/emulator/cloudflare.ts';
import type { OperationHandler } from '../core/types.ts';
import { badRequest } from './errors.ts';
import { newUuid } from './ids.ts';
import {
  gatewayOf,
  missingAs400,
  newestFirst,
  objectsOf,
  pageOf,
  pageRequest,
  unstatedPaging,
} from './listing.ts';
import type {
  CloudflareStore,
  DynamicRouteDeployment,
  DynamicRouteVersionDetail,
  StoredRoute,
} from './store.ts';

type Schemas = components['schemas'];
type Element = Schemas['DynamicRouteElement'];

/** What the history lists report using: they take no paging parameters. */
const historyPage = unstatedPaging;
const order = { order_by: 'created_at', order_by_direction: 'desc' } as const;

const missingGateway = missingAs400('Gateway');
const missingRoute = missingAs400('Route');
const missingVersion = missingAs400('Version');

/** Why a graph cannot run, or undefined for a valid one. */
export function graphProblem(elements: readonly Element[]): string | undefined {
  const ids = new Set<string>();
  for (const element of elements) {
    if (ids.has(element.id)) return `Duplicate element id "${element.id}"`;
    ids.add(element.id);
  }
  if (elements.filter((e) => e.type === 'start').length !== 1)
    return 'A route needs exactly one start element';
  if (!elements.some((e) => e.type === 'end')) return 'A route needs at least one end element';
  for (const element of elements) {
    const outputs = Object.entries(element.outputs as Record<string, { elementId: string }>);
    const dangling = outputs.find(([, next]) => !ids.has(next.elementId));
    if (dangling)
      return `Output "${dangling[0]}" of element "${element.id}" leads to no element "${dangling[1].elementId}"`;
    if (element.type === 'percentage') {
      const shares = outputs.map(([share]) => Number(share));
      if (shares.some((share) => !(share > 0)) || shares.reduce((a, b) => a + b, 0) !== 100)
        return `The branches of percentage element "${element.id}" must be percentages adding up to 100`;
    }
  }
  return undefined;
}

export function newVersion(
  store: CloudflareStore,
  route: Pick<StoredRoute, 'id' | 'name'>,
  gatewayId: string,
  elements: readonly Element[],
  createdAt: string,
): DynamicRouteVersionDetail {
  const copy = structuredClone(elements) as Element[];
  return {
    id: route.id,
    name: route.name,
    gateway_id: gatewayId,
    version_id: newUuid(store),
    active: 'false',
    is_valid: graphProblem(copy) === undefined,
    data: JSON.stringify(copy),
    elements: copy,
    created_at: createdAt,
    modified_at: createdAt,
  };
}

/** Makes a version the live one: records the deployment and moves the `active` flag. */
export function deploy(store: CloudflareStore, route: StoredRoute, versionId: string, at: string) {
  const deployment: DynamicRouteDeployment = {
    deployment_id: newUuid(store),
    version_id: versionId,
    created_at: at,
  };
  route.deployments.push(deployment);
  for (const version of route.versions) {
    const active = version.version_id === versionId ? 'true' : 'false';
    if (version.active !== active) Object.assign(version, { active, modified_at: at });
  }
  route.modified_at = at;
}

const latestDeployment = (route: StoredRoute) => route.deployments.at(-1) as DynamicRouteDeployment;
const liveVersion = (route: StoredRoute) =>
  route.versions.find(
    (v) => v.version_id === latestDeployment(route).version_id,
  ) as DynamicRouteVersionDetail;

const gatewayIdOf = (route: StoredRoute) => liveVersion(route).gateway_id;

const summaryOf = (route: StoredRoute): Schemas['DynamicRouteSummary'] => ({
  id: route.id,
  name: route.name,
  gateway_id: gatewayIdOf(route),
  created_at: route.created_at,
  modified_at: route.modified_at,
  elements: liveVersion(route).elements,
});

const versionOf = (v: DynamicRouteVersionDetail): Schemas['DynamicRouteVersion'] => ({
  version_id: v.version_id,
  active: v.active,
  is_valid: v.is_valid ?? true,
  created_at: v.created_at,
  data: v.data,
});

const detailOf = (route: StoredRoute): Schemas['DynamicRouteDetail'] => ({
  ...summaryOf(route),
  version: versionOf(liveVersion(route)),
  deployment: latestDeployment(route),
});

const listedOf = (store: CloudflareStore, route: StoredRoute): Schemas['DynamicRoute'] => ({
  ...detailOf(route),
  account_tag: store.accountId,
});

function routesOf(store: CloudflareStore, gatewayId: string | undefined) {
  const gateway = gatewayOf(store, gatewayId, missingGateway);
  return objectsOf(store.routes, gateway.id);
}

function routeOf(store: CloudflareStore, path: Readonly<Record<string, string>>): StoredRoute {
  const route = routesOf(store, path.gateway_id).get(path.id ?? '');
  if (!route) throw missingRoute();
  return route;
}

function assertNameFree(routes: Map<string, StoredRoute>, name: string, except?: string) {
  for (const route of routes.values())
    if (route.name === name && route.id !== except)
      throw badRequest(`A route named "${name}" already exists in this gateway`);
}

export const dynamicRouteHandlers = {
  listDynamicRoutes({ store, path, query }) {
    const paging = pageRequest(query);
    const routes = newestFirst(routesOf(store, path.gateway_id).values());
    const page = pageOf(routes, paging).map((route) => listedOf(store, route));
    return { body: { data: { routes: page, ...paging, ...order }, success: true } };
  },

  createDynamicRoute({ store, path, body, clock }) {
    const routes = routesOf(store, path.gateway_id);
    const request = body as Schemas['DynamicRouteCreate'];
    assertNameFree(routes, request.name);
    const problem = graphProblem(request.elements);
    if (problem) throw badRequest(problem);
    const now = clock.now().toISOString();
    const id = newUuid(store);
    const route: StoredRoute = {
      id,
      name: request.name,
      created_at: now,
      modified_at: now,
      versions: [],
      deployments: [],
    };
    const version = newVersion(store, route, path.gateway_id ?? '', request.elements, now);
    route.versions.push(version);
    deploy(store, route, version.version_id, now);
    routes.set(id, route);
    return { body: { result: detailOf(route), success: true } };
  },

  getDynamicRoute({ store, path }) {
    return { body: { result: detailOf(routeOf(store, path)), success: true } };
  },

  updateDynamicRoute({ store, path, body, clock }) {
    const route = routeOf(store, path);
    const { name } = body as Schemas['DynamicRouteUpdate'];
    assertNameFree(routesOf(store, path.gateway_id), name, route.id);
    route.name = name;
    for (const version of route.versions) version.name = name;
    route.modified_at = clock.now().toISOString();
    return { body: { route: listedOf(store, route), success: true } };
  },

  deleteDynamicRoute({ store, path }) {
    const route = routeOf(store, path);
    routesOf(store, path.gateway_id).delete(route.id);
    return { body: { result: summaryOf(route), success: true } };
  },

  listDynamicRouteDeployments({ store, path }) {
    const deployments = pageOf(newestFirst(routeOf(store, path).deployments), historyPage);
    return { body: { data: { deployments, ...historyPage, ...order }, success: true } };
  },

  createDynamicRouteDeployment({ store, path, body, clock }) {
    const route = routeOf(store, path);
    const { version_id } = body as Schemas['DynamicRouteDeploymentCreate'];
    const version = route.versions.find((v) => v.version_id === version_id);
    if (!version) throw missingVersion();
    if (version.is_valid === false)
      throw badRequest(`Version ${version_id} is not valid and cannot be deployed`);
    deploy(store, route, version_id, clock.now().toISOString());
    return { body: { result: summaryOf(route), success: true } };
  },

  listDynamicRouteVersions({ store, path }) {
    const versions = pageOf(newestFirst(routeOf(store, path).versions), historyPage).map(versionOf);
    return { body: { data: { versions, ...historyPage, ...order }, success: true } };
  },

  createDynamicRouteVersion({ store, path, body, clock }) {
    const route = routeOf(store, path);
    const { elements } = body as Schemas['DynamicRouteVersionCreate'];
    const now = clock.now().toISOString();
    route.versions.push(newVersion(store, route, gatewayIdOf(route), elements, now));
    route.modified_at = now;
    return { body: { result: summaryOf(route), success: true } };
  },

  getDynamicRouteVersion({ store, path }) {
    const route = routeOf(store, path);
    const version = route.versions.find((v) => v.version_id === path.version_id);
    if (!version) throw missingVersion();
    return { body: { result: { ...version, name: route.name }, success: true } };
  },
} satisfies Partial<Record<CloudflareOperationId, OperationHandler<CloudflareStore>>>;
