import type {FriseEvent, FriseFeed} from '../model/types.js';
import type {TimelineLayout} from './compute-layout.js';
import {EVENTS_PER_STEP, finish} from './steps.js';

/**
 * Shares of the events' weight the first view may hold, from the most: a share is given up for the next
 * smaller one while holding it costs more than `GROWTH_LIMIT` times that one's span (the rest lie beyond
 * the edges, counted there). A dense stretch then stays framed however the outliers fall around it.
 */
const SHARES = [0.8, 0.7, 0.6, 0.5];
const GROWTH_LIMIT = 3;
/** A first view narrower than this share of the whole span is widened to it (a lone cluster still shows some context). */
const MIN_SPAN_SHARE = 0.01;
/** A first view holding most events but spanning more than this share of the whole is no better than the whole. */
const FIT_ABOVE_SHARE = 0.6;
/** Room left around the chosen events, as a share of the first view, so marks at the ends are not on the edge. */
const MARGIN_SHARE = 0.08;
/** A range longer than this share of the span is context (a war, a period): it runs off the edges and does not pull the view. */
const CONTEXT_SHARE = 0.25;

/**
 * The time window a reader should see first, [start, end) in UTC ms, or undefined when the whole span
 * is that window. It is the shortest window holding most of the events' weight (weight: the event's
 * importance, 1–5; see SHARES), with a margin: the densest, most important stretch of the story. Long
 * context ranges do not count (they would stretch the view over years of empty time; they run off its
 * edges instead), and a feed that names its own first view (`feed.view`) gets it. O(n) on events sorted
 * by start.
 */
export function homeWindow(
  feed: Pick<FriseFeed, 'events' | 'view'>,
  domain: [number, number],
): [number, number] | undefined {
  return homeWindows(feed, domain).chosen;
}

/**
 * The first view `homeWindow` chooses, and the wider windows it passed over on the way (from the widest:
 * the windows holding larger shares of the weight), which a caller that can tell whether a window reads
 * may prefer: a small feed whose wider window still reads should not hide events to frame a dense week.
 */
export function homeWindows(feed: Pick<FriseFeed, 'events' | 'view'>, domain: [number, number]): HomeWindows {
  return finish(homeWindowsInSteps(feed, domain));
}

/** The first view and the wider windows passed over (see homeWindows). */
export interface HomeWindows {
  chosen: [number, number] | undefined;
  wider: Array<[number, number]>;
}

/**
 * homeWindows as steps: the generator pauses after each EVENTS_PER_STEP events read, so that a host can
 * spread a large feed's first view over several tasks (`finish` runs it at once).
 */
export function* homeWindowsInSteps(
  feed: Pick<FriseFeed, 'events' | 'view'>,
  domain: [number, number],
): Generator<void, HomeWindows> {
  if (feed.view) return {chosen: [feed.view.start, feed.view.end], wider: []};
  const whole = domain[1] - domain[0];
  if (!(whole > 0)) return {chosen: undefined, wider: []};
  const {t, w} = yield* weightedMidpoints(feed.events, domain[0], CONTEXT_SHARE * whole);
  if (t.length < 3) return {chosen: undefined, wider: []};
  let total = 0;
  for (let i = 0; i < w.length; i++) total += w[i]!;
  const floor = MIN_SPAN_SHARE * whole;
  const passed: Array<[number, number]> = [];
  let best = shortestHolding(t, w, SHARES[0]! * total);
  for (const share of SHARES.slice(1)) {
    const smaller = shortestHolding(t, w, share * total);
    if (!best || !smaller || best[1] - best[0] <= GROWTH_LIMIT * Math.max(floor, smaller[1] - smaller[0])) break;
    passed.push(best);
    best = smaller;
  }
  const wider = passed.map((stretch) => padded(stretch, domain, 1)).filter((stretch) => stretch !== undefined);
  return {chosen: best && padded(best, domain, FIT_ABOVE_SHARE), wider};
}

/** A stretch of events with its margin, kept inside the domain; undefined when it spans more than `most` of the whole. */
function padded(events: [number, number], domain: [number, number], most: number): [number, number] | undefined {
  const whole = domain[1] - domain[0];
  const span = Math.max(events[1] - events[0], MIN_SPAN_SHARE * whole);
  const centre = (events[0] + events[1]) / 2;
  const size = span * (1 + 2 * MARGIN_SHARE);
  if (size >= most * whole) return undefined;
  const start = Math.max(domain[0], centre - size / 2);
  const end = Math.min(domain[1], start + size);
  return [Math.max(domain[0], end - size), end];
}

/**
 * The midpoints of the events no longer than `longest`, in time order, with their weights (importance,
 * at least 1). Sorted as packed numbers by the engine's numeric sort: twice the midpoint from `origin`
 * (a whole number of ms for dates) times 8, plus the weight. At 100,000 events this takes a few ms,
 * where sorting indices with a comparator took about 50 ms; times that do not pack exactly (not whole
 * or half ms, a weight above 7) are sorted with the comparator.
 */
function* weightedMidpoints(
  events: readonly FriseEvent[],
  origin: number,
  longest: number,
): Generator<void, {t: Float64Array; w: Float64Array}> {
  const times = new Float64Array(events.length);
  const weights = new Float64Array(events.length);
  let n = 0;
  let packable = true;
  for (let i = 0; i < events.length; i++) {
    if (i > 0 && i % EVENTS_PER_STEP === 0) yield;
    const {start, end} = events[i]!.interval;
    if (end - start > longest) continue;
    const twice = start + end - 2 * origin;
    const weight = Math.max(1, events[i]!.importance);
    times[n] = twice / 2 + origin;
    weights[n] = weight;
    if (!Number.isInteger(twice) || twice < 0 || twice > 2 ** 48 || !Number.isInteger(weight) || weight > 7)
      packable = false;
    n++;
  }
  const t = new Float64Array(n);
  const w = new Float64Array(n);
  if (packable) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = 2 * (times[i]! - origin) * 8 + weights[i]!;
    keys.sort();
    for (let i = 0; i < n; i++) {
      const weight = keys[i]! % 8;
      w[i] = weight;
      t[i] = (keys[i]! - weight) / 16 + origin;
    }
  } else {
    const order = Array.from({length: n}, (_, i) => i).sort((a, b) => times[a]! - times[b]!);
    order.forEach((index, i) => {
      t[i] = times[index]!;
      w[i] = weights[index]!;
    });
  }
  return {t, w};
}

/** The shortest [first, last] of sorted times whose weights add up to `need`. Two pointers: O(n). */
function shortestHolding(t: Float64Array, w: Float64Array, need: number): [number, number] | undefined {
  let best: [number, number] | undefined;
  let held = 0;
  let left = 0;
  for (let right = 0; right < t.length; right++) {
    held += w[right]!;
    while (held - w[left]! >= need) held -= w[left++]!;
    if (held >= need && (!best || t[right]! - t[left]! < best[1] - best[0])) best = [t[left]!, t[right]!];
  }
  return best;
}

/**
 * How many events lie wholly before `start` (they end before it) and wholly after `end` (they start
 * after it), by bisection on their sorted ends and starts: what the chart's edges say lies beyond them.
 */
export function countBeyond(
  sortedEnds: Float64Array,
  sortedStarts: Float64Array,
  start: number,
  end: number,
): {before: number; after: number} {
  return {before: bisect(sortedEnds, start), after: sortedStarts.length - bisect(sortedStarts, end, true)};
}

/** The first index whose time is ≥ value (> value when `after`). */
export function bisect(times: Float64Array, value: number, after = false): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (after ? times[mid]! <= value : times[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * How well a view reads: how many events whose marks lie in `within` (content px at the layout's zoom;
 * everything when absent) it labels in full, or -1 when a lane needs more than `maxRows` rows (a view
 * that reads only by stacking tall lanes does not read). A small feed opens on the widest candidate view
 * that labels as many events in full as the densest window: framing a dense stretch pays only when wider
 * views would shorten or hide its labels. A feed's own `view` wins regardless.
 */
export function fullyLabelled(
  layout: Pick<TimelineLayout, 'marks' | 'lanes'>,
  within: [number, number] | undefined,
  maxRows: number,
): number {
  if (layout.lanes.some((lane) => lane.rows > maxRows)) return -1;
  let count = 0;
  for (const mark of layout.marks) {
    if (within && (mark.x2 < within[0] || mark.x > within[1])) continue;
    if (mark.label.visible && mark.label.text === mark.label.full) count++;
  }
  return count;
}
