import type {ResolvedDate} from '../model/dates.js';
import {primarySubtag} from '../model/text.js';
import {safeLocale} from '../layout/time-format.js';

const OPTIONS: Record<ResolvedDate['precision'], Intl.DateTimeFormatOptions> = {
  year: {year: 'numeric'},
  month: {year: 'numeric', month: 'long'},
  week: {year: 'numeric', month: 'short', day: 'numeric'},
  day: {year: 'numeric', month: 'long', day: 'numeric'},
  hour: {year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', timeZoneName: 'short'},
  minute: {year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short'},
  second: {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  },
};

/** Whether a date is said as a day ("le 3 juin"), which some languages' ranges word differently from a month or a year. */
type DayLike = boolean;

export const DATE_WORDS: Record<
  string,
  {
    week: (d: string) => string;
    around: (d: string) => string;
    range: (a: string, b: string, aDay: DayLike, bDay: DayLike) => string;
  }
> = {
  en: {week: (d) => `week of ${d}`, around: (d) => `around ${d}`, range: (a, b) => `${a} – ${b}`},
  // "du 3 juin au 5 juillet", but "de juin à octobre 2024", "d’avril 2023 à 2024", "du 3 juin à octobre"
  fr: {
    week: (d) => `semaine du ${d}`,
    around: (d) => `vers ${d}`,
    range: (a, b, aDay, bDay) => `${aDay ? 'du ' : elidedDe(a)}${a}${bDay ? ' au ' : ' à '}${b}`,
  },
  ar: {week: (d) => `أسبوع ${d}`, around: (d) => `نحو ${d}`, range: (a, b) => `من ${a} إلى ${b}`},
};

const cache = new Map<string, Intl.DateTimeFormat>();

/** A date as wide as it is known, in a language: "juin 2024", "semaine du 14 oct. 2024", "vers 2022". */
export function formatResolvedDate(date: ResolvedDate, language: string): string {
  const start = representable(date.start);
  const words = DATE_WORDS[primarySubtag(language)] ?? DATE_WORDS['en']!;
  const bce = new Date(start).getUTCFullYear() <= 0;
  const key = `${language}|${date.precision}|${bce}`;
  let format = cache.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {...OPTIONS[date.precision], timeZone: 'UTC'};
    if (bce) options.era = 'short';
    format = new Intl.DateTimeFormat(safeLocale(language), options);
    cache.set(key, format);
  }
  let text = format.format(new Date(start));
  if (date.precision === 'week') text = words.week(text);
  if (date.approximate) text = words.around(text);
  return text;
}

/** The greatest time value a Date holds (±8.64e15 ms, about 275,760 years either side of 1970). */
export const TIME_LIMIT = 8.64e15;

/**
 * A time a Date can hold: one beyond it is brought to the nearest end (the start of the year of the
 * first representable day is before that day, and a padded view runs past the last one); NaN, which
 * only such a computation gives, to the start. Formatting never throws "Invalid time value".
 */
export function representable(ms: number): number {
  return Number.isNaN(ms) ? -TIME_LIMIT : Math.min(TIME_LIMIT, Math.max(-TIME_LIMIT, ms));
}

/** The date of an event: one date, or "du … au …" for a range. */
export function formatEventDate(start: ResolvedDate, end: ResolvedDate | undefined, language: string): string {
  if (!end) return formatResolvedDate(start, language);
  const words = DATE_WORDS[primarySubtag(language)] ?? DATE_WORDS['en']!;
  // "du vers 2022 au …", "du semaine du 14 oct. au …" do not read: an approximate end or a week gets a
  // dash instead of the language's words for a range
  const wordless = (date: ResolvedDate) => date.approximate || date.precision === 'week';
  if (wordless(start) || wordless(end))
    return `${formatResolvedDate(start, language)} – ${formatResolvedDate(end, language)}`;
  const dayLike = (date: ResolvedDate) => date.precision !== 'year' && date.precision !== 'month';
  return words.range(
    formatResolvedDate(start, language),
    formatResolvedDate(end, language),
    dayLike(start),
    dayLike(end),
  );
}

/** French "de" before a month or a year, elided before a vowel or a mute h ("d’avril", "d’août"). */
function elidedDe(next: string): string {
  return /^[aeiouyhâàéèêëîïôöûüœ]/i.test(next) ? 'd’' : 'de ';
}
