/**
 * Dates of a frise feed: parse ISO 8601 strings and date objects into honest UTC intervals.
 *
 * Pure functions, no DOM, no dependencies. Nothing here throws, whatever the input: failures are
 * returned as `{ok: false, error: {code, path, message}}` (or NaN / null for the numeric helpers).
 *
 * The contract
 * ------------
 * - Grammar: exactly the schema's `isoDate` pattern (data/frise-feed.schema.json):
 *     YYYY · YYYY-MM · YYYY-Www · YYYY-MM-DD · YYYY-MM-DDTHH:MM[:SS[.sss]][Z|±HH:MM]
 *   A year is exactly 4 unsigned digits, or a sign and 4 to 6 digits (`+010000`, `-0043`).
 *   Letters are upper case (`T`, `W`, `Z`). A datetime should carry `Z` or an offset. One without
 *   (2024-10-21T22:30) is read as UTC, the one reading that does not depend on the reader's time
 *   zone, and the result carries a 'date-no-offset' warning saying so: never a silent guess.
 *   Whatever the pattern rejects is 'date-syntax': month 13, day 32, week 54, hour 24, minute 60,
 *   second 60 (no leap seconds), 4 fraction digits, a 5-digit unsigned year, lower-case letters.
 * - Calendar: proleptic Gregorian with astronomical year numbering, as in ISO 8601 and JavaScript's
 *   Date: year `0000` is 1 BCE, `-0001` is 2 BCE, `-0043` is 44 BCE (the Ides of March of Caesar's
 *   death are `-0043-03-15`). Leap years: divisible by 4, except centuries not divisible by 400
 *   (2000, 0000 and -0004 are leap years; 1900 and 2100 are not).
 * - Calendar-invalid dates that the grammar accepts are 'date-calendar' errors and are never rolled
 *   over: 2024-02-30, 2023-02-29, 2100-02-29, 2024-04-31, and week 53 of a year with 52 ISO weeks
 *   (2021-W53). 2024-02-29, 2000-02-29, 2020-W53, 2026-W53, 2015-W53, 2004-W53 are valid.
 * - A date denotes an interval [start, end) in UTC milliseconds, start inclusive, end exclusive:
 *     year   YYYY        → [Jan 1 00:00Z, next Jan 1 00:00Z)                    precision 'year'
 *     month  YYYY-MM     → [1st 00:00Z, 1st of next month 00:00Z)               precision 'month'
 *     week   YYYY-Www    → ISO 8601 week: weeks start on Monday, week 1 is the week with the year's
 *                          first Thursday (so it holds Jan 4) → [Monday 00:00Z, next Monday 00:00Z);
 *                          2026-W01 starts on 2025-12-29, 2020-W53 ends on 2021-01-04 'week'
 *     day    YYYY-MM-DD  → [00:00Z, next day 00:00Z)                            precision 'day'
 *     YYYY-MM-DDTHH:MM±HH:MM       → [instant, instant + 1 minute)               precision 'minute'
 *     YYYY-MM-DDTHH:MM:SS[.sss]±…  → [instant, instant + 1 second)               precision 'second'
 *   Day, month and year intervals are UTC calendar intervals. A datetime is converted to UTC with its
 *   offset (2024-10-21T22:30-04:00 is 2024-10-22T02:30Z); milliseconds are kept in `start`.
 *   No string has precision 'hour': it can only be asked for with `precision`.
 * - Supported range: the whole interval must lie within JavaScript's Date range (±8.64e15 ms, i.e.
 *   from -271821-04-20 to +275760-09-13). A well-formed date outside it (e.g. `+999999`) is a
 *   'date-range' error, so every resolved bound can be given to `new Date(ms)`.
 * - Date objects `{date?, relative?, precision?, approximate?, wording?, verified?}`:
 *   - exactly one of `date` and `relative` ('date-syntax' at '' otherwise);
 *   - `precision` may coarsen the precision of the date (2024-06-19 with "month" → all of June 2024,
 *     with "week" → its ISO week) but never refine it (2024-06 with "day" → 'date-precision' at
 *     '/precision'). Coarsening floors the start in UTC (like `floorToPrecision`): to mean a local
 *     day, write the date as a day. An ISO week coarsened to a month or a year takes the month or year
 *     of its Thursday, which holds at least four of its days (2026-W01 with "year" → 2026);
 *   - `approximate` (default false) and `wording` (the source's own words) are copied; `verified` is
 *     false only when the spec says `verified: false`.
 * - Relative dates `{relative: {unit, offset}}` are relative to the feed's resolved `published` date
 *   (the `anchor`); without one: 'date-relative-anchor' at '/relative'. The anchor's start is floored
 *   to the unit (week = its ISO week's Monday), `offset` units are added with calendar arithmetic (the
 *   floor comes first, so a month from January 31 is February), and the date is that whole unit.
 *   With anchor 2024-10-22 (a Tuesday): week -1 → [2024-10-14, 2024-10-21) "la semaine dernière";
 *   day 0 → 2024-10-22; month -4 → June 2024; year -1 → 2023. The default precision is the unit;
 *   `precision` may coarsen it further. A bad unit or a non-integer offset is 'date-syntax' at
 *   '/relative/unit' or '/relative/offset'; a result outside the Date range is 'date-range' at
 *   '/relative'.
 * - Error paths are JSON pointers relative to the spec: '' for a string spec or a malformed object,
 *   '/date', '/precision', '/relative', '/relative/unit', '/relative/offset' for object specs.
 *   `resolveEventInterval` uses '/end' (and '/start' if a bound is not a finite number).
 *
 * Codes: 'date-syntax' (not the grammar, or a malformed object) · 'date-calendar' (no such day or
 * week) · 'date-precision' (unknown precision, or finer than the date) · 'date-relative-anchor'
 * (relative date without a usable published date) · 'date-range' (end not after start, or outside
 * the range of Date). Warning (the date is resolved): 'date-no-offset' (a time without an offset,
 * read as UTC).
 *
 * Performance: parsing is a hand-written scanner over char codes (checked against the schema's
 * pattern by the tests), calendar arithmetic is integer arithmetic on day numbers (no Date objects,
 * so years 0–99 are never mapped to 1900–1999 as `Date.UTC` would do), and no regex is compiled.
 */
import {clip} from './text.js';
import type {FriseDateObject, FriseDateSpec, FriseLocalizedText, FrisePrecision} from './generated/feed-types.js';

export type Precision = FrisePrecision;

/** Precisions from coarse to fine. */
export const PRECISION_ORDER: readonly Precision[] = Object.freeze([
  'year',
  'month',
  'week',
  'day',
  'hour',
  'minute',
  'second',
] as const);

export interface ResolvedDate {
  /** UTC ms, inclusive. */
  start: number;
  /** UTC ms, exclusive: [start, end) is the whole interval the date denotes. */
  end: number;
  precision: Precision;
  approximate: boolean;
  /** True when given relative to the feed's published date. */
  relative: boolean;
  /** False only when the spec says `verified: false`. */
  verified: boolean;
  /** The source's own words, copied from the spec. */
  wording?: FriseLocalizedText;
}

export type DateErrorCode = 'date-syntax' | 'date-calendar' | 'date-precision' | 'date-relative-anchor' | 'date-range';

/** `path` is a JSON pointer relative to the date spec ('' for a string spec). */
export interface DateError {
  code: DateErrorCode;
  path: string;
  message: string;
}

/** A date that was read, but not exactly as written: a time without an offset, read as UTC. */
export interface DateWarning {
  code: 'date-no-offset';
  path: string;
  message: string;
}

export type DateResult = {ok: true; value: ResolvedDate; warning?: DateWarning} | {ok: false; error: DateError};

const MS_SECOND = 1000;
const MS_MINUTE = 60_000;
const MS_HOUR = 3_600_000;
const MS_DAY = 86_400_000;
const MS_WEEK = 7 * MS_DAY;
/** The largest |ms| a JavaScript Date accepts. */
const MAX_MS = 8.64e15;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on day numbers (days since 1970-01-01), valid for every integer year.
// Algorithms from Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms".

/** Days since 1970-01-01 of a proleptic Gregorian date (astronomical year numbering). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400; // [0, 399]
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1; // [0, 365]
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146097 + doe - 719468;
}

// Results of civilFromDays (module scratch: no allocation per call).
let civilY = 0;
let civilM = 1;
let civilD = 1;

function civilFromDays(days: number): void {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // [0, 146096]
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  civilD = doy - Math.floor((153 * mp + 2) / 5) + 1;
  civilM = mp < 10 ? mp + 3 : mp - 9;
  civilY = yoe + era * 400 + (civilM <= 2 ? 1 : 0);
}

function isLeapYear(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** Positive remainder, exact for any finite double. */
function mod(a: number, b: number): number {
  const r = a % b;
  return r < 0 ? r + b : r;
}

function inDateRange(ms: number): boolean {
  return ms >= -MAX_MS && ms <= MAX_MS; // false for NaN
}

/** Day number of the Monday of ISO week 1 of `year`: the week holding January 4. */
function isoWeekOneMonday(year: number): number {
  const jan4 = daysFromCivil(year, 1, 4);
  return jan4 - isoWeekday(jan4) + 1;
}

/** Number of ISO weeks of an ISO week-numbering year: 53 when it starts on a Thursday, or on a Wednesday in a leap year. */
export function isoWeeksInYear(year: number): 52 | 53 {
  if (!Number.isInteger(year)) return 52;
  const p = (y: number) => mod(y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400), 7);
  return p(year) === 4 || p(year - 1) === 3 ? 53 : 52;
}

/** UTC ms of Monday 00:00 of ISO week `week` of `year`; null if the week is not in that year (or not representable). */
export function isoWeekStart(year: number, week: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(week) || week < 1 || week > isoWeeksInYear(year)) return null;
  const ms = (isoWeekOneMonday(year) + (week - 1) * 7) * MS_DAY;
  return inDateRange(ms) ? ms : null;
}

/**
 * Calendar arithmetic in UTC: `n` days, weeks (7 days), months or years after `utcMs` (n < 0: before).
 * The time of day is kept. Months and years clamp the day to the end of a shorter month
 * (Jan 31 + 1 month = Feb 29 in 2024; Feb 29 + 1 year = Feb 28). Returns NaN when `utcMs` is not a
 * finite Date value, `n` is not an integer, the unit is unknown, or the result is outside the Date range.
 */
export function addUnits(utcMs: number, unit: 'day' | 'week' | 'month' | 'year', n: number): number {
  if (!inDateRange(utcMs) || !Number.isInteger(n) || Math.abs(n) > 4e8) return NaN;
  let result: number;
  switch (unit) {
    case 'day':
      result = utcMs + n * MS_DAY;
      break;
    case 'week':
      result = utcMs + n * MS_WEEK;
      break;
    case 'month':
    case 'year': {
      const timeOfDay = mod(utcMs, MS_DAY);
      civilFromDays((utcMs - timeOfDay) / MS_DAY);
      const months = civilY * 12 + (civilM - 1) + (unit === 'year' ? n * 12 : n);
      const y = Math.floor(months / 12);
      const m = months - y * 12 + 1;
      const last = daysInMonth(y, m);
      result = daysFromCivil(y, m, civilD > last ? last : civilD) * MS_DAY + timeOfDay;
      break;
    }
    default:
      return NaN;
  }
  return inDateRange(result) ? result : NaN;
}

/**
 * Start of the UTC year, month, ISO week (Monday 00:00), day, hour, minute or second holding `utcMs`.
 * Returns NaN when `utcMs` is not a finite Date value, the precision is unknown, or the start is
 * outside the Date range.
 */
export function floorToPrecision(utcMs: number, precision: Precision): number {
  if (!inDateRange(utcMs)) return NaN;
  let result: number;
  switch (precision) {
    case 'second':
      result = utcMs - mod(utcMs, MS_SECOND);
      break;
    case 'minute':
      result = utcMs - mod(utcMs, MS_MINUTE);
      break;
    case 'hour':
      result = utcMs - mod(utcMs, MS_HOUR);
      break;
    case 'day':
      result = utcMs - mod(utcMs, MS_DAY);
      break;
    case 'week': {
      const days = (utcMs - mod(utcMs, MS_DAY)) / MS_DAY;
      result = (days - isoWeekday(days) + 1) * MS_DAY;
      break;
    }
    case 'month':
    case 'year':
      civilFromDays((utcMs - mod(utcMs, MS_DAY)) / MS_DAY);
      result = daysFromCivil(civilY, precision === 'year' ? 1 : civilM, 1) * MS_DAY;
      break;
    default:
      return NaN;
  }
  return inDateRange(result) ? result : NaN;
}

/** Start of the unit after the one starting at `start`. */
function nextUnit(start: number, precision: Precision): number {
  switch (precision) {
    case 'year':
      return addUnits(start, 'year', 1);
    case 'month':
      return addUnits(start, 'month', 1);
    case 'week':
      return start + MS_WEEK;
    case 'day':
      return start + MS_DAY;
    case 'hour':
      return start + MS_HOUR;
    case 'minute':
      return start + MS_MINUTE;
    case 'second':
      return start + MS_SECOND;
  }
}

/** Index in PRECISION_ORDER, or -1 for anything that is not a precision. */
function precisionRank(p: unknown): number {
  switch (p) {
    case 'year':
      return 0;
    case 'month':
      return 1;
    case 'week':
      return 2;
    case 'day':
      return 3;
    case 'hour':
      return 4;
    case 'minute':
      return 5;
    case 'second':
      return 6;
    default:
      return -1;
  }
}

// ---------------------------------------------------------------------------------------------
// Messages

function quote(text: string): string {
  return JSON.stringify(clip(text, 48));
}

function describe(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  return String(value);
}

function formatYear(y: number): string {
  return y >= 1 ? String(y) : `${1 - y} BCE`;
}

function formatInstant(ms: number): string {
  return inDateRange(ms) ? new Date(ms).toISOString() : String(ms);
}

function fail(code: DateErrorCode, path: string, message: string): {ok: false; error: DateError} {
  return {ok: false, error: {code, path, message}};
}

const GRAMMAR = 'expected YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.sss]] followed by Z or ±HH:MM';
const RANGE =
  'outside the range of dates JavaScript can represent (-271821-04-20 to +275760-09-13, astronomical years)';

function syntaxError(text: string, path: string, reason: string): DateError {
  return {code: 'date-syntax', path, message: `${quote(text)} is not an ISO 8601 date: ${reason}`};
}

// ---------------------------------------------------------------------------------------------
// The scanner. It writes its result to module scratch variables and returns an error or null.

let parsedStart = 0;
let parsedEnd = 0;
let parsedPrecision: Precision = 'day';
/** Whether the last date scanned had a time without Z or an offset (read as UTC). */
let parsedWithoutOffset = false;

/** Two decimal digits at `i` as a number, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1; // NaN past the end fails the tests
}

const CH_PLUS = 43;
const CH_MINUS = 45;
const CH_DOT = 46;
const CH_COLON = 58;
const CH_T = 84;
const CH_W = 87;
const CH_Z = 90;

function scan(text: string, path: string): DateError | null {
  parsedWithoutOffset = false;
  const n = text.length;
  if (n === 0) return syntaxError(text, path, 'it is empty');
  let i = 0;
  const c0 = text.charCodeAt(0);
  const signed = c0 === CH_PLUS || c0 === CH_MINUS;
  if (signed) i = 1;
  const yearFrom = i;
  let year = 0;
  while (i < n && i - yearFrom < 7) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    year = year * 10 + c;
    i++;
  }
  const yearDigits = i - yearFrom;
  if (signed ? yearDigits < 4 || yearDigits > 6 : yearDigits !== 4) {
    return syntaxError(
      text,
      path,
      yearDigits === 0 && !signed
        ? GRAMMAR
        : 'the year takes exactly 4 digits (2024), or a sign and 4 to 6 digits (-0043, +010000)',
    );
  }
  if (c0 === CH_MINUS) year = 0 - year;

  if (i === n)
    return accept(text, path, daysFromCivil(year, 1, 1) * MS_DAY, daysFromCivil(year + 1, 1, 1) * MS_DAY, 'year');
  if (text.charCodeAt(i) !== CH_MINUS) return syntaxError(text, path, GRAMMAR);
  i++;

  if (text.charCodeAt(i) === CH_W) {
    const week = twoDigits(text, i + 1);
    if (week < 0 || i + 3 !== n) return syntaxError(text, path, 'an ISO week is written YYYY-Www, e.g. 2024-W42');
    if (week < 1 || week > 53)
      return syntaxError(text, path, `week ${String(week).padStart(2, '0')} does not exist (weeks are 01 to 53)`);
    const weeks = isoWeeksInYear(year);
    if (week > weeks) {
      return {
        code: 'date-calendar',
        path,
        message: `${quote(text)} is not a calendar date: ISO year ${formatYear(year)} has ${weeks} weeks`,
      };
    }
    const start = (isoWeekOneMonday(year) + (week - 1) * 7) * MS_DAY;
    return accept(text, path, start, start + MS_WEEK, 'week');
  }

  const month = twoDigits(text, i);
  if (month < 0) return syntaxError(text, path, GRAMMAR);
  if (month < 1 || month > 12)
    return syntaxError(text, path, `month ${String(month).padStart(2, '0')} does not exist (months are 01 to 12)`);
  i += 2;
  if (i === n) {
    const first = daysFromCivil(year, month, 1);
    return accept(text, path, first * MS_DAY, (first + daysInMonth(year, month)) * MS_DAY, 'month');
  }
  if (text.charCodeAt(i) !== CH_MINUS) return syntaxError(text, path, GRAMMAR);
  const day = twoDigits(text, i + 1);
  if (day < 0) return syntaxError(text, path, GRAMMAR);
  if (day < 1 || day > 31)
    return syntaxError(text, path, `day ${String(day).padStart(2, '0')} does not exist (days are 01 to 31)`);
  i += 3;

  let timeMs = 0;
  let precision: Precision = 'day';
  let offsetMinutes = 0;
  if (i !== n) {
    if (text.charCodeAt(i) !== CH_T) return syntaxError(text, path, GRAMMAR);
    const hour = twoDigits(text, i + 1);
    if (hour < 0 || text.charCodeAt(i + 3) !== CH_COLON)
      return syntaxError(text, path, 'a time is written THH:MM, THH:MM:SS or THH:MM:SS.sss');
    const minute = twoDigits(text, i + 4);
    if (minute < 0) return syntaxError(text, path, 'a time is written THH:MM, THH:MM:SS or THH:MM:SS.sss');
    if (hour > 23) return syntaxError(text, path, `hour ${hour} does not exist (hours are 00 to 23)`);
    if (minute > 59) return syntaxError(text, path, `minute ${minute} does not exist (minutes are 00 to 59)`);
    i += 6;
    timeMs = hour * MS_HOUR + minute * MS_MINUTE;
    precision = 'minute';
    if (text.charCodeAt(i) === CH_COLON) {
      const second = twoDigits(text, i + 1);
      if (second < 0) return syntaxError(text, path, 'a time is written THH:MM, THH:MM:SS or THH:MM:SS.sss');
      if (second > 59)
        return syntaxError(
          text,
          path,
          `second ${second} does not exist (seconds are 00 to 59, leap seconds are not supported)`,
        );
      i += 3;
      timeMs += second * MS_SECOND;
      precision = 'second';
      if (text.charCodeAt(i) === CH_DOT) {
        i++;
        const fractionFrom = i;
        let fraction = 0;
        while (i - fractionFrom < 3) {
          const c = text.charCodeAt(i) - 48;
          if (!(c >= 0 && c <= 9)) break;
          fraction = fraction * 10 + c;
          i++;
        }
        const digits = i - fractionFrom;
        if (digits === 0) return syntaxError(text, path, 'a fraction of a second takes 1 to 3 digits');
        timeMs += digits === 1 ? fraction * 100 : digits === 2 ? fraction * 10 : fraction;
      }
    }
    const zone = text.charCodeAt(i);
    if (i === n) {
      parsedWithoutOffset = true;
    } else if (zone === CH_Z) {
      i++;
    } else if (zone === CH_PLUS || zone === CH_MINUS) {
      const oh = twoDigits(text, i + 1);
      const om = twoDigits(text, i + 4);
      if (oh < 0 || om < 0 || text.charCodeAt(i + 3) !== CH_COLON || oh > 23 || om > 59) {
        return syntaxError(text, path, 'a UTC offset is Z or ±HH:MM with hours 00 to 23 and minutes 00 to 59');
      }
      offsetMinutes = (zone === CH_MINUS ? -1 : 1) * (oh * 60 + om);
      i += 6;
    } else {
      return syntaxError(text, path, 'a time ends with Z, a UTC offset ±HH:MM, or nothing (read as UTC)');
    }
    if (i !== n) return syntaxError(text, path, GRAMMAR);
  }

  const last = daysInMonth(year, month);
  if (day > last) {
    return {
      code: 'date-calendar',
      path,
      message: `${quote(text)} is not a calendar date: ${MONTH_NAMES[month - 1] ?? ''} ${formatYear(year)} has ${last} days`,
    };
  }
  const start = daysFromCivil(year, month, day) * MS_DAY + timeMs - offsetMinutes * MS_MINUTE;
  return accept(
    text,
    path,
    start,
    start + (precision === 'day' ? MS_DAY : precision === 'minute' ? MS_MINUTE : MS_SECOND),
    precision,
  );
}

function accept(text: string, path: string, start: number, end: number, precision: Precision): DateError | null {
  if (!(start >= -MAX_MS && end <= MAX_MS)) return {code: 'date-range', path, message: `${quote(text)} is ${RANGE}`};
  parsedStart = start;
  parsedEnd = end;
  parsedPrecision = precision;
  return null;
}

function noOffsetWarning(text: string, path: string): DateWarning {
  return {
    code: 'date-no-offset',
    path,
    message: `${quote(text)} gives a time without a UTC offset: it is read as UTC (${text}Z); add the offset (e.g. ${text}+02:00) if it is a local time`,
  };
}

/**
 * Parses an ISO 8601 date of the feed grammar into its UTC interval and precision. Error and warning
 * paths are ''. A time without an offset is read as UTC, with a 'date-no-offset' warning.
 */
export function parseIsoDate(
  text: string,
): {ok: true; start: number; end: number; precision: Precision; warning?: DateWarning} | {ok: false; error: DateError} {
  if (typeof text !== 'string')
    return fail('date-syntax', '', `a date must be an ISO 8601 string, not ${describe(text)}`);
  const error = scan(text, '');
  if (error) return {ok: false, error};
  const result: {ok: true; start: number; end: number; precision: Precision; warning?: DateWarning} = {
    ok: true,
    start: parsedStart,
    end: parsedEnd,
    precision: parsedPrecision,
  };
  if (parsedWithoutOffset) result.warning = noOffsetWarning(text, '');
  return result;
}

// ---------------------------------------------------------------------------------------------
// Date specs

/** Results for ISO strings, shared (frozen): a string's result depends on nothing else. */
const stringDates = new Map<string, DateResult>();
const STRING_DATES_KEPT = 20_000;

/**
 * Resolves a date spec (an ISO string or a date object) to its interval. `anchor` is the feed's
 * resolved `published` date, needed by relative dates only. Never throws.
 */
export function resolveDateSpec(spec: FriseDateSpec, anchor?: ResolvedDate): DateResult {
  if (typeof spec === 'string') {
    // a large feed repeats its dates (100,000 events over two years: each day about 140 times)
    const known = stringDates.get(spec);
    if (known) return known;
    const error = scan(spec, '');
    const result: DateResult = error
      ? {ok: false, error}
      : {
          ok: true,
          value: Object.freeze({
            start: parsedStart,
            end: parsedEnd,
            precision: parsedPrecision,
            approximate: false,
            relative: false,
            verified: true,
          }),
        };
    if (!error && parsedWithoutOffset)
      (result as {warning?: DateWarning}).warning = Object.freeze(noOffsetWarning(spec, ''));
    if (stringDates.size >= STRING_DATES_KEPT) stringDates.clear();
    stringDates.set(spec, Object.freeze(result));
    return result;
  }
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    return fail(
      'date-syntax',
      '',
      `a date must be an ISO 8601 string or an object with "date" or "relative", not ${describe(spec)}`,
    );
  }
  try {
    return resolveDateObject(spec, anchor);
  } catch {
    // Only reachable with exotic objects (throwing getters, proxies): JSON input never gets here.
    return fail('date-syntax', '', 'the date object could not be read');
  }
}

function resolveDateObject(spec: FriseDateObject, anchor: ResolvedDate | undefined): DateResult {
  const date: unknown = spec.date;
  const relative: unknown = spec.relative;
  if ((date === undefined) === (relative === undefined)) {
    return fail(
      'date-syntax',
      '',
      date === undefined
        ? 'a date object needs "date" (an ISO 8601 string) or "relative" ({"unit", "offset"})'
        : 'a date object takes "date" or "relative", not both',
    );
  }

  let start: number;
  let end: number;
  let own: Precision;
  let warning: DateWarning | undefined;
  if (date !== undefined) {
    if (typeof date !== 'string')
      return fail('date-syntax', '/date', `"date" must be an ISO 8601 string, not ${describe(date)}`);
    const error = scan(date, '/date');
    if (error) return {ok: false, error};
    if (parsedWithoutOffset) warning = noOffsetWarning(date, '/date');
    start = parsedStart;
    end = parsedEnd;
    own = parsedPrecision;
  } else {
    if (typeof relative !== 'object' || relative === null || Array.isArray(relative)) {
      return fail(
        'date-syntax',
        '/relative',
        `"relative" must be an object {"unit", "offset"}, not ${describe(relative)}`,
      );
    }
    const {unit, offset} = relative as {unit?: unknown; offset?: unknown};
    if (unit !== 'day' && unit !== 'week' && unit !== 'month' && unit !== 'year') {
      return fail(
        'date-syntax',
        '/relative/unit',
        `the unit of a relative date is "day", "week", "month" or "year", not ${describe(unit)}`,
      );
    }
    if (typeof offset !== 'number' || !Number.isInteger(offset)) {
      return fail(
        'date-syntax',
        '/relative/offset',
        `the offset of a relative date is a whole number of units, not ${describe(offset)}`,
      );
    }
    if (anchor === undefined || anchor === null) {
      return fail(
        'date-relative-anchor',
        '/relative',
        `a relative date (${offset} ${unit}) needs the feed's "published" date, and the feed has none`,
      );
    }
    if (typeof anchor !== 'object' || !inDateRange(anchor.start)) {
      return fail(
        'date-relative-anchor',
        '/relative',
        `a relative date (${offset} ${unit}) needs the feed's "published" date, which is not a valid date`,
      );
    }
    start = addUnits(floorToPrecision(anchor.start, unit), unit, offset);
    end = nextUnit(start, unit);
    if (!(start >= -MAX_MS && end <= MAX_MS)) {
      return fail(
        'date-range',
        '/relative',
        `${offset} ${unit}(s) from the published date ${formatInstant(anchor.start)} is ${RANGE}`,
      );
    }
    own = unit;
  }

  let precision = own;
  const wanted: unknown = spec.precision;
  if (wanted !== undefined && wanted !== own) {
    const rank = precisionRank(wanted);
    if (rank < 0) {
      return fail(
        'date-precision',
        '/precision',
        `${describe(wanted)} is not a precision (year, month, week, day, hour, minute or second)`,
      );
    }
    precision = wanted as Precision;
    if (rank > precisionRank(own)) {
      return fail(
        'date-precision',
        '/precision',
        date !== undefined
          ? `precision "${precision}" is finer than the date ${quote(date as string)}, which is only given to the ${own}`
          : `precision "${precision}" is finer than the unit of the relative date, ${own}`,
      );
    }
    // An ISO week straddles months and years: it belongs to those of its Thursday.
    const pivot = own === 'week' && (precision === 'month' || precision === 'year') ? start + 3 * MS_DAY : start;
    start = floorToPrecision(pivot, precision);
    end = nextUnit(start, precision);
    if (!(start >= -MAX_MS && end <= MAX_MS)) {
      return fail('date-range', '/precision', `the ${precision} holding ${formatInstant(pivot)} is ${RANGE}`);
    }
  }

  const value: ResolvedDate = {
    start,
    end,
    precision,
    approximate: spec.approximate === true,
    relative: date === undefined,
    verified: spec.verified !== false,
  };
  if (spec.wording !== undefined) value.wording = spec.wording;
  return warning ? {ok: true, value, warning} : {ok: true, value};
}

/**
 * The interval of an event: [start.start, (end ?? start).end). 'date-range' at '/end' when the end
 * date ends at or before the start date starts (at '/start' or '/end' if a bound is not finite).
 */
export function resolveEventInterval(
  start: ResolvedDate,
  end?: ResolvedDate,
): {ok: true; start: number; end: number} | {ok: false; error: DateError} {
  const from = start.start;
  if (!inDateRange(from)) return fail('date-range', '/start', `the start date is not a valid date (${String(from)})`);
  const to = (end ?? start).end;
  if (!inDateRange(to))
    return fail(
      'date-range',
      end ? '/end' : '/start',
      `the ${end ? 'end' : 'start'} date is not a valid date (end ${String(to)})`,
    );
  if (to <= from) {
    return fail(
      'date-range',
      '/end',
      `the end date ends at ${formatInstant(to)}, which is not after the start date's start, ${formatInstant(from)}`,
    );
  }
  return {ok: true, start: from, end: to};
}
