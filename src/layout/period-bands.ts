import type {FrisePeriod} from '../model/types.js';
import {fitText, type Measure} from './text-fit.js';

/** A period as drawn in the current view: its band across the lanes and its name in the strip above them. */
export interface PeriodBand {
  id: string;
  /** Left and right of the band on screen, clipped to the chart (x1 < x2). */
  x1: number;
  x2: number;
  /** The name as it fits (cut with an ellipsis between graphemes), or '' when it does not fit at all. */
  label: string;
  /** Where the name starts: at the band's left edge, or at the chart's edge when the band starts before it. */
  labelX: number;
  /** The period's colour as given (the colour choke point decides what is drawn). */
  color?: string;
}

/** Room left around a period's name, in px. */
const LABEL_PAD = 4;
/** Below this many px of room, a period's name is not tried. */
const MIN_LABEL = 24;

/**
 * The bands of the periods that meet the view [0, width] (screen px), in the order given (by start),
 * with their names fitted to the room each band has on screen. A name that would run into the name of
 * an earlier period (periods may overlap) is cut at it, or left out. Pure: the chart calls it at every
 * zoom and pan.
 *
 * @param toScreen a time (UTC ms) → screen x, as the chart's current zoom draws it
 * @param title a period's name in the language shown
 */
export function periodBands(
  periods: readonly FrisePeriod[],
  toScreen: (time: number) => number,
  width: number,
  measure: Measure,
  title: (period: FrisePeriod) => string,
): PeriodBand[] {
  const bands: PeriodBand[] = [];
  // the right end of the last name placed: names never overlap
  let taken = -Infinity;
  for (const period of periods) {
    const a = toScreen(period.interval.start);
    const b = toScreen(period.interval.end);
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    const x1 = Math.max(0, Math.min(a, b));
    const x2 = Math.min(width, Math.max(a, b));
    if (!(x2 > x1)) continue;
    const labelX = Math.max(x1, taken) + LABEL_PAD;
    const room = x2 - labelX - LABEL_PAD;
    const fitted = room >= MIN_LABEL ? fitText(title(period), room, measure) : undefined;
    // an ellipsis alone says nothing
    const label = fitted && fitted.text !== '…' && fitted.width <= room ? fitted.text : '';
    if (fitted && label) taken = labelX + fitted.width + LABEL_PAD;
    const band: PeriodBand = {id: period.id, x1, x2, label, labelX};
    if (period.color !== undefined) band.color = period.color;
    bands.push(band);
  }
  return bands;
}
