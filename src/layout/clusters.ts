import {utcDay, utcHour, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval} from 'd3-time';
import type {FriseEvent, FriseKind, FriseStatus} from '../model/types.js';

/** Narrowest a bin may be on screen: wide enough for its count to show, and below it marks are denser than the eye can separate. */
export const MIN_BIN_PX = 24;

const UNITS: Array<{name: string; ms: number; interval: TimeInterval | CountableTimeInterval}> = [
  {name: 'hour', ms: 3_600_000, interval: utcHour},
  {name: 'day', ms: 86_400_000, interval: utcDay},
  {name: 'week', ms: 7 * 86_400_000, interval: utcMonday},
  {name: 'month', ms: 30.44 * 86_400_000, interval: utcMonth},
  {name: 'quarter', ms: 91.3 * 86_400_000, interval: utcMonth.every(3)!},
  {name: 'year', ms: 365.24 * 86_400_000, interval: utcYear},
  {name: 'decade', ms: 3652.4 * 86_400_000, interval: utcYear.every(10)!},
  {name: 'century', ms: 36524 * 86_400_000, interval: utcYear.every(100)!},
];

/**
 * The calendar unit clusters are binned by at a scale of `pxPerMs`: the smallest unit at least
 * MIN_BIN_PX wide and no shorter than the shortest event. Bins sit on the calendar (weeks start on Monday, quarters in January…), so they
 * stay put while the view pans.
 */
export function binUnit(pxPerMs: number, shortestEventMs = 0): {name: string; interval: TimeInterval | CountableTimeInterval} {
  // never finer than the finest event: day-precise events all start at midnight, hour bins would lump them
  return UNITS.find((unit) => unit.ms * pxPerMs >= MIN_BIN_PX && unit.ms >= shortestEventMs * 0.99) ?? UNITS[UNITS.length - 1]!;
}

export interface Bin {
  start: number;
  end: number;
  events: FriseEvent[];
}

/** Events of one lane grouped by calendar bin of their start, in time order. */
export function binEvents(events: readonly FriseEvent[], interval: TimeInterval | CountableTimeInterval): Bin[] {
  const bins: Bin[] = [];
  let current: Bin | undefined;
  for (const event of events) {
    // events come sorted by start: a bin is done as soon as an event starts after it
    if (!current || event.interval.start >= current.end) {
      const start = interval.floor(new Date(event.interval.start)).getTime();
      current = {start, end: interval.offset(new Date(start), 1).getTime(), events: []};
      bins.push(current);
    }
    current.events.push(event);
  }
  return bins;
}

/** The most frequent values first, with their counts. */
export function dominant<T extends string>(values: Iterable<T>, top = 3): Array<[T, number]> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top);
}

export type KindCount = [FriseKind, number];
export type StatusCount = [FriseStatus, number];
