// Ids in the formats the API uses (the spec's examples): UUIDs (v4 layout) for datasets,
// evaluations, routes and provider configs, 32 hex digits for Secrets Store ids. Each comes from
// the store's seed and a counter, never from Math.random, so a replayed session makes the same ids.
import { createRandom, hashSeed } from '../../fixtures/random.ts';
import type { CloudflareStore } from './store.ts';

function nextBytes(store: Pick<CloudflareStore, 'ids'>, count: number): number[] {
  const random = createRandom(hashSeed(`cloudflare-id:${store.ids.seed}:${store.ids.issued++}`));
  return Array.from({ length: count }, () => Math.floor(random() * 256));
}

const hex = (bytes: readonly number[]) =>
  bytes.map((b) => b.toString(16).padStart(2, '0')).join('');

/** A new UUID (`c8e1f2a4-6b3d-4e9f-9a27-5d1c0b8e3f64`). */
export function newUuid(store: Pick<CloudflareStore, 'ids'>): string {
  const bytes = nextBytes(store, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const t = hex(bytes);
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-${t.slice(12, 16)}-${t.slice(16, 20)}-${t.slice(20)}`;
}

/** A new 32-hex-digit id, as Secrets Store and account ids look. */
export function newHexId(store: Pick<CloudflareStore, 'ids'>): string {
  return hex(nextBytes(store, 16));
}
