// Fake timers for retry and timeout tests. Only setTimeout, clearTimeout and Date are faked, so
// sockets and the test server keep working; `until` polls with the real setTimeout.
import { vi } from 'vitest';

const realSetTimeout = globalThis.setTimeout;
const realDelay = (ms: number) => new Promise<void>((resolve) => realSetTimeout(resolve, ms));

export function useFakeClock(now = '2026-03-01T12:00:00.000Z'): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date(now));
}

/** Waits, in real time, until `condition` holds. */
export async function until(condition: () => boolean, what = 'the condition'): Promise<void> {
  const deadline = performance.now() + 5_000;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await realDelay(2);
  }
}

/** Lets real I/O happen for a moment, e.g. to show that nothing was sent. */
export const settle = () => realDelay(30);

/**
 * A fetch that notes the (fake) time of every attempt and counts the attempts that have finished,
 * so a test knows when the client has started waiting before its next attempt.
 */
export function timedFetch() {
  const attempts: number[] = [];
  let finished = 0;
  const fetchFn: typeof globalThis.fetch = async (input, init) => {
    attempts.push(Date.now());
    try {
      const response = await globalThis.fetch(input, init);
      const text = await response.text();
      return new Response(text, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } finally {
      finished++;
    }
  };
  return {
    fetch: fetchFn,
    /** Fake-clock time at which each attempt was sent. */
    attempts,
    get finished() {
      return finished;
    },
    /** Milliseconds between consecutive attempts. */
    gaps: () => attempts.slice(1).map((time, i) => time - (attempts[i] as number)),
  };
}

export type TimedFetch = ReturnType<typeof timedFetch>;

/**
 * Once the last attempt has finished, checks that the next one is sent exactly `delayMs` later:
 * not at `delayMs - 1`, and right at `delayMs`.
 */
export async function expectNextAttemptAfter(timed: TimedFetch, delayMs: number): Promise<void> {
  const sent = timed.attempts.length;
  await until(() => timed.finished === sent, `attempt ${sent} to finish`);
  await settle();
  await vi.advanceTimersByTimeAsync(delayMs - 1);
  await settle();
  if (timed.attempts.length !== sent)
    throw new Error(`attempt ${sent + 1} was sent before ${delayMs} ms had passed`);
  await vi.advanceTimersByTimeAsync(1);
  await until(() => timed.attempts.length === sent + 1, `attempt ${sent + 1} after ${delayMs} ms`);
}

/** Captures a promise's outcome at once, so that a rejection is never unhandled while time is faked. */
export function outcome<T>(promise: PromiseLike<T>) {
  return Promise.resolve(promise).then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}
