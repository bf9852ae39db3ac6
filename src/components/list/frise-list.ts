import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {customElement, property} from 'lit/decorators.js';
import {repeat} from 'lit/directives/repeat.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {styleMap} from 'lit/directives/style-map.js';
import type {IncomingRelation} from '../../model/relations.js';
import {feedIndex} from '../../model/feed-index.js';
import type {FriseEvent, FriseFeed} from '../../model/types.js';
import {fallbackLanguage, pickLanguage, pickText} from '../../model/text.js';
import {formatEventDate} from '../../i18n/format-date.js';
import {EMPTY_FILTER, isShown, matchesQuery, normalizeFilter, type FriseFilter} from '../../model/filter.js';
import {listStrings, type ListStrings} from '../../i18n/list-strings.js';
import {FriseSelectEvent} from '../../events/frise-select.js';
import type {FriseCloseEvent} from '../../events/frise-close.js';
import {WindowController} from '../../controllers/window-controller.js';
import {PrintController} from '../../controllers/print-controller.js';
import {listStyles} from './frise-list.styles.js';
import {FeedElement} from '../shared/feed-element.js';
import {listRows, rowIndexOf, rowKey, sliceRows, type ListRows, type SectionSlice} from './list-rows.js';
import {clampLevel, formatMonth, formatYear, heading, renderItem, type ItemContext} from './list-item.js';
import type {FriseEventCard} from '../event-card/frise-event-card.js';
import '../event-card/frise-event-card.js';

export type ListVariant = 'list' | 'vertical';

/** Lists of up to this many rows (headings and events) are rendered whole; longer ones only near the viewport. */
const RENDER_ALL_UP_TO = 200;
/** A printed list renders every event with its card up to this many; past it, paper is not the way to read it. */
const PRINT_IN_FULL_UP_TO = 2000;
/** Heights assumed for rows not measured yet (px), before any row of their kind was measured. */
const DEFAULT_HEIGHTS: Record<string, number> = {year: 48, month: 36, event: 110};

/**
 * The events of a frise feed as a chronological list: the accessible alternative to the timeline's
 * chart, and its phone layout. Events are grouped under year and month headings (an event known only
 * to the year, or to an approximate month, sits under its year); each is an `<article>` in a list item
 * with its date (`<time datetime>`, at its precision, with the source's own wording), its title, kind
 * and status in words, who asserts it, its summary and in-page links to the events it is related to,
 * both ways ("dément …", "démenti par …"). The filter hides events; a search marks the matching ones
 * and dims the others without hiding anything.
 *
 * Long feeds stay fast: beyond a couple of hundred rows only the events near what the reader sees are
 * in the DOM (whatever scrolls: the page or a container), under the headings of their year and month.
 * Each list item carries `aria-posinset` and `aria-setsize`, so a screen reader tells the true size
 * of a month; the focus, Tab, `reveal()` and relation links reach any event, rendering it first.
 *
 * `variant="vertical"` draws the same list along a rail, each event's symbol on it in the timeline's
 * status style (filled, hollow, struck, dashed, dotted), for narrow screens. Everything uses logical
 * directions, so the rail is on the right under `dir="rtl"`; feed text is bidi-isolated.
 *
 * With `expand-selected`, the selected event's card (`<frise-event-card>`) opens inside its item, where
 * the reader is, instead of somewhere else on the page.
 *
 * Give it a feed document, its JSON text, a parsed feed or a `src`, like every frise element. The
 * display language is `lang`, else the closest ancestor's `lang` (across shadow roots, up to
 * `<html lang>`), else the feed's language, else English.
 *
 * @summary A chronological, accessible list of a frise feed's events, or a vertical timeline for phones.
 *
 * @fires frise-select - An event was selected with its title button, its mark, a relation link or a related-event
 * button of its card (`event.id`, `event.event`; also in `detail`); `id` null when the in-place card was closed or
 * its title button pressed again.
 * @fires frise-load - A feed given as a document, JSON text or `src` was parsed: `event.feed` (also `detail.feed`).
 * @fires frise-error - The feed has problems or could not be loaded: `event.issues` (also `detail.issues`).
 *
 * @csspart list - The whole list (a group named after the feed; not a landmark, so several lists of one feed can share a page).
 * @csspart year - A year heading.
 * @csspart month - A month heading.
 * @csspart periods - The feed's named periods, listed before the events under their own heading (the chart draws them as bands).
 * @csspart periods-heading - The heading of that list.
 * @csspart period - One period: its name, its dates and what it is.
 * @csspart item - One event's `<li>` (with `aria-posinset` and `aria-setsize` in its month); carries `data-event-id`,
 * `data-kind`, `data-status`, and `data-match` when it matches the search.
 * @csspart time - The date line (one `<time>`, or two for a range, and the source's wording).
 * @csspart title - The event title (a heading holding the select button).
 * @csspart select-button - The button that selects the event (its title); with `expand-selected` it opens and closes the event's card (`aria-expanded`).
 * @csspart status - The kind and status line, with the mark in the list variant.
 * @csspart attribution - Who asserts the event ("selon …", "according to …").
 * @csspart relations - The event's related events.
 * @csspart relation-link - A link to a related event in the list.
 * @csspart card - The selected event's `<frise-event-card>`, inside its item (with `expand-selected`).
 * @csspart rail - The vertical rail (vertical variant only).
 * @csspart mark - The event's symbol: its shape tells the kind, its fill, outline and strike the status.
 * @csspart issues - The summary of problems found in the feed.
 *
 * @cssprop [--frise-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--frise-text-color=light-dark(#1f2328, #e6edf3)] - Text colour.
 * @cssprop [--frise-muted-color=light-dark(#57606a, #9198a1)] - Dates, kind and status, attribution, events the search does not match.
 * @cssprop [--frise-surface-color=light-dark(#ffffff, #0d1117)] - Background, and the fill of hollow marks.
 * @cssprop [--frise-focus-color=light-dark(#0969da, #4493f8)] - Links, focus ring and the selected event's edge.
 * @cssprop [--frise-grid-color=light-dark(#d0d7de, #30363d)] - The rail and the rules under year headings.
 * @cssprop [--frise-list-date-width=10rem] - Width of the date column of the list variant (when the list is at least 36rem wide).
 * @cssprop [--frise-status-confirmed-color=light-dark(#1a7f37, #3fb950)] - Confirmed events (filled marks).
 * @cssprop [--frise-status-reported-color=light-dark(#0550ae, #4493f8)] - Reported events (hollow marks).
 * @cssprop [--frise-status-denied-color=light-dark(#cf222e, #f85149)] - Denied events (hollow, struck through).
 * @cssprop [--frise-status-disputed-color=light-dark(#9a6700, #d29922)] - Disputed events (dashed outline).
 * @cssprop [--frise-status-unverified-color=light-dark(#6e7781, #8b949e)] - Unverified events (dotted outline).
 * @cssprop [--frise-status-unspecified-color=var(--frise-text-color)] - Events whose status the feed does not say (neutral, never as reported).
 * @cssprop [--frise-relation-contest-color=light-dark(#cf222e, #f85149)] - Line sample of links that deny or contradict.
 * @cssprop [--frise-relation-support-color=light-dark(#1a7f37, #3fb950)] - Line sample of links that confirm or corroborate.
 * @cssprop [--frise-relation-legal-color=light-dark(#8250df, #ab7df8)] - Line sample of links that ratify, formalise or complete.
 * @cssprop [--frise-relation-response-color=light-dark(#0969da, #4493f8)] - Line sample of links that respond to or update.
 * @cssprop [--frise-relation-structure-color=light-dark(#6e7781, #8b949e)] - Line sample of part-of, follows and context links.
 */
@customElement('frise-list')
export class FriseList extends FeedElement {
  static override styles = listStyles;

  /** What to hide (kinds, statuses, main actors, relation types) and what to search for: the search marks, it never hides. */
  @property({attribute: false})
  filter: FriseFilter = EMPTY_FILTER;

  /** Id of the selected event; reflected as an attribute. Set it to mark an event from the page. */
  @property({reflect: true})
  selected: string | null = null;

  /** `list` (default): a list with a date column when wide; `vertical`: a vertical timeline with a rail, for phones. */
  @property({reflect: true})
  variant: ListVariant = 'list';

  /** Level (1 to 4) of the year headings; month headings are one level deeper, event titles one deeper than their group's heading. */
  @property({type: Number, attribute: 'heading-level'})
  headingLevel = 3;

  /**
   * Opens the selected event's card (`<frise-event-card>`: sources, quotes, image, related events) inside
   * its item, right under its title, and scrolls it into view: where the reader is, rather than after the
   * whole list. The title button then opens and closes it (`aria-expanded`); the card's Close button and
   * Escape close it, clear the selection (`frise-select` with `id` null) and give the focus back to the
   * title button. The timeline's list and phone views use it.
   */
  @property({type: Boolean, reflect: true, attribute: 'expand-selected'})
  expandSelected = false;

  /**
   * The address of a link to an event, for the "Copy link" button of the card opened in place; null or
   * unset: no such button. `<frise-timeline sync-url>` sets it to its permalinks.
   */
  @property({attribute: false})
  linkTo?: (id: string) => string | null;

  /** `filter` made well-formed. */
  private activeFilter: FriseFilter = EMPTY_FILTER;
  /** For each event id, the relations of other events that point at it (feed order). */
  private inverse: Pick<ReadonlyMap<string, readonly IncomingRelation[]>, 'get'> = new Map();
  /** The listed events as rows, regrouped only when the feed or what the filter hides changes. */
  private grouped: {feed: FriseFeed; hidden: string; rows: ListRows} | null = null;
  /** Where the focus goes once the item selected next is drawn and in view (expand-selected). */
  private focusOnSelect: 'article' | 'button' | null = null;
  /** The events the search matches, recomputed only when the rows or the query change. */
  private matched: {rows: ListRows; query: string; ids: ReadonlySet<string>} | null = null;

  private readonly window = new WindowController(this, {
    container: () => this.renderRoot?.querySelector?.<HTMLElement>('.years') ?? null,
    defaultHeight: (kind) => DEFAULT_HEIGHTS[kind] ?? 100,
    renderAllUpTo: RENDER_ALL_UP_TO,
    initialRows: 12,
    renderAll: () => this.printingInFull,
  });

  /** While the page is printed, every event is rendered with its card (every source and note, in full). */
  private readonly print = new PrintController(this, {changed: () => this.requestUpdate()});

  /** Printing, and the list is short enough to print in full. */
  private get printingInFull(): boolean {
    return this.print.printing && (this.grouped?.rows.eventCount ?? 0) <= PRINT_IN_FULL_UP_TO;
  }

  /** Selects an event (or clears the selection with null) and fires frise-select when the selection changes. */
  select(id: string | null): void {
    const event = id ? (this.parsed?.eventById.get(id) ?? null) : null;
    const next = event ? event.id : null;
    if (next === this.selected) return;
    this.selected = next;
    this.emit(new FriseSelectEvent(next, event));
  }

  /**
   * Scrolls an event's article into view (smoothly when it is near and the reader does not prefer
   * reduced motion), rendering it first when it is far off screen, and, with `focus`, moves the keyboard
   * focus to it. Resolves false when the event is not listed (unknown, or hidden by the filter).
   */
  async reveal(id: string, options: {focus?: boolean} = {}): Promise<boolean> {
    return this.bringIntoView(id, options?.focus ? 'article' : null, 'article');
  }

  /** The event's article or title button, rendered, scrolled into view and focused as asked; false when it is not listed. */
  private async bringIntoView(
    id: string,
    focus: 'article' | 'button' | null,
    scroll: 'article' | 'item',
  ): Promise<boolean> {
    await this.updateComplete;
    const rows = this.grouped?.rows;
    if (typeof id !== 'string' || rows?.rowOf(id) === undefined) return false;
    const near = this.articleFor(id) !== null;
    if (!near) {
      this.window.pin(`e:${id}`);
      await this.updateComplete;
    }
    const article = this.articleFor(id);
    if (!article) return false;
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (focus === 'article') article.focus({preventScroll: true});
    if (focus === 'button') article.querySelector<HTMLElement>('[part~="select-button"]')?.focus({preventScroll: true});
    // the focus keeps rows around it rendered, and a card draws itself after the list: let both be drawn
    // before measuring where to scroll
    if (focus) await this.updateComplete;
    await article.querySelector<FriseEventCard>('frise-event-card')?.updateComplete;
    const target = scroll === 'item' ? (article.parentElement ?? article) : article;
    if (!target.isConnected) return true;
    // 'nearest' shows the bottom of an item taller than what is seen when it comes from above: its title
    // (and the focus) would be out of sight, so an item with its card open, taller, is shown from its top
    const seen = scroll === 'item' ? this.window.visibleArea() : null;
    const tall = seen !== null && target.getBoundingClientRect().height > seen.bottom - seen.top;
    // a long way off, a smooth scroll would render every screen on its way
    target.scrollIntoView({behavior: reduced || !near ? 'auto' : 'smooth', block: tall ? 'start' : 'nearest'});
    return true;
  }

  private articleFor(id: string): HTMLElement | null {
    return (this.renderRoot as ShadowRoot).getElementById(`event-${id}`);
  }

  /**
   * Groups the listed events into rows. Called only when the feed or what the filter hides changes:
   * a new selection, search or language reuses the rows.
   */
  protected groupEvents(events: readonly FriseEvent[], feed: FriseFeed): ListRows {
    return listRows(events, feed.eventById);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('filter')) this.activeFilter = normalizeFilter(this.filter);
    const feed = this.parsed;
    // read per event shown: a feed from the worker then builds no map of every event's incoming relations
    if ((changed as PropertyValues).has('parsed'))
      this.inverse = feed ? {get: (id) => feedIndex(feed).incomingTo(id)} : new Map();
    if (!feed) {
      this.grouped = null;
      return;
    }
    const {hiddenKinds, hiddenStatuses, hiddenActors} = this.activeFilter;
    const hidden = JSON.stringify([hiddenKinds, hiddenStatuses, hiddenActors]);
    if (this.grouped?.feed !== feed || this.grouped.hidden !== hidden) {
      const filter = this.activeFilter;
      const shown =
        hiddenKinds.length + hiddenStatuses.length + hiddenActors.length === 0
          ? feed.events
          : feed.events.filter((event) => isShown(event, filter));
      const rows = this.groupEvents(shown, feed);
      this.grouped = {feed, hidden, rows};
      this.window.setSource({
        count: rows.rows.length,
        key: (index) => {
          const row = rows.rows[index];
          return row ? rowKey(row) : '';
        },
        kind: (index) => rows.rows[index]?.kind ?? '',
        indexOf: (key) => rowIndexOf(rows, key),
      });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // the card opens where the reader is: bring the selected item (title and card) into view
    if ((changed.has('selected') || changed.has('expandSelected')) && this.expandSelected && this.selected) {
      const focus = this.focusOnSelect;
      this.focusOnSelect = null;
      void this.bringIntoView(this.selected, focus, 'item');
    }
  }

  /**
   * Selects an event and brings it into view with the focus (a relation link, the skip button, a related
   * event of the card). With the card in place, the update that opens the card brings the item into view
   * (see updated), and the focus goes with it.
   */
  private selectAndShow(id: string, focus: 'article' | 'button'): void {
    if (this.expandSelected && id !== this.selected && this.grouped?.rows.rowOf(id) !== undefined) {
      this.focusOnSelect = focus;
      this.select(id);
      return;
    }
    this.select(id);
    void this.bringIntoView(id, focus, focus === 'button' ? 'item' : 'article');
  }

  /** Settles the window too: an update that measured rows may ask for one more (spacers, rows newly in view). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    for (let i = 0; !settled && i < 20; i++) settled = await super.getUpdateComplete();
    return settled;
  }

  /** The events the current search matches (all listed events are searched, not only the rendered ones). */
  private matchesOf(rows: ListRows, query: string, feed: FriseFeed): ReadonlySet<string> {
    if (!query) return new Set();
    if (this.matched?.rows === rows && this.matched.query === query) return this.matched.ids;
    const ids = new Set<string>();
    for (const row of rows.rows)
      if (row.kind === 'event' && matchesQuery(row.event, query, feed)) ids.add(row.event.id);
    this.matched = {rows, query, ids};
    return ids;
  }

  /** One listener for the whole list: select buttons, marks, relation links and the skip button. */
  private onClick(event: MouseEvent): void {
    const target = event.target as Element;
    // relation links, and the skip button (a button: an off-screen in-page link would point into the shadow root)
    const link = target.closest?.<HTMLElement>('[data-target]');
    if (link) {
      event.preventDefault();
      this.selectAndShow(link.dataset['target'] ?? '', 'article');
      return;
    }
    const chooser = target.closest?.('[part~="select-button"], [part~="mark"]');
    const id = chooser?.closest('[data-event-id]')?.getAttribute('data-event-id');
    if (!id) return;
    // with the card in place, the title button opens and closes it
    if (this.expandSelected && id === this.selected && chooser?.matches('[part~="select-button"]')) this.select(null);
    else this.select(id);
  }

  /** A related-event button of the in-place card: that event is selected, its card opens, and the focus goes to its title button. */
  private onCardSelect(event: FriseSelectEvent): void {
    event.stopPropagation();
    if (event.id) this.selectAndShow(event.id, 'button');
  }

  /** The card's Close button or Escape: the card closes, the selection clears and the focus goes back to the title button. */
  private async onCardClose(event: FriseCloseEvent): Promise<void> {
    event.stopPropagation();
    const id = this.selected;
    this.select(null);
    if (!id) return;
    await this.updateComplete;
    this.articleFor(id)?.querySelector<HTMLElement>('[part~="select-button"]')?.focus();
  }

  protected override render() {
    const language = this.displayLanguage;
    const strings = listStrings(language);
    const feed = this.parsed;
    const grouped = this.grouped;
    if (!feed || !grouped) return this.renderFeedStatus();
    const {rows} = grouped;
    const filter = this.activeFilter;
    const query = filter.query.trim();
    const matches = this.matchesOf(rows, query, feed);
    const vertical = this.variant === 'vertical';
    const title = pickText(feed.title, language, feed.language);
    const level = clampLevel(this.headingLevel);
    const context: ItemContext = {
      feed,
      language,
      strings,
      matches,
      query,
      vertical,
      selected: this.selected,
      hiddenRelations: filter.hiddenRelations,
      inverse: this.inverse,
      isListed: (id) => rows.rowOf(id) !== undefined,
      expandable: this.expandSelected,
    };
    const selectedListed = this.selected !== null && rows.rowOf(this.selected) !== undefined;
    return html`
      <div part="list" class="list ${vertical ? 'variant-vertical' : 'variant-list'}" role="group" lang=${strings.lang}
        aria-label=${strings.listLabel(title)} aria-busy=${this.loading ? 'true' : 'false'} @click=${this.onClick}>
        ${selectedListed ? html`<button class="skip" type="button" data-target=${this.selected!}>${strings.goToSelected}</button>` : nothing}
        <p class="query-status" role="status">${query ? strings.matchCount(matches.size, query) : ''}</p>
        ${
          this.print.printing && !this.printingInFull
            ? html`<p class="print-note">${strings.tooLongToPrint(rows.eventCount, PRINT_IN_FULL_UP_TO)}</p>`
            : nothing
        }
        ${renderPeriods(feed, language, strings, level)}
        ${
          rows.eventCount === 0
            ? html`<p class="empty">${strings.empty}</p>`
            : html`
          <div class="years">
            ${vertical ? html`<div part="rail" class="rail" aria-hidden="true"></div>` : nothing}
            ${this.renderRows(rows, level, context)}
          </div>`
        }
      </div>
      ${this.renderFeedStatus()}
    `;
  }

  /**
   * The rows to render, with a spacer as tall as the rows left out before, between and after them. One
   * keyed repeat holds every part, so that an element stays the same element while the ranges change
   * around it (a focused button drawn anew would lose the focus).
   */
  private renderRows(rows: ListRows, level: number, context: ItemContext) {
    const ranges = this.window.ranges();
    const windowed = !this.window.all;
    const kept = this.window.keptRow();
    const keptSection = kept === undefined ? undefined : rows.rows[kept]?.section;
    type Block = {key: string; gap: number} | {key: string; slice: SectionSlice; from: number; holdsKept: boolean};
    const blocks: Block[] = [];
    let end = 0;
    ranges.forEach(([from, to], i) => {
      if (windowed) blocks.push({key: `gap-${i}`, gap: this.window.offset(from) - this.window.offset(end)});
      for (const slice of sliceRows(rows.rows, from, to)) {
        blocks.push({
          key: '',
          slice,
          from,
          holdsKept: kept !== undefined && slice.section === keptSection && kept >= from && kept < to,
        });
      }
      end = to;
    });
    if (windowed) blocks.push({key: 'gap-end', gap: this.window.offset(rows.rows.length) - this.window.offset(end)});
    // a year drawn in two ranges: the part holding the kept row (else the first part) keeps the plain key
    const plain = new Map<number, Block>();
    for (const block of blocks) {
      if (!('slice' in block)) continue;
      const section = block.slice.section;
      if (!plain.has(section) || block.holdsKept) plain.set(section, block);
    }
    for (const block of blocks) {
      if ('slice' in block)
        block.key =
          plain.get(block.slice.section) === block
            ? `s${block.slice.section}`
            : `s${block.slice.section}@${block.from}`;
    }
    return repeat(
      blocks,
      (block) => block.key,
      (block) => ('slice' in block ? this.renderSection(rows, block.slice, level, context) : spacer(block.gap)),
    );
  }

  private renderSection(rows: ListRows, slice: SectionSlice, level: number, context: ItemContext): TemplateResult {
    const {language} = context;
    const yearRow = slice.heading === undefined ? undefined : rows.rows[slice.heading];
    return html`
      <section class="year" data-year=${slice.year}>
        ${
          yearRow?.kind === 'year'
            ? heading(
                level,
                `year-${slice.year}`,
                'year',
                'year-heading',
                language,
                formatYear(yearRow.start, language),
                slice.heading,
                yearRow.first,
              )
            : nothing
        }
        ${repeat(
          slice.runs,
          (run) => run.run,
          (run) => {
            const items = this.renderItems(rows, run.items, run.month === null ? level + 1 : level + 2, context);
            if (run.month === null) return html`<ol class="items">${items}</ol>`;
            const monthRow = run.heading === undefined ? undefined : rows.rows[run.heading];
            return html`
            <section class="month" data-month=${run.month}>
              ${
                monthRow?.kind === 'month'
                  ? heading(
                      level + 1,
                      `month-${run.month}`,
                      'month',
                      'month-heading',
                      language,
                      formatMonth(monthRow.start, language),
                      run.heading,
                    )
                  : nothing
              }
              <ol class="items">${items}</ol>
            </section>`;
          },
        )}
      </section>
    `;
  }

  private renderItems(rows: ListRows, items: number[], level: number, context: ItemContext) {
    // keyed by event id: an item keeps its element (and the focus) when a new filter moves it to another row
    return repeat(
      items,
      (index) => {
        const row = rows.rows[index];
        return row?.kind === 'event' ? row.event.id : index;
      },
      (index) => {
        const row = rows.rows[index];
        if (row?.kind !== 'event') return nothing;
        const open = this.printingInFull || (this.expandSelected && row.event.id === this.selected);
        return renderItem(
          row.event,
          {row: index, position: row.position, size: row.size, level},
          context,
          open ? this.renderCard(row.event, context, level) : undefined,
        );
      },
    );
  }

  /**
   * The selected event's card, in place (expand-selected). Its title and date are not shown (the item's
   * title button and date are right above it; the title still names the card): its title takes the
   * item title's heading level, so that its sections ("Sources", "Related events") are one level below.
   */
  private renderCard(event: FriseEvent, context: ItemContext, level: number): TemplateResult {
    return html`<frise-event-card part="card" id="card-${event.id}" class="card" ?closable=${!this.print.printing} .event=${event} .feed=${context.feed}
      lang=${context.language} theme=${ifDefined(this.theme)} heading-level=${Math.max(2, level)}
      link=${ifDefined(this.linkTo?.(event.id) ?? undefined)}
      @frise-select=${this.onCardSelect} @frise-close=${this.onCardClose}></frise-event-card>`;
  }
}

/** Stands for rows left out of the DOM, as tall as they are (measured) or are assumed to be. */
function spacer(height: number): TemplateResult {
  return html`<div class="spacer" aria-hidden="true" style=${styleMap({height: `${Math.max(0, height)}px`})}></div>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'frise-list': FriseList;
  }
}

/**
 * The feed's named periods, with their dates and what they are, before the events: the chart draws them as
 * bands behind its lanes; a reader of the list reads them here.
 */
function renderPeriods(feed: FriseFeed, language: string, strings: ListStrings, level: number) {
  if (!feed.periods?.length) return nothing;
  const fallback = fallbackLanguage(feed.language, language);
  return html`<section part="periods" class="periods">
    ${heading(level, 'periods-heading', 'periods-heading', 'periods-heading', undefined, strings.periods)}
    <ul class="period-list" role="list">
      ${feed.periods.map((period) => {
        const description = period.description && pickText(period.description, language, fallback);
        return html`<li part="period" class="period" data-period-id=${period.id}>
          <bdi class="period-name" lang=${pickLanguage(period.title, language, fallback)}
            >${pickText(period.title, language, fallback)}</bdi
          >
          <span class="period-dates">${formatEventDate(period.start, period.end, language)}</span>
          ${
            description
              ? html`<p class="period-description" lang=${pickLanguage(period.description, language, fallback)} dir="auto">
                  ${description}
                </p>`
              : nothing
          }
        </li>`;
      })}
    </ul>
  </section>`;
}
