import {html, nothing, svg, type PropertyValues, type TemplateResult} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {EventKind, EventStatus, FriseFeed, RelationType} from '../../model/types.js';
import {EMPTY_FILTER, normalizeFilter, type FriseFilter} from '../../model/filter.js';
import {
  countFacets,
  countMatches,
  hidesAnything,
  isHidden,
  showAll,
  toggleHidden,
  withQuery,
  type FacetCounts,
  type FilterFacet,
} from '../../model/filter-facets.js';
import {actorColor, actorName} from '../../model/actor-display.js';
import {safeColor} from '../../model/colors.js';
import {fallbackLanguage, pickLanguage, pickText} from '../../model/text.js';
import {formatEventDate} from '../../i18n/format-date.js';
import {kindSymbol} from '../../layout/symbols.js';
import {kindName, relationName, statusName} from '../../i18n/names.js';
import {formatNumber} from '../../i18n/localize.js';
import {legendStrings, type LegendSection, type LegendStrings} from '../../i18n/legend-strings.js';
import {FriseFilterChangeEvent} from '../../events/frise-filterchange.js';
import {legendStyles} from './frise-legend.styles.js';
import {FeedElement} from '../shared/feed-element.js';

/** A long group (a feed naming 5,000 actors) shows its first items, then this many more per press. */
const ITEMS_AT_FIRST = 40;
const ITEMS_PER_PRESS = 200;
/** Every section, in the order the legend shows them. */
export const LEGEND_SECTIONS: readonly LegendSection[] = [
  'search',
  'kinds',
  'statuses',
  'actors',
  'relations',
  'periods',
];

/** How long typing must pause before the search is applied, in ms. */
export const SEARCH_DEBOUNCE_MS = 150;

interface Item {
  value: string;
  name: string;
  /** Language of `name` when it comes from the feed. */
  lang?: string;
  count: number;
  swatch: TemplateResult | typeof nothing;
}

/**
 * The key of a frise timeline, and its filter: a search box, then one group of toggles each for the
 * kinds, statuses, main actors and relation types present in the feed, each drawn as the timeline
 * draws it and with its count in the whole feed. Pressing a toggle hides or shows that value; the
 * legend keeps its own `filter` and announces each new one, which a page passes on to a timeline.
 * Give it a feed document, its JSON text, a parsed feed or a `src`, like every frise element.
 *
 * @summary Legend and filter for a frise feed: kinds, statuses, actors, relation types and a search.
 *
 * @fires frise-filterchange - The reader hid or showed a value, pressed "Show all", or typed a search (debounced);
 * `event.filter` (also `detail.filter`) is the new filter (a new object).
 * @fires frise-load - A feed given as a document, JSON text or `src` was parsed: `event.feed` (also `detail.feed`).
 * @fires frise-error - The feed has problems or could not be loaded: `event.issues` (also `detail.issues`).
 *
 * @csspart legend - The whole legend.
 * @csspart search - The search box with its label and the results count.
 * @csspart search-input - The `<input type="search">`.
 * @csspart group - One group of toggles (a `<fieldset>`); carries `data-section`.
 * @csspart item - One toggle button; carries `data-section`, `data-value` and `aria-pressed` (true = shown).
 * @csspart swatch - The symbol, colour or line sample of an item.
 * @csspart count - The count of an item.
 * @csspart reset - The "Show all" button.
 * @csspart periods - The list of the feed's periods (named stretches of time the timeline draws as bands), each a `period` part with its dates.
 * @csspart period - One period of that list: its swatch (the period's colour), its name and its dates.
 * @csspart more - The button under a long group (more than 40 items) that shows 200 more of its items; the focus goes to the first one it shows.
 * @csspart issues - The summary of problems found in the feed.
 *
 * @cssprop [--frise-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--frise-text-color=light-dark(#1f2328, #e6edf3)] - Text colour.
 * @cssprop [--frise-muted-color=light-dark(#57606a, #9198a1)] - Headings, counts, hidden items.
 * @cssprop [--frise-surface-color=light-dark(#ffffff, #0d1117)] - Background, and the fill of hollow symbols.
 * @cssprop [--frise-focus-color=light-dark(#0969da, #4493f8)] - Keyboard focus ring.
 * @cssprop [--frise-status-confirmed-color=light-dark(#1a7f37, #3fb950)] - Confirmed (filled symbol).
 * @cssprop [--frise-status-reported-color=light-dark(#0550ae, #4493f8)] - Reported (hollow symbol).
 * @cssprop [--frise-status-denied-color=light-dark(#cf222e, #f85149)] - Denied (hollow, struck through).
 * @cssprop [--frise-status-disputed-color=light-dark(#9a6700, #d29922)] - Disputed (dashed outline).
 * @cssprop [--frise-status-unverified-color=light-dark(#6e7781, #8b949e)] - Unverified (dotted outline).
 * @cssprop [--frise-status-unspecified-color=var(--frise-text-color)] - Status not given (neutral outline).
 * @cssprop [--frise-relation-contest-color=light-dark(#cf222e, #f85149)] - Denies, contradicts (dashed).
 * @cssprop [--frise-relation-support-color=light-dark(#1a7f37, #3fb950)] - Confirms, corroborates (solid).
 * @cssprop [--frise-relation-legal-color=light-dark(#8250df, #ab7df8)] - Ratifies, formalises, completes (solid).
 * @cssprop [--frise-relation-response-color=light-dark(#0969da, #4493f8)] - Responds to, updates (solid).
 * @cssprop [--frise-relation-structure-color=light-dark(#6e7781, #8b949e)] - Part of, follows, context for, outcome of (dotted).
 */
@customElement('frise-legend')
export class FriseLegend extends FeedElement {
  static override styles = legendStyles;

  /** What is hidden and searched. Set it to reflect a filter chosen elsewhere; the legend never mutates it. */
  @property({attribute: false})
  filter: FriseFilter = EMPTY_FILTER;

  /** Which sections to show, space-separated: `search kinds statuses actors relations` (default: all). */
  @property()
  sections = 'search kinds statuses actors relations periods';

  /** A horizontal, wrapping layout for narrow places (toolbars, phones). */
  @property({type: Boolean, reflect: true})
  compact = false;

  /** The search text as typed, applied to `filter.query` after a pause. */
  @state() private draft = '';

  /** How many items each long group shows (a feed naming 5,000 actors shows the first ones, then more on demand). */
  @state() private itemsShown = new Map<FilterFacet, number>();
  /** The group and index of the first item a "more" button revealed: it takes the focus once drawn. */
  private focusAfterMore?: {facet: FilterFacet; index: number};

  private matchCache?: {feed: FriseFeed; query: string; count: number};
  private searchTimer?: ReturnType<typeof setTimeout>;
  private lastQuery = '';

  /** The sections shown, in display order. */
  get shownSections(): LegendSection[] {
    const asked = new Set((this.sections ?? '').split(/\s+/).filter(Boolean));
    const shown = LEGEND_SECTIONS.filter((section) => asked.has(section));
    return shown.length > 0 ? shown : [...LEGEND_SECTIONS];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('feed') && this.itemsShown.size > 0) this.itemsShown = new Map();
    if (changed.has('filter')) {
      const query = normalizeFilter(this.filter).query;
      // a query set from outside replaces what is typed; our own (debounced) query leaves it alone
      if (query !== this.lastQuery) {
        this.lastQuery = query;
        this.draft = query;
        clearTimeout(this.searchTimer);
      }
    }
  }

  private apply(filter: FriseFilter): void {
    this.filter = filter;
    this.lastQuery = filter.query;
    this.emit(new FriseFilterChangeEvent(filter));
  }

  private toggle(facet: FilterFacet, value: string): void {
    this.apply(toggleHidden(this.filter, facet, value));
  }

  private reset(): void {
    if (!hidesAnything(normalizeFilter(this.filter))) return;
    this.apply(showAll(this.filter));
  }

  private onSearchInput(event: Event): void {
    this.draft = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.commitSearch(), SEARCH_DEBOUNCE_MS);
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') this.commitSearch();
  }

  private commitSearch(): void {
    clearTimeout(this.searchTimer);
    if (this.draft === normalizeFilter(this.filter).query) return;
    this.apply(withQuery(this.filter, this.draft));
  }

  private matchCount(feed: FriseFeed, query: string): number {
    if (this.matchCache?.feed !== feed || this.matchCache.query !== query)
      this.matchCache = {feed, query, count: countMatches(feed, query)};
    return this.matchCache.count;
  }

  protected override render() {
    const language = this.displayLanguage;
    const strings = legendStrings(language);
    const filter = normalizeFilter(this.filter);
    const feed = this.parsed;
    const sections = this.shownSections;
    const groups = feed
      ? sections.filter((section): section is FilterFacet => section !== 'search' && section !== 'periods')
      : [];
    // the whole feed's counts, counted once per feed by its index
    const counts = feed ? countFacets(feed) : undefined;
    const shownGroups = counts ? groups.filter((facet) => counts[facet].size > 0) : [];
    const nothingHidden = !hidesAnything(filter);
    return html`
      <div part="legend" class="legend" role="group" aria-label=${strings.label}>
        ${sections.includes('search') ? this.renderSearch(feed, filter, strings) : nothing}
        ${shownGroups.length > 0 ? html`<p class="hint" id="hint">${strings.hint}</p>` : nothing}
        ${
          counts && feed
            ? shownGroups.map((facet) =>
                this.renderGroup(facet, this.items(facet, counts, feed, language), filter, strings),
              )
            : nothing
        }
        ${
          shownGroups.length > 0
            ? html`<button part="reset" class="reset" type="button" aria-disabled=${nothingHidden ? 'true' : 'false'}
                @click=${this.reset}>${strings.showAll}</button>`
            : nothing
        }
        ${feed && sections.includes('periods') ? this.renderPeriods(feed, strings) : nothing}
      </div>
      ${this.renderFeedStatus()}
    `;
  }

  /** The feed's periods, named with their dates: the chart draws them as bands; here a reader can read them. */
  private renderPeriods(feed: FriseFeed, strings: LegendStrings) {
    if (!feed.periods?.length) return nothing;
    const language = this.displayLanguage;
    const fallback = fallbackLanguage(feed.language, language);
    return html`<section part="periods" class="periods">
      <h3 id="periods-heading" class="periods-heading">${strings.groups.periods}</h3>
      <ul class="items" role="list">
        ${feed.periods.map((period) => {
          const color = safeColor(period.color);
          return html`<li part="period" class="period" data-period-id=${period.id}>
            ${swatch(svg`<rect class="period-swatch" x="-8" y="-5" width="16" height="10" rx="1" fill=${color ?? nothing}></rect>`)}
            <span class="name" lang=${pickLanguage(period.title, language, fallback)} dir="auto"
              >${pickText(period.title, language, fallback)}</span
            >
            <span class="period-dates">${formatEventDate(period.start, period.end, language)}</span>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderSearch(feed: FriseFeed | null, filter: FriseFilter, strings: LegendStrings) {
    const query = filter.query.trim();
    return html`
      <div part="search" class="search">
        <label for="search">${strings.search}</label>
        <input part="search-input" id="search" type="search" autocomplete="off" spellcheck="false"
          .value=${this.draft} @input=${this.onSearchInput} @keydown=${this.onSearchKeydown} />
        <p class="results" role="status">${feed && query ? strings.results(this.matchCount(feed, query)) : ''}</p>
      </div>
    `;
  }

  private renderGroup(facet: FilterFacet, items: Item[], filter: FriseFilter, strings: LegendStrings) {
    const unit = facet === 'relations' ? strings.relationCount : strings.events;
    const limit = this.itemsShown.get(facet) ?? ITEMS_AT_FIRST;
    // an item the reader turned off stays in view, so it can be turned on again
    const visible =
      items.length <= limit ? items : items.filter((item, i) => i < limit || isHidden(filter, facet, item.value));
    const left = items.length - visible.length;
    return html`
      <fieldset part="group" class="group" data-section=${facet} aria-describedby="hint">
        <legend>${strings.groups[facet]}</legend>
        <ul class="items" role="list">
          ${visible.map((item) => {
            const shown = !isHidden(filter, facet, item.value);
            return html`<li>
              <button part="item" class="item" type="button" data-section=${facet} data-value=${item.value}
                aria-pressed=${shown ? 'true' : 'false'} @click=${() => this.toggle(facet, item.value)}>
                ${item.swatch}
                <span class="name" lang=${ifDefined(item.lang)}>${item.name}</span>
                <span part="count" class="count"
                  >${formatNumber(this.displayLanguage, item.count)}<span class="visually-hidden"> ${unit(item.count)}</span></span
                >
              </button>
            </li>`;
          })}
        </ul>
        ${
          left > 0
            ? html`<button part="more" class="more" type="button" @click=${() => this.showMore(facet, limit)}>
                ${strings.moreItems(Math.min(ITEMS_PER_PRESS, left), left)}
              </button>`
            : nothing
        }
      </fieldset>
    `;
  }

  private showMore(facet: FilterFacet, limit: number): void {
    this.itemsShown = new Map(this.itemsShown).set(facet, limit + ITEMS_PER_PRESS);
    this.focusAfterMore = {facet, index: limit};
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const next = this.focusAfterMore;
    if (!next) return;
    this.focusAfterMore = undefined;
    // the button that was pressed may be gone: the focus goes to the first item it revealed
    const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>(
      `fieldset[data-section="${next.facet}"] button[part="item"]`,
    );
    (buttons[next.index] ?? buttons[buttons.length - 1])?.focus();
  }

  private items(facet: FilterFacet, counts: FacetCounts, feed: FriseFeed, language: string): Item[] {
    switch (facet) {
      // names and swatches as the timeline's lane headers show them (i18n/names.ts, model/actor-display.ts)
      case 'kinds':
        return [...counts.kinds].map(([kind, count]) => ({
          value: kind,
          name: kindName(kind, language),
          count,
          swatch: kindSwatch(kind),
        }));
      case 'statuses':
        return [...counts.statuses].map(([status, count]) => ({
          value: status,
          name: statusName(status, language),
          count,
          swatch: statusSwatch(status),
        }));
      case 'actors':
        return [...counts.actors].map(([id, count]) => {
          const name = actorName(feed, id, language);
          const color = actorColor(feed, id);
          return {
            value: id,
            name: name?.text ?? id,
            lang: name?.lang,
            count,
            swatch: color ? actorSwatch(color) : html`<span class="swatch-space" aria-hidden="true"></span>`,
          };
        });
      case 'relations':
        return [...counts.relations].map(([type, count]) => ({
          value: type,
          name: relationName(type, language),
          count,
          swatch: relationSwatch(type),
        }));
    }
  }
}

const swatch = (
  content: TemplateResult,
  extraClass = '',
) => html`<svg part="swatch" class="swatch ${extraClass}" width="24" height="16"
  viewBox="-12 -8 24 16" aria-hidden="true" focusable="false">${content}</svg>`;

function kindSwatch(kind: EventKind) {
  return swatch(svg`<path class="kind-symbol" d=${kindSymbol(kind, 5.5)}></path>`, `kind-${kind}`);
}

function statusSwatch(status: EventStatus) {
  const r = 5.5;
  return swatch(
    svg`<circle class="status-symbol" r=${r}></circle>${
      status === 'denied'
        ? svg`<line class="status-strike" x1=${-r - 2} y1=${r + 2} x2=${r + 2} y2=${-r - 2}></line>`
        : nothing
    }`,
    `status-${status}`,
  );
}

function actorSwatch(color: string) {
  // only a colour that passed safeColor (#rgb or #rrggbb, as actorColor returns), set as an attribute, never as CSS text
  return swatch(svg`<rect class="actor-swatch" x="-6" y="-6" width="12" height="12" rx="2" fill=${color}></rect>`);
}

function relationSwatch(type: RelationType) {
  return swatch(svg`<line class="relation-line" x1="-10" y1="0" x2="10" y2="0"></line>`, `relation-${type}`);
}

declare global {
  interface HTMLElementTagNameMap {
    'frise-legend': FriseLegend;
  }
}
