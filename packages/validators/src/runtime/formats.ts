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

/** The number written by the digits from `start` to `end`, or -1 when one is not a digit. */
function digitsAt(value: string, start: number, end: number): number {
  let result = 0;
  for (let index = start; index < end; index++) {
    const digit = value.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    result = result * 10 + digit;
  }
  return result;
}

/** The two-digit number at `index`, or -1 when either character is not a digit. */
function twoDigitsAt(value: string, index: number): number {
  const tens = value.charCodeAt(index) - 48;
  const units = value.charCodeAt(index + 1) - 48;
  if (tens < 0 || tens > 9 || units < 0 || units > 9) return -1;
  return tens * 10 + units;
}

const hyphen = 45;
const colon = 58;
const dot = 46;
const plus = 43;

/** `Z`, `z`, or `+hh:mm` / `-hh:mm` within range, from `index` to the end of `value`. */
function isOffsetAt(value: string, index: number): boolean {
  const sign = value.charCodeAt(index);
  if (value.length - index === 1) return sign === 90 || sign === 122;
  if (value.length - index !== 6 || (sign !== plus && sign !== hyphen)) return false;
  if (value.charCodeAt(index + 3) !== colon) return false;
  const hour = twoDigitsAt(value, index + 1);
  const minute = twoDigitsAt(value, index + 4);
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
}

/**
 * RFC 3339 `date-time`: the time-zone offset is required, fractions of any precision allowed.
 * Read character by character, with no intermediate strings or arrays: timestamps fill every log,
 * so this check is on the hot path.
 */
export function isDateTime(value: string): boolean {
  if (
    value.length < 20 ||
    value.charCodeAt(4) !== hyphen ||
    value.charCodeAt(7) !== hyphen ||
    value.charCodeAt(13) !== colon ||
    value.charCodeAt(16) !== colon
  ) {
    return false;
  }
  const separator = value.charCodeAt(10);
  if (separator !== 84 && separator !== 116) return false;
  const year = digitsAt(value, 0, 4);
  const month = twoDigitsAt(value, 5);
  const day = twoDigitsAt(value, 8);
  if (year < 0 || !validDate(year, month, day)) return false;
  const hour = twoDigitsAt(value, 11);
  const minute = twoDigitsAt(value, 14);
  const second = twoDigitsAt(value, 17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
    return false;
  }
  let index = 19;
  if (value.charCodeAt(index) === dot) {
    const fractionStart = ++index;
    while (index < value.length) {
      const digit = value.charCodeAt(index) - 48;
      if (digit < 0 || digit > 9) break;
      index++;
    }
    if (index === fractionStart) return false;
  }
  return isOffsetAt(value, index);
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
