/**
 * Axis tick labels in any language, from Intl (so French, Arabic or Korean need no bundled locale).
 * Like d3's multi-scale format, each tick shows the coarsest unit at which it differs from its
 * neighbours: a year tick reads "2024", a month tick "juin", a day tick "18 oct.", an hour "14 h".
 * Times are UTC, like the scale.
 */
type Unit = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

const OPTIONS: Record<Unit, Intl.DateTimeFormatOptions> = {
  year: {year: 'numeric'},
  month: {month: 'short'},
  day: {day: 'numeric', month: 'short'},
  hour: {hour: 'numeric'},
  minute: {hour: 'numeric', minute: '2-digit'},
  second: {minute: '2-digit', second: '2-digit'},
};

export type TickFormatter = (date: Date) => string;

const tickFormatters = new Map<string, TickFormatter>();

/** The tick formatter of a language, made once: Intl formats are costly to create and a zoom frame needs one. */
export function createTickFormatter(language: string): TickFormatter {
  let formatter = tickFormatters.get(language);
  if (!formatter) {
    formatter = makeTickFormatter(language);
    tickFormatters.set(language, formatter);
  }
  return formatter;
}

function makeTickFormatter(language: string): TickFormatter {
  const formats = new Map<string, Intl.DateTimeFormat>();
  const formatter = (unit: Unit, bce: boolean) => {
    const key = `${unit}${bce ? '-bce' : ''}`;
    let format = formats.get(key);
    if (!format) {
      const options: Intl.DateTimeFormatOptions = {...OPTIONS[unit], timeZone: 'UTC'};
      if (bce && unit === 'year') options.era = 'short';
      format = new Intl.DateTimeFormat(safeLocale(language), options);
      formats.set(key, format);
    }
    return format;
  };
  return (date: Date) => {
    const unit = tickUnit(date);
    return formatter(unit, date.getUTCFullYear() <= 0).format(date);
  };
}

function tickUnit(date: Date): Unit {
  if (date.getUTCMilliseconds() !== 0 || date.getUTCSeconds() !== 0) return 'second';
  if (date.getUTCMinutes() !== 0) return 'minute';
  if (date.getUTCHours() !== 0) return 'hour';
  if (date.getUTCDate() !== 1) return 'day';
  if (date.getUTCMonth() !== 0) return 'month';
  return 'year';
}

/** A locale Intl accepts: the tag itself when valid, otherwise the runtime default. */
export function safeLocale(language: string): string | undefined {
  if (supportedLocales.has(language)) return supportedLocales.get(language);
  let locale: string | undefined;
  try {
    // ICU falls back to the default locale for a language it lacks: compare the language it resolved.
    // (Intl.DateTimeFormat.supportedLocalesOf lists every locale ICU has on its first call: 10 ms or
    // more of a first render.)
    const resolved = new Intl.DateTimeFormat(language).resolvedOptions().locale;
    locale = primaryLanguage(resolved) === primaryLanguage(language) ? language : undefined;
  } catch {
    locale = undefined;
  }
  supportedLocales.set(language, locale);
  return locale;
}

const supportedLocales = new Map<string, string | undefined>();

let preparing = false;

/**
 * Resolves a language's locale in the page's first idle moment, once per page. The first Intl date
 * format a page creates loads ICU's data (15 to 50 ms here, whatever the language); done while the page
 * waits for its feed, that cost does not fall on the first drawing.
 */
export function prepareDateFormatting(language: string): void {
  if (preparing) return;
  preparing = true;
  const prepare = () => void safeLocale(language);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, {timeout: 2000});
  else setTimeout(prepare, 0);
}

/** Whether a language's locale has been resolved (and ICU's data loaded) in this page. */
export function isLocaleResolved(language: string): boolean {
  return supportedLocales.has(language);
}

const primaryLanguage = (tag: string) => tag.split('-')[0]!.toLowerCase();
