// String formats the specs use, checked strictly: a value the server would silently drop or
// misread (a date without a time-zone offset, say) must be caught before a request is sent.

const dateTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** RFC 3339 `date-time`: the time-zone offset is required, fractions of any precision allowed. */
export function isDateTime(value: string): boolean {
  const match = dateTimePattern.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second, , offsetHour, offsetMinute] = match
    .slice(1)
    .map(Number) as number[];
  return (
    validDate(year as number, month as number, day as number) &&
    (hour as number) <= 23 &&
    (minute as number) <= 59 &&
    (second as number) <= 60 &&
    (match[8] === undefined || ((offsetHour as number) <= 23 && (offsetMinute as number) <= 59))
  );
}

export function isDate(value: string): boolean {
  const match = datePattern.exec(value);
  return match !== null && validDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isUri(value: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
  return URL.canParse(value);
}

interface FormatDefinition {
  type: 'string' | 'number';
  validate: (value: never) => boolean;
}

const int32Range = (value: number) =>
  Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31;

/** Every format a spec may use; the generator refuses a spec that uses another. */
export const formats: Record<string, FormatDefinition> = {
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
};

/** Words for an issue message: what a value of this format looks like. */
export const formatDescriptions: Record<string, string> = {
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
