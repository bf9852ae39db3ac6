import {utcDay, utcHour, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval} from 'd3-time';
import type {EventKind, EventStatus} from '../model/types.js';

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
export function binUnit(
  pxPerMs: number,
  shortestEventMs = 0,
): {name: string; interval: TimeInterval | CountableTimeInterval} {
  // never finer than the finest event: day-precise events all start at midnight, hour bins would lump them
  return (
    UNITS.find((unit) => unit.ms * pxPerMs >= MIN_BIN_PX && unit.ms >= shortestEventMs * 0.99) ??
    UNITS[UNITS.length - 1]!
  );
}

export type KindCount = [EventKind, number];
export type StatusCount = [EventStatus, number];
