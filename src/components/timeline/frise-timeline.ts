import {LitElement, html, nothing, svg, type PropertyValues} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {repeat} from 'lit/directives/repeat.js';
import {axisTop} from 'd3-axis';
import {select} from 'd3-selection';
import {parseFeed} from '../../model/parse.js';
import type {FeedIssue, FriseEvent, FriseFeed} from '../../model/types.js';
import {pickLanguage, pickText} from '../../model/text.js';
import {computeLayout, DEFAULT_METRICS, timeScale, type MarkLayout, type TimelineLayout} from '../../layout/compute-layout.js';
import {LANE_BY_VALUES, type LaneBy} from '../../layout/lanes.js';
import {kindSymbol} from '../../layout/symbols.js';
import {createTickFormatter} from '../../layout/time-format.js';
import {formatEventDate} from '../../i18n/format-date.js';
import {uiStrings, type UiStrings} from '../../i18n/strings.js';
import {ResizeController} from '../../controllers/resize-controller.js';
import {FriseErrorEvent} from '../../events/frise-error.js';
import {FriseLoadEvent} from '../../events/frise-load.js';
import {timelineStyles} from './frise-timeline.styles.js';

/**
 * A timeline of news events from a frise feed: one lane per actor (or kind, status, attribution), a
 * time axis in the feed's language, and a mark per event whose shape tells its kind and whose outline,
 * fill and strike tell its status.
 *
 * @summary Draws a frise event feed as a timeline.
 *
 * @fires frise-load - The feed was parsed; `event.feed` is the parsed feed.
 * @fires frise-error - The feed has problems or could not be loaded; `event.issues` lists them (path, code, message).
 *
 * @csspart figure - The whole figure (caption, chart, problems).
 * @csspart title - The feed title above the chart.
 * @csspart chart - The SVG chart.
 * @csspart axis - The time axis (drawn by d3-axis; it uses `currentColor`).
 * @csspart lane - One lane (its background band and header).
 * @csspart lane-label - The header text of a lane.
 * @csspart event - One event mark group; carries `data-event-id`, `data-kind` and `data-status`.
 * @csspart event-label - The title drawn beside a mark.
 * @csspart issues - The list of problems found in the feed.
 *
 * @cssprop [--frise-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--frise-text-color=#1f2328] - Text colour.
 * @cssprop [--frise-muted-color=#57606a] - Secondary text and axis colour.
 * @cssprop [--frise-surface-color=#ffffff] - Background, and the fill of hollow marks.
 * @cssprop [--frise-lane-background=#f6f8fa] - Background of odd lanes.
 * @cssprop [--frise-lane-background-alt=#ffffff] - Background of even lanes.
 * @cssprop [--frise-grid-color=#d0d7de] - Vertical grid lines.
 * @cssprop [--frise-label-font-size=12px] - Size of event labels.
 * @cssprop [--frise-status-confirmed-color=#1a7f37] - Marks of confirmed events (filled).
 * @cssprop [--frise-status-reported-color=#0550ae] - Marks of reported events (hollow).
 * @cssprop [--frise-status-denied-color=#cf222e] - Marks of denied events (hollow, struck through).
 * @cssprop [--frise-status-disputed-color=#9a6700] - Marks of disputed events (dashed outline).
 * @cssprop [--frise-status-unverified-color=#6e7781] - Marks of unverified events (dotted outline).
 * @cssprop [--frise-error-color=#cf222e] - Accent of the problems panel.
 */
@customElement('frise-timeline')
export class FriseTimeline extends LitElement {
  static override styles = timelineStyles;

  /** The feed to draw: a feed document (the JSON object) or its JSON text. Takes precedence over `src`. */
  @property({attribute: false})
  feed?: unknown;

  /** URL of a feed document (JSON) to fetch and draw when `feed` is not set. */
  @property({reflect: true})
  src?: string;

  /** What each lane groups: `actor` (the event's main actor), `kind`, `status` or `attribution` (who asserts it). */
  @property({attribute: 'lane-by', reflect: true})
  laneBy: LaneBy = 'actor';

  @state() private parsed: FriseFeed | null = null;
  @state() private problems: FeedIssue[] = [];
  @state() private loading = false;

  private readonly resize = new ResizeController(this);
  private fetchAbort?: AbortController;
  private layoutCache?: {key: string; layout: TimelineLayout};
  private measureContext?: OffscreenCanvasRenderingContext2D | null;
  private measureCache = new Map<string, number>();

  /** The parsed feed being drawn (null until a feed is set or loaded). */
  get parsedFeed(): FriseFeed | null {
    return this.parsed;
  }

  /** Problems found in the current feed (records left out, references dropped, load failures). */
  get issues(): readonly FeedIssue[] {
    return this.problems;
  }

  /** The language text and dates are shown in: the element's `lang`, else the feed's language. */
  get displayLanguage(): string {
    const feedLanguage = this.parsed?.language;
    return this.lang || (feedLanguage && feedLanguage !== 'und' ? feedLanguage : '') || document.documentElement.lang || 'en';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.fetchAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed') && this.feed !== undefined) {
      this.fetchAbort?.abort();
      this.loading = false;
      this.accept(parseFeed(this.feed));
    } else if (changed.has('src') && this.feed === undefined) {
      void this.load(this.src);
    }
  }

  private async load(url: string | undefined): Promise<void> {
    this.fetchAbort?.abort();
    if (!url) return;
    const abort = new AbortController();
    this.fetchAbort = abort;
    this.loading = true;
    let text: string;
    try {
      const response = await fetch(url, {signal: abort.signal, credentials: 'same-origin'});
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      text = await response.text();
    } catch (error) {
      if (abort.signal.aborted) return;
      this.loading = false;
      this.parsed = null;
      const message = uiStrings(this.lang || 'en').loadFailed(url, (error as Error).message);
      this.report([{path: '', code: 'not-a-feed', message, severity: 'error'}]);
      return;
    }
    if (abort.signal.aborted) return;
    this.loading = false;
    this.accept(parseFeed(text));
  }

  private accept({feed, issues}: ReturnType<typeof parseFeed>): void {
    this.parsed = feed;
    this.layoutCache = undefined;
    if (feed) this.fire(new FriseLoadEvent(feed));
    this.report(issues);
  }

  private report(issues: FeedIssue[]): void {
    this.problems = issues;
    if (issues.length > 0) this.fire(new FriseErrorEvent(issues));
  }

  /** Events are documented with @fires; dispatching through here keeps the manifest from guessing names. */
  private fire(event: Event): void {
    this.dispatchEvent(event);
  }

  private measure = (text: string): number => {
    let width = this.measureCache.get(text);
    if (width !== undefined) return width;
    if (this.measureContext === undefined) {
      this.measureContext = new OffscreenCanvas(1, 1).getContext('2d');
      if (this.measureContext) {
        const style = getComputedStyle(this);
        const size = style.getPropertyValue('--frise-label-font-size').trim() || '12px';
        this.measureContext.font = `${size} ${style.fontFamily}`;
      }
    }
    width = this.measureContext ? this.measureContext.measureText(text).width : text.length * 6.5;
    this.measureCache.set(text, width);
    return width;
  };

  private layout(feed: FriseFeed, strings: UiStrings, language: string): TimelineLayout {
    const laneBy = LANE_BY_VALUES.includes(this.laneBy) ? this.laneBy : 'actor';
    const key = `${this.resize.width}|${laneBy}|${language}`;
    if (this.layoutCache?.key === key) return this.layoutCache.layout;
    const layout = computeLayout(feed, {
      width: this.resize.width,
      laneBy,
      language,
      measure: this.measure,
      labels: {other: strings.otherLane, kind: (k) => strings.kinds[k as keyof UiStrings['kinds']] ?? k, status: (s) => strings.statuses[s as keyof UiStrings['statuses']] ?? s},
    });
    this.layoutCache = {key, layout};
    return layout;
  }

  protected override render() {
    const language = this.displayLanguage;
    const strings = uiStrings(language);
    const feed = this.parsed;
    const layout = feed && this.resize.width > 0 ? this.layout(feed, strings, language) : undefined;
    const title = feed ? pickText(feed.title, language, feed.language) : '';
    return html`
      <figure part="figure" aria-busy=${this.loading ? 'true' : 'false'}>
        ${title ? html`<figcaption part="title" lang=${pickLanguage(feed?.title, language, feed?.language ?? language)}>${title}</figcaption>` : nothing}
        ${feed ? html`<p class="meta">${strings.eventCount(feed.events.length)}</p>` : nothing}
        ${this.loading ? html`<p class="status-line" role="status">${strings.loading}</p>` : nothing}
        ${feed && feed.events.length === 0 ? html`<p class="status-line">${strings.empty}</p>` : nothing}
        ${layout && feed && feed.events.length > 0 ? this.renderChart(feed, layout, language, strings, title) : nothing}
        ${this.renderIssues(strings)}
      </figure>
    `;
  }

  private renderChart(feed: FriseFeed, layout: TimelineLayout, language: string, strings: UiStrings, title: string) {
    return html`
      <svg part="chart" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}"
        role="group" aria-label=${strings.timelineLabel(title)}>
        <g class="lanes">
          ${repeat(layout.lanes, (lane) => lane.key, (lane) => svg`
            <g part="lane" class="lane" data-lane=${lane.key}>
              <rect class="lane-band" x="0" y=${lane.y} width=${layout.width} height=${lane.height}></rect>
              ${lane.color ? svg`<rect class="lane-swatch" x=${DEFAULT_METRICS.marginX} y=${lane.y + 6} width="10" height="10" rx="2" fill=${lane.color}></rect>` : nothing}
              <text part="lane-label" class="lane-label" x=${DEFAULT_METRICS.marginX + (lane.color ? 15 : 0)} y=${lane.y + 15}><tspan class="lane-name">${lane.label}</tspan><tspan class="lane-count"> · ${lane.count}</tspan></text>
            </g>`)}
        </g>
        <g class="grid" aria-hidden="true" transform="translate(0 ${layout.axisY})"></g>
        <g part="axis" class="axis" aria-hidden="true" transform="translate(0 ${layout.axisY})"></g>
        <g class="events">
          ${repeat(layout.marks, (mark) => mark.id, (mark) => this.renderMark(mark, feed.eventById.get(mark.id), language, strings, feed))}
        </g>
      </svg>
    `;
  }

  private renderMark(mark: MarkLayout, event: FriseEvent | undefined, language: string, strings: UiStrings, feed: FriseFeed) {
    const r = DEFAULT_METRICS.markRadius;
    const h = DEFAULT_METRICS.rangeHeight;
    const length = mark.x2 - mark.x;
    const date = event ? formatEventDate(event.start, event.end, language) : '';
    const description = `${mark.label.full} — ${date} — ${strings.kinds[mark.kind]}, ${strings.statuses[mark.status]}`;
    const textLanguage = event ? pickLanguage(event.title, language, feed.language) : language;
    return svg`
      <g part="event" class="event kind-${mark.kind} status-${mark.status}${mark.isRange ? ' range' : ''}"
        data-event-id=${mark.id} data-kind=${mark.kind} data-status=${mark.status} data-lane=${mark.lane}
        transform="translate(${mark.x} ${mark.y})">
        <title>${description}</title>
        ${mark.isRange ? svg`<rect class="bar" x="0" y=${-h / 2} width=${length} height=${h} rx="3"></rect>` : nothing}
        <path class="symbol" d=${kindSymbol(mark.kind, r)}></path>
        ${mark.status === 'denied' ? svg`<line class="strike" x1=${-r - 2} y1=${r + 2} x2=${r + 2} y2=${-r - 2}></line>` : nothing}
        <text part="event-label" class="label" lang=${textLanguage} x=${mark.label.x - mark.x} y="0" dy="0.35em"
          text-anchor=${mark.label.anchor}>${mark.label.text}</text>
      </g>`;
  }

  private renderIssues(strings: UiStrings) {
    if (this.problems.length === 0) return nothing;
    return html`
      <details part="issues" class="issues">
        <summary>${strings.feedProblems(this.problems.length)}</summary>
        <ul>
          ${this.problems.map((issue) => html`<li data-code=${issue.code} data-severity=${issue.severity}><code>${issue.path || '/'}</code> ${issue.message}</li>`)}
        </ul>
      </details>
    `;
  }

  protected override updated(): void {
    const feed = this.parsed;
    const layout = this.layoutCache?.layout;
    const axisGroup = this.renderRoot.querySelector<SVGGElement>('.axis');
    const gridGroup = this.renderRoot.querySelector<SVGGElement>('.grid');
    if (!feed || !layout || !axisGroup || !gridGroup) return;
    const scale = timeScale(layout);
    const ticks = Math.max(2, Math.floor(layout.width / 110));
    const format = createTickFormatter(this.displayLanguage);
    select(axisGroup).call(axisTop<Date>(scale).ticks(ticks).tickFormat(format).tickSizeOuter(0));
    select(gridGroup).call(axisTop<Date>(scale).ticks(ticks).tickSize(-(layout.height - layout.axisY)).tickFormat(() => ''));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'frise-timeline': FriseTimeline;
  }
}
