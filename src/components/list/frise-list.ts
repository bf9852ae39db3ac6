import {html, nothing, svg, type PropertyValues, type TemplateResult} from 'lit';
import {incomingRelations, type IncomingRelation} from '../../model/relations.js';
import {joinList} from '../shared/join-list.js';
import {isoDatetime} from '../../i18n/iso-datetime.js';
import {customElement, property} from 'lit/decorators.js';
import {repeat} from 'lit/directives/repeat.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {UNSPECIFIED, type FriseEvent, type FriseFeed, type FriseLocalizedText, type RelationType} from '../../model/types.js';
import type {ResolvedDate} from '../../model/dates.js';
import {pickLanguage, pickText} from '../../model/text.js';
import {EMPTY_FILTER, isShown, matchesQuery, normalizeFilter, type FriseFilter} from '../../model/filter.js';
import {kindSymbol} from '../../layout/symbols.js';
import {safeLocale} from '../../layout/time-format.js';
import {formatEventDate, formatResolvedDate} from '../../i18n/format-date.js';
import {listStrings, type ListStrings} from '../../i18n/list-strings.js';
import {FriseSelectEvent} from '../../events/frise-select.js';
import {listStyles} from './frise-list.styles.js';
import {FeedElement} from '../shared/feed-element.js';

export type ListVariant = 'list' | 'vertical';

/** A piece of localized text as shown: the text and the language it is really in. */
interface Shown {
  text: string;
  lang: string;
}

/** A related event, seen from the event that lists it. */
interface Related {
  id: string;
  type: RelationType;
  /** forward: this event carries the relation; inverse: the other event points at this one. */
  direction: 'forward' | 'inverse';
}

/** Events of one year: runs of year-level events and month groups, in time order. */
interface YearGroup {
  year: number;
  start: number;
  segments: Array<{kind: 'year'; events: FriseEvent[]} | {kind: 'month'; key: string; start: number; events: FriseEvent[]}>;
}

/**
 * The events of a frise feed as a chronological list: the accessible alternative to the timeline's
 * chart, and its phone layout. Events are grouped under year and month headings (an event known only
 * to the year, or to an approximate month, sits under its year); each is an `<article>` with its date
 * (`<time datetime>`, at its precision, with the source's own wording), its title, kind and status in
 * words, who asserts it, its summary and in-page links to the events it is related to, both ways
 * ("dément …", "démenti par …"). The filter hides events; a search marks the matching ones and dims
 * the others without hiding anything.
 *
 * `variant="vertical"` draws the same list along a rail, each event's symbol on it in the timeline's
 * status style (filled, hollow, struck, dashed, dotted), for narrow screens. Everything uses logical
 * directions, so the rail is on the right under `dir="rtl"`; feed text is bidi-isolated.
 *
 * Give it a feed document, its JSON text, a parsed feed or a `src`, like every frise element. The
 * display language is `lang`, else the closest ancestor's `lang` (across shadow roots, up to
 * `<html lang>`), else the feed's language, else English.
 *
 * @summary A chronological, accessible list of a frise feed's events, or a vertical timeline for phones.
 *
 * @fires frise-select - An event was selected with its title button, its mark, or a relation link (`event.id`, `event.event`; also in `detail`).
 * @fires frise-load - A feed given as a document, JSON text or `src` was parsed: `event.feed` (also `detail.feed`).
 * @fires frise-error - The feed has problems or could not be loaded: `event.issues` (also `detail.issues`).
 *
 * @csspart list - The whole list (a group named after the feed; not a landmark, so several lists of one feed can share a page).
 * @csspart year - A year heading.
 * @csspart month - A month heading.
 * @csspart item - One event's `<li>`; carries `data-event-id`, `data-kind`, `data-status`, and `data-match` when it matches the search.
 * @csspart time - The date line (one `<time>`, or two for a range, and the source's wording).
 * @csspart title - The event title (a heading holding the select button).
 * @csspart select-button - The button that selects the event (its title).
 * @csspart status - The kind and status line, with the mark in the list variant.
 * @csspart attribution - Who asserts the event ("selon …", "according to …").
 * @csspart relations - The event's related events.
 * @csspart relation-link - A link to a related event in the list.
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

  /** `filter` made well-formed. */
  private activeFilter: FriseFilter = EMPTY_FILTER;
  /** For each event id, the relations of other events that point at it (feed order). */
  private inverse: ReadonlyMap<string, readonly IncomingRelation[]> = new Map();

  /** Selects an event (or clears the selection with null) and fires frise-select when the selection changes. */
  select(id: string | null): void {
    const event = id ? this.parsed?.eventById.get(id) ?? null : null;
    const next = event ? event.id : null;
    if (next === this.selected) return;
    this.selected = next;
    this.emit(new FriseSelectEvent(next, event));
  }

  /**
   * Scrolls an event's article into view (smoothly unless the reader prefers reduced motion) and,
   * with `focus`, moves the keyboard focus to it. Resolves false when the event is not listed.
   */
  async reveal(id: string, options: {focus?: boolean} = {}): Promise<boolean> {
    await this.updateComplete;
    const article = this.articleFor(id);
    if (!article) return false;
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (options.focus) article.focus({preventScroll: true});
    article.scrollIntoView({behavior: reduced ? 'auto' : 'smooth', block: 'nearest'});
    return true;
  }

  private articleFor(id: string): HTMLElement | null {
    return (this.renderRoot as ShadowRoot).getElementById(`event-${id}`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('filter')) this.activeFilter = normalizeFilter(this.filter);
    if ((changed as PropertyValues).has('parsed')) this.inverse = this.parsed ? incomingRelations(this.parsed) : new Map();
  }

  /** One listener for the whole list: select buttons, marks, relation links and the skip link. */
  private onClick(event: MouseEvent): void {
    const target = event.target as Element;
    // relation links, and the skip button (a button: an off-screen in-page link would point into the shadow root)
    const link = target.closest?.<HTMLElement>('[data-target]');
    if (link) {
      const id = link.dataset['target'] ?? '';
      event.preventDefault();
      this.select(id);
      void this.reveal(id, {focus: true});
      return;
    }
    const chooser = target.closest?.('[part~="select-button"], [part~="mark"]');
    const id = chooser?.closest('[data-event-id]')?.getAttribute('data-event-id');
    if (id) this.select(id);
  }

  protected override render() {
    const language = this.displayLanguage;
    const strings = listStrings(language);
    const feed = this.parsed;
    if (!feed) return this.renderFeedStatus();
    const filter = this.activeFilter;
    const shown = feed.events.filter((event) => isShown(event, filter));
    const shownIds = new Set(shown.map((event) => event.id));
    const query = filter.query.trim();
    const matches = new Set(query ? shown.filter((event) => matchesQuery(event, query, feed)).map((event) => event.id) : []);
    const vertical = this.variant === 'vertical';
    const title = pickText(feed.title, language, feed.language);
    const level = clampLevel(this.headingLevel);
    const context: RenderContext = {feed, language, strings, shownIds, matches, query, vertical};
    const selectedShown = this.selected !== null && shownIds.has(this.selected);
    return html`
      <div part="list" class="list ${vertical ? 'variant-vertical' : 'variant-list'}" role="group" lang=${strings.lang}
        aria-label=${strings.listLabel(title)} @click=${this.onClick}>
        ${selectedShown ? html`<button class="skip" type="button" data-target=${this.selected!}>${strings.goToSelected}</button>` : nothing}
        <p class="query-status" role="status">${query ? strings.matchCount(matches.size, query) : ''}</p>
        ${shown.length === 0 ? html`<p class="empty">${strings.empty}</p>` : html`
          <div class="years">
            ${vertical ? html`<div part="rail" class="rail" aria-hidden="true"></div>` : nothing}
            ${groupByYearMonth(shown).map((group) => this.renderYear(group, level, context))}
          </div>`}
      </div>
      ${this.renderFeedStatus()}
    `;
  }

  private renderYear(group: YearGroup, level: number, context: RenderContext): TemplateResult {
    const {language} = context;
    return html`
      <section class="year" data-year=${group.year}>
        ${heading(level, `year-${group.year}`, 'year', 'year-heading', language, formatYear(group.start, language))}
        ${group.segments.map((segment) => segment.kind === 'year'
          ? html`<ol class="items">${this.renderItems(segment.events, level + 1, context)}</ol>`
          : html`
            <section class="month" data-month=${segment.key}>
              ${heading(level + 1, `month-${segment.key}`, 'month', 'month-heading', language, formatMonth(segment.start, language))}
              <ol class="items">${this.renderItems(segment.events, level + 2, context)}</ol>
            </section>`)}
      </section>
    `;
  }

  private renderItems(events: FriseEvent[], level: number, context: RenderContext) {
    return repeat(events, (event) => event.id, (event) => this.renderItem(event, level, context));
  }

  private renderItem(event: FriseEvent, level: number, context: RenderContext): TemplateResult {
    const {feed, language, strings, matches, query, vertical} = context;
    const fallback = feed.language && feed.language !== 'und' ? feed.language : language;
    const show = (text: FriseLocalizedText | undefined): Shown => ({text: pickText(text, language, fallback), lang: pickLanguage(text, language, fallback)});
    const selected = event.id === this.selected;
    const match = query !== '' && matches.has(event.id);
    const dimmed = query !== '' && !match;
    const title = show(event.title);
    const summary = event.summary ? show(event.summary) : undefined;
    const classes = ['item', `status-${event.status}`, `kind-${event.kind}`, event.isRange ? 'range' : '', selected ? 'selected' : '',
      match ? 'match' : '', dimmed ? 'dimmed' : ''].filter(Boolean).join(' ');
    const id = event.id;
    return html`
      <li part="item" class=${classes} data-event-id=${id} data-kind=${event.kind} data-status=${event.status} ?data-match=${match}>
        ${vertical && event.isRange ? html`<span class="segment" aria-hidden="true"></span>` : nothing}
        <article id="event-${id}" class="event" tabindex="-1" aria-labelledby="title-${id}" aria-current=${ifDefined(selected ? 'true' : undefined)}>
          ${heading(level, `title-${id}`, 'title', 'title', undefined,
            html`<button part="select-button" class="select" type="button"><bdi lang=${title.lang}>${title.text}</bdi></button>`)}
          ${this.renderDate(event, language, strings, show)}
          <p part="status" class="status-line">${mark(event, strings.select)}${event.kind === UNSPECIFIED ? nothing : html`<span class="kind"><span class="visually-hidden">${strings.kindLabel} </span>${strings.kinds[event.kind] ?? event.kind}</span>`}${event.kind === UNSPECIFIED || event.status === UNSPECIFIED ? nothing : html`<span class="separator" aria-hidden="true"> · </span>`}${event.status === UNSPECIFIED ? nothing : html`<span class="status-name"><span class="visually-hidden">${event.kind === UNSPECIFIED ? '' : ', '}${strings.statusLabel} </span>${strings.statuses[event.status] ?? event.status}</span>`}${selected ? html` <span class="tag tag-selected">${strings.selected}</span>` : nothing}${match ? html` <span class="tag tag-match">${strings.match}</span>` : nothing}</p>
          ${this.renderAttribution(event, feed, strings, show)}
          ${summary?.text ? html`<p class="summary" lang=${summary.lang} dir="auto">${summary.text}</p>` : nothing}
          ${this.renderRelations(event, context, show)}
        </article>
      </li>
    `;
  }

  private renderDate(event: FriseEvent, language: string, strings: ListStrings, show: (text: FriseLocalizedText | undefined) => Shown) {
    const text = formatEventDate(event.start, event.end, language);
    const start = isoDatetime(event.start);
    let dates: TemplateResult = html`<time datetime=${ifDefined(start)}>${text}</time>`;
    if (event.end) {
      // the range's wording comes from formatEventDate ("du … au …"): each end of it becomes a <time>
      const a = formatResolvedDate(event.start, language);
      const b = formatResolvedDate(event.end, language);
      const i = text.indexOf(a);
      const j = i === -1 ? -1 : text.indexOf(b, i + a.length);
      if (j !== -1) {
        dates = html`${text.slice(0, i)}<time datetime=${ifDefined(start)}>${a}</time>${text.slice(i + a.length, j)}<time datetime=${ifDefined(isoDatetime(event.end))}>${b}</time>${text.slice(j + b.length)}`;
      }
    }
    const wordings = [event.start.wording, event.end?.wording].filter((w): w is FriseLocalizedText => w !== undefined).map(show).filter((w) => w.text);
    return html`<p part="time" class="date" lang=${language}>${dates}${wordings.map((w) => html` <span class="wording" lang=${strings.lang}>${strings.openQuote}<bdi lang=${w.lang}>${w.text}</bdi>${strings.closeQuote}</span>`)}</p>`;
  }

  private renderAttribution(event: FriseEvent, feed: FriseFeed, strings: ListStrings, show: (text: FriseLocalizedText | undefined) => Shown) {
    const attribution = event.attribution;
    if (!attribution) return nothing;
    // like the card: the label is the attribution as a reader should see it, and wins over the ids
    const label = attribution.label ? show(attribution.label) : undefined;
    const names = (attribution.actors ?? [])
      .map((id) => feed.actorById.get(id))
      .filter((actor) => actor !== undefined)
      .map((actor) => show(actor.name))
      .filter((name) => name.text);
    const via = [...new Set((attribution.via ?? []).map((id) => feed.sourceById.get(id)?.publisher).filter((p): p is string => !!p))];
    let who: unknown = nothing;
    if (label?.text) who = html`<bdi lang=${label.lang}>${label.text}</bdi>`;
    else if (names.length > 0) who = html`${strings.according} ${joinList(strings.lang, names.map((name) => html`<bdi lang=${name.lang}>${name.text}</bdi>`))}`;
    if (who === nothing && via.length === 0) return nothing;
    const relayed = via.length > 0 ? html`${who === nothing ? '' : ', '}${strings.via} ${joinList(strings.lang, via.map((p) => html`<bdi>${p}</bdi>`))}` : nothing;
    return html`<p part="attribution" class="attribution">${who}${relayed}</p>`;
  }

  private renderRelations(event: FriseEvent, context: RenderContext, show: (text: FriseLocalizedText | undefined) => Shown) {
    const {feed, strings, shownIds} = context;
    const hidden = this.activeFilter.hiddenRelations;
    const related: Related[] = [
      ...event.relations.map((relation): Related => ({id: relation.target, type: relation.type, direction: 'forward'})),
      ...(this.inverse.get(event.id) ?? []).map(({source, type}): Related => ({id: source, type, direction: 'inverse'})),
    ].filter((item) => !hidden.includes(item.type) && feed.eventById.has(item.id));
    if (related.length === 0) return nothing;
    return html`
      <div part="relations" class="relations">
        <p class="relations-label" id="related-${event.id}">${strings.relatedLabel}</p>
        <ul class="relation-list" aria-labelledby="related-${event.id}">
          ${related.map((item) => {
            const relation = strings.relations[item.type]?.[item.direction] ?? item.type;
            const target = show(feed.eventById.get(item.id)?.title);
            const line = svg`<svg class="relation-line" viewBox="0 0 18 8" aria-hidden="true" focusable="false"><line x1="1" y1="4" x2="17" y2="4"></line></svg>`;
            return html`
              <li class="relation relation-${item.type}" data-relation=${item.type} data-direction=${item.direction} data-target-id=${item.id}>
                ${line}${shownIds.has(item.id)
                  ? html`<a part="relation-link" class="relation-link" href="#event-${item.id}" data-target=${item.id}><span class="relation-name">${relation}</span> <bdi class="relation-title" lang=${target.lang}>${target.text}</bdi></a>`
                  : html`<span class="relation-off"><span class="relation-name">${relation}</span> <bdi class="relation-title" lang=${target.lang}>${target.text}</bdi> <span class="hidden-note">${strings.hiddenByFilter}</span></span>`}
              </li>`;
          })}
        </ul>
      </div>
    `;
  }
}

interface RenderContext {
  feed: FriseFeed;
  language: string;
  strings: ListStrings;
  shownIds: ReadonlySet<string>;
  matches: ReadonlySet<string>;
  query: string;
  vertical: boolean;
}

/** Level of the year headings: 1 to 4, so that event titles (two deeper at most) stay within h6. */
function clampLevel(value: unknown): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) ? Math.min(4, Math.max(1, level)) : 3;
}

/** A heading of a level computed at run time (Lit needs the tag name in the template). */
function heading(level: number, id: string, part: string, className: string, lang: string | undefined, content: unknown): TemplateResult {
  switch (level) {
    case 1: return html`<h1 id=${id} part=${part} class=${className} lang=${ifDefined(lang)}>${content}</h1>`;
    case 2: return html`<h2 id=${id} part=${part} class=${className} lang=${ifDefined(lang)}>${content}</h2>`;
    case 3: return html`<h3 id=${id} part=${part} class=${className} lang=${ifDefined(lang)}>${content}</h3>`;
    case 4: return html`<h4 id=${id} part=${part} class=${className} lang=${ifDefined(lang)}>${content}</h4>`;
    case 5: return html`<h5 id=${id} part=${part} class=${className} lang=${ifDefined(lang)}>${content}</h5>`;
    default: return html`<h6 id=${id} part=${part} class=${className} lang=${ifDefined(lang)}>${content}</h6>`;
  }
}

/** The event's kind symbol in its status style (the timeline's marks): filled, hollow, struck, dashed or dotted. */
function mark(event: FriseEvent, tooltip: string): TemplateResult {
  // the tooltip is set as a property: @lit-labs/ssr cannot render a text binding inside an SVG <title>
  // (lit/lit#4405), so the server output has an empty <title> that the browser fills in
  const r = 6.5;
  return html`<svg part="mark" class="mark" viewBox="-12 -12 24 24" aria-hidden="true" focusable="false" data-kind=${event.kind} data-status=${event.status}><title .textContent=${tooltip}></title><circle class="ring" r="10.5"></circle><path class="symbol" d=${kindSymbol(event.kind, r)}></path>${event.status === 'denied' ? svg`<line class="strike" x1=${-r - 2} y1=${r + 2} x2=${r + 2} y2=${-r - 2}></line>` : nothing}</svg>`;
}

/** An event sits under its year alone when its date is coarser than a month: known to the year, or to an approximate month. */
function isYearLevel(date: ResolvedDate): boolean {
  return date.precision === 'year' || (date.precision === 'month' && date.approximate);
}

/** Groups events (already in time order) by UTC year, then month; year-level events stay in place between month groups. */
function groupByYearMonth(events: readonly FriseEvent[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const event of events) {
    const start = new Date(event.start.start);
    const year = start.getUTCFullYear();
    let group = years[years.length - 1];
    if (!group || group.year !== year) {
      group = {year, start: yearStart(year), segments: []};
      years.push(group);
    }
    const last = group.segments[group.segments.length - 1];
    if (isYearLevel(event.start)) {
      if (last?.kind === 'year') last.events.push(event);
      else group.segments.push({kind: 'year', events: [event]});
      continue;
    }
    const month = start.getUTCMonth();
    const key = `${year}-${String(month + 1).padStart(2, '0')}`;
    // a month already open in this year (only year-level events came between, at the same instant) takes it
    const open = group.segments.find((segment) => segment.kind === 'month' && segment.key === key);
    if (open) open.events.push(event);
    else group.segments.push({kind: 'month', key, start: monthStart(year, month), events: [event]});
  }
  return years;
}

function yearStart(year: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d.getTime();
}

function monthStart(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 1);
  return d.getTime();
}

const HEADING_FORMATS = new Map<string, Intl.DateTimeFormat>();

function headingFormat(language: string, kind: 'year' | 'month', bce: boolean): Intl.DateTimeFormat {
  const key = `${language}|${kind}|${bce}`;
  let format = HEADING_FORMATS.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = kind === 'year' ? {year: 'numeric', timeZone: 'UTC'} : {year: 'numeric', month: 'long', timeZone: 'UTC'};
    if (bce) options.era = 'short';
    format = new Intl.DateTimeFormat(safeLocale(language), options);
    HEADING_FORMATS.set(key, format);
  }
  return format;
}

/** "2024" (with the era before year 1), in the display language. */
function formatYear(start: number, language: string): string {
  return headingFormat(language, 'year', new Date(start).getUTCFullYear() <= 0).format(start);
}

/** "octobre 2024", "October 2024", in the display language. */
function formatMonth(start: number, language: string): string {
  return headingFormat(language, 'month', new Date(start).getUTCFullYear() <= 0).format(start);
}



declare global {
  interface HTMLElementTagNameMap {
    'frise-list': FriseList;
  }
}
