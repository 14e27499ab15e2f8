// String formats the specs use, checked strictly: a value the server would silently drop or
// misread (a date without a time-zone offset, say) must be caught before a request is sent.

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;

function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// Month and day together, so that the day is checked against its month's length.
const monthDay = String.raw`(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))`;
// February 29th of a leap year: a multiple of 4 that does not end in 00, or a multiple of 400.
const leapDay = String.raw`(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29`;
const time = String.raw`(?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?`;
const offset = String.raw`(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)`;
const dateTimePattern = new RegExp(
  String.raw`^(?:\d{4}-${monthDay}|${leapDay})[Tt]${time}${offset}$`,
);

/**
 * RFC 3339 `date-time`: the time-zone offset is required, fractions of any precision allowed.
 * Timestamps fill every log, so this check is on the hot path. One regular expression, day of
 * month and leap years included, is read by V8's native matcher in a single pass, where each
 * `charCodeAt` in JavaScript pays for a check of the string's representation; and the function
 * stays small enough for the optimizer to inline into the compiled validators that call it.
 */
export function isDateTime(value: string): boolean {
  return dateTimePattern.test(value);
}

export function isDate(value: string): boolean {
  const match = datePattern.exec(value);
  return match !== null && validDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isUri(value: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
  return URL.canParse(value);
}

export interface FormatDefinition {
  type: 'string' | 'number';
  validate: (value: never) => boolean;
}

const int32Range = (value: number) =>
  Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31;

const definitions = {
  'date-time': { type: 'string', validate: isDateTime },
  date: { type: 'string', validate: isDate },
  uri: { type: 'string', validate: isUri },
  url: { type: 'string', validate: isUri },
  uuid: { type: 'string', validate: (value: string) => uuidPattern.test(value) },
  email: { type: 'string', validate: (value: string) => emailPattern.test(value) },
  int32: { type: 'number', validate: int32Range },
  int64: { type: 'number', validate: (value: number) => Number.isSafeInteger(value) },
  // Any JavaScript number is a valid float or double.
  float: { type: 'number', validate: (value: number) => Number.isFinite(value) },
  double: { type: 'number', validate: (value: number) => Number.isFinite(value) },
} satisfies Record<string, FormatDefinition>;

/** Every format a spec may use; the generator refuses a spec that uses another. */
export const formats: Record<string, FormatDefinition> = definitions;

// Keyed like `definitions`, so that a format cannot be added without its description.
const descriptions: Record<keyof typeof definitions, string> = {
  'date-time': 'an RFC 3339 date-time with a time-zone offset, such as 2026-11-20T14:03:11Z',
  date: 'a date such as 2026-11-20',
  uri: 'an absolute URI',
  url: 'an absolute URL',
  uuid: 'a UUID',
  email: 'an email address',
  int32: 'a 32-bit integer',
  int64: 'an integer within the safe range of JavaScript numbers',
  float: 'a finite number',
  double: 'a finite number',
};

/** Words for an issue message: what a value of each format looks like. */
export const formatDescriptions: Readonly<Record<string, string>> = descriptions;
