import type {MarkView} from './marks.js';

/** Where things wait while they are not placed: far to the left of the chart's box, which clips them. */
const PARKED = 'translate(-1e6 0)';
const PARKED_X = '-1000000';

/** Room around a mark's centre for its symbol and focus ring, in screen px. */
const SYMBOL_ROOM = 16;

/** Room around a cluster count's centre, in screen px. */
const COUNT_ROOM = 30;

/** What placing needs to know of one thing. */
type PlaceableGeometry = Pick<Placeable, 'lane' | 'onScreen' | 'place' | 'park'>;

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

  /** @param laneNear whether a lane is on or near the screen (see LaneVisibility) */
  constructor(private readonly laneNear: (lane: string) => boolean = () => true) {}

  /** Collects the rendered marks and counts (call after Lit rendered a new scene or a new chart). */
  collect(views: ReadonlyMap<string, MarkView>, events: Element, counts: ReadonlyMap<string, CountView>, countLayer: Element): void {
    this.items = [];
    this.marksById = new Map();
    for (const group of events.children) {
      const id = group.getAttribute('data-event-id') ?? '';
      this.adopt(group, views.get(id), markPlaceable);
      this.marksById.set(id, group);
    }
    for (const group of countLayer.children) this.adopt(group, counts.get(group.getAttribute('data-cluster') ?? ''), countPlaceable);
    this.layers = [events, countLayer];
    this.k = undefined;
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
        if (item.state !== 'placed' && this.laneNear(item.lane)) this.update(item, k, this.tx, item.onScreen(k, tx, width));
      }
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

  private adopt<T>(group: Element, source: T | undefined, make: (source: T, group: Element) => PlaceableGeometry): void {
    if (source === undefined) return;
    let item = this.byGroup.get(group);
    if (!item || item.source !== source) {
      // a new one starts parked (placed at the next frame if it shows): never drawn at a stale position
      item = {source, group, state: 'new', ...make(source, group)};
      item.park();
      this.byGroup.set(group, item);
    }
    this.items.push(item);
  }
}

function markPlaceable(view: MarkView, group: Element): PlaceableGeometry {
  const bar = view.mark.isRange ? group.querySelector(':scope > .bar') : null;
  const span = view.span ? group.querySelector(':scope > .span') : null;
  const label = view.afterBar && view.showLabel ? group.querySelector(':scope > .label') : null;
  return {
    lane: view.mark.lane,
    onScreen(k, tx, width) {
      const sx = k * view.x + tx;
      let low = -SYMBOL_ROOM;
      let high = Math.max(SYMBOL_ROOM, k * view.width);
      if (view.span) {
        low = Math.min(low, k * view.span.dx);
        high = Math.max(high, k * (view.span.dx + view.span.width));
      }
      if (view.showLabel) {
        const text = view.mark.label;
        const start = (view.afterBar ? k * view.width : 0) + view.labelDx - (text.anchor === 'end' ? text.width : 0);
        low = Math.min(low, start);
        high = Math.max(high, start + text.width);
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
      if (label) label.setAttribute('x', (k * view.width + view.labelDx).toFixed(2));
    },
    park: () => group.setAttribute('transform', PARKED),
  };
}

function countPlaceable(count: CountView, group: Element): PlaceableGeometry {
  return {
    lane: count.lane,
    onScreen: (k, tx, width) => k * count.x + tx >= -COUNT_ROOM && k * count.x + tx <= width + COUNT_ROOM,
    place: (k, tx) => group.setAttribute('x', (k * count.x + tx).toFixed(2)),
    park: () => group.setAttribute('x', PARKED_X),
  };
}
