// The seeded account: a few gateways (production ones first, as they carry most logs), with the
// datasets, evaluations, routes and provider keys their teams made, all dated in the weeks before
// `now` and every object consistent with the others. Logs are seeded separately (seed-logs.ts).
import { createRandom, hashSeed } from '../../fixtures/random.ts';
import type { SeedOptions } from '../core/types.ts';
import { emptyBillingAccount } from './billing.ts';
import { deploy, newVersion } from './dynamic-routes.ts';
import { embedDataset } from './evaluations.ts';
import { newHexId, newUuid } from './ids.ts';
import { secretPreview } from './provider-configs.ts';
import {
  between,
  chance,
  dayMs,
  hourMs,
  integer,
  iso,
  pick,
  type Random,
  randomText,
  shuffled,
} from './seed-draw.ts';
import { chooseGateways, seedGateway } from './seed-gateways.ts';
import {
  builtInEvaluationTypes,
  datasetTemplates,
  evaluationNames,
  providerKeys,
  routeTemplates,
} from './seed-templates.ts';
import type { CloudflareStore, Dataset, Evaluation, Gateway, StoredRoute } from './store.ts';

function seedDatasets(
  store: CloudflareStore,
  random: Random,
  gateway: Gateway,
  after: number,
  now: number,
): Dataset[] {
  const datasets = shuffled(random, datasetTemplates)
    .slice(0, integer(random, 0, 4))
    .map((template) => {
      const created = between(random, after, now - 2 * dayMs);
      const modified = chance(random, 0.3) ? between(random, created, now - dayMs) : created;
      return {
        id: newUuid(store),
        gateway_id: gateway.id,
        name: template.name,
        enable: chance(random, 0.85),
        filters: structuredClone(template.filters),
        created_at: iso(created),
        modified_at: iso(modified),
      };
    });
  return datasets.sort((a, b) => a.created_at.localeCompare(b.created_at));
}

/** Queued runs over existing datasets; each finishes on the first read (see evaluations.ts). */
function seedEvaluations(
  store: CloudflareStore,
  random: Random,
  gateway: Gateway,
  datasets: Dataset[],
  now: number,
): Evaluation[] {
  if (datasets.length === 0) return [];
  const names = shuffled(random, evaluationNames).slice(0, integer(random, 0, 3));
  const evaluations = names.map((name) => {
    const chosen = shuffled(random, datasets).slice(
      0,
      integer(random, 1, Math.min(2, datasets.length)),
    );
    const latest = Math.max(...chosen.map((d) => Date.parse(d.modified_at)));
    const created = iso(between(random, latest, now - hourMs));
    const id = newUuid(store);
    const types = store.evaluationTypes.filter((type) => type.mandatory || chance(random, 0.5));
    return {
      id,
      gateway_id: gateway.id,
      name,
      processed: false,
      total_logs: 0,
      created_at: created,
      modified_at: created,
      datasets: chosen.map((dataset) => embedDataset(store, structuredClone(dataset))),
      results: types.map((type) => ({
        id: newUuid(store),
        evaluation_id: id,
        evaluation_type_id: type.id,
        result: '',
        status: 0,
        status_description: 'Queued',
        total_logs: 0,
        created_at: created,
        modified_at: created,
      })),
    };
  });
  return evaluations.sort((a, b) => a.created_at.localeCompare(b.created_at));
}

/** A route and its history: each version saved, most deployed, sometimes a rollback. */
function seedRoutes(
  store: CloudflareStore,
  random: Random,
  gateway: Gateway,
  after: number,
  now: number,
): StoredRoute[] {
  const templates = shuffled(random, routeTemplates).slice(0, integer(random, 0, 2));
  return templates.map((template) => {
    let time = between(random, after, now - 14 * dayMs);
    const id = newUuid(store);
    const route: StoredRoute = {
      id,
      name: template.name,
      created_at: iso(time),
      modified_at: iso(time),
      versions: [],
      deployments: [],
    };
    template.versions.forEach((elements, i) => {
      if (i > 0) time = between(random, time + hourMs, time + 4 * dayMs);
      const version = newVersion(store, route, gateway.id, elements, iso(time));
      route.versions.push(version);
      const last = i === template.versions.length - 1;
      if (i === 0 || !last || chance(random, 0.7))
        deploy(store, route, version.version_id, iso(time + integer(random, 5_000, 600_000)));
      else route.modified_at = iso(time);
    });
    if (route.versions.length > 1 && chance(random, 0.25)) {
      const previous = route.versions[route.versions.length - 2]?.version_id ?? '';
      deploy(
        store,
        route,
        previous,
        iso(between(random, Date.parse(route.modified_at) + hourMs, now - hourMs)),
      );
    }
    return route;
  });
}

function seedProviderConfigs(
  store: CloudflareStore,
  random: Random,
  gateway: Gateway,
  after: number,
  now: number,
) {
  if (!gateway.store_id) return [];
  return shuffled(random, providerKeys)
    .slice(0, integer(random, 1, 3))
    .map((key) => {
      const secret = key.prefix + randomText(random, key.length);
      const limited = chance(random, 0.5);
      return {
        id: newUuid(store),
        gateway_id: gateway.id,
        provider_slug: key.provider,
        alias: `${key.provider}-default`,
        default_config: true,
        secret_id: newHexId(store),
        secret_preview: secretPreview(secret),
        ...(limited ? { rate_limit: pick(random, [60, 500, 1000]) } : {}),
        rate_limit_period: limited ? pick(random, [60, 3600]) : 60,
        modified_at: iso(between(random, after, now - dayMs)),
      };
    });
}

export function seedResources(options: SeedOptions): CloudflareStore {
  const random = createRandom(
    hashSeed(`cloudflare-resources:${options.seed}:${options.accountId}`),
  );
  const now = options.now.getTime();
  const store: CloudflareStore = {
    accountId: options.accountId,
    ids: { seed: options.seed, issued: 0 },
    gateways: new Map(),
    logs: new Map(),
    datasets: new Map(),
    evaluations: new Map(),
    evaluationTypes: builtInEvaluationTypes(options.now),
    routes: new Map(),
    providerConfigs: new Map(),
    // Filled by seed-account.ts once the logs are seeded, since billing follows their costs.
    customProviders: new Map(),
    customProviderCosts: new Map(),
    customDomains: new Map(),
    billing: emptyBillingAccount(),
  };
  const templates = chooseGateways(random);
  // Created oldest first, five to twenty weeks ago, before the month of seeded logs.
  let createdAt = now - integer(random, 16, 20) * 7 * dayMs;
  const defaultIndex = integer(random, 0, templates.length - 1);
  templates.forEach((template, i) => {
    createdAt = between(random, createdAt + hourMs, now - (5 * 7 - i) * dayMs);
    const gateway = seedGateway(store, random, template, createdAt, now);
    gateway.is_default = i === defaultIndex;
    const after = Date.parse(gateway.created_at) + hourMs;
    const datasets = seedDatasets(store, random, gateway, after, now);
    store.gateways.set(gateway.id, gateway);
    store.logs.set(gateway.id, []);
    store.datasets.set(gateway.id, new Map(datasets.map((d) => [d.id, d])));
    const evaluations = seedEvaluations(store, random, gateway, datasets, now);
    store.evaluations.set(gateway.id, new Map(evaluations.map((e) => [e.id, e])));
    const routes = template.production ? seedRoutes(store, random, gateway, after, now) : [];
    store.routes.set(gateway.id, new Map(routes.map((r) => [r.id, r])));
    const configs = seedProviderConfigs(store, random, gateway, after, now);
    store.providerConfigs.set(gateway.id, new Map(configs.map((c) => [c.id, c])));
  });
  return store;
}
