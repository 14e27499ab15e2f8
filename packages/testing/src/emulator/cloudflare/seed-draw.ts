// Seeded choices for the account's resources: every draw comes from one generator, in a fixed
// order, so the same seed makes the same account.
export type Random = () => number;

export const hourMs = 3_600_000;
export const dayMs = 24 * hourMs;

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;
export const chance = (random: Random, p: number) => random() < p;
export const integer = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));
/** A time between two others, to the millisecond, as the API's timestamps are. */
export const between = (random: Random, from: number, to: number) =>
  from + Math.floor(random() * Math.max(0, to - from));
export const iso = (time: number) => new Date(time).toISOString();

export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const alphanumeric = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const randomText = (random: Random, length: number) =>
  Array.from({ length }, () => pick(random, [...alphanumeric])).join('');
