// Datasets: named, filter-defined selections of one gateway's logs, the input of evaluations.
import type { components } from '@ai-gateway/validators/cloudflare';
import type { CloudflareOperationId } from '../../generated/emulator/cloudflare.ts';
import type { OperationHandler } from '../core/types.ts';
import { notFound } from './errors.ts';
import { newUuid } from './ids.ts';
import {
  gatewayOf,
  mentions,
  missingAs400,
  newestFirst,
  objectsOf,
  pageOf,
  pageRequest,
} from './listing.ts';
import type { CloudflareStore, Dataset } from './store.ts';

type DatasetCreate = components['schemas']['DatasetCreate'];

const missingGateway = missingAs400('Gateway');

/** `search` looks at the id, the name and the filters (keys and values alike). */
const datasetMentions = (dataset: Dataset, search: string) =>
  mentions(dataset.id, search) ||
  mentions(dataset.name, search) ||
  dataset.filters.some(
    (f) => mentions(f.key, search) || f.value.some((v) => mentions(String(v), search)),
  );

function datasetOf(store: CloudflareStore, gatewayId: string, id: string): Dataset {
  gatewayOf(store, gatewayId);
  const dataset = store.datasets.get(gatewayId)?.get(id);
  if (!dataset) throw notFound();
  return dataset;
}

export const datasetHandlers = {
  listDatasets({ store, path, query }) {
    const gateway = gatewayOf(store, path.gateway_id, missingGateway);
    const matching = newestFirst(objectsOf(store.datasets, gateway.id).values()).filter(
      (dataset) =>
        (query.name === undefined || dataset.name === query.name) &&
        (query.enable === undefined || dataset.enable === query.enable) &&
        (typeof query.search !== 'string' || datasetMentions(dataset, query.search)),
    );
    return { body: { result: pageOf(matching, pageRequest(query)), success: true } };
  },

  createDataset({ store, path, body, clock }) {
    const gateway = gatewayOf(store, path.gateway_id, missingGateway);
    const request = body as DatasetCreate;
    const now = clock.now().toISOString();
    const dataset: Dataset = {
      id: newUuid(store),
      gateway_id: gateway.id,
      name: request.name,
      enable: request.enable,
      filters: structuredClone(request.filters),
      created_at: now,
      modified_at: now,
    };
    objectsOf(store.datasets, gateway.id).set(dataset.id, dataset);
    return { body: { result: dataset, success: true } };
  },

  getDataset({ store, path }) {
    return {
      body: { result: datasetOf(store, path.gateway_id ?? '', path.id ?? ''), success: true },
    };
  },

  updateDataset({ store, path, body, clock }) {
    const current = datasetOf(store, path.gateway_id ?? '', path.id ?? '');
    const request = body as DatasetCreate;
    // PUT: name, enable and filters are all replaced; identity and creation time stay.
    const dataset: Dataset = {
      id: current.id,
      gateway_id: current.gateway_id,
      name: request.name,
      enable: request.enable,
      filters: structuredClone(request.filters),
      created_at: current.created_at,
      modified_at: clock.now().toISOString(),
    };
    objectsOf(store.datasets, dataset.gateway_id).set(dataset.id, dataset);
    return { body: { result: dataset, success: true } };
  },

  deleteDataset({ store, path }) {
    const dataset = datasetOf(store, path.gateway_id ?? '', path.id ?? '');
    store.datasets.get(dataset.gateway_id)?.delete(dataset.id);
    return { body: { result: dataset, success: true } };
  },
} satisfies Partial<Record<CloudflareOperationId, OperationHandler<CloudflareStore>>>;
