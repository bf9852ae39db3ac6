import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {RowHeights} from './row-heights.js';

/** The rows a window is cut from: how many, and for each a stable key and a kind (for height estimates). */
export interface RowSource {
  readonly count: number;
  key(index: number): string;
  kind(index: number): string;
  indexOf(key: string): number | undefined;
}

export interface WindowConfig {
  /** The element that holds the spacers and the rows; its top is the top of row 0. Rows carry `data-row` (their index). */
  container(): HTMLElement | null;
  /** Height to assume for a row of a kind before any row of that kind was measured, px. */
  defaultHeight(kind: string): number;
  /** Up to this many rows everything is rendered, and nothing measured. */
  renderAllUpTo: number;
  /** Everything is rendered while this says so (the page is printed: paper has no scroll to window). */
  renderAll?(): boolean;
  /** The first rendering (before anything is measured) shows a screen and a half of rows at their assumed heights, and at least this many. */
  initialRows: number;
}

/** [from, to) in row indexes. */
export type RowRange = readonly [number, number];

const EMPTY_SOURCE: RowSource = {count: 0, key: () => '', kind: () => '', indexOf: () => undefined};
/** Rows kept rendered around the focused row, so that Tab and Shift+Tab always find the next event in the DOM. */
const FOCUS_REACH = 4;
/** Rows kept rendered around a row being revealed. */
const PIN_REACH = 2;
/** Updates the controller may ask for in a row without a scroll, resize or focus in between (a guard against a measuring loop). */
const MAX_SELF_UPDATES = 12;
/** Measured rows of a kind after which the height assumed for the others of that kind stays put. */
const SAMPLES_FOR_ESTIMATE = 200;

/**
 * Renders only the rows near what the reader sees, whatever scrolls: the page, or any ancestor with
 * overflow, across shadow roots. Rows are measured once rendered (their heights are remembered by key,
 * until the width changes) and rows never rendered are assumed as tall as the average measured row of
 * their kind; the host draws spacers of those heights in place of the rows it leaves out. Besides the
 * rows on screen (and half a screen more on each side), the rows around the focused one and around a row
 * being revealed stay rendered, so the focus is never dropped and Tab reaches the next row.
 *
 * When rows above the reader change height (an estimate becomes a measure, rows come in or go), the
 * row the reader looks at (the focused one, else the first one in view) is kept where it was on screen:
 * after the update the scrolling ancestor is scrolled by how far it moved, before the frame is painted.
 * The browser's own scroll anchoring is not enough (Chromium may anchor to a year's section rather than
 * to the row inside it, and the row jumps by the height of the rows added above it in that section); it
 * stays on for what the window does not see (a card growing inside a row), and its adjustment, applied
 * during layout, is measured before the correction is made, so the two never add up.
 *
 * Nothing is windowed on the server, or for lists of up to `renderAllUpTo` rows.
 */
export class WindowController implements ReactiveController {
  private source: RowSource = EMPTY_SOURCE;
  /** Row heights (measured or estimated) and where each row starts, by index in the current source. */
  private heights: RowHeights;
  /** Measured heights by row key: they outlive a re-grouping (a filter change) of the same rows. */
  private readonly measured = new Map<string, number>();
  private main: RowRange = [0, 0];
  private focusKey: string | null = null;
  private pinKey: string | null = null;
  private width = -1;
  private selfUpdates = 0;
  /** The update under way is one the controller asked for (after measuring or moving the range). */
  private requested = false;
  /** Ancestors whose overflow clips the host (and whose scrolling moves it); null until first needed. */
  private clippers: Element[] | null = null;
  /** The row to keep in place across an update, and where it was on screen. */
  private anchor: {key: string; top: number} | null = null;
  private resizeObserver: ResizeObserver | undefined;
  private focusRoot: ShadowRoot | HTMLElement | undefined;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly config: WindowConfig,
  ) {
    this.heights = this.heightsOf(EMPTY_SOURCE);
    host.addController(this);
  }

  /** Every row is rendered: a short list, or server rendering (no viewport to window). */
  get all(): boolean {
    return isServer || this.source.count <= this.config.renderAllUpTo || (this.config.renderAll?.() ?? false);
  }

  /** The rows to render, in order, as disjoint ranges (the host draws a spacer for each gap). */
  ranges(): RowRange[] {
    const count = this.source.count;
    if (this.all) return count > 0 ? [[0, count]] : [];
    const ranges: RowRange[] = [this.main];
    const around = (key: string | null, reach: number) => {
      const index = key === null ? undefined : this.source.indexOf(key);
      if (index !== undefined) ranges.push([Math.max(0, index - reach), Math.min(count, index + reach + 1)]);
    };
    around(this.focusKey, FOCUS_REACH);
    around(this.pinKey, PIN_REACH);
    ranges.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const [from, to] of ranges) {
      if (to <= from) continue;
      const last = merged[merged.length - 1];
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else merged.push([from, to]);
    }
    return merged;
  }

  /**
   * The row whose DOM must survive a change of ranges: the focused row, else the row being revealed.
   * When one part of the list is drawn in two ranges, the host keys the part holding this row the same
   * way before and after, so that the focused element is moved rather than drawn anew (which would drop
   * the focus).
   */
  keptRow(): number | undefined {
    const key = this.focusKey ?? this.pinKey;
    return key === null ? undefined : this.source.indexOf(key);
  }

  /** Px from the top of row 0 to the top of row `index` (measured heights, else estimates). */
  offset(index: number): number {
    return this.heights.offset(index);
  }

  /** New rows (a new feed, filter or grouping). Heights measured for rows of the same key are kept. */
  setSource(source: RowSource): void {
    this.source = source;
    this.heights = this.heightsOf(source);
    // the rows measured so far are a few hundred: look them up, rather than make the key of every row
    for (const [key, height] of this.measured) {
      const index = source.indexOf(key);
      if (index !== undefined) this.heights.set(index, height);
    }
    const [from, to] = this.main;
    if (to > from && from < source.count) this.main = [from, Math.min(to, source.count)];
    else {
      // a first rendering: the rows a screen and a half may show from the top (estimated heights: reading
      // the layout now would lay the page out once more before the rows are there)
      const screen = typeof window === 'undefined' ? 0 : window.innerHeight * 1.5;
      this.main = [
        0,
        Math.min(
          source.count,
          this.all ? source.count : Math.max(this.config.initialRows, this.heights.rowAt(screen) + 1),
        ),
      ];
    }
  }

  private heightsOf(source: RowSource): RowHeights {
    return new RowHeights(
      this.all ? 0 : source.count,
      (index) => source.kind(index),
      (kind) => this.config.defaultHeight(kind),
      SAMPLES_FOR_ESTIMATE,
    );
  }

  /** Keeps a row rendered (until the rows on screen include it), e.g. to scroll to it and focus it. */
  pin(key: string): void {
    this.pinKey = key;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (isServer) return;
    // the clipping ancestors are looked for when the rows are first measured (see watchClippers)
    window.addEventListener('scroll', this.onScroll, {passive: true});
    window.addEventListener('resize', this.onScroll, {passive: true});
    // in the shadow root: a focus moving between two elements of one shadow tree is not seen from the host
    this.focusRoot = this.host.shadowRoot ?? this.host;
    this.focusRoot.addEventListener('focusin', this.onFocusin as EventListener);
    this.resizeObserver = new ResizeObserver(() => {
      // a new width or a new place in the page: look again on the next frame (not inside the observer's callback)
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.watchClippers();
        this.onScroll();
      });
    });
    this.resizeObserver.observe(this.host);
  }

  hostDisconnected(): void {
    if (isServer) return;
    cancelAnimationFrame(this.frame);
    window.removeEventListener('scroll', this.onScroll);
    window.removeEventListener('resize', this.onScroll);
    for (const clipper of this.clippers ?? []) clipper.removeEventListener('scroll', this.onScroll);
    this.clippers = null;
    this.focusRoot?.removeEventListener('focusin', this.onFocusin as EventListener);
    this.focusRoot = undefined;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  hostUpdate(): void {
    // an anchor taken before an update that measured rows is kept through the update that redraws the spacers
    if (!this.all && !this.anchor) this.anchor = this.findAnchor();
  }

  hostUpdated(): void {
    if (!this.requested) this.selfUpdates = 0;
    this.requested = false;
    if (this.all) return;
    if (this.selfUpdates >= MAX_SELF_UPDATES) {
      this.anchor = null;
      return;
    }
    // new heights: the spacers on screen are stale until the next update draws them, so where the reader
    // is can only be told (and the anchor kept) after it
    let again = this.measure();
    if (!again) {
      this.keepAnchor();
      again = this.fitToView();
    }
    if (again) {
      this.selfUpdates++;
      this.requested = true;
      this.host.requestUpdate();
    }
  }

  private readonly onScroll = (): void => {
    this.selfUpdates = 0;
    if (!this.all && this.fitToView()) this.host.requestUpdate();
  };

  private readonly onFocusin = (event: FocusEvent): void => {
    this.selfUpdates = 0;
    for (const target of event.composedPath()) {
      if (target === this.focusRoot) break;
      const row = target instanceof HTMLElement ? target.dataset['row'] : undefined;
      if (row === undefined) continue;
      const key = this.source.key(Number(row));
      if (key && key !== this.focusKey) {
        this.focusKey = key;
        if (!this.all) this.host.requestUpdate();
      }
      break;
    }
  };

  /**
   * Finds the ancestors that clip the host, and listens to their scrolling: when first needed (after the
   * first rendering, which lays the page out anyway), and again after a resize (a container given
   * overflow, the host moved).
   */
  private watchClippers(): Element[] {
    if (!this.host.isConnected) return this.clippers ?? [];
    const before = this.clippers ?? [];
    const now = clippingAncestors(this.host);
    if (this.clippers && now.length === before.length && now.every((element, i) => element === before[i]))
      return before;
    for (const clipper of before) clipper.removeEventListener('scroll', this.onScroll);
    this.clippers = now;
    for (const clipper of now) clipper.addEventListener('scroll', this.onScroll, {passive: true});
    return now;
  }

  /** Measures the rendered rows; true when a height changed (the spacers must be drawn again). */
  private measure(): boolean {
    const container = this.config.container();
    if (!container || container.getClientRects().length === 0) return false;
    const width = container.getBoundingClientRect().width;
    if (Math.abs(width - this.width) > 0.5) {
      // text wraps differently at another width: every remembered height is stale
      this.width = width;
      if (this.measured.size > 0) {
        this.measured.clear();
        this.heights = this.heightsOf(this.source);
      }
    }
    let changed = false;
    for (const element of container.querySelectorAll<HTMLElement>('[data-row]')) {
      const index = Number(element.dataset['row']);
      if (this.heights.set(index, element.getBoundingClientRect().height)) {
        this.measured.set(this.source.key(index), this.heights.measured(index));
        changed = true;
      }
    }
    return changed;
  }

  /** The row to keep in place: the kept row (focused or being revealed) when it is in view, else the first row in view. */
  private findAnchor(): {key: string; top: number} | null {
    const container = this.config.container();
    // nothing drawn yet: nothing to keep in place (and no reason to have the page laid out now)
    if (!container) return null;
    const clip = this.visibleArea();
    if (!clip) return null;
    const kept = this.keptRow();
    if (kept !== undefined) {
      const element = container.querySelector<HTMLElement>(`[data-row="${kept}"]`);
      const box = element?.getBoundingClientRect();
      if (box && box.bottom > clip.top && box.top < clip.bottom) return {key: this.source.key(kept), top: box.top};
    }
    for (const element of container.querySelectorAll<HTMLElement>('[data-row]')) {
      const box = element.getBoundingClientRect();
      if (box.bottom > clip.top && box.height > 0)
        return box.top < clip.bottom ? {key: this.source.key(Number(element.dataset['row'])), top: box.top} : null;
    }
    return null;
  }

  /** Scrolls by how far the anchor row moved on screen during the update (rows above it came, went or were measured). */
  private keepAnchor(): void {
    const anchor = this.anchor;
    this.anchor = null;
    const index = anchor ? this.source.indexOf(anchor.key) : undefined;
    if (!anchor || index === undefined) return;
    const element = this.config.container()?.querySelector<HTMLElement>(`[data-row="${index}"]`);
    if (!element) return;
    const delta = element.getBoundingClientRect().top - anchor.top;
    if (Math.abs(delta) < 0.5) return;
    const scroller = (this.clippers ?? []).find(
      (clipper) =>
        clipper.scrollHeight > clipper.clientHeight &&
        /^(auto|scroll|overlay|hidden)$/.test(getComputedStyle(clipper).overflowY),
    );
    if (scroller) scroller.scrollTop += delta;
    else window.scrollBy(0, delta);
  }

  /** The last row whose top is at or above y. */
  private rowAt(y: number): number {
    return this.heights.rowAt(y);
  }

  /**
   * Moves the main range so that it covers the rows in view, with a screen's worth of rows more on
   * each side; leaves it alone while the rows in view are still inside it (scrolling within the margin
   * renders nothing). True when it moved.
   */
  private fitToView(): boolean {
    const count = this.source.count;
    const span = this.visibleSpan();
    if (!span || count === 0) return false;
    const total = this.offset(count);
    const screen = span.bottom > span.top ? span.bottom - span.top : window.innerHeight;
    let top = span.top;
    let bottom = span.bottom;
    if (top >= total) {
      // the list is above what is seen: its last rows are the ones to have ready
      top = total - screen;
      bottom = total;
    } else if (bottom <= 0) {
      top = 0;
      bottom = screen;
    } else if (bottom <= top) {
      bottom = top + screen;
    }
    top = Math.max(0, top);
    bottom = Math.min(total, bottom);
    const needed: RowRange = [this.rowAt(top), Math.min(count, this.rowAt(bottom) + 1)];
    const pinned = this.pinKey === null ? undefined : this.source.indexOf(this.pinKey);
    if (pinned !== undefined && pinned >= needed[0] && pinned < needed[1]) this.pinKey = null;
    const [from, to] = this.main;
    if (to > from && from <= needed[0] && to >= needed[1]) return false;
    // half a screen more on each side: scrolling by less than that renders nothing
    const margin = Math.max(screen / 2, 300);
    this.main = [this.rowAt(Math.max(0, top - margin)), Math.min(count, this.rowAt(bottom + margin) + 1)];
    return this.main[0] !== from || this.main[1] !== to;
  }

  /** The part of the rows' box that can be seen (inside the window and every clipping ancestor), in px from the top of row 0. */
  private visibleSpan(): {top: number; bottom: number} | null {
    if (isServer || !this.host.isConnected) return null;
    // before the rows' container is drawn, the host's own box stands for it (the rows start near its top)
    const container = this.config.container() ?? this.host;
    const box = container.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return null;
    const clip = this.visibleArea();
    return clip ? {top: clip.top - box.top, bottom: clip.bottom - box.top} : null;
  }

  /** What can be seen of the page through the window and every clipping ancestor of the host: its top and bottom on screen (may be empty). */
  visibleArea(): {top: number; bottom: number} | null {
    if (typeof window === 'undefined') return null;
    let top = 0;
    let bottom = window.innerHeight;
    for (const clipper of this.clippers ?? this.watchClippers()) {
      const box = clipper.getBoundingClientRect();
      top = Math.max(top, box.top + clipper.clientTop);
      bottom = Math.min(bottom, box.top + clipper.clientTop + clipper.clientHeight);
    }
    return {top, bottom};
  }
}

/** The element's parent in the composed tree: its slot, its parent, or the host of its shadow root. */
function composedParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Ancestors (across shadow roots) whose overflow clips the element; the root element and body clip through the viewport. */
function clippingAncestors(element: Element): Element[] {
  const clippers: Element[] = [];
  for (
    let node = composedParent(element);
    node && node !== document.body && node !== document.documentElement;
    node = composedParent(node)
  ) {
    const style = getComputedStyle(node);
    if (style.overflowY !== 'visible' || style.overflowX !== 'visible') clippers.push(node);
  }
  return clippers;
}
