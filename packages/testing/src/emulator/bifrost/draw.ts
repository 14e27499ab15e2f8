// Seeded choices on top of the shared generator, so the seed modules read as what they choose.
import { createRandom, hashSeed } from '../../fixtures/random.ts';

export interface Draw {
  /** A float in [0, 1). */
  (): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of `items`, each as likely as its weight says. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /** Skewed towards `typical`, with a long tail up to `max` (token counts, durations). */
  skewed(min: number, typical: number, max: number): number;
  uuid(): string;
}

export function createDraw(seed: number, purpose: string): Draw {
  const next = createRandom(hashSeed(`${purpose}:${seed}`));
  const draw = (() => next()) as Draw;
  draw.between = (min, max) => min + next() * (max - min);
  draw.int = (min, max) => Math.floor(min + next() * (max - min + 1));
  draw.chance = (probability) => next() < probability;
  draw.pick = (items) => items[Math.floor(next() * items.length)] as (typeof items)[number];
  draw.weighted = (items, weight) => {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let point = next() * total;
    for (const item of items) {
      point -= weight(item);
      if (point < 0) return item;
    }
    return items[items.length - 1] as (typeof items)[number];
  };
  draw.skewed = (min, typical, max) => {
    // A log-normal around `typical`, clamped: most values near it, a few far above.
    const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
    return Math.min(max, Math.max(min, Math.round(typical * Math.exp(0.8 * normal))));
  };
  const word = () =>
    Math.floor(next() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0');
  draw.uuid = () => {
    const hex = word() + word() + word() + word();
    // Version 4, RFC 4122 variant.
    const variant = ((Number.parseInt(hex.charAt(16), 16) & 3) | 8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
  };
  return draw;
}
