/**
 * Dates given as parts (TimelineJS3's year, month, day, hour, minute, second, millisecond) or as
 * other tools' strings and numbers, written as frise dates at the precision they are given: a year
 * alone is `"2024"`, with a month `"2024-06"`, with a day `"2024-06-19"`, with a time an ISO date-time.
 */
import type {FriseDateSpec, FrisePrecision} from '../model/types.js';

/** The earliest and latest astronomical years whose whole year frise can draw (what a JS Date holds). */
export const FIRST_YEAR = -271820;
export const LAST_YEAR = 275759;

/** A date's parts as read from the input (numbers, or strings of digits). */
export interface DateParts {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
  millisecond?: unknown;
}

/** Why a part could not be used; `part` names it as the input does (`year`, `month`…). */
export interface DatePartProblem {
  part: keyof DateParts;
  code: 'missing-property' | 'date-syntax' | 'out-of-range';
  severity: 'error' | 'warning';
  message: string;
}

export interface DatePartsResult {
  /** The frise date; undefined when the date cannot be read (an error among the problems says why). */
  date?: string;
  /** Set when the date is finer than its ISO form says (a time given to the hour: `…T13:00`, precision hour). */
  precision?: FrisePrecision;
  problems: DatePartProblem[];
}

const PART_RANGES: Record<Exclude<keyof DateParts, 'year'>, [number, number]> = {
  month: [1, 12],
  day: [1, 31],
  hour: [0, 23],
  minute: [0, 59],
  second: [0, 59],
  millisecond: [0, 999],
};

/**
 * A whole number from a number or a string of digits (spaces and thousands commas dropped, as
 * TimelineJS3 drops them: "1,968" is 1968). Undefined when absent or blank; NaN when not a whole number.
 */
export function readWholeNumber(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number.NaN;
  if (typeof value !== 'string') return Number.NaN;
  const cleaned = value.replace(/[\s,]+/g, '');
  if (cleaned === '') return undefined;
  return /^[+-]?\d{1,15}$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** A year as ISO 8601 writes it: four digits from 0000 to 9999, else a sign (`-0043`, `+10000`). */
export function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
  return `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(4, '0')}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A frise date from its parts. `bce` says how a negative year counts: TimelineJS3's documentation and
 * display read -500 as 500 BCE, which is astronomical year -499 (frise's numbering, where 0000 is
 * 1 BCE). Parts after the first one missing are ignored with a warning (a day without a month); a part
 * out of its range, or a year frise cannot draw, is an error. With `yearOnly` (TimelineJS3's
 * cosmological scale) only the year is read.
 */
export function datePartsToIso(
  parts: DateParts,
  options: {utcOffset?: string | undefined; bce?: boolean; yearOnly?: boolean} = {},
): DatePartsResult {
  const problems: DatePartProblem[] = [];
  const year = readWholeNumber(parts.year);
  if (year === undefined) {
    problems.push({part: 'year', code: 'missing-property', severity: 'error', message: 'has no year'});
    return {problems};
  }
  if (Number.isNaN(year)) {
    problems.push({
      part: 'year',
      code: 'date-syntax',
      severity: 'error',
      message: `the year ${show(parts.year)} is not a whole number`,
    });
    return {problems};
  }
  let astronomical = year;
  if (options.bce && year < 0) astronomical = year + 1;
  if (options.bce && year === 0) {
    problems.push({
      part: 'year',
      code: 'date-syntax',
      severity: 'warning',
      message: 'the year 0 does not exist in BCE/CE years: it is read as 1 BCE',
    });
  }
  if (astronomical < FIRST_YEAR || astronomical > LAST_YEAR) {
    problems.push({
      part: 'year',
      code: 'out-of-range',
      severity: 'error',
      message: `the year ${year} is outside the years frise can draw (271,821 BCE to 275,759 CE)`,
    });
    return {problems};
  }
  let date = isoYear(astronomical);
  if (options.yearOnly) return {date, problems};

  const values: Partial<Record<keyof DateParts, number>> = {};
  const order = ['month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
  let missing: (typeof order)[number] | undefined;
  for (const part of order) {
    const value = readWholeNumber(parts[part]);
    if (value === undefined) {
      missing ??= part;
      continue;
    }
    const [low, high] = PART_RANGES[part];
    if (Number.isNaN(value) || value < low || value > high) {
      problems.push({
        part,
        code: 'date-syntax',
        severity: 'error',
        message: `the ${part} ${show(parts[part])} is not a whole number from ${low} to ${high}`,
      });
      return {problems};
    }
    if (missing !== undefined) {
      // a time needs its day, a day its month: what comes after a gap cannot be placed
      problems.push({
        part,
        code: 'date-syntax',
        severity: 'warning',
        message: `the ${part} is given without the ${missing}: it is ignored, and the date is read to the ${precisionBefore(missing)}`,
      });
      continue;
    }
    values[part] = value;
  }
  if (values.month === undefined) return {date, problems};
  date += `-${pad2(values.month)}`;
  if (values.day === undefined) return {date, problems};
  date += `-${pad2(values.day)}`;
  if (values.hour === undefined) return {date, problems};
  const offset = options.utcOffset ?? '';
  if (values.minute === undefined)
    return {date: `${date}T${pad2(values.hour)}:00${offset}`, precision: 'hour', problems};
  date += `T${pad2(values.hour)}:${pad2(values.minute)}`;
  if (values.second !== undefined) {
    date += `:${pad2(values.second)}`;
    if (values.millisecond !== undefined) date += `.${String(values.millisecond).padStart(3, '0')}`;
  }
  return {date: `${date}${offset}`, problems};
}

function precisionBefore(missing: keyof DateParts): string {
  return {month: 'year', day: 'month', hour: 'day', minute: 'hour', second: 'minute', millisecond: 'second'}[
    missing as Exclude<keyof DateParts, 'year'>
  ];
}

/** A date spec: the ISO string alone, or a date object when it has a wording or a coarser precision. */
export function dateSpec(
  date: string,
  extra: {precision?: FrisePrecision | undefined; wording?: string | undefined; approximate?: boolean} = {},
): FriseDateSpec {
  if (extra.precision === undefined && !extra.wording && !extra.approximate) return date;
  const spec: FriseDateSpec = {date};
  if (extra.precision !== undefined) spec.precision = extra.precision;
  if (extra.approximate) spec.approximate = true;
  if (extra.wording) spec.wording = extra.wording;
  return spec;
}

/** A time of day as the TimelineJS3 sheet takes it: "13:45", "1:45 PM", "1:45 p.m.", "1345", "13.45", "13:45:30.5". */
export function parseTimeOfDay(
  text: string,
): {ok: true; hour: number; minute?: number; second?: number; millisecond?: number} | {ok: false; message: string} {
  let rest = text.trim();
  // the longest time of day is "12:59:59.999 p.m."; a longer text is not one (and is not scanned)
  if (rest.length > 24) return {ok: false, message: `"${rest.slice(0, 24)}…" is not a time of day (13:45, 1:45 PM)`};
  let period: 'a' | 'p' | undefined;
  const meridiem = /\s*([AaPp])\.?\s*[Mm]\.?$/.exec(rest);
  if (meridiem) {
    period = meridiem[1]!.toLowerCase() as 'a' | 'p';
    rest = rest.slice(0, meridiem.index).trim();
  }
  const compact = /^(\d{1,2})(\d{2})$/.exec(rest);
  const parts = compact ? [compact[1]!, compact[2]!] : rest.split(rest.includes(':') ? ':' : '.');
  if (
    parts.length > 3 ||
    parts.some((part, index) => !(index === 2 ? /^\d{1,2}(?:[.,]\d{1,3})?$/ : /^\d{1,2}$/).test(part))
  )
    return {ok: false, message: `"${text}" is not a time of day (13:45, 1:45 PM)`};
  let hour = Number(parts[0]);
  if (period) {
    if (hour < 1 || hour > 12) return {ok: false, message: `"${text}": a time with AM or PM has an hour from 1 to 12`};
    hour = (hour % 12) + (period === 'p' ? 12 : 0);
  }
  if (hour > 23) return {ok: false, message: `"${text}": the hour is not from 0 to 23`};
  const result: {ok: true; hour: number; minute?: number; second?: number; millisecond?: number} = {ok: true, hour};
  if (parts[1] !== undefined) {
    const minute = Number(parts[1]);
    if (minute > 59) return {ok: false, message: `"${text}": the minute is not from 0 to 59`};
    result.minute = minute;
  }
  if (parts[2] !== undefined) {
    const [whole, fraction] = parts[2].split(/[.,]/);
    const second = Number(whole);
    if (second > 59) return {ok: false, message: `"${text}": the second is not from 0 to 59`};
    result.second = second;
    if (fraction !== undefined) result.millisecond = Number(fraction.padEnd(3, '0'));
  }
  return result;
}

// ISO 8601 as other tools write it: a space may stand for the T, the offset may lack its colon, and
// seconds may carry more than three decimals.
const LOOSE_ISO =
  /^([+-]?\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

/**
 * A frise date from an ISO 8601 string as other tools write it (`2024-06-19 13:45`, `…T13:45:00.000+0200`),
 * or undefined when it is not one. A time without an offset takes `utcOffset` when given.
 */
export function looseIsoToFrise(text: string, utcOffset?: string): string | undefined {
  const match = LOOSE_ISO.exec(text.trim());
  if (!match) return undefined;
  const [, yearText, month, day, hour, minute, second, fraction, zone] = match;
  const year = Number(yearText);
  let date = isoYear(year);
  if (month === undefined) return date;
  date += `-${month}`;
  if (day === undefined) return date;
  date += `-${day}`;
  if (hour === undefined) return date;
  date += `T${hour}:${minute}`;
  if (second !== undefined) {
    date += `:${second}`;
    if (fraction !== undefined && /[1-9]/.test(fraction)) date += `.${fraction.slice(0, 3).padEnd(3, '0')}`;
  }
  if (zone === undefined) return `${date}${utcOffset ?? ''}`;
  if (zone === 'Z' || zone === 'z') return `${date}Z`;
  const digits = zone.slice(1).replace(':', '');
  return `${date}${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4).padEnd(2, '0')}`;
}

/** A frise date for an instant in UTC milliseconds: to the minute, the second or the millisecond it gives. */
export function instantToFrise(utcMs: number): string | undefined {
  if (!Number.isFinite(utcMs)) return undefined;
  const date = new Date(utcMs);
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString(); // 2024-06-19T13:45:30.250Z, or ±YYYYYY-… beyond 0–9999
  const [day, time = ''] = iso.slice(0, -1).split('T');
  const [hhmm, seconds] = [time.slice(0, 5), time.slice(6)];
  const year = Number(day!.slice(0, day!.length - 6));
  const dayPart = `${isoYear(year)}${day!.slice(-6)}`;
  if (seconds === '00.000') return `${dayPart}T${hhmm}Z`;
  if (seconds.endsWith('.000')) return `${dayPart}T${hhmm}:${seconds.slice(0, 2)}Z`;
  return `${dayPart}T${hhmm}:${seconds}Z`;
}

/** A UTC offset as frise writes it (`Z`, `+02:00`), or undefined when the text is not one. */
export function normalizeUtcOffset(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^(?:z|utc|gmt)$/i.test(trimmed)) return 'Z';
  const match = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(trimmed);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 23 || minutes > 59) return undefined;
  return `${match[1]}${pad2(hours)}:${pad2(minutes)}`;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;
  if (typeof value === 'number') return String(value);
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}
