import {html, nothing, svg, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {IncomingRelation} from '../../model/relations.js';
import {
  UNSPECIFIED,
  type FriseEvent,
  type FriseFeed,
  type FriseLocalizedText,
  type RelationType,
} from '../../model/types.js';
import {fallbackLanguage, pickLanguage, pickText} from '../../model/text.js';
import {kindSymbol} from '../../layout/symbols.js';
import {safeLocale} from '../../layout/time-format.js';
import {isoDatetime} from '../../i18n/iso-datetime.js';
import {formatEventDate, formatResolvedDate, representable} from '../../i18n/format-date.js';
import type {ListStrings} from '../../i18n/list-strings.js';
import {joinList} from '../shared/join-list.js';

/** A piece of localized text as shown: the text and the language it is really in. */
interface Shown {
  text: string;
  lang: string;
}

type Show = (text: FriseLocalizedText | undefined) => Shown;

/** A related event, seen from the event that lists it. */
interface Related {
  id: string;
  type: RelationType;
  /** forward: this event carries the relation; inverse: the other event points at this one. */
  direction: 'forward' | 'inverse';
}

/** What every item of one rendering shares. */
export interface ItemContext {
  feed: FriseFeed;
  language: string;
  strings: ListStrings;
  /** Is an event listed (not hidden by the filter)? Related events that are not are named, not linked. */
  isListed: (id: string) => boolean;
  matches: ReadonlySet<string>;
  query: string;
  vertical: boolean;
  selected: string | null;
  hiddenRelations: readonly string[];
  inverse: Pick<ReadonlyMap<string, readonly IncomingRelation[]>, 'get'>;
  /** The title button opens and closes the selected event's card in place (`expand-selected`). */
  expandable: boolean;
}

/** Where an item sits: its row (measured by the list's window) and its place in its run of events. */
export interface ItemPlace {
  row: number;
  position: number;
  size: number;
  /** Level of its title heading. */
  level: number;
}

/**
 * One event's `<li>`: its article (date, title button, kind and status, attribution, summary and
 * relations). When `card` is given (the event is selected and opened in place), the card follows the
 * kind and status line instead of the attribution, summary and relations: it shows them, and more.
 */
export function renderItem(
  event: FriseEvent,
  place: ItemPlace,
  context: ItemContext,
  card: TemplateResult | undefined,
): TemplateResult {
  const {feed, language, strings, matches, query, vertical, expandable} = context;
  const fallback = fallbackLanguage(feed.language, language);
  const show: Show = (text) => ({
    text: pickText(text, language, fallback),
    lang: pickLanguage(text, language, fallback),
  });
  const selected = event.id === context.selected;
  const match = query !== '' && matches.has(event.id);
  const dimmed = query !== '' && !match;
  const title = show(event.title);
  const summary = event.summary ? show(event.summary) : undefined;
  const classes = [
    'item',
    `status-${event.status}`,
    `kind-${event.kind}`,
    event.isRange ? 'range' : '',
    selected ? 'selected' : '',
    match ? 'match' : '',
    dimmed ? 'dimmed' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const id = event.id;
  const expanded = expandable ? (card ? 'true' : 'false') : undefined;
  return html`
    <li part="item" class=${classes} data-row=${place.row} data-event-id=${id} data-kind=${event.kind} data-status=${event.status} ?data-match=${match}
      aria-posinset=${place.position} aria-setsize=${place.size}>
      ${vertical && event.isRange ? html`<span class="segment" aria-hidden="true"></span>` : nothing}
      <article id="event-${id}" class="event" tabindex="-1" aria-labelledby="title-${id}" aria-current=${ifDefined(selected ? 'true' : undefined)}>
        ${heading(
          place.level,
          `title-${id}`,
          'title',
          'title',
          undefined,
          html`<button part="select-button" class="select" type="button" aria-expanded=${ifDefined(expanded)}
            aria-controls=${ifDefined(card ? `card-${id}` : undefined)}><bdi lang=${title.lang}>${title.text}</bdi></button>`,
        )}
        ${renderDate(event, language, strings, show)}
        ${statusLine(event, strings, selected, match)}
        ${
          card ??
          html`
          ${renderAttribution(event, feed, strings, show)}
          ${summary?.text ? html`<p class="summary" lang=${summary.lang} dir="auto">${summary.text}</p>` : nothing}
          ${renderRelations(event, context, show)}`
        }
      </article>
    </li>
  `;
}

function renderDate(event: FriseEvent, language: string, strings: ListStrings, show: Show) {
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
      const end = isoDatetime(event.end);
      dates = html`${text.slice(0, i)}<time datetime=${ifDefined(start)}>${a}</time>${text.slice(i + a.length, j)}<time
          datetime=${ifDefined(end)}
          >${b}</time
        >${text.slice(j + b.length)}`;
    }
  }
  const wordings = [event.start.wording, event.end?.wording]
    .filter((w): w is FriseLocalizedText => w !== undefined)
    .map(show)
    .filter((w) => w.text);
  const quoted = wordings.map(
    (w) =>
      html` <span class="wording" lang=${strings.lang}
        >${strings.openQuote}<bdi lang=${w.lang}>${w.text}</bdi>${strings.closeQuote}</span
      >`,
  );
  return html`<p part="time" class="date" lang=${language}>${dates}${quoted}</p>`;
}

function renderAttribution(event: FriseEvent, feed: FriseFeed, strings: ListStrings, show: Show) {
  const attribution = event.attribution;
  if (!attribution) return nothing;
  // like the card: the label is the attribution as a reader should see it, and wins over the ids
  const label = attribution.label ? show(attribution.label) : undefined;
  const names = (attribution.actors ?? [])
    .map((id) => feed.actorById.get(id))
    .filter((actor) => actor !== undefined)
    .map((actor) => show(actor.name))
    .filter((name) => name.text);
  const via = [
    ...new Set((attribution.via ?? []).map((id) => feed.sourceById.get(id)?.publisher).filter((p): p is string => !!p)),
  ];
  let who: unknown = nothing;
  if (label?.text) who = html`<bdi lang=${label.lang}>${label.text}</bdi>`;
  else if (names.length > 0)
    who = html`${strings.according} ${joinList(
      strings.lang,
      names.map((name) => html`<bdi lang=${name.lang}>${name.text}</bdi>`),
    )}`;
  if (who === nothing && via.length === 0) return nothing;
  const relayed =
    via.length > 0
      ? html`${who === nothing ? '' : ', '}${strings.via} ${joinList(
          strings.lang,
          via.map((p) => html`<bdi>${p}</bdi>`),
        )}`
      : nothing;
  return html`<p part="attribution" class="attribution">${who}${relayed}</p>`;
}

function renderRelations(event: FriseEvent, context: ItemContext, show: Show) {
  const {feed, strings, isListed, hiddenRelations} = context;
  const related: Related[] = [
    ...event.relations.map((relation): Related => ({id: relation.target, type: relation.type, direction: 'forward'})),
    ...(context.inverse.get(event.id) ?? []).map(({source, type}): Related => ({
      id: source,
      type,
      direction: 'inverse',
    })),
  ].filter((item) => !hiddenRelations.includes(item.type) && feed.eventById.has(item.id));
  if (related.length === 0) return nothing;
  return html`
    <div part="relations" class="relations">
      <p class="relations-label" id="related-${event.id}">${strings.relatedLabel}</p>
      <ul class="relation-list" aria-labelledby="related-${event.id}">
        ${related.map((item) => {
          const relation = strings.relations[item.type]?.[item.direction] ?? item.type;
          const target = show(feed.eventById.get(item.id)?.title);
          const named = html`<bdi class="relation-title" lang=${target.lang}>${target.text}</bdi>`;
          const line = svg`<svg class="relation-line" viewBox="0 0 18 8" aria-hidden="true" focusable="false"><line x1="1" y1="4" x2="17" y2="4"></line></svg>`;
          return html`
            <li class="relation relation-${item.type}" data-relation=${item.type} data-direction=${item.direction} data-target-id=${item.id}>
              ${line}${
                isListed(item.id)
                  ? html`<a part="relation-link" class="relation-link" href="#event-${item.id}" data-target=${item.id}
                      ><span class="relation-name">${relation}</span> ${named}</a
                    >`
                  : html`<span class="relation-off"
                      ><span class="relation-name">${relation}</span> ${named} <span class="hidden-note"
                        >${strings.hiddenByFilter}</span
                      ></span
                    >`
              }
            </li>`;
        })}
      </ul>
    </div>
  `;
}

/** Level of the year headings: 1 to 4, so that event titles (two deeper at most) stay within h6. */
export function clampLevel(value: unknown): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) ? Math.min(4, Math.max(1, level)) : 3;
}

/** A heading of a level computed at run time (Lit needs the tag name in the template). `row`: its index when it is a row of the list. */
export function heading(
  level: number,
  id: string,
  part: string,
  className: string,
  lang: string | undefined,
  content: unknown,
  row?: number,
  first = false,
): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 id=${id} part=${part} class=${className} lang=${ifDefined(lang)} data-row=${ifDefined(row)} ?data-first=${first}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} class=${className} lang=${ifDefined(lang)} data-row=${ifDefined(row)} ?data-first=${first}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${className} lang=${ifDefined(lang)} data-row=${ifDefined(row)} ?data-first=${first}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${className} lang=${ifDefined(lang)} data-row=${ifDefined(row)} ?data-first=${first}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${className} lang=${ifDefined(lang)} data-row=${ifDefined(row)} ?data-first=${first}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class=${className} lang=${ifDefined(lang)} data-row=${ifDefined(row)} ?data-first=${first}>${content}</h6>`;
  }
}

/** The event's kind symbol in its status style (the timeline's marks): filled, hollow, struck, dashed or dotted. */
function mark(event: FriseEvent, tooltip: string): TemplateResult {
  // the tooltip is set as a property: @lit-labs/ssr cannot render a text binding inside an SVG <title>
  // (lit/lit#4405), so the server output has an empty <title> that the browser fills in
  const r = 6.5;
  const strike =
    event.status === 'denied'
      ? svg`<line class="strike" x1=${-r - 2} y1=${r + 2} x2=${r + 2} y2=${-r - 2}></line>`
      : nothing;
  return html`<svg part="mark" class="mark" viewBox="-12 -12 24 24" aria-hidden="true" focusable="false"
    data-kind=${event.kind} data-status=${event.status}
    ><title .textContent=${tooltip}></title><circle class="ring" r="10.5"></circle
    ><path class="symbol" d=${kindSymbol(event.kind, r)}></path>${strike}</svg
  >`;
}

const HEADING_FORMATS = new Map<string, Intl.DateTimeFormat>();

function headingFormat(language: string, kind: 'year' | 'month', bce: boolean): Intl.DateTimeFormat {
  const key = `${language}|${kind}|${bce}`;
  let format = HEADING_FORMATS.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'year' ? {year: 'numeric', timeZone: 'UTC'} : {year: 'numeric', month: 'long', timeZone: 'UTC'};
    if (bce) options.era = 'short';
    format = new Intl.DateTimeFormat(safeLocale(language), options);
    HEADING_FORMATS.set(key, format);
  }
  return format;
}

/** "2024" (with the era before year 1), in the display language. */
export function formatYear(start: number, language: string): string {
  const at = representable(start);
  return headingFormat(language, 'year', new Date(at).getUTCFullYear() <= 0).format(at);
}

/** "octobre 2024", "October 2024", in the display language. */
export function formatMonth(start: number, language: string): string {
  const at = representable(start);
  return headingFormat(language, 'month', new Date(at).getUTCFullYear() <= 0).format(at);
}

/** The mark, the kind and the status in words (each only when said), and the selected and match tags. */
function statusLine(event: FriseEvent, strings: ListStrings, selected: boolean, match: boolean): TemplateResult {
  const kind =
    event.kind === UNSPECIFIED
      ? nothing
      : html`<span class="kind"
          ><span class="visually-hidden">${strings.kindLabel} </span>${strings.kinds[event.kind] ?? event.kind}</span
        >`;
  const separator =
    event.kind === UNSPECIFIED || event.status === UNSPECIFIED
      ? nothing
      : html`<span class="separator" aria-hidden="true"> · </span>`;
  const status =
    event.status === UNSPECIFIED
      ? nothing
      : html`<span class="status-name"
          ><span class="visually-hidden">${event.kind === UNSPECIFIED ? '' : ', '}${strings.statusLabel} </span
          >${strings.statuses[event.status] ?? event.status}</span
        >`;
  const tags = html`${selected ? html` <span class="tag tag-selected">${strings.selected}</span>` : nothing}${
    match ? html` <span class="tag tag-match">${strings.match}</span>` : nothing
  }`;
  return html`<p part="status" class="status-line">${mark(event, strings.select)}${kind}${separator}${status}${tags}</p>`;
}
