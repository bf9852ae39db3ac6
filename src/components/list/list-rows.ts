import {TIME_LIMIT} from '../../i18n/format-date.js';
import type {FriseEvent} from '../../model/types.js';
import type {ResolvedDate} from '../../model/dates.js';
import {startPrecision} from '../../model/lazy-event.js';

/**
 * The list as a flat sequence of rows (a year heading, a month heading, an event), so that the list
 * can render any slice of it: a 100,000-event feed is about 100,100 rows, of which a screenful is in
 * the DOM. Every row knows the year section and the run of events (a month, or the year-level events
 * between months) it belongs to, so a slice is drawn with the same nesting as the whole list.
 */
export type ListRow = YearRow | MonthRow | EventRow;

interface RowBase {
  /** UTC year of the section the row is in. */
  year: number;
  /** Index of its year section in the list (the key of the section when a slice is drawn). */
  section: number;
}

export interface YearRow extends RowBase {
  kind: 'year';
  /** `y:2024` (see rowKey). */
  key: string;
  /** Start of the year, UTC ms (for its heading's wording). */
  start: number;
  /** The very first row of the list (no space above it). */
  first: boolean;
}

export interface MonthRow extends RowBase {
  kind: 'month';
  /** `m:2024-10` (see rowKey). */
  key: string;
  /** `2024-10`. */
  month: string;
  /** Start of the month, UTC ms. */
  start: number;
  /** Index of the run of events the heading opens. */
  run: number;
}

export interface EventRow extends RowBase {
  kind: 'event';
  event: FriseEvent;
  /** Index of its run of events: one `<ol>` per run. */
  run: number;
  /** The month of the run, or null for the year-level events (known only to the year, or approximately to a month). */
  month: string | null;
  /** 1-based position in its run, and the run's length (aria-posinset and aria-setsize). */
  position: number;
  size: number;
}

export interface ListRows {
  rows: readonly ListRow[];
  /** Row index of a listed event, by id; undefined when it is not listed (unknown, or hidden by the filter). */
  rowOf(id: string): number | undefined;
  /** Row index of each heading, by its row key. */
  headingRowOf: ReadonlyMap<string, number>;
  /** How many events are listed. */
  eventCount: number;
}

/** An event sits under its year alone when its date is coarser than a month: known to the year, or to an approximate month. */
function isYearLevel(date: Pick<ResolvedDate, 'precision' | 'approximate'>): boolean {
  return date.precision === 'year' || (date.precision === 'month' && date.approximate);
}

/** The shortest interval a date at month precision covers: a point shorter than this is a day's or less. */
const SHORTEST_MONTH = 28 * 86_400_000;

/**
 * Whether an event is dated to a year (or to about a month). Asks the start's precision only, which an
 * event handed over by the feed worker gives without reading (parsing) the event: at 100,000 events,
 * reading every date took about 0.6 s of the list's first render. A point shorter than any month never is.
 */
function startsAtYearLevel(event: FriseEvent): boolean {
  if (!event.isRange && event.interval.end - event.interval.start < SHORTEST_MONTH) return false;
  return isYearLevel(startPrecision(event));
}

interface Segment {
  month: string | null;
  start: number;
  events: FriseEvent[];
}

interface YearGroup {
  year: number;
  start: number;
  segments: Segment[];
}

/** Groups events (already in time order) by UTC year, then month; year-level events stay in place between month groups. */
function groupByYearMonth(events: readonly FriseEvent[]): YearGroup[] {
  const years: YearGroup[] = [];
  let openMonths = new Map<string, Segment>();
  // the calendar month of the previous event: events come in time order, so most share it (no Date to make)
  let monthFrom = Infinity;
  let monthTo = -Infinity;
  let year = 0;
  let month = 0;
  for (const event of events) {
    // the interval starts where the start date does (resolveEventInterval)
    const at = event.interval.start;
    if (!(at >= monthFrom && at < monthTo)) {
      const start = new Date(at);
      year = start.getUTCFullYear();
      month = start.getUTCMonth();
      monthFrom = monthStart(year, month);
      monthTo = month === 11 ? monthStart(year + 1, 0) : monthStart(year, month + 1);
    }
    let group = years[years.length - 1];
    if (!group || group.year !== year) {
      group = {year, start: yearStart(year), segments: []};
      years.push(group);
      openMonths = new Map();
    }
    const last = group.segments[group.segments.length - 1];
    if (startsAtYearLevel(event)) {
      if (last && last.month === null) last.events.push(event);
      else group.segments.push({month: null, start: group.start, events: [event]});
      continue;
    }
    if (last && last.month !== null && last.start === monthFrom) {
      last.events.push(event);
      continue;
    }
    const key = `${year}-${String(month + 1).padStart(2, '0')}`;
    // a month already open in this year (only year-level events came between, at the same instant) takes it
    const open = openMonths.get(key);
    if (open) open.events.push(event);
    else {
      const segment: Segment = {month: key, start: monthFrom, events: [event]};
      openMonths.set(key, segment);
      group.segments.push(segment);
    }
  }
  return years;
}

/**
 * The rows of a list of events (in time order): year heading, then per run its month heading (if any)
 * and its events. `eventById` is the feed's index; an event's row is found through its `order` (its
 * place in the feed), not a map of its own: 100,000 ids hashed again would cost more than the rest.
 */
export function listRows(events: readonly FriseEvent[], eventById: ReadonlyMap<string, FriseEvent>): ListRows {
  const rows: ListRow[] = [];
  const rowByOrder = new Int32Array(eventById.size).fill(-1);
  const headingRowOf = new Map<string, number>();
  let run = 0;
  groupByYearMonth(events).forEach((group, section) => {
    const yearKey = `y:${group.year}`;
    headingRowOf.set(yearKey, rows.length);
    rows.push({kind: 'year', key: yearKey, year: group.year, section, start: group.start, first: rows.length === 0});
    for (const segment of group.segments) {
      if (segment.month !== null) {
        const monthKey = `m:${segment.month}`;
        headingRowOf.set(monthKey, rows.length);
        rows.push({
          kind: 'month',
          key: monthKey,
          year: group.year,
          section,
          month: segment.month,
          start: segment.start,
          run,
        });
      }
      const size = segment.events.length;
      segment.events.forEach((event, i) => {
        if (event.order >= 0 && event.order < rowByOrder.length) rowByOrder[event.order] = rows.length;
        rows.push({kind: 'event', year: group.year, section, event, run, month: segment.month, position: i + 1, size});
      });
      run++;
    }
  });
  const rowOf = (id: string): number | undefined => {
    const event = eventById.get(id);
    const row = event ? rowByOrder[event.order] : undefined;
    // the row must hold that very event: a feed index of other events would give another's row
    return row !== undefined && row >= 0 && rows[row]?.kind === 'event' && (rows[row] as EventRow).event === event
      ? row
      : undefined;
  };
  return {rows, rowOf, headingRowOf, eventCount: events.length};
}

/**
 * A row's key, stable across re-groupings of the same feed (remembered heights and the focus follow
 * it): `e:<event id>`, `y:<year>`, `m:<yyyy-mm>`. Made when asked: a list of 100,000 events asks for a
 * few dozen.
 */
export function rowKey(row: ListRow): string {
  return row.kind === 'event' ? `e:${row.event.id}` : row.key;
}

/** Row index of a row key (`e:<event id>`, `y:<year>`, `m:<yyyy-mm>`), or undefined when it is not listed. */
export function rowIndexOf(rows: ListRows, key: string): number | undefined {
  return key.startsWith('e:') ? rows.rowOf(key.slice(2)) : rows.headingRowOf.get(key);
}

/** A slice of rows regrouped as the list nests them: year sections, then runs (an `<ol>`, under a month heading or not). */
export interface SectionSlice {
  section: number;
  year: number;
  /** The year heading's row index, when the slice includes it. */
  heading: number | undefined;
  runs: RunSlice[];
}

export interface RunSlice {
  run: number;
  month: string | null;
  /** The month heading's row index, when the slice includes it. */
  heading: number | undefined;
  /** Row indexes of the events of the run in the slice. */
  items: number[];
}

/** Rows [from, to) regrouped into sections and runs. */
export function sliceRows(rows: readonly ListRow[], from: number, to: number): SectionSlice[] {
  const sections: SectionSlice[] = [];
  let section: SectionSlice | undefined;
  let run: RunSlice | undefined;
  for (let i = from; i < to; i++) {
    const row = rows[i];
    if (!row) break;
    if (!section || section.section !== row.section) {
      section = {section: row.section, year: row.year, heading: undefined, runs: []};
      sections.push(section);
      run = undefined;
    }
    if (row.kind === 'year') {
      section.heading = i;
      continue;
    }
    if (!run || run.run !== row.run) {
      run = {run: row.run, month: row.month, heading: undefined, items: []};
      section.runs.push(run);
    }
    if (row.kind === 'month') run.heading = i;
    else run.items.push(i);
  }
  return sections;
}

function yearStart(year: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  // the first representable day (-271821-04-20) is after the start of its year: the year starts there
  return Number.isNaN(d.getTime()) ? (year < 0 ? -TIME_LIMIT : TIME_LIMIT) : d.getTime();
}

function monthStart(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 1);
  return Number.isNaN(d.getTime()) ? (year < 0 ? -TIME_LIMIT : TIME_LIMIT) : d.getTime();
}
