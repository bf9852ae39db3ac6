import {scaleUtc, type ScaleTime} from 'd3-scale';
import type {FriseFeed, FriseKind, FriseStatus} from '../model/types.js';
import {pickText} from '../model/text.js';
import {assignLanes, type LaneBy} from './lanes.js';
import {fitText, type Measure} from './text-fit.js';

export interface LayoutMetrics {
  marginX: number;
  axisHeight: number;
  laneHeader: number;
  lanePadding: number;
  rowHeight: number;
  markRadius: number;
  rangeHeight: number;
  labelGap: number;
  maxLabelWidth: number;
  /** Horizontal space kept free between two things sharing a row. */
  rowGap: number;
}

export const DEFAULT_METRICS: LayoutMetrics = {
  marginX: 16,
  axisHeight: 30,
  laneHeader: 22,
  lanePadding: 6,
  rowHeight: 24,
  markRadius: 6,
  rangeHeight: 10,
  labelGap: 5,
  maxLabelWidth: 300,
  rowGap: 10,
};

export interface LayoutParams {
  width: number;
  laneBy: LaneBy;
  language: string;
  measure: Measure;
  labels: {other: string; kind: (kind: string) => string; status: (status: string) => string};
  metrics?: Partial<LayoutMetrics>;
}

export interface LabelLayout {
  text: string;
  /** Anchor point of the text (left edge for `start`, right edge for `end`), baseline centred on y. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  width: number;
  /** The full title when `text` had to be shortened. */
  full: string;
}

export interface MarkLayout {
  id: string;
  lane: string;
  row: number;
  /** Centre of a point mark, or left end of a range bar. */
  x: number;
  /** Right end of a range bar (equals x for a point). */
  x2: number;
  y: number;
  isRange: boolean;
  kind: FriseKind;
  status: FriseStatus;
  label: LabelLayout;
}

export interface LaneLayout {
  key: string;
  label: string;
  color?: string;
  y: number;
  height: number;
  rows: number;
  count: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  domain: [number, number];
  range: [number, number];
  lanes: LaneLayout[];
  marks: MarkLayout[];
}

const DAY = 86_400_000;

/**
 * Positions every event of the feed for one width: lanes top to bottom, a row within its lane for each
 * event so that no two marks or labels in a lane overlap, labels right of their mark (left when they
 * would leave the view). Deterministic: events are visited in the feed's order (start, end, id).
 */
export function computeLayout(feed: FriseFeed, params: LayoutParams): TimelineLayout {
  const m = {...DEFAULT_METRICS, ...params.metrics};
  const width = Math.max(params.width, 2 * m.marginX + 1);
  const domain = timeDomain(feed);
  const range: [number, number] = [m.marginX, width - m.marginX];
  const x = scaleUtc().domain(domain).range(range);
  const {lanes: laneSpecs, laneOf} = assignLanes(feed, params.laneBy, params.language, params.labels);

  const rowsByLane = new Map<string, number[]>();
  const marks: MarkLayout[] = [];
  for (const event of feed.events) {
    const lane = laneOf.get(event.id) ?? '';
    const [x1, x2] = markExtent(x, event.interval, event.isRange, m.markRadius);
    const title = pickText(event.title, params.language, feed.language);
    const place = placeLabel(title, x1, x2, event.isRange, range, m, params.measure);
    const {fitted, anchor, labelX} = place;
    const left = Math.min(x1 - (event.isRange ? 0 : m.markRadius), anchor === 'start' ? labelX : labelX - fitted.width);
    const right = Math.max(x2 + (event.isRange ? 0 : m.markRadius), anchor === 'start' ? labelX + fitted.width : labelX);

    const rowEnds = rowsByLane.get(lane) ?? [];
    rowsByLane.set(lane, rowEnds);
    let row = rowEnds.findIndex((end) => end + m.rowGap <= left);
    if (row === -1) row = rowEnds.push(right) - 1;
    else rowEnds[row] = right;

    marks.push({
      id: event.id,
      lane,
      row,
      x: event.isRange ? x1 : (x1 + x2) / 2,
      x2: event.isRange ? x2 : (x1 + x2) / 2,
      y: 0,
      isRange: event.isRange,
      kind: event.kind,
      status: event.status,
      label: {text: fitted.text, x: labelX, y: 0, anchor, width: fitted.width, full: title},
    });
  }

  const lanes: LaneLayout[] = [];
  const laneTop = new Map<string, number>();
  let y = m.axisHeight;
  for (const spec of laneSpecs) {
    const rows = rowsByLane.get(spec.key)?.length ?? 0;
    const height = m.laneHeader + rows * m.rowHeight + m.lanePadding;
    const lane: LaneLayout = {key: spec.key, label: spec.label, y, height, rows, count: 0};
    if (spec.color) lane.color = spec.color;
    lanes.push(lane);
    laneTop.set(spec.key, y);
    y += height;
  }
  const laneByKey = new Map(lanes.map((lane) => [lane.key, lane]));
  for (const mark of marks) {
    const top = laneTop.get(mark.lane) ?? 0;
    mark.y = top + m.laneHeader + mark.row * m.rowHeight + m.rowHeight / 2;
    mark.label.y = mark.y;
    const lane = laneByKey.get(mark.lane);
    if (lane) lane.count += 1;
  }
  return {width, height: y, axisY: m.axisHeight, domain, range, lanes, marks};
}

/**
 * Where a mark's label goes: right of the mark when the whole title fits there, else left of it, else
 * inside a range bar long enough to hold it; when it fits nowhere whole, it is shortened to the widest
 * of those places (never narrower than a few characters), so it never leaves the chart.
 */
function placeLabel(title: string, x1: number, x2: number, isRange: boolean, range: [number, number], m: LayoutMetrics, measure: Measure):
  {fitted: {text: string; width: number}; anchor: 'start' | 'end'; labelX: number} {
  const offset = isRange ? m.labelGap : m.markRadius + m.labelGap;
  const rightStart = x2 + offset;
  const leftEnd = x1 - offset;
  const spaces = [
    {anchor: 'start' as const, labelX: rightStart, space: range[1] - rightStart},
    {anchor: 'end' as const, labelX: leftEnd, space: leftEnd - range[0]},
    // inside a bar, after the kind symbol drawn at its start
    ...(isRange ? [{anchor: 'start' as const, labelX: Math.max(x1, range[0]) + 1.5 * m.markRadius + m.labelGap, space: Math.min(x2, range[1]) - Math.max(x1, range[0]) - 1.5 * m.markRadius - 2 * m.labelGap}] : []),
  ];
  const full = fitText(title, m.maxLabelWidth, measure);
  const whole = spaces.find((candidate) => candidate.space >= full.width);
  if (whole) return {fitted: full, anchor: whole.anchor, labelX: whole.labelX};
  const widest = spaces.reduce((best, candidate) => (candidate.space > best.space ? candidate : best));
  return {fitted: fitText(title, Math.max(widest.space, 3 * m.labelGap), measure), anchor: widest.anchor, labelX: widest.labelX};
}

/** The time span shown: all events, with a margin of 3% (at least a day) on each side. */
export function timeDomain(feed: FriseFeed): [number, number] {
  if (feed.events.length === 0) {
    const now = Date.UTC(2000, 0, 1);
    return [now, now + 365 * DAY];
  }
  let min = Infinity;
  let max = -Infinity;
  for (const event of feed.events) {
    if (event.interval.start < min) min = event.interval.start;
    if (event.interval.end > max) max = event.interval.end;
  }
  const pad = Math.max((max - min) * 0.03, DAY);
  return [min - pad, max + pad];
}

export function timeScale(layout: Pick<TimelineLayout, 'domain' | 'range'>): ScaleTime<number, number> {
  return scaleUtc().domain(layout.domain).range(layout.range);
}

/** Left and right pixel ends of an event: its whole interval for a range, its interval for a point. */
function markExtent(x: ScaleTime<number, number>, interval: {start: number; end: number}, isRange: boolean, radius: number): [number, number] {
  const left = x(interval.start);
  const right = x(interval.end);
  if (!isRange) return [left, right];
  // a range shorter than a point mark still gets a visible bar
  if (right - left < 2 * radius) {
    const centre = (left + right) / 2;
    return [centre - radius, centre + radius];
  }
  return [left, right];
}
