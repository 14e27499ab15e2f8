// The status unions behind error narrowing: exactly 500–599 for server errors, and the 4xx
// statuses without a class of their own.
import { describe, expectTypeOf, test } from 'vitest';
import type { OtherErrorStatus, ServerErrorStatus } from '../src/cloudflare.js';

describe('status unions', () => {
  test('server errors are 500 to 599', () => {
    expectTypeOf<500 | 501 | 503 | 550 | 599>().toExtend<ServerErrorStatus>();
    expectTypeOf<Extract<ServerErrorStatus, 499 | 600 | 50 | 5000>>().toBeNever();
    expectTypeOf<ServerErrorStatus>().toBeNumber();
  });

  test('other errors are the 4xx statuses without a class', () => {
    expectTypeOf<402 | 405 | 408 | 418 | 451 | 499>().toExtend<OtherErrorStatus>();
    expectTypeOf<
      Extract<OtherErrorStatus, 400 | 401 | 403 | 404 | 409 | 422 | 429 | 399 | 500>
    >().toBeNever();
  });
});
