import type {MarkView} from './marks.js';

/** Where things wait while they are not placed: far to the left of the chart's box, which clips them. */
const PARKED = 'translate(-1e6 0)';
const PARKED_X = '-1000000';

/** Room around a mark's centre for its symbol and focus ring, in screen px. */
const SYMBOL_ROOM = 16;

/** Room around a cluster count's centre, in screen px. */
const COUNT_ROOM = 30;

/** Labels keep this far from the chart's edges, in px. */
const EDGE_PAD = 2;

/** What placing needs to know of one thing. */
type PlaceableGeometry = Pick<Placeable, 'lane' | 'onScreen' | 'place' | 'park'> &
  Partial<Pick<Placeable, 'row' | 'fitLabel' | 'reach'>>;

/** Shortens a title to a width (grapheme-safe, with an ellipsis), and tells the least width a shortened label may keep. */
export interface LabelFitter {
  fit(text: string, maxWidth: number): {text: string; width: number};
  least(text: string): number;
}

/**
 * - new: just made and parked, never placed (placed at the next zoom whatever its lane, so that it has
 *   a position in its lane);
 * - placed: where the current zoom puts it;
 * - parked: out of sight, off screen when the zoom last changed (right at any zoom while off screen);
 * - stale: where an earlier zoom put it, its lane being away from the screen since.
 */
type PlaceState = 'new' | 'placed' | 'parked' | 'stale';

/** Something drawn in chart units whose screen position is set per frame (screen x = k × units + tx). */
interface Placeable {
  /** What it was made from: a new view or count means the placeable is made again. */
  source: unknown;
  group: Element;
  /** The lane it is drawn in: a lane away from the screen keeps its marks where they were. */
  lane: string;
  state: PlaceState;
  onScreen(k: number, tx: number, width: number): boolean;
  place(k: number, tx: number): void;
  /** Moves it out of sight. */
  park(): void;
  /** Lane and row, for a mark: its neighbours in the row bound where its label may move. */
  row?: string;
  /** Keeps its label inside the chart: moved to the other side, inside its bar, shortened or hidden (see fitLabel in markPlaceable). */
  fitLabel?(k: number, tx: number, width: number, left: number, right: number): void;
  /** The screen px its drawing (label as laid out) reaches left and right of nothing else. */
  reach?(k: number, tx: number): [number, number];
  previous?: Placeable;
  next?: Placeable;
}

export interface CountView {
  key: string;
  lane: string;
  count: number;
  /** Centre of the count, in chart units and px. */
  x: number;
  y: number;
}

/**
 * Puts what a scene rendered at the current zoom, without re-rendering it. A zoom places each mark
 * and cluster count on screen and parks the others, in the lanes on or near the screen: marks of lanes
 * scrolled away keep the positions they had (in their lane, out of sight) until their lane comes near.
 * A pan at the same zoom shifts the layers as a whole and places only what comes into view. Lit owns
 * the markup; this owns the attributes that depend on the zoom (a mark's transform, a bar's width, a
 * span's extent, a trailing label's x).
 */
export class ScenePlacement {
  private items: Placeable[] = [];
  private byGroup = new WeakMap<Element, Placeable>();
  private layers: Element[] = [];
  private marksById = new Map<string, Element>();
  /** The zoom the items were last placed at (undefined: place everything at the next frame). */
  private k?: number;
  private tx = 0;

  /**
   * @param laneNear whether a lane is on or near the screen (see LaneVisibility)
   * @param labels shortens labels that would cross the chart's edges
   */
  constructor(
    private readonly laneNear: (lane: string) => boolean = () => true,
    private readonly labels?: LabelFitter,
  ) {}

  /** Collects the rendered marks and counts (call after Lit rendered a new scene or a new chart). */
  collect(
    views: ReadonlyMap<string, MarkView>,
    events: Element,
    counts: ReadonlyMap<string, CountView>,
    countLayer: Element,
  ): void {
    this.items = [];
    this.marksById = new Map();
    for (const group of events.children) {
      const id = group.getAttribute('data-event-id') ?? '';
      this.adopt(group, views.get(id), markPlaceable);
      this.marksById.set(id, group);
    }
    for (const group of countLayer.children)
      this.adopt(group, counts.get(group.getAttribute('data-cluster') ?? ''), countPlaceable);
    this.layers = [events, countLayer];
    this.k = undefined;
    // each mark's neighbours in its row, in time order
    const rows = new Map<string, Placeable[]>();
    for (const item of this.items) {
      item.previous = item.next = undefined;
      if (item.row === undefined) continue;
      let row = rows.get(item.row);
      if (!row) rows.set(item.row, (row = []));
      row.push(item);
    }
    for (const row of rows.values()) {
      row.sort((a, b) => (a.source as MarkView).x - (b.source as MarkView).x);
      row.forEach((item, i) => {
        item.previous = row[i - 1];
        item.next = row[i + 1];
      });
    }
  }

  /** The group of an event's mark in the scene collected last. */
  markGroup(id: string): Element | undefined {
    return this.marksById.get(id);
  }

  /** Places everything again at the next `place` (the lanes near the screen changed). */
  refresh(): void {
    this.k = undefined;
  }

  /**
   * Gives a mark or count its position at this zoom now, wherever it is (before it takes the focus:
   * the browser scrolls a focused element into view, and a parked one is far off to the left).
   */
  ensurePlaced(group: Element): void {
    const item = this.byGroup.get(group);
    if (!item || item.state === 'placed' || this.k === undefined || !this.items.includes(item)) return;
    item.place(this.k, this.tx);
    item.state = 'placed';
  }

  place(k: number, tx: number, width: number): void {
    if (k === this.k) {
      // a pan: the layers shift (placed items move with them, relative to the tx they were placed at)
      const shift = `translate(${(tx - this.tx).toFixed(2)} 0)`;
      for (const layer of this.layers) layer.setAttribute('transform', shift);
      for (const item of this.items) {
        if (item.state !== 'placed' && this.laneNear(item.lane))
          this.update(item, k, this.tx, item.onScreen(k, tx, width));
      }
      this.fitLabels(k, tx, width);
      return;
    }
    this.k = k;
    this.tx = tx;
    for (const layer of this.layers) layer.removeAttribute('transform');
    for (const item of this.items) {
      if (item.state !== 'new' && !this.laneNear(item.lane)) {
        if (item.state === 'placed') item.state = 'stale';
        continue;
      }
      this.update(item, k, tx, item.onScreen(k, tx, width));
    }
    this.fitLabels(k, tx, width);
  }

  /** Keeps every placed label inside the chart, between its row neighbours (a label is never cut by an edge). */
  private fitLabels(k: number, tx: number, width: number): void {
    for (const item of this.items) {
      if (item.state !== 'placed' || !item.fitLabel) continue;
      const left = item.previous?.reach?.(k, tx)[1] ?? -Infinity;
      const right = item.next?.reach?.(k, tx)[0] ?? Infinity;
      item.fitLabel(k, tx, width, left, right);
    }
  }

  /** Places it, or parks it unless it is parked already (a stale one may be drawn where it was). */
  private update(item: Placeable, k: number, tx: number, onScreen: boolean): void {
    if (onScreen) {
      item.place(k, tx);
      item.state = 'placed';
    } else {
      if (item.state === 'placed' || item.state === 'stale') item.park();
      item.state = 'parked';
    }
  }

  private adopt<T>(
    group: Element,
    source: T | undefined,
    make: (source: T, group: Element, labels?: LabelFitter) => PlaceableGeometry,
  ): void {
    if (source === undefined) return;
    let item = this.byGroup.get(group);
    if (!item || item.source !== source) {
      // a new one starts parked (placed at the next frame if it shows): never drawn at a stale position
      item = {source, group, state: 'new', ...make(source, group, this.labels)};
      item.park();
      this.byGroup.set(group, item);
    }
    this.items.push(item);
  }
}

function markPlaceable(view: MarkView, group: Element, labels?: LabelFitter): PlaceableGeometry {
  const bar = view.mark.isRange ? group.querySelector(':scope > .bar') : null;
  const span = view.span ? group.querySelector(':scope > .span') : null;
  const labelElement = view.showLabel ? group.querySelector<SVGTextElement>(':scope > .label') : null;
  const text = view.mark.label;
  // where the label is, relative to the mark, as laid out (null: not shown)
  const laidOut = (k: number) =>
    view.showLabel
      ? {
          start: (view.afterBar ? k * view.width : 0) + view.labelDx - (text.anchor === 'end' ? text.width : 0),
          width: text.width,
        }
      : null;
  /** The label as drawn now, when it differs from the layout's: moved, shortened or hidden. */
  let shown: {anchor: 'start' | 'end'; dx: number; text: string} | 'hidden' | null = null;
  const setLabel = (next: typeof shown, k: number) => {
    if (!labelElement) return;
    const same =
      next === shown ||
      (next !== null &&
        shown !== null &&
        next !== 'hidden' &&
        shown !== 'hidden' &&
        next.anchor === shown.anchor &&
        next.dx === shown.dx &&
        next.text === shown.text);
    if (same && next === null) return;
    if (next === 'hidden') {
      if (shown !== 'hidden') labelElement.setAttribute('visibility', 'hidden');
    } else {
      if (shown === 'hidden' || (shown === null && next !== null) || next === null)
        labelElement.removeAttribute('visibility');
      const anchor = next?.anchor ?? text.anchor;
      const dx = next?.dx ?? (view.afterBar ? k * view.width : 0) + view.labelDx;
      labelElement.setAttribute('x', dx.toFixed(2));
      labelElement.setAttribute('text-anchor', anchor);
      // the text node Lit rendered keeps its markers: change its data, never the element's children
      const node = [...labelElement.childNodes].find((child) => child.nodeType === 3) as Text | undefined;
      const wanted = next?.text ?? text.text;
      if (node && node.data !== wanted) node.data = wanted;
    }
    shown = next;
  };
  if (labelElement) {
    // a view made anew may find its label as an earlier one left it (Lit does not rewrite a value it
    // thinks unchanged): start from the layout's
    labelElement.removeAttribute('visibility');
    labelElement.setAttribute('text-anchor', text.anchor);
    if (!view.afterBar) labelElement.setAttribute('x', String(view.labelDx));
    const node = [...labelElement.childNodes].find((child) => child.nodeType === 3) as Text | undefined;
    if (node && node.data !== text.text) node.data = text.text;
  }
  return {
    lane: view.mark.lane,
    row: `${view.mark.lane}|${view.mark.row}`,
    onScreen(k, tx, width) {
      const sx = k * view.x + tx;
      let low = -SYMBOL_ROOM;
      let high = Math.max(SYMBOL_ROOM, k * view.width);
      if (view.span) {
        low = Math.min(low, k * view.span.dx);
        high = Math.max(high, k * (view.span.dx + view.span.width));
      }
      const label = laidOut(k);
      if (label) {
        low = Math.min(low, label.start);
        high = Math.max(high, label.start + label.width);
      }
      return sx + high >= 0 && sx + low <= width;
    },
    place(k, tx) {
      group.setAttribute('transform', `translate(${(k * view.x + tx).toFixed(2)} ${view.mark.y})`);
      if (bar) bar.setAttribute('width', Math.max(1, k * view.width).toFixed(2));
      if (span && view.span) {
        span.setAttribute('x', (k * view.span.dx).toFixed(2));
        span.setAttribute('width', Math.max(1, k * view.span.width).toFixed(2));
      }
      if (labelElement && view.afterBar && shown === null)
        labelElement.setAttribute('x', (k * view.width + view.labelDx).toFixed(2));
    },
    park: () => group.setAttribute('transform', PARKED),
    reach(k, tx) {
      const sx = k * view.x + tx;
      const label = laidOut(k);
      const low = Math.min(-SYMBOL_ROOM / 2, label?.start ?? 0);
      const high = Math.max(SYMBOL_ROOM / 2, k * view.width, label ? label.start + label.width : 0);
      return [sx + low, sx + high];
    },
    fitLabel(k, tx, width, leftNeighbour, rightNeighbour) {
      const label = laidOut(k);
      if (!label || !labelElement) return;
      const sx = k * view.x + tx;
      const low = Math.max(EDGE_PAD, leftNeighbour + GAP);
      const high = Math.min(width - EDGE_PAD, rightNeighbour - GAP);
      if (sx + label.start >= EDGE_PAD && sx + label.start + label.width <= width - EDGE_PAD) {
        setLabel(null, k);
        return;
      }
      setLabel(edgeLabel(view, k, sx, low, high, labels), k);
    },
  };
}

/** Horizontal room kept between a moved label and its neighbours, in px (the layout's row gap). */
const GAP = 10;
const MARK_RADIUS = 6;
const LABEL_GAP = 5;

/**
 * Where a label that would cross the chart's edge goes instead, relative to its mark at screen x `sx`:
 * the other side of the mark, or inside its bar (when the bar runs off the view), whole if there is
 * room between `low` and `high` (the chart's edges and the row's neighbours), else shortened to the
 * most room there is when that keeps enough of the title, else hidden (it shows on hover and focus).
 */
export function edgeLabel(
  view: MarkView,
  k: number,
  sx: number,
  low: number,
  high: number,
  labels?: LabelFitter,
): {anchor: 'start' | 'end'; dx: number; text: string} | 'hidden' {
  const text = view.mark.label;
  const markOnScreen = sx >= low - MARK_RADIUS && sx <= high + MARK_RADIUS;
  const barEnd = sx + k * view.width;
  const candidates: Array<{anchor: 'start' | 'end'; from: number; to: number}> = [];
  if (markOnScreen) {
    const right = sx + (view.mark.isRange ? k * view.width + LABEL_GAP : MARK_RADIUS + LABEL_GAP);
    const left = sx - (MARK_RADIUS * 1.3 + LABEL_GAP);
    const sides = [
      {anchor: 'start' as const, from: right, to: high},
      {anchor: 'end' as const, from: low, to: left},
    ];
    if (text.anchor === 'end') sides.reverse();
    candidates.push(...sides);
  }
  if (view.mark.isRange && barEnd > low) {
    // inside the part of the bar in view, after its kind symbol when that shows
    const from = (sx >= low ? sx + 1.5 * MARK_RADIUS : low) + LABEL_GAP;
    candidates.push({anchor: 'start', from, to: Math.min(high, barEnd - LABEL_GAP)});
  }
  const place = (candidate: (typeof candidates)[number], content: string) => ({
    anchor: candidate.anchor,
    dx: (candidate.anchor === 'start' ? candidate.from : candidate.to) - sx,
    text: content,
  });
  const whole = candidates.find((candidate) => candidate.to - candidate.from >= text.width);
  if (whole) return place(whole, text.text);
  if (!labels) return 'hidden';
  const roomiest = candidates.reduce<(typeof candidates)[number] | undefined>(
    (best, candidate) => (!best || candidate.to - candidate.from > best.to - best.from ? candidate : best),
    undefined,
  );
  if (!roomiest || roomiest.to - roomiest.from < Math.min(text.width, labels.least(text.full))) return 'hidden';
  return place(roomiest, labels.fit(text.full, roomiest.to - roomiest.from).text);
}

function countPlaceable(count: CountView, group: Element): PlaceableGeometry {
  return {
    lane: count.lane,
    onScreen: (k, tx, width) => k * count.x + tx >= -COUNT_ROOM && k * count.x + tx <= width + COUNT_ROOM,
    place: (k, tx) => group.setAttribute('x', (k * count.x + tx).toFixed(2)),
    park: () => group.setAttribute('x', PARKED_X),
  };
}
