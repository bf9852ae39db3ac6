import {html, isServer, nothing, svg, type PropertyValues} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {repeat} from 'lit/directives/repeat.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {guard} from 'lit/directives/guard.js';
import {createRef, ref} from 'lit/directives/ref.js';
import {zoomIdentity, type ZoomTransform} from 'd3-zoom';
import type {FriseFeed} from '../../model/types.js';
import {pickLanguage, pickText} from '../../model/text.js';
import {EMPTY_FILTER, hidesEvents, isShown, normalizeFilter, type FriseFilter} from '../../model/filter.js';
import {timeAtScreen, timeScale, type TimelineLayout} from '../../layout/compute-layout.js';
import {fitText, prefixWidth} from '../../layout/text-fit.js';
import {MIN_LABEL_CHARACTERS} from '../../layout/label-placement.js';
import {LANE_BY_VALUES, OTHER_LANE, type LaneBy} from '../../layout/lanes.js';
import {densityColumns} from '../../layout/density.js';
import {createTickFormatter, prepareDateFormatting} from '../../layout/time-format.js';
import {uiStrings, type UiStrings} from '../../i18n/strings.js';
import {legendStrings} from '../../i18n/legend-strings.js';
import {ResizeController} from '../../controllers/resize-controller.js';
import {ZoomController} from '../../controllers/zoom-controller.js';
import {RovingFocusController} from '../../controllers/roving-focus-controller.js';
import {ClusterListController} from '../../controllers/cluster-list-controller.js';
import {oneOf, wholeNumberIn} from '../shared/attribute-values.js';
import {TextSizeController} from '../../controllers/text-size-controller.js';
import {directionOf} from '../../i18n/direction.js';
import {PrintController} from '../../controllers/print-controller.js';
import {IdleWorkController} from '../../controllers/idle-work-controller.js';
import {OverviewBrushController} from '../../controllers/overview-brush-controller.js';
import {UrlStateController} from '../../controllers/url-state-controller.js';
import {clusterItemId, parseClusterItemId, type KeyboardPath} from '../../layout/keyboard-path.js';
import {onToolbarFocusin, onToolbarKeydown} from '../shared/toolbar-keys.js';
import {FriseSelectEvent} from '../../events/frise-select.js';
import {FriseRangeChangeEvent} from '../../events/frise-rangechange.js';
import {FriseFilterChangeEvent} from '../../events/frise-filterchange.js';
import {renderMark} from './parts/marks.js';
import {ScenePlacement} from './parts/placement.js';
import {SceneKeeper, type Scene} from './scene.js';
import {LaneVisibility} from './parts/lane-visibility.js';
import {laneHeaderStyles, renderLanes} from './parts/lanes.js';
import {periodStyles, renderPeriods} from './parts/periods.js';
import {downloadBlob, fileSlug, rasterizeSVG, serializeChartSVG} from './export-image.js';
import {TimeAxis} from './parts/axis.js';
import {renderLink, type LinkView} from './parts/links.js';
import {openCluster, renderClusterList} from './parts/cluster-list.js';
import {TimelineViews, WINDOW_ABOVE, type ViewSettings} from './timeline-views.js';
import {LabelFont} from './label-font.js';
import {DrawingStagesController} from '../../controllers/drawing-stages-controller.js';
import {FIRST_VIEWS, type FirstView} from './first-view.js';
export type {FirstView} from './first-view.js';
import {chartSummary, MarkTexts, rangeParts} from './parts/mark-text.js';
import {ClusterLabels, ClusterPaths, clusterStyles, renderClusterCounts, renderClusters} from './parts/clusters.js';
import {OVERVIEW_HEIGHT, overviewColumns, overviewStyles, renderOverview} from './parts/overview.js';
import '../event-card/frise-event-card.js';
import '../legend/frise-legend.js';
import '../list/frise-list.js';
import {timelineStyles} from './frise-timeline.styles.js';
import {FeedElement} from '../shared/feed-element.js';

const SIDE_PANEL_MIN_WIDTH = 900;

export type PanelPosition = 'auto' | 'side' | 'bottom' | 'none';
const PANEL_POSITIONS: readonly PanelPosition[] = ['auto', 'side', 'bottom', 'none'];
/** `timeline`: the chart; `list`: the chronological list; `auto`: the chart, or a vertical list on narrow screens. */
export type TimelineView = 'auto' | 'timeline' | 'list';
const TIMELINE_VIEWS: readonly TimelineView[] = ['auto', 'timeline', 'list'];

/** Below this width (a phone) view="auto" shows the vertical list instead of the chart. */
const VERTICAL_BELOW = 600;

/**
 * A timeline of news events from a frise feed: one lane per actor (or kind, status, attribution), a
 * time axis in the feed's language, a mark per event whose shape tells its kind and whose outline, fill
 * and strike tell its status, and connectors for the relations between events (which denial denies
 * which report). Zoom and pan with the wheel, a drag, a pinch, the buttons, the keyboard or the overview
 * strip; select an event to read its card; filter and search with the legend.
 *
 * @summary Draws a frise event feed as an explorable timeline.
 *
 * @fires frise-load - The feed was parsed; `event.feed` is the parsed feed.
 * @fires frise-error - The feed has problems or could not be loaded; `event.issues` lists them (path, code, message).
 * @fires frise-select - An event was selected (`event.id`, `event.event`), or the selection cleared (`id` null).
 * @fires frise-rangechange - The visible interval changed after a zoom, pan, fit or brush: `event.start`, `event.end` (UTC ms).
 * @fires frise-filterchange - The reader changed the filter in the built-in legend: `event.filter`.
 *
 * @csspart figure - The whole figure.
 * @csspart title - The feed title above the chart.
 * @csspart toolbar - The zoom buttons and the visible range.
 * @csspart zoom-in - The zoom-in button.
 * @csspart zoom-out - The zoom-out button.
 * @csspart fit - The fit button.
 * @csspart export - The "Download image" button of the toolbar (with the `export` attribute): a PNG of the chart as shown.
 * @csspart beyond - The controls at the chart's left and right edges counting the events beyond the view; pressing one pans to the nearest of them.
 * @csspart beyond-earlier - The left one (events before the view).
 * @csspart beyond-later - The right one (events after the view).
 * @csspart chart - The main SVG chart.
 * @csspart axis - The time axis (d3's axisTop markup: `.tick` groups and a `.domain` path; it uses `currentColor`).
 * @csspart lane - One lane (its background band and header).
 * @csspart lane-label - The header text of a lane.
 * @csspart event - One event mark group; carries `data-event-id`, `data-kind` and `data-status`.
 * @csspart event-label - The title drawn beside a mark (also exposed as `label`).
 * @csspart label - Same as event-label.
 * @csspart cluster - The target over a block of events too dense to draw one by one at this zoom (transparent: under
 * it, the block is drawn as a bar of its statuses, stacked in the legend's order and styled as the marks are, with
 * its count and its main kind's symbol); its accessible name says the count, period and mix; zooms in on Enter or
 * click (at the deepest zoom, opens the list of its events).
 * @csspart cluster-list - The list a cluster opens into where zooming cannot separate its events: choosing one selects it; Escape closes it.
 * @csspart link - One relation connector; carries `data-relation`, `data-source`, `data-target`.
 * @csspart view-toggle - The button that switches between the chart and the list.
 * @csspart list - The built-in list view (`<frise-list>`).
 * @csspart overview - The overview strip under the chart, with the visible window as a brush.
 * @csspart overview-density - The histogram behind the overview's lanes: where the shown events fall along the whole feed (square-root heights).
 * @csspart panel - The side or bottom panel holding the card and the legend.
 * @csspart card - The built-in event card.
 * @csspart legend - The built-in legend.
 * @csspart print-list - On paper only (while the page is printed): the `<frise-list>` after the chart, every event
 * with its card, every source (its address printed) and note in full.
 * @csspart periods - The bands of the feed's named periods behind the lanes (each a `period` part, named in a strip under the axis).
 * @csspart issues - The list of problems found in the feed.
 *
 * @cssprop [--frise-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--frise-text-color=light-dark(#1f2328, #e6edf3)] - Text colour.
 * @cssprop [--frise-muted-color=light-dark(#57606a, #9198a1)] - Secondary text and axis colour.
 * @cssprop [--frise-surface-color=light-dark(#ffffff, #0d1117)] - Background, and the fill of hollow marks.
 * @cssprop [--frise-focus-color=light-dark(#0969da, #4493f8)] - Focus ring and overview window.
 * @cssprop [--frise-lane-background=light-dark(#f6f8fa, #161b22)] - Background of odd lanes.
 * @cssprop [--frise-lane-background-alt=light-dark(#ffffff, #0d1117)] - Background of even lanes.
 * @cssprop [--frise-grid-color=light-dark(#d0d7de, #30363d)] - Grid lines and button borders.
 * @cssprop [--frise-label-font-size=max(12px, 0.75rem)] - Size of the chart's text (event labels and lane names;
 * ticks, counts and relation names are 11/12 of it). By default 12 px at the browser's default text size, growing
 * with the reader's (200 % text doubles it, and the rows, lane headers and axis grow with it).
 * @cssprop [--frise-panel-width=340px] - Width of the side panel.
 * @cssprop [--frise-status-confirmed-color=light-dark(#1a7f37, #3fb950)] - Confirmed events (filled marks).
 * @cssprop [--frise-status-reported-color=light-dark(#0550ae, #4493f8)] - Reported events (hollow marks).
 * @cssprop [--frise-status-denied-color=light-dark(#cf222e, #f85149)] - Denied events (hollow, struck through).
 * @cssprop [--frise-status-disputed-color=light-dark(#9a6700, #d29922)] - Disputed events (dashed outline).
 * @cssprop [--frise-status-unverified-color=light-dark(#6e7781, #8b949e)] - Unverified events (dotted outline).
 * @cssprop [--frise-status-unspecified-color=var(--frise-text-color)] - Events whose status the feed does not say (neutral, never as reported).
 * @cssprop [--frise-relation-contest-color=light-dark(#cf222e, #f85149)] - Links that deny or contradict (dashed).
 * @cssprop [--frise-relation-support-color=light-dark(#1a7f37, #3fb950)] - Links that confirm or corroborate.
 * @cssprop [--frise-relation-legal-color=light-dark(#8250df, #ab7df8)] - Links that ratify, formalise or complete.
 * @cssprop [--frise-relation-response-color=light-dark(#0969da, #4493f8)] - Links that respond to or update.
 * @cssprop [--frise-relation-structure-color=light-dark(#6e7781, #8b949e)] - Part-of, follows, context links (dotted).
 * @cssprop [--frise-error-color=light-dark(#cf222e, #f85149)] - Accent of the problems panel.
 * @cssprop [--frise-period-color=the text colour, faint] - Tint of the bands of periods that give no colour of their
 * own (drawn at 7 % opacity; a period's own colour at 14 %).
 */
@customElement('frise-timeline')
export class FriseTimeline extends FeedElement {
  static override styles = [timelineStyles, laneHeaderStyles, periodStyles, clusterStyles, overviewStyles];

  /** What each lane groups: `actor` (the event's main actor), `kind`, `status` or `attribution` (who asserts it). */
  @property({attribute: 'lane-by', reflect: true})
  laneBy: LaneBy = 'actor';

  /**
   * What the timeline shows first: `story` (default) frames the densest, most important stretch of the
   * events (or the feed's own `view`), with the count of events beyond each edge; `all` shows the whole
   * feed. The Fit button always shows the whole feed.
   */
  @property({attribute: 'first-view', reflect: true})
  firstView: FirstView = 'story';

  /** Id of the selected event. Set it to select an event from the page; it is reflected as an attribute. */
  @property({reflect: true})
  selected: string | null = null;

  /** What to hide and what to search for (see FriseFilter). The built-in legend sets it too. */
  @property({attribute: false})
  filter: FriseFilter = EMPTY_FILTER;

  /** Where the card and the legend go: `auto` (side when the timeline is at least 900 px wide, else below), `side`, `bottom` or `none`. */
  @property({reflect: true})
  panel: PanelPosition = 'auto';

  /** Hides the built-in legend. */
  @property({type: Boolean, attribute: 'hide-legend', reflect: true})
  hideLegend = false;

  /**
   * The level of the heading the feed's title makes (1–6, default 2), so a screen reader's heading keys
   * reach the timeline where it sits in the page's outline.
   */
  @property({type: Number, attribute: 'heading-level'})
  headingLevel = 2;

  /** Rows an actor lane may use before less important labels give way (they then show on hover). */
  @property({type: Number, attribute: 'max-rows'})
  maxRows = 8;

  /**
   * Lanes drawn at most (1–500, default 40). With more (a feed naming 5,000 actors), the busiest keep
   * their lane and the events of the others share a last one that says how many it gathers; the legend
   * and the list still name every actor.
   */
  @property({type: Number, attribute: 'max-lanes'})
  maxLanes = 40;

  /**
   * Adds a "Download image" button to the toolbar: a PNG of the chart as it is shown (see `toPNG`). Under
   * a Content Security Policy, the page needs `img-src blob:` (or `data:`) for it.
   */
  @property({type: Boolean, attribute: 'export'})
  exportable = false;

  /**
   * Keeps the selected event, the visible window and the filters in the page's URL hash, under a key of
   * this timeline's own (the attribute's value, else the element's id, else `frise`), so that a link opens
   * on them and Back and Forward walk the reader's selections; the card offers "Copy link". Several
   * timelines on a page keep their own keys. A hash that is a plain anchor (`#section-2`) is left alone.
   */
  @property({attribute: 'sync-url'})
  syncUrl: string | null = null;

  /**
   * `timeline` (the chart), `list` (a semantic chronological list sharing selection and filters), or
   * `auto`: the chart, switching by itself to a vertical list under 600 px. The toolbar toggles it.
   */
  @property({reflect: true})
  view: TimelineView = 'auto';

  // what the attributes say, as drawn: a value the element does not take falls back to the default and
  // is reported once (FriseElement.attribute), so no attribute can make the chart throw or draw nothing
  private get lanesBy(): LaneBy {
    return this.attribute('lane-by', this.laneBy, oneOf(LANE_BY_VALUES), 'actor');
  }
  private get rowLimit(): number {
    return this.attribute('max-rows', this.maxRows, wholeNumberIn(1, 200), 8);
  }
  private get laneLimit(): number {
    return this.attribute('max-lanes', this.maxLanes, wholeNumberIn(1, 500), 40);
  }
  private get opening(): FirstView {
    return this.attribute('first-view', this.firstView, oneOf(FIRST_VIEWS), 'story');
  }
  private get panelAt(): PanelPosition {
    return this.attribute('panel', this.panel, oneOf(PANEL_POSITIONS), 'auto');
  }
  private get viewAsked(): TimelineView {
    return this.attribute('view', this.view, oneOf(TIMELINE_VIEWS), 'auto');
  }
  private get titleLevel(): number {
    return this.attribute('heading-level', this.headingLevel, wholeNumberIn(1, 6), 2);
  }

  @state() private hovered: string | null = null;
  /** What the polite live region says: selection changes and the range shown after zooming. */
  @state() private announcement = '';

  private readonly resize = new ResizeController(this);
  /** The label font as the browser sets it: the reader's text size reaches the layout through it. */
  private readonly textSize = new TextSizeController(this, {
    container: () => this.shadowRoot,
    changed: () => {
      this.label.forget();
      this.viewsOwner.forget();
      this.requestUpdate();
    },
  });
  /** The label font, its metrics and text widths in it. */
  private readonly label = new LabelFont(() => this.textSize.read());
  private readonly zoom = new ZoomController(this, (transform, ended) => this.onZoom(transform, ended));
  /** The chart's one tab stop and its keys (after the zoom controller: it focuses what the zoom redrew). */
  private readonly roving = new RovingFocusController(this, {
    adjacent: (id, direction) => this.adjacentStop(id, direction),
    edge: (which) => {
      const filter = this.activeFilter;
      const events = this.parsed?.events ?? [];
      return (
        (which < 0
          ? events.find((event) => isShown(event, filter))
          : events.findLast((event) => isShown(event, filter))
        )?.id ?? null
      );
    },
    across: (id, direction) => this.keyboardPath()?.across(id, direction)?.id ?? null,
    elementOf: (id) => this.focusTargetOf(id),
    reveal: (id) => {
      // an event outside the window laid out has no stop yet: its own interval says where to go
      const span =
        this.keyboardPath()?.resolve(id) ?? parseClusterItemId(id) ?? this.parsed?.eventById.get(id)?.interval;
      if (span) this.panTo(span);
    },
    fallback: () => [this.selected].find((id) => id && this.focusTargetOf(id)) ?? this.firstInView(),
    changed: () => this.requestUpdate(),
    zoomBy: (factor, around) => this.zoomAround(factor, around),
    // the keyboard's moves settle at once: the focus lands on the marks of the exact layout
    fit: () => this.zoom.fit(true),
    panBy: (px) => this.zoom.panBy(px, true),
    step: () => {
      const plot = this.views.fit()?.range;
      return plot ? (plot[1] - plot[0]) / 10 : 50;
    },
    activate: (id) => this.select(id, {pan: false}),
    escape: () => {
      if (this.selected === null) return false;
      this.select(null);
      return true;
    },
  });
  /** A cluster's Enter or click: zoom into it, or open the list of its events (its own controller). */
  private readonly clusterList = new ClusterListController(this, {
    zoomInto: (start, end) => {
      const fit = this.views.fit();
      if (!fit) return false;
      const base = timeScale(fit);
      const separating = Math.min(
        (fit.range[1] - fit.range[0]) / Math.max(1e-9, base(new Date(end)) - base(new Date(start))),
        this.views.maxZoom(fit.domain),
      );
      if (separating <= this.zoom.transform.k * 1.05) return false;
      this.zoomTo(start, end);
      return true;
    },
    describe: (key, target) => {
      const cluster = this.scenes.scene?.clusters.find((candidate) => candidate.key === key);
      const feed = this.parsed;
      const chart = this.chartRef.value;
      return cluster && feed && chart ? openCluster(cluster, feed, this.displayLanguage, target, chart) : undefined;
    },
    firstItem: () => this.renderRoot.querySelector<HTMLButtonElement>('.cluster-list-item'),
    choose: (id) => this.select(id, {pan: false}),
  });
  /** Layouts, first view and edge counts, for the settings `views` gives it. */
  private viewsOwner = new TimelineViews();
  /** The layouts of a large feed made before it is shown (see prepareFeed), taken when it is. */
  private viewsAhead?: TimelineViews;
  private markTexts = new MarkTexts();
  private readonly clusterLabels = new ClusterLabels();
  private readonly clusterPaths = new ClusterPaths();
  /** Layouts made ahead in idle time (the levels one zoom step in and out of a settled view). */
  private readonly ahead = new IdleWorkController(this);
  private aheadFor?: {transform: ZoomTransform; feed: FriseFeed};
  /**
   * The first drawing of a large feed is in three tasks: the lanes and bars first (the sketch), then the
   * clusters' targets and counts and the counts beyond the edges, then the overview; `updateComplete`
   * resolves once the whole drawing is done.
   */
  private readonly sketch = new DrawingStagesController(this);
  private readonly axis = new TimeAxis();
  /** The scene drawn, and the window it covers. */
  private readonly scenes = new SceneKeeper();
  // the elements a zoom frame writes to, kept by Lit as it renders them (no query per frame)
  private readonly chartRef = createRef<SVGSVGElement>();
  private readonly axisRef = createRef<SVGGElement>();
  private readonly gridRef = createRef<SVGGElement>();
  private readonly eventsRef = createRef<SVGGElement>();
  private readonly countsRef = createRef<SVGGElement>();
  private readonly brushRef = createRef<SVGGElement>();
  private readonly print = new PrintController(this, {changed: () => this.requestUpdate()});
  private readonly urlState = new UrlStateController(this, {
    key: () => (this.syncUrl === null ? null : this.syncUrl.trim() || this.id || 'frise'),
    read: () => {
      // the filter as set (activeFilter follows it only at the next update)
      const filter = normalizeFilter(this.filter);
      return {
        selected: this.selected ?? undefined,
        window: this.visibleRange ?? undefined,
        hiddenKinds: [...filter.hiddenKinds],
        hiddenStatuses: [...filter.hiddenStatuses],
        hiddenActors: [...filter.hiddenActors],
        query: filter.query,
      };
    },
    apply: (state) => {
      this.filter = {
        ...normalizeFilter(this.filter),
        hiddenKinds: state.hiddenKinds ?? [],
        hiddenStatuses: state.hiddenStatuses ?? [],
        hiddenActors: state.hiddenActors ?? [],
        query: state.query ?? '',
      };
      if (state.window) this.zoomTo(state.window[0], state.window[1]);
      else this.zoom.setTransform(this.views.home()?.transform ?? zoomIdentity);
      this.select(state.selected ?? null, {pan: !state.window});
    },
    ready: () => this.parsed !== null && (this.shownView !== 'timeline' || this.visibleRange !== null),
    problem: (message) => this.reportProblem('invalid-attribute', 'warning', `sync-url: ${message}`),
  });
  private readonly laneVisibility = new LaneVisibility(this, () => this.onLanesNearChange());
  /** While an image is made, every lane is placed, not only those near the screen. */
  private placingAll = false;
  private readonly placement = new ScenePlacement((lane) => this.placingAll || this.laneVisibility.isNear(lane), {
    fit: (text, maxWidth) => fitText(text, maxWidth, this.label.measure),
    least: (text) => prefixWidth(text, MIN_LABEL_CHARACTERS, this.label.measure),
  });
  /** The scene and chart the placement last collected. */
  private placedFor?: Scene;
  private placedIn?: Element;
  /** The overview strip's window: follows the chart, and moves it when the reader drags it. */
  private readonly overviewBrush = new OverviewBrushController(this, {
    group: () => this.brushRef.value ?? null,
    extent: () => {
      const fit = this.viewsOwner.drawn ? this.views.fit() : undefined;
      return fit && {left: fit.range[0], right: fit.range[1], height: OVERVIEW_HEIGHT};
    },
    show: (x0, x1) => this.zoom.showBase(x0, x1),
    cleared: () => this.overviewBrush.follow(...this.overviewWindow()),
  });
  private lastRange?: [number, number];
  /** `filter` as given by the page, made well-formed (arrays of strings, a string query). */
  private activeFilter: FriseFilter = EMPTY_FILTER;
  /** The first view set for a feed at a width; while the reader has not moved it, a resize sets it again. */
  private home?: {feed: FriseFeed; width: number; firstView: FirstView; k: number; x: number};

  /** The visible interval, [start, end) in UTC ms, or null before the first drawing. */
  get visibleRange(): [number, number] | null {
    const layout = this.views.fit();
    if (!layout) return null;
    const {k, x} = this.zoom.transform;
    return [timeAtScreen(layout, k, x, layout.range[0]), timeAtScreen(layout, k, x, layout.range[1])];
  }

  /**
   * Shows the interval [start, end) (dates or UTC ms) across the chart, within the zoom limits. With a
   * `duration` (ms) the view flies there, one frame at a time, and settles once on arrival (a reader who
   * asked for reduced motion gets the jump). Resolves when the view is there, or when something else
   * moved it first (another call, the reader's own gesture).
   */
  zoomTo(start: Date | number, end: Date | number, options: ViewMoveOptions = {}): Promise<void> {
    const from = timeValue(start);
    const to = timeValue(end);
    if (from === undefined || to === undefined || !(to > from)) {
      this.reportMisuse(
        `zoomTo(${String(start)}, ${String(end)}) needs two valid dates or UTC ms, the first before the second; the view is left as it is`,
      );
      return Promise.resolve();
    }
    const layout = this.views.fit();
    if (!layout) return Promise.resolve();
    const base = timeScale(layout);
    return this.zoom.animateBase(base(new Date(from)), base(new Date(to)), this.durationOf(options, 'zoomTo'));
  }

  /** Shows the whole feed; with a `duration` (ms), flies there as `zoomTo` does. */
  fit(options: ViewMoveOptions = {}): Promise<void> {
    const layout = this.views.fit();
    const duration = this.durationOf(options, 'fit');
    if (!layout || duration === 0) {
      this.zoom.fit();
      return Promise.resolve();
    }
    return this.zoom.animateBase(layout.range[0], layout.range[1], duration);
  }

  /** A move's duration in ms: 0 unless given as a finite number ≥ 0 (anything else is reported). */
  private durationOf(options: ViewMoveOptions | undefined, method: string): number {
    const duration = (options as {duration?: unknown} | null | undefined)?.duration;
    if (duration === undefined) return 0;
    if (typeof duration === 'number' && Number.isFinite(duration) && duration >= 0) return duration;
    this.reportMisuse(`${method}() takes a duration in ms, a finite number of 0 or more; the view moves at once`);
    return 0;
  }

  /** Zooms in (factor > 1) or out (factor < 1) around the centre of the view. */
  zoomBy(factor: number): void {
    if (typeof factor !== 'number' || !Number.isFinite(factor) || factor <= 0) {
      this.reportMisuse(`zoomBy(${String(factor)}) needs a finite factor above 0; the view is left as it is`);
      return;
    }
    this.zoom.zoomBy(factor);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    prepareDateFormatting(this.displayLanguage);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed as PropertyValues).has('parsed')) {
      // the layouts made while the feed was prepared, or none: a feed parsed again is laid out again
      if (this.viewsAhead && this.viewsAhead.feed === this.parsed) this.viewsOwner = this.viewsAhead;
      else this.viewsOwner.forget();
      this.viewsAhead = undefined;
      // a large feed is first drawn in three tasks (no long task while it loads): its bars, then the rest
      this.sketch.begin((this.parsed?.events.length ?? 0) > WINDOW_ABOVE ? 2 : 0);
    }
    if (changed.has('filter')) this.activeFilter = normalizeFilter(this.filter);
    const feed = this.parsed;
    // the list (and the phone's vertical list) lays nothing out: the first view is set when the chart shows
    if (feed && !isServer && this.resize.width > 0 && this.shownView === 'timeline') this.applyHome(feed);
  }

  /**
   * Opens a feed on its story: the window `homeWindow` chooses (or the feed's own `view`), set before
   * the chart is drawn. Set again when the width changes while the reader has not moved the view.
   */
  private applyHome(feed: FriseFeed): void {
    const home = this.home;
    const width = this.chartWidth;
    const firstView = this.opening;
    if (home && home.feed === feed && home.width === width && home.firstView === firstView) return;
    const t = this.zoom.transform;
    if (home && home.feed === feed && home.firstView === firstView && (t.k !== home.k || t.x !== home.x)) {
      // the reader moved the view: a new width shows the same stretch of time
      this.zoom.setTransform(this.views.transformKeepingTime(this.zoom.transform, home.width, width));
      this.home = {...home, width};
      return;
    }
    const transform = this.views.home()?.transform ?? zoomIdentity;
    this.zoom.setTransform(transform);
    this.home = {feed, width, firstView, k: transform.k, x: transform.x};
  }

  // ---- geometry ---------------------------------------------------------------------------------

  private get sidePanel(): boolean {
    if (this.panelAt === 'side') return true;
    return this.panelAt === 'auto' && this.resize.width >= SIDE_PANEL_MIN_WIDTH;
  }

  /** The owner of the layouts, set to what the chart draws with now. */
  private get views(): TimelineViews {
    return this.viewsOwner.use(this.parsed ? this.viewSettings(this.parsed) : undefined);
  }

  /** What a feed is laid out with on this element now. */
  private viewSettings(feed: FriseFeed): ViewSettings {
    return {
      feed,
      width: this.chartWidth,
      laneBy: this.lanesBy,
      language: this.displayLanguage,
      maxRows: this.rowLimit,
      maxLanes: this.laneLimit,
      filter: this.activeFilter,
      firstView: this.opening,
      measure: this.label.measure,
      metrics: this.label.metrics,
    };
  }

  /**
   * A large feed's first view, lanes and fit layout are made before it is shown, over tasks of their own
   * (FeedElement.prepareFeed, TimelineViews.prepare): at 100,000 events they take about 150 ms, too much
   * for the task that draws.
   */
  protected override prepareFeed(feed: FriseFeed): Array<() => boolean> {
    if (isServer || feed.events.length <= WINDOW_ABOVE || this.shownView !== 'timeline' || this.resize.width <= 0)
      return [];
    const views = new TimelineViews().use(this.viewSettings(feed));
    this.viewsAhead = views;
    // each step with the settings of its moment (a resize may come between two)
    return views.prepare().map((step) => () => views.use(this.viewSettings(feed)) && step());
  }

  private get chartWidth(): number {
    if (!this.sidePanel) return this.resize.width;
    const panel = parseFloat(getComputedStyle(this).getPropertyValue('--frise-panel-width')) || 340;
    return Math.max(200, this.resize.width - panel - 16);
  }

  /** Pans (keeping the zoom) to the nearest events beyond the left (-1) or right (1) edge of the view. */
  private showBeyond(direction: -1 | 1): void {
    const range = this.visibleRange;
    if (!range) return;
    const nearest = this.views.nearestBeyond(range, direction);
    const span = range[1] - range[0];
    // the nearest event comes in near the edge it was beyond, the rest of the view keeps going that way
    if (nearest !== undefined)
      this.zoomTo(nearest - (direction < 0 ? 0.85 : 0.15) * span, nearest + (direction < 0 ? 0.15 : 0.85) * span);
  }

  // ---- interaction --------------------------------------------------------------------------------

  private onZoom(transform: ZoomTransform, ended: boolean): void {
    // a cluster's list belongs to the view it was opened in
    this.clusterList.dismiss();
    if (!this.overviewBrush.driving) this.overviewBrush.follow(...this.overviewWindow(transform));
    this.urlState.sync('view');
    if (!ended) return;
    const range = this.visibleRange;
    if (!range) return;
    if (this.lastRange && this.lastRange[0] === range[0] && this.lastRange[1] === range[1]) return;
    this.lastRange = range;
    const language = this.displayLanguage;
    const strings = uiStrings(language);
    this.announcement = strings.rangeAnnouncement(...rangeParts(range, language));
    this.emit(new FriseRangeChangeEvent(range[0], range[1]));
  }

  /** Selects an event (or clears the selection with null), fires frise-select, and pans to it. */
  select(id: string | null, options: {pan?: boolean} = {}): void {
    const event = id ? (this.parsed?.eventById.get(id) ?? null) : null;
    const next = event ? event.id : null;
    if (next !== this.selected) {
      this.selected = next;
      const language = this.displayLanguage;
      const strings = uiStrings(language);
      this.announcement = event
        ? strings.selectedAnnouncement(pickText(event.title, language, this.parsed?.language))
        : strings.selectionCleared;
      if (event) this.roving.track(event.id);
      this.emit(new FriseSelectEvent(next, event));
      this.urlState.sync('selection');
    }
    if (event && options.pan !== false) this.panTo(event.interval);
  }

  /** Pans, keeping the zoom, so a time span (an event's interval, a cluster's bin) is in view; does nothing when its middle already is. */
  private panTo(span: {start: number; end: number}): void {
    const layout = this.views.fit();
    const range = this.visibleRange;
    if (!layout || !range) return;
    const centre = (span.start + span.end) / 2;
    const inView = centre >= range[0] && centre <= range[1];
    if (inView) return;
    const base = timeScale(layout);
    const half = (layout.range[1] - layout.range[0]) / this.zoom.transform.k / 2;
    const x = base(new Date(centre));
    this.zoom.showBase(x - half, x + half, true);
  }

  /** The keyboard stop an element stands for: an event's mark, or a cluster. */
  private stopOf(target: Element): string | null {
    const key = target.closest?.('[data-cluster]')?.getAttribute('data-cluster');
    if (key) {
      const cluster = this.scenes.scene?.clusters.find((candidate) => candidate.key === key);
      return cluster ? clusterItemId(cluster) : null;
    }
    return target.closest?.('[data-event-id]')?.getAttribute('data-event-id') ?? null;
  }

  /** The keyboard path of the layout drawn now: its marks and clusters in time order. */
  private keyboardPath(): KeyboardPath | undefined {
    const layout = this.views.current(this.zoom.transform, this.zoom.gesture)?.layout;
    return layout && this.views.path(layout);
  }

  /**
   * The stop after or before another in time order. Past the end of what is laid out (a large feed lays
   * out a window around the view), the view pans to the nearest shown event beyond, and the stop is the
   * one that stands for it there (its mark, or the cluster it is folded into).
   */
  private adjacentStop(id: string, direction: 1 | -1): string | null | Promise<string | null> {
    const path = this.keyboardPath();
    if (!path) return null;
    const next = path.step(id, direction);
    if (next) return next.id;
    const here = path.resolve(id);
    if (!here) return null;
    const time = this.views.nearestBeyond([here.start, here.end], direction);
    if (time === undefined) return null;
    this.panTo({start: time, end: time});
    return this.updateComplete.then(() => this.keyboardPath()?.nearest(time)?.id ?? null);
  }

  private onMarkClick(event: MouseEvent): void {
    const id = (event.target as Element).closest?.('[part~="event"]')?.getAttribute('data-event-id');
    if (id) this.select(id, {pan: false});
  }

  private onChartKeydown(event: KeyboardEvent): void {
    this.roving.handleKey(event, this.stopOf(event.target as Element));
  }

  /**
   * The element that stands for a stop on screen: an event's mark (placed, so Tab or focus() lands on
   * it), else the cluster it is folded into at this zoom; for a cluster the zoom has replaced, the stop
   * that now holds its start.
   */
  private focusTargetOf(id: string): SVGElement | undefined {
    const group = this.placement.markGroup(id);
    if (group) {
      this.placement.ensurePlaced(group);
      return group.querySelector<SVGElement>(':scope > .mark') ?? undefined;
    }
    const stop = this.keyboardPath()?.resolve(id);
    if (!stop) return undefined;
    if (!stop.cluster) return stop.id === id ? undefined : this.focusTargetOf(stop.id);
    const cluster = this.scenes.scene?.clusters.find((candidate) => clusterItemId(candidate) === stop.id);
    return cluster
      ? (this.renderRoot.querySelector<SVGElement>(`[data-cluster="${CSS.escape(cluster.key)}"]`) ?? undefined)
      : undefined;
  }

  /** The first stop in view (on a lane near the screen), for the tab stop when none has had the focus. */
  private firstInView(): string | undefined {
    const range = this.visibleRange;
    const stops = this.keyboardPath()?.items ?? [];
    if (!range) return stops[0]?.id;
    const inView = stops.filter((stop) => stop.end > range[0] && stop.start < range[1]);
    return (
      inView.find((stop) => this.laneVisibility.isNear(stop.lane)) ??
      inView[0] ??
      this.keyboardPath()?.nearest((range[0] + range[1]) / 2)
    )?.id;
  }

  /** Zooms by a factor around an event's mark when it is drawn (else the centre), then keeps it in view. */
  private zoomAround(factor: number, id: string | null): void {
    const view = id ? this.scenes.scene?.byId.get(id) : undefined;
    const t = this.zoom.transform;
    const x = view && this.scenes.scene ? t.k * (view.x + this.scenes.scene.origin) + t.x : undefined;
    const width = this.views.fit()?.width ?? 0;
    this.zoom.zoomBy(factor, x !== undefined && x >= 0 && x <= width ? x : undefined, true);
    const event = id ? this.parsed?.eventById.get(id) : undefined;
    if (event) this.panTo(event.interval);
  }

  private onCardSelect(event: FriseSelectEvent): void {
    // the card's related-event buttons: the timeline owns the selection and fires one frise-select itself
    event.stopPropagation();
    this.select(event.id);
  }

  /** The card's Close button or Escape: the selection clears and the focus goes back to the event's mark. */
  private onCardClose(event: Event): void {
    event.stopPropagation();
    const id = this.selected;
    this.select(null);
    if (id && this.shownView === 'timeline') void this.roving.focus(id);
  }

  private onLegendFilter(event: FriseFilterChangeEvent): void {
    event.stopPropagation();
    this.filter = event.filter;
    this.urlState.sync('filter');
    this.emit(new FriseFilterChangeEvent(event.filter));
  }

  private setHovered(id: string | null): void {
    if (this.hovered !== id) this.hovered = id;
  }

  // ---- rendering ------------------------------------------------------------------------------------

  protected override render() {
    const language = this.displayLanguage;
    const strings = uiStrings(language);
    const feed = this.parsed;
    const title = feed ? pickText(feed.title, language, feed.language) : '';
    const side = this.sidePanel;
    const showPanel = this.panelAt !== 'none' && feed !== null;
    const selectedEvent = this.selected ? (feed?.eventById.get(this.selected) ?? null) : null;
    const current =
      feed && this.resize.width > 0 && this.shownView === 'timeline'
        ? this.views.current(this.zoom.transform, this.zoom.gesture)
        : undefined;
    return html`
      <figure part="figure" aria-busy=${this.loading ? 'true' : 'false'}>
        ${
          title
            ? html`<figcaption part="title" lang=${pickLanguage(feed?.title, language, feed?.language ?? language)}><span role="heading"
          aria-level=${this.titleLevel}>${title}</span></figcaption>`
            : nothing
        }
        ${feed ? html`<p class="meta">${strings.eventCount(feed.events.length)}</p>` : nothing}
        ${feed && feed.events.length === 0 ? html`<p class="status-line">${strings.empty}</p>` : nothing}
        <div class="frame ${side && showPanel ? 'side' : ''}">
          <div class="main">
            ${feed && feed.events.length > 0 && this.shownView !== 'timeline' ? this.renderList(feed, language, strings) : nothing}
            ${current && feed && feed.events.length > 0 && this.shownView === 'timeline' ? this.renderChart(feed, current, language, strings, title) : nothing}
            ${
              /* on paper, the chart is followed by every event with its sources and notes in full */
              this.print.printing && feed && feed.events.length > 0 && this.shownView === 'timeline'
                ? html`<frise-list part="print-list" class="print-list" .feed=${feed} .filter=${this.activeFilter}
                    lang=${language}></frise-list>`
                : nothing
            }
          </div>
          ${
            showPanel && feed
              ? html`
            <div part="panel" class="panel">
              ${
                selectedEvent && this.shownView === 'timeline' /* the list shows the card in place */
                  ? html`<frise-event-card part="card" .event=${selectedEvent} .feed=${feed}
                lang=${language} closable theme=${ifDefined(this.theme)} link=${ifDefined(this.urlState.linkTo(selectedEvent.id) ?? undefined)}
                @frise-select=${this.onCardSelect} @frise-close=${this.onCardClose}></frise-event-card>`
                  : nothing
              }
              ${
                this.hideLegend
                  ? nothing
                  : html`<frise-legend part="legend" .feed=${feed} .filter=${this.activeFilter} lang=${language}
                ?compact=${!side} theme=${ifDefined(this.theme)} @frise-filterchange=${this.onLegendFilter}></frise-legend>`
              }
            </div>`
              : nothing
          }
        </div>
        ${this.renderFeedStatus()}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </figure>
    `;
  }

  /** What is on screen: the chart, the list, or the list in its vertical (phone) form. */
  private get shownView(): 'timeline' | 'list' | 'vertical' {
    // server rendering (@lit-labs/ssr) knows no width to lay the chart out in: it sends the list, so the
    // page reads before any script runs; the browser then draws the chart in its place (see docs/frameworks.md)
    if (isServer) return 'list';
    const asked = this.viewAsked;
    if (asked === 'timeline' || asked === 'list') return asked;
    return this.resize.width > 0 && this.resize.width < VERTICAL_BELOW ? 'vertical' : 'timeline';
  }

  /** The List/Timeline toggle; `tabIndex` -1 where another button of its toolbar is the tab stop at first. */
  private renderViewToggle(strings: UiStrings, tabIndex: 0 | -1) {
    const list = this.shownView !== 'timeline';
    return html`<button part="view-toggle" type="button" tabindex=${tabIndex} aria-pressed=${list ? 'true' : 'false'}
      @click=${() => this.toggleView(list ? 'timeline' : 'list')}>${strings.showList}</button>`;
  }

  /** The toolbar is drawn anew in the other view: the focus follows the toggle there. */
  private async toggleView(view: TimelineView): Promise<void> {
    this.view = view;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="view-toggle"]')?.focus();
  }

  private renderList(feed: FriseFeed, language: string, strings: UiStrings) {
    return html`
      ${
        isServer
          ? nothing /* no script on the server's page yet: no toggle */
          : html`<div part="toolbar" class="toolbar" role="toolbar" aria-label=${strings.toolbar}
            >${this.renderViewToggle(strings, 0)}</div
          >`
      }
      <frise-list part="list" .feed=${feed} .filter=${this.activeFilter} .selected=${this.selected} lang=${language}
        variant=${this.shownView === 'vertical' ? 'vertical' : 'list'} theme=${ifDefined(this.theme)} expand-selected
        .linkTo=${this.syncUrl === null ? undefined : this.linkTo}
        @frise-select=${this.onListSelect}></frise-list>`;
  }

  private readonly linkTo = (id: string): string | null => this.urlState.linkTo(id);

  private onListSelect(event: FriseSelectEvent): void {
    event.stopPropagation();
    this.select(event.id, {pan: false});
  }

  private renderChart(
    feed: FriseFeed,
    current: {layout: TimelineLayout; fit: TimelineLayout; level: number},
    language: string,
    strings: UiStrings,
    title: string,
  ) {
    const {layout, fit, level} = current;
    const t = this.zoom.transform;
    const width = fit.width;
    const height = fit.height;
    const m = this.label.metrics;
    // chart units: base px from an origin near the view, so that k × units stays small enough for the
    // browser's single-precision geometry however deep the zoom
    const origin = renderOrigin(t, width);
    const k = t.k;
    const tx = t.x + k * origin;
    // while a gesture moves the view (wheel, drag, a page's zoomTo every frame), a scene made anew draws
    // its bars and marks only: cluster targets and counts (hundreds of elements, most of a frame's cost)
    // come when the gesture ends. Not while the focus is in the chart: its element must stay drawn.
    const moving = this.sketch.left === 2 || (this.zoom.gesture && !this.matches(':focus-within'));
    const scene = this.sceneFor(
      feed,
      layout,
      level,
      origin,
      [(0 - tx) / k, (width - tx) / k],
      k,
      language,
      strings,
      moving,
    );
    const screen = (units: number) => k * units + tx;
    const relationNames = legendStrings(language).relations;
    const links: LinkView[] = [];
    for (const link of scene.links) {
      const x1 = screen(link.u1);
      const x2 = screen(link.u2);
      if (Math.max(x1, x2) < 0 || Math.min(x1, x2) > width) continue;
      links.push({...link.view, x1, x2});
    }

    const visible = this.visibleRange;
    const beyond = visible && this.sketch.left < 2 ? this.views.beyond(visible) : {before: 0, after: 0};
    return html`
      <div part="toolbar" class="toolbar" role="toolbar" aria-label=${strings.toolbar} @keydown=${onToolbarKeydown} @focusin=${onToolbarFocusin}>
        <button part="zoom-in" type="button" aria-label=${strings.zoomIn} title=${strings.zoomIn} @click=${() => this.zoom.zoomBy(2)}>+</button>
        <button part="zoom-out" type="button" tabindex="-1" aria-label=${strings.zoomOut} title=${strings.zoomOut}
          @click=${() => this.zoom.zoomBy(0.5)}>−</button>
        <button part="fit" type="button" tabindex="-1" @click=${() => this.zoom.fit()}>${strings.fit}</button>
        ${
          this.exportable
            ? html`<button part="export" type="button" tabindex="-1" @click=${this.downloadImage}>${strings.exportImage}</button>`
            : nothing
        }
        ${this.renderViewToggle(strings, -1)}
        ${visible ? html`<span class="range">${strings.visibleRange(...rangeParts(visible, language))}</span>` : nothing}
      </div>
      <!-- focus listeners sit on this div, not on an SVG group: Chromium makes an SVG element with focus
           listeners a tab stop of its own (an unnamed one, before the first event) -->
      <div class="chart-box" @keydown=${this.onChartKeydown} @focusin=${this.onPointerOver} @focusout=${this.onPointerOut}>
        ${
          beyond.before
            ? html`<button part="beyond beyond-earlier" class="beyond earlier" type="button"
          title=${strings.showEarlier(beyond.before)} @click=${() => this.showBeyond(-1)}
          ><span aria-hidden="true">‹ </span>${strings.earlierCount(beyond.before)}</button>`
            : nothing
        }
        ${
          beyond.after
            ? html`<button part="beyond beyond-later" class="beyond later" type="button"
          title=${strings.showLater(beyond.after)} @click=${() => this.showBeyond(1)}
          >${strings.laterCount(beyond.after)}<span aria-hidden="true"> ›</span></button>`
            : nothing
        }
        ${this.clusterList.open ? renderClusterList(this.clusterList.open, strings.closeList, this.clusterList.choose, this.clusterList.close) : nothing}
        <p id="chart-summary" class="visually-hidden">${chartSummary(feed, language, strings)}</p>
        <p id="chart-help" class="visually-hidden">${strings.chartHelp}</p>
        <svg ${ref(this.chartRef)} part="chart" class="chart${links.length > 0 ? ' relating' : ''}"
          width=${width} height=${height} viewBox="0 0 ${width} ${height}"
          role="group" aria-label=${strings.timelineLabel(title)} aria-describedby="chart-summary chart-help">
          <g class="lanes">${renderLanes(layout.lanes, {laneBy: this.lanesBy, width, x: m.marginX, header: m.laneHeader, language, strings})}</g>
          ${renderPeriods(feed, {fit, layout, transform: this.zoom.transform, measure: this.label.measure, language})}
          <g ${ref(this.gridRef)} class="grid" aria-hidden="true" transform="translate(0 ${layout.axisY})"></g>
          <!-- tick labels read in the direction of their language, whatever the page's: "10 nov." on a
               right-to-left page stays "10 nov." -->
          <g ${ref(this.axisRef)} part="axis" class="axis" aria-hidden="true" transform="translate(0 ${layout.axisY})"
            direction=${directionOf(language)} unicode-bidi="isolate"></g>
          <!-- no clip-path here: the chart clips to its box, and a reference to a clipPath of this shadow tree
               kept a removed timeline alive in the browser's style cache -->
          <g class="plot">
            <g class="zoomed" transform="translate(${tx} 0) scale(${k} 1)">
              ${guard([scene], () =>
                renderClusters(
                  scene,
                  level,
                  {
                    label: (cluster) => this.clusterLabels.get(cluster, language, strings),
                    onActivate: this.clusterList.activate,
                    onKey: this.clusterList.onKey,
                  },
                  this.clusterPaths,
                ),
              )}
            </g>
            <g ${ref(this.countsRef)} class="cluster-counts" aria-hidden="true"
              >${guard([scene, language], () => renderClusterCounts(scene.counts, language))}</g
            >
            <g class="links">${repeat(
              links,
              (link) => link.key,
              (link) => renderLink(link, `${relationNames[link.type] ?? link.type}`),
            )}</g>
            <g ${ref(this.eventsRef)} class="events" @click=${this.onMarkClick} @mouseover=${this.onPointerOver} @mouseout=${this.onPointerOut}>
              ${guard([scene], () =>
                repeat(
                  scene.views,
                  (view) => view.mark.id,
                  (view) => guard([view], () => renderMark(view, m)),
                ),
              )}
            </g>
            ${this.renderFullTitle(scene, k, tx, width)}
          </g>
        </svg>
      </div>
      ${this.sketch.left > 0 ? nothing : guard([fit], () => this.renderOverviewStrip(fit))}
    `;
  }

  /** The scene for this rendering (kept while the view stays inside its window: see SceneKeeper). */
  private sceneFor(
    feed: FriseFeed,
    layout: TimelineLayout,
    level: number,
    origin: number,
    view: [number, number],
    k: number,
    language: string,
    strings: UiStrings,
    moving: boolean,
  ): Scene {
    const filter = this.activeFilter;
    // lanes by actor name who the event is about, which its name says nowhere else; lanes by kind, status
    // or attribution repeat what the name already says, and the lane of events with no actor says nothing
    let laneNames: ReadonlyMap<string, string> | undefined | null = null;
    const laneName = (lane: string) => {
      laneNames ??=
        this.lanesBy === 'actor'
          ? new Map(layout.lanes.filter((each) => each.key !== OTHER_LANE).map((each) => [each.key, each.label]))
          : undefined;
      return laneNames?.get(lane);
    };
    return this.scenes.sceneFor({
      feed,
      layout,
      level,
      origin,
      view,
      k,
      labelRoom: this.label.metrics.maxLabelWidth + 4 * this.label.metrics.markRadius,
      selected: this.selected,
      hovered: this.hovered,
      query: filter.query.trim(),
      hiddenRelations: filter.hiddenRelations,
      markRadius: this.label.metrics.markRadius,
      texts: (event, lane) => this.markTexts.of(event, language, strings, feed, laneName(lane)),
      moving,
      also: [this.roving.focused, language],
    });
  }

  /**
   * The whole title of the hovered or focused event, over everything, on a background: a label that was
   * shortened, moved or gave way is read whole there. Kept inside the chart.
   */
  private renderFullTitle(scene: Scene, k: number, tx: number, width: number) {
    const view = this.hovered ? scene.byId.get(this.hovered) : undefined;
    if (!view) return nothing;
    const label = view.mark.label;
    const pad = 4;
    const fitted = fitText(label.full, width - 4 * pad, this.label.measure);
    const sx = k * view.x + tx;
    const anchorX = sx + (view.afterBar ? k * view.width : 0) + view.labelDx;
    const natural = label.anchor === 'end' ? anchorX - fitted.width : anchorX;
    const left = Math.max(pad, Math.min(width - pad - fitted.width, natural));
    return svg`<g class="full-title" aria-hidden="true" transform="translate(${left.toFixed(2)} ${view.mark.y})">
      <rect class="full-title-back" x="-3" y=${-0.75 * this.label.size} width=${fitted.width + 6} height=${1.5 * this.label.size} rx="3"></rect>
      <text class="full-title-text" lang=${view.textLanguage} dy="0.35em">${fitted.text}</text>
    </g>`;
  }

  /**
   * The chart as it is shown (view, filters, theme), as a self-contained SVG document with a `<title>` and a
   * `<desc>`; null when no chart is drawn (the list view, no feed yet). Feed text stays text in it.
   */
  toSVG(options: {background?: string} = {}): string | null {
    const chart = this.chartRef.value;
    const feed = this.parsed;
    if (!chart?.isConnected || !feed || this.shownView !== 'timeline') return null;
    // lanes scrolled out of the page keep the positions of an earlier zoom: place them all first
    this.placingAll = true;
    this.placement.refresh();
    this.placeScene(chart.width.baseVal.value);
    try {
      const language = this.displayLanguage;
      const strings = uiStrings(language);
      const range = this.visibleRange;
      const summary = chartSummary(feed, language, strings);
      return serializeChartSVG(chart, {
        title: strings.timelineLabel(pickText(feed.title, language, feed.language)),
        description: range ? `${summary} ${strings.visibleRange(...rangeParts(range, language))}` : summary,
        ...options,
      });
    } finally {
      this.placingAll = false;
      this.placement.refresh();
    }
  }

  /**
   * A PNG of the chart as it is shown, `scale` times its size on screen (default 2); null when no chart is
   * drawn. Rejects when the page forbids it (a Content Security Policy without `img-src blob:` or `data:`).
   */
  async toPNG(options: {scale?: number; background?: string} = {}): Promise<Blob | null> {
    const chart = this.chartRef.value;
    const svg = this.toSVG(options.background === undefined ? {} : {background: options.background});
    if (svg === null || !chart) return null;
    return rasterizeSVG(svg, {width: chart.clientWidth, height: chart.clientHeight, scale: options.scale ?? 2});
  }

  private downloadImage = async (): Promise<void> => {
    try {
      const png = await this.toPNG();
      if (!png) return;
      const feed = this.parsed;
      const title = feed ? pickText(feed.title, this.displayLanguage, feed.language) : '';
      downloadBlob(png, `${fileSlug(title) || 'timeline'}.png`, this.ownerDocument);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.reportProblem('export-failed', 'error', `the image could not be made: ${reason}`);
    }
  };

  /** Puts the scene at the current zoom (see ScenePlacement); collects what Lit rendered first when it changed. */
  private placeScene(width: number): void {
    const scene = this.scenes.scene;
    const events = this.eventsRef.value;
    const counts = this.countsRef.value;
    if (!scene || !events || !counts) return;
    if (this.placedFor !== scene || this.placedIn !== events) {
      this.placement.collect(scene.byId, events, new Map(scene.counts.map((count) => [count.key, count])), counts);
      this.laneVisibility.watch(
        [...this.renderRoot.querySelectorAll<SVGGElement>('g.lane')].map(
          (lane) => [lane.querySelector('.lane-band') ?? lane, lane.dataset['lane'] ?? ''] as const,
        ),
      );
      this.placedFor = scene;
      this.placedIn = events;
    }
    const t = this.zoom.transform;
    this.placement.place(t.k, t.x + t.k * scene.origin, width);
  }

  /** A lane came near the screen or went away: its marks are placed or parked. */
  private onLanesNearChange(): void {
    const fit = this.views.fit();
    if (!fit) return;
    this.placement.refresh();
    this.placeScene(fit.width);
  }

  private onPointerOver = (event: Event): void => {
    if (event.type === 'focusin') {
      // a cluster keeps the tab stop once it had the focus, as a mark does
      const target = event.target as Element;
      const id = this.stopOf(target);
      if (target.closest?.('[data-cluster]') && id) this.roving.track(id);
      // a stop drawn off screen (the nearest beyond a gap) that Tab lands on comes into view; not the focus
      // a redraw gives back to the item that had it (the page may have moved the view away on purpose)
      const stop = id && !this.roving.restoring ? this.keyboardPath()?.resolve(id) : undefined;
      if (stop) this.panTo(stop);
    }
    const group = (event.target as Element).closest?.('[data-event-id]');
    const id = group?.getAttribute('data-event-id');
    if (!group || !id) return;
    this.setHovered(id);
    if (event.type === 'focusin') {
      this.placement.ensurePlaced(group);
      this.roving.track(id);
    }
  };

  private onPointerOut = (event: Event): void => {
    const next = (event as MouseEvent).relatedTarget as Element | null;
    const id = next?.closest?.('[data-event-id]')?.getAttribute('data-event-id') ?? null;
    this.setHovered(id);
  };

  /** The overview strip, with the density of the events the filter shows (one pass over the feed per fit layout). */
  private renderOverviewStrip(fit: TimelineLayout) {
    const filter = this.activeFilter;
    const events = this.parsed?.events ?? [];
    const hides = hidesEvents(filter);
    const starts: number[] = [];
    for (const event of events) if (!hides || isShown(event, filter)) starts.push(event.interval.start);
    return renderOverview(
      fit,
      densityColumns(starts, fit.domain, overviewColumns(fit)),
      uiStrings(this.displayLanguage).overview,
      this.brushRef,
    );
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.sketch.pending) {
      await this.sketch.pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** After each drawing: the zoom behaviour, the axis, the marks' places, the overview's brush and the tab stop. */
  protected override updated(changed: PropertyValues<this>): void {
    const feed = this.parsed;
    // no chart on screen (the list views): nothing to lay out nor to place
    const svgElement = this.chartRef.value;
    if (!feed || !svgElement?.isConnected) return;
    const fit = this.views.fit();
    if (!fit) return;
    this.zoom.attach(svgElement, {
      width: fit.width,
      height: fit.height,
      plot: fit.range,
      maxZoom: this.views.maxZoom(fit.domain),
    });
    const scale = this.zoom.transform.rescaleX(timeScale(fit));
    // a tick label takes about 110 px at 12 px text: larger text, fewer ticks
    const ticks = Math.max(2, Math.floor(fit.width / (110 * Math.max(1, this.label.size / 12))));
    const axisGroup = this.axisRef.value;
    const gridGroup = this.gridRef.value;
    if (axisGroup && gridGroup)
      this.axis.update(
        axisGroup,
        gridGroup,
        scale,
        ticks,
        createTickFormatter(this.displayLanguage),
        fit.height - fit.axisY,
      );
    this.placeScene(fit.width);
    this.overviewBrush.attach(...this.overviewWindow());
    this.roving.settle({tabStop: !this.scenes.scene?.moving});
    if (this.sketch.left > 0) this.sketch.next();
    // a settled view: the layouts of a key's or button's next zoom step are made while the page idles
    // (once per view and feed, not again at each hover's rendering)
    else if (!this.zoom.gesture && (this.aheadFor?.transform !== this.zoom.transform || this.aheadFor.feed !== feed)) {
      this.aheadFor = {transform: this.zoom.transform, feed};
      this.ahead.schedule(this.views.prefetch(this.zoom.transform));
    }
    if (changed.has('selected') && this.selected && changed.get('selected') !== undefined) {
      const event = feed.eventById.get(this.selected);
      if (event) this.panTo(event.interval);
    }
  }

  /** The span of the overview strip (px) the chart shows at a zoom transform (the current one by default). */
  private overviewWindow(transform: ZoomTransform = this.zoom.transform): [number, number] {
    const fit = this.viewsOwner.drawn ? this.views.fit() : undefined;
    if (!fit) return [0, 0];
    const [left, right] = fit.range;
    return [(left - transform.x) / transform.k, (right - transform.x) / transform.k];
  }
}

/** A relation drawn between two marks: its ends in chart units (screen x is computed per frame). */
/**
 * Where chart units start, in base px: 0 while the zoom is moderate; deeper, the start of the view
 * rounded to a grid that coarsens every ×16 of zoom, so that coordinates stay small (single-precision
 * geometry keeps a small fraction of a pixel) and the origin rarely moves while panning.
 */
function renderOrigin(t: ZoomTransform, width: number): number {
  if (t.k < 16) return 0;
  const step = (4 * width) / 2 ** (4 * Math.floor(Math.log2(t.k) / 4));
  return Math.floor(-t.x / t.k / step) * step;
}

/** How `zoomTo` and `fit` move the view. */
export interface ViewMoveOptions {
  /** Fly there over this many ms, a frame at a time (default 0: at once). Reduced motion always jumps. */
  duration?: number;
}

declare global {
  interface HTMLElementTagNameMap {
    'frise-timeline': FriseTimeline;
  }
}

/** A date or UTC ms as a time value within what a Date can hold, or undefined. */
function timeValue(value: unknown): number | undefined {
  const time = value instanceof Date ? value.getTime() : value;
  return typeof time === 'number' && Number.isFinite(time) && Math.abs(time) <= 8.64e15 ? time : undefined;
}
