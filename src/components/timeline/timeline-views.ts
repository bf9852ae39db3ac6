// The one owner of what the timeline derives from a feed for drawing: the layouts at each zoom level
// (cached), the first view, and the counts of events beyond the view's edges. No DOM: the element hands
// it the settings it draws with and the zoom it is at, and renders what it returns.
import {zoomIdentity, type ZoomTransform} from 'd3-zoom';
import type {FriseFeed} from '../../model/types.js';
import {hidesEvents, isShown, type FriseFilter} from '../../model/filter.js';
import {feedIndex} from '../../model/feed-index.js';
import {
  computeLayout,
  DEFAULT_METRICS,
  prepareLayout,
  type LayoutMetrics,
  type LayoutParams,
  shortestInterval,
  timeAtScreen,
  timeDomain,
  zoomLevel,
  type TimelineLayout,
} from '../../layout/compute-layout.js';
import {
  bisect,
  countBeyond,
  fullyLabelled,
  homeWindows,
  homeWindowsInSteps,
  type HomeWindows,
} from '../../layout/home-window.js';
import type {LaneBy} from '../../layout/lanes.js';
import {KeyboardPath} from '../../layout/keyboard-path.js';
import {uiStrings, type UiStrings} from '../../i18n/strings.js';
import {transformShowing} from '../../controllers/zoom-controller.js';
import type {FirstView} from './first-view.js';

/** Feeds larger than this lay out only a window around the view once zoomed in. */
export const WINDOW_ABOVE = 5000;
/** Feeds up to this many events open on the widest view that reads (each candidate view costs a layout). */
const READS_CHECK_ABOVE = 200;
const HOUR = 3_600_000;

/** What the timeline draws with: a change of any of them gives other layouts. */
export interface ViewSettings {
  feed: FriseFeed;
  width: number;
  laneBy: LaneBy;
  language: string;
  maxRows: number;
  /** At most this many lanes; the least busy ones beyond are gathered in one. */
  maxLanes: number;
  filter: FriseFilter;
  firstView: FirstView;
  /** Text width in px, as the chart draws labels. */
  measure: (text: string) => number;
  /** Sizes of rows, headers and the axis for the label font in use. */
  metrics: LayoutMetrics;
}

/** The first view: its zoom transform, its level, and the time span from the chart's left edge to its right edge (where labels must stay). */
export interface HomeView {
  transform: ZoomTransform;
  level: number;
  visible: [number, number];
}

/** The layout to draw at a zoom, the fit layout whose scale it shares, and its level. */
export interface CurrentLayout {
  layout: TimelineLayout;
  fit: TimelineLayout;
  level: number;
}

export class TimelineViews {
  private settings?: ViewSettings;
  private layouts = new Map<string, TimelineLayout>();
  /** For each cached layout: the settings it was made with (all but the level and spans), its level and time span. */
  private made = new WeakMap<TimelineLayout, {settings: string; level: number; timeWindow?: [number, number]}>();
  private homeFor?: {key: string; filter: FriseFilter; view: HomeView | undefined};
  private windowsFor?: {feed: FriseFeed; windows: HomeWindows};
  private beyondFor?: {feed: FriseFeed; filter: FriseFilter; ends: Float64Array; starts: Float64Array};
  /** The zoom level drawn, held while a gesture is in progress, and the time span laid out with it. */
  private heldLevel?: number;
  private heldWindow?: [number, number];
  /** The keyboard path of each layout (a layout is never changed once made). */
  private paths = new WeakMap<TimelineLayout, KeyboardPath>();

  /** Takes the settings to draw with; a new feed forgets every layout of the last one. */
  use(settings: ViewSettings | undefined): this {
    if (settings?.feed !== this.settings?.feed) {
      this.layouts.clear();
      this.homeFor = undefined;
    }
    this.settings = settings;
    return this;
  }

  /** The feed laid out (from the last settings taken). */
  get feed(): FriseFeed | undefined {
    return this.settings?.feed;
  }

  /** Whether any layout was made yet (before that, nothing is drawn to follow). */
  get drawn(): boolean {
    return this.layouts.size > 0;
  }

  /** Forgets every layout (the text measure changed, or the feed was parsed again). */
  forget(): void {
    this.layouts.clear();
    this.homeFor = undefined;
  }

  /** The feed laid out at a zoom level, with given lane heights, time span and window its labels stay in. */
  layoutAt(
    level: number,
    laneRows?: ReadonlyMap<string, number>,
    timeWindow?: [number, number],
    labelWindow?: [number, number],
    madeOnly = false,
  ): TimelineLayout | undefined {
    const settings = this.settings;
    if (!settings || settings.width <= 0) return undefined;
    const made = this.madeKey(laneRows);
    const key = [made, level, timeWindow?.join('-') ?? '', labelWindow?.join('-') ?? ''].join('|');
    let layout = this.layouts.get(key);
    if (!layout && madeOnly) return undefined;
    if (!layout) {
      layout = computeLayout(settings.feed, {
        ...this.layoutParams(settings),
        zoom: level,
        ...(laneRows ? {laneRows} : {}),
        ...(timeWindow ? {timeWindow} : {}),
        ...(labelWindow ? {labelWindow} : {}),
      });
      if (this.layouts.size > 64) this.layouts.clear();
      this.layouts.set(key, layout);
      this.made.set(layout, {settings: made, level, ...(timeWindow ? {timeWindow} : {})});
    }
    return layout;
  }

  /** What every layout of these settings is made with (its level, rows and spans apart). */
  private layoutParams(settings: ViewSettings): LayoutParams {
    const {width, laneBy, language, maxRows, maxLanes, filter, measure, metrics} = settings;
    const strings = uiStrings(language);
    return {
      width,
      laneBy,
      language,
      measure,
      metrics,
      maxRows,
      maxLanes,
      filter,
      labels: {
        other: strings.otherLane,
        kind: (k) => strings.kinds[k as keyof UiStrings['kinds']] ?? k,
        status: (s) => strings.statuses[s as keyof UiStrings['statuses']] ?? s,
      },
    };
  }

  /**
   * What drawing the feed first needs, in steps for the host to run one per task before it shows the feed
   * (at 100,000 events each part takes tens of ms): the first view's windows, the lanes with their columns,
   * then the first view and the fit layout. A step that returns true has more to do: run it again.
   */
  prepare(): Array<() => boolean> {
    const settings = this.settings;
    if (!settings || settings.width <= 0) return [];
    const feed = settings.feed;
    const windows = homeWindowsInSteps(feed, timeDomain(feed));
    const columns = prepareLayout(feed, this.layoutParams(settings));
    return [
      () => {
        const next = windows.next();
        if (next.done) this.windowsFor = {feed, windows: next.value};
        return !next.done;
      },
      () => !columns.next().done,
      () => {
        this.home();
        this.fit();
        return false;
      },
    ];
  }

  /** The windows the first view is chosen from (see homeWindows): one feed's, kept. */
  private windowsOf(feed: FriseFeed): HomeWindows {
    if (this.windowsFor?.feed !== feed) this.windowsFor = {feed, windows: homeWindows(feed, timeDomain(feed))};
    return this.windowsFor.windows;
  }

  /** What a layout is made with, but its level and spans: layouts with the same can stand in for each other. */
  private madeKey(laneRows?: ReadonlyMap<string, number>): string {
    const {width, laneBy, language, maxRows, maxLanes, filter, metrics} = this.settings!;
    return [
      width,
      metrics.rowHeight,
      laneBy,
      language,
      maxRows,
      maxLanes,
      laneRows ? [...laneRows].join() : '',
      filter.hiddenKinds.join(),
      filter.hiddenStatuses.join(),
      filter.hiddenActors.join(),
    ].join('|');
  }

  /**
   * During a gesture, a layout already made that can be drawn at this view instead of making one: the
   * deepest one at a level no deeper than `level` (shallower layouts stay free of overlaps when zoomed
   * in) whose time span covers `range`, else the fit layout. A zoom out, or a pan out of the span laid out, then moves what is
   * drawn for the rest of the gesture, and the exact layout is made when it ends.
   */
  private standIn(
    level: number,
    range: [number, number],
    laneRows: ReadonlyMap<string, number>,
  ): CurrentLayout | undefined {
    const settings = this.madeKey(laneRows);
    let best: {layout: TimelineLayout; level: number} | undefined;
    for (const layout of this.layouts.values()) {
      const made = this.made.get(layout);
      if (!made || made.settings !== settings || made.level > level || (best && made.level <= best.level)) continue;
      const span = made.timeWindow;
      if (span && (span[0] > range[0] || span[1] < range[1])) continue;
      best = {layout, level: made.level};
    }
    const fit = this.fit();
    if (!fit) return undefined;
    // the fit layout covers everything, and its lanes are those every zoomed layout is made with
    return best ? {layout: best.layout, fit, level: best.level} : {layout: fit, fit, level: 1};
  }

  /**
   * The whole feed at zoom 1, its lanes as tall as the first view needs: lanes keep their height at
   * every zoom, and the story is what the reader sees first (at the fit view, denser stretches cluster
   * or their labels give way). Large feeds take their rows from the fit view itself.
   */
  fit(): TimelineLayout | undefined {
    const home = this.settings && this.settings.feed.events.length <= WINDOW_ABOVE ? this.home() : undefined;
    if (!home || home.level === 1) return this.layoutAt(1);
    // the first view's level keeps its labels inside the first view
    const frame = this.layoutAt(home.level, undefined, undefined, home.visible);
    return frame && this.layoutAt(1, laneRowsOf(frame));
  }

  /**
   * The layout for a zoom: its level's, with the lane heights of the fit view. During a gesture
   * (`gesture`), the level drawn is kept while it still reads (deeper is always free of overlaps; up to a
   * fifth shallower, labels close up a little) and changes when the gesture ends: a wheel step then moves
   * what is drawn instead of rebuilding it. Likewise a pan keeps the time span laid out while the view
   * stays inside it.
   */
  current(transform: ZoomTransform, gesture: boolean): CurrentLayout | undefined {
    const fit = this.fit();
    if (!fit) return undefined;
    const k = transform.k;
    let level = zoomLevel(k);
    const held = this.heldLevel;
    if (gesture && held !== undefined && held !== level && k >= held * 0.8) level = held;
    this.heldLevel = level;
    if (level === 1) return {layout: fit, fit, level};
    const laneRows = laneRowsOf(fit);
    let timeWindow = this.layoutWindow(fit, level, transform);
    const heldWindow = this.heldWindow;
    const range: [number, number] = [
      timeAtScreen(fit, k, transform.x, fit.range[0]),
      timeAtScreen(fit, k, transform.x, fit.range[1]),
    ];
    if (gesture && timeWindow && heldWindow && held === level && range[0] >= heldWindow[0] && range[1] <= heldWindow[1])
      timeWindow = heldWindow;
    this.heldWindow = timeWindow;
    if (gesture && !this.levelLayout(level, laneRows, timeWindow, true)) {
      // making a layout costs more than a frame for a large feed: draw one already made until the gesture ends
      const standIn = this.standIn(level, range, laneRows);
      if (standIn) return standIn;
    }
    const layout = this.levelLayout(level, laneRows, timeWindow) ?? fit;
    return {layout, fit, level};
  }

  /**
   * A zoomed level's layout with the fit view's lane rows over `timeWindow`; without a window, its labels
   * kept inside the first view when that view is at this level.
   */
  private levelLayout(
    level: number,
    laneRows: ReadonlyMap<string, number>,
    timeWindow: [number, number] | undefined,
    madeOnly = false,
  ): TimelineLayout | undefined {
    const home = timeWindow ? undefined : this.home();
    return this.layoutAt(level, laneRows, timeWindow, home?.level === level ? home.visible : undefined, madeOnly);
  }

  /**
   * The layouts a reader most likely asks for next, made ahead: those of the view zoomed in and out by
   * `factors` (the keys and buttons zoom by 2) around its centre. One step per layout, for the host to run
   * in idle time: a key press then lands on a layout already made instead of laying one out in its frame.
   * Steps do nothing once made (or once these settings are gone).
   */
  prefetch(transform: ZoomTransform, factors: readonly number[] = [2, 0.5]): Array<() => void> {
    const fit = this.fit();
    if (!this.settings || !fit) return [];
    const centre = (fit.range[0] + fit.range[1]) / 2;
    const maxK = this.maxZoom(fit.domain);
    const laneRows = laneRowsOf(fit);
    return factors.map((factor) => () => {
      // the host hands its settings anew at every rendering: the same fit layout means the same settings
      if (this.fit() !== fit) return;
      const k = Math.min(maxK, Math.max(1, transform.k * factor));
      const level = zoomLevel(k);
      if (level === 1) return;
      const x = centre - ((centre - transform.x) * k) / transform.k;
      this.levelLayout(level, laneRows, this.layoutWindow(fit, level, zoomIdentity.translate(x, 0).scale(k)));
    });
  }

  /**
   * For a large feed zoomed in, the time span worth laying out: the visible span and one more on each
   * side, on a grid of view widths so small pans reuse the cached layout. Small feeds lay out whole.
   */
  private layoutWindow(fit: TimelineLayout, level: number, transform: ZoomTransform): [number, number] | undefined {
    if (!this.settings || this.settings.feed.events.length <= WINDOW_ABOVE || level < 4) return undefined;
    const start = timeAtScreen(fit, transform.k, transform.x, fit.range[0]);
    const span = (fit.domain[1] - fit.domain[0]) / level;
    const cell = Math.floor((start - fit.domain[0]) / span);
    return [fit.domain[0] + (cell - 1) * span, fit.domain[0] + (cell + 3) * span];
  }

  /** Deepest zoom: the view never gets narrower than twice the shortest event (or an hour). */
  maxZoom(domain: [number, number]): number {
    if (!this.settings) return 1;
    const shortest = shortestInterval(this.settings.feed);
    const minVisible = Math.max(HOUR, 2 * (Number.isFinite(shortest) ? shortest : HOUR));
    return Math.max(1, (domain[1] - domain[0]) / minVisible);
  }

  /**
   * The first view, or undefined when it is the whole feed: the window `homeWindows` chooses (or the
   * feed's own `view`). A small feed opens on the widest view that labels as many events in full as
   * that window, in lanes of at most max-rows rows (the whole feed first), unless it names its own.
   */
  /**
   * The zoom that shows, at the chart width now set, the time a transform showed at an older width (the
   * reader moved the view, then the container narrowed: the same days stay in view).
   */
  transformKeepingTime(transform: ZoomTransform, before: number, after: number): ZoomTransform {
    const settings = this.settings;
    if (!settings) return transform;
    const domain = timeDomain(settings.feed);
    const margin = settings.metrics.marginX;
    const old = {domain, range: [margin, before - margin] as [number, number]};
    const shown = [
      timeAtScreen(old, transform.k, transform.x, margin),
      timeAtScreen(old, transform.k, transform.x, before - margin),
    ];
    const plot: [number, number] = [margin, after - margin];
    const base = (time: number) => plot[0] + ((time - domain[0]) / (domain[1] - domain[0])) * (plot[1] - plot[0]);
    return transformShowing(base(shown[0]!), base(shown[1]!), {
      width: after,
      height: 0,
      plot,
      maxZoom: this.maxZoom(domain),
    });
  }

  home(): HomeView | undefined {
    const settings = this.settings;
    if (!settings || settings.width <= 0 || settings.firstView === 'all') return undefined;
    const {feed, width, maxRows} = settings;
    const key = [
      width,
      settings.metrics.rowHeight,
      settings.laneBy,
      settings.language,
      maxRows,
      settings.maxLanes,
    ].join('|');
    if (this.homeFor?.key === key && this.homeFor.filter === settings.filter) return this.homeFor.view;
    const domain = timeDomain(feed);
    const {chosen, wider} = this.windowsOf(feed);
    // the fit layout's scale, made without the layout (whose lane heights depend on the first view)
    const plot: [number, number] = [DEFAULT_METRICS.marginX, width - DEFAULT_METRICS.marginX];
    const base = (t: number) => plot[0] + ((t - domain[0]) / (domain[1] - domain[0])) * (plot[1] - plot[0]);
    const showing = (span: [number, number]): HomeView => {
      const transform = transformShowing(base(span[0]), base(span[1]), {
        width,
        height: 0,
        plot,
        maxZoom: this.maxZoom(domain),
      });
      const pad = 2;
      const visible: [number, number] = [
        timeAtScreen({domain, range: plot}, transform.k, transform.x, pad),
        timeAtScreen({domain, range: plot}, transform.k, transform.x, width - pad),
      ];
      return {transform, level: zoomLevel(transform.k), visible};
    };
    let view = chosen && showing(chosen);
    if (view && !feed.view && feed.events.length <= READS_CHECK_ABOVE) {
      // how many events a view labels in full; with a row limit, -1 for a view whose lanes need more
      const score = (candidate: HomeView | undefined, rowLimit: number) => {
        const layout = candidate
          ? this.layoutAt(candidate.level, undefined, undefined, candidate.visible)
          : this.layoutAt(1);
        if (!layout) return -1;
        const within: [number, number] | undefined = candidate && [
          candidate.level * base(candidate.visible[0]),
          candidate.level * base(candidate.visible[1]),
        ];
        return fullyLabelled(layout, within, rowLimit);
      };
      // a wider view wins only if it reads within max-rows and labels as many in full as the chosen one
      const need = score(view, Infinity);
      for (const candidate of [undefined, ...wider.map(showing)]) {
        if (score(candidate, maxRows) >= need) {
          view = candidate;
          break;
        }
      }
    }
    this.homeFor = {key, filter: settings.filter, view};
    return view;
  }

  /** The stops the arrow keys move through in a layout: its marks and its clusters, in time order. */
  path(layout: TimelineLayout): KeyboardPath | undefined {
    const settings = this.settings;
    if (!settings) return undefined;
    let path = this.paths.get(layout);
    if (!path) {
      const {feed} = settings;
      path = new KeyboardPath(layout, (id) => {
        const event = feed.eventById.get(id);
        const lane = layout.laneOf.get(id);
        return event && lane !== undefined ? {start: event.interval.start, end: event.interval.end, lane} : undefined;
      });
      this.paths.set(layout, path);
    }
    return path;
  }

  /** How many shown events lie wholly before and after a time range. */
  beyond(range: [number, number]): {before: number; after: number} {
    const index = this.beyondIndex();
    return index ? countBeyond(index.ends, index.starts, range[0], range[1]) : {before: 0, after: 0};
  }

  /** The end of the nearest shown event wholly before a range (-1), or the start of the nearest wholly after it (1). */
  nearestBeyond(range: [number, number], direction: -1 | 1): number | undefined {
    const index = this.beyondIndex();
    if (!index) return undefined;
    return direction < 0
      ? index.ends[bisect(index.ends, range[0]) - 1]
      : index.starts[bisect(index.starts, range[1], true)];
  }

  /**
   * The shown events' sorted ends and starts. Filled in typed arrays by a plain loop and sorted by the
   * engine's numeric sort; the starts of a feed shown whole are the index's (already sorted).
   */
  private beyondIndex(): {ends: Float64Array; starts: Float64Array} | undefined {
    const settings = this.settings;
    if (!settings) return undefined;
    const {feed, filter} = settings;
    if (this.beyondFor?.feed !== feed || this.beyondFor.filter !== filter) {
      const events = feed.events;
      const whole = !hidesEvents(filter);
      const ends = new Float64Array(events.length);
      const starts = whole ? feedIndex(feed).stats.starts : new Float64Array(events.length);
      let n = 0;
      for (const event of events) {
        if (!whole && !isShown(event, filter)) continue;
        ends[n] = event.interval.end;
        if (!whole) starts[n] = event.interval.start;
        n++;
      }
      this.beyondFor = {
        feed,
        filter,
        ends: ends.subarray(0, n).sort(),
        starts: whole ? starts : starts.subarray(0, n).sort(),
      };
    }
    return this.beyondFor;
  }
}

/** The fit layout's lane heights, in rows: every zoomed layout is made with them. */
function laneRowsOf(fit: TimelineLayout): Map<string, number> {
  return new Map(fit.lanes.map((lane) => [lane.key, lane.rows]));
}
