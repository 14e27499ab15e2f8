// Status codes as types, so that errors narrow by status: `isAPIError(error, 404)` is a
// `NotFoundError`, and on an `AnyAPIError`, `error.status === 429` leaves a `RateLimitError`.
import {
  APIError,
  type AuthenticationError,
  type BadRequestError,
  type ConflictError,
  type InternalServerError,
  type NotFoundError,
  type PermissionDeniedError,
  type RateLimitError,
  type UnprocessableEntityError,
} from './errors.js';

type Digit = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
/**
 * The numbers a union of numeric strings spells. Spelling the statuses digit by digit keeps
 * them cheap for the compiler: counting up to 600 with a recursive tuple cost every consumer
 * about 200,000 type instantiations when it checks our declaration files.
 */
type NumberOf<Text> = Text extends `${infer N extends number}` ? N : never;

/** 500 to 599: every status an `InternalServerError` is thrown for. */
export type ServerErrorStatus = NumberOf<`5${Digit}${Digit}`>;

/** The error class thrown for each status that has one of its own. */
export interface APIErrorByStatus {
  400: BadRequestError;
  401: AuthenticationError;
  403: PermissionDeniedError;
  404: NotFoundError;
  409: ConflictError;
  422: UnprocessableEntityError;
  429: RateLimitError;
}

/** The 4xx statuses without a class of their own (402, 405, 418, …): a plain `APIError`. */
export type OtherErrorStatus = Exclude<NumberOf<`4${Digit}${Digit}`>, keyof APIErrorByStatus>;

/** A plain `APIError`, thrown for a 4xx status without a class of its own. */
export type OtherAPIError = APIError & { readonly status: OtherErrorStatus };

/** Every error an answer can be: narrow it by `status`. */
export type AnyAPIError =
  | APIErrorByStatus[keyof APIErrorByStatus]
  | InternalServerError
  | OtherAPIError;

/** The error thrown for `Status`. */
export type APIErrorFor<Status extends number> = number extends Status
  ? AnyAPIError
  : Status extends keyof APIErrorByStatus
    ? APIErrorByStatus[Status]
    : Status extends ServerErrorStatus
      ? InternalServerError
      : OtherAPIError & { readonly status: Status };

/**
 * Whether `error` is an error answer, and with `status`, an answer of that status:
 * `isAPIError(error, 404)` narrows `error` to `NotFoundError`.
 */
export function isAPIError<Status extends number = number>(
  error: unknown,
  status?: Status,
): error is APIErrorFor<Status> {
  return error instanceof APIError && (status === undefined || error.status === status);
}
