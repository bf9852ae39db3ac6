import type {ResolvedDate} from '../model/dates.js';

/** A machine-readable date for `<time datetime>`, at the date's precision; undefined outside years 1–9999. */
export function isoDatetime(date: ResolvedDate): string | undefined {
  const d = new Date(date.start);
  const year = d.getUTCFullYear();
  if (year < 1 || year > 9999) return undefined;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const ymd = `${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  switch (date.precision) {
    case 'year':
      return pad(year, 4);
    case 'month':
      return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}`;
    case 'week': {
      // the ISO week is the one holding its Thursday; count weeks from 1 January of that Thursday's year
      const thursday = new Date(date.start + 3 * 86_400_000);
      const weekYear = thursday.getUTCFullYear();
      const januaryFirst = new Date(0);
      januaryFirst.setUTCFullYear(weekYear, 0, 1);
      const week = Math.floor((thursday.getTime() - januaryFirst.getTime()) / (7 * 86_400_000)) + 1;
      return `${pad(weekYear, 4)}-W${pad(week)}`;
    }
    case 'day':
      return ymd;
    case 'hour':
    case 'minute':
      return `${ymd}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}Z`;
    default:
      return `${ymd}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`;
  }
}
