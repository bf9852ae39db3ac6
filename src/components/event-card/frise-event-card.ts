import {css, html, nothing, svg, type PropertyValues, type TemplateResult} from 'lit';
import {opensWithAttribution} from '../../i18n/localize.js';
import {wholeNumberIn} from '../shared/attribute-values.js';
import {joinList} from '../shared/join-list.js';
import {isoDatetime} from '../../i18n/iso-datetime.js';
import {customElement, property, state} from 'lit/decorators.js';
import {
  UNSPECIFIED,
  type FeedIssue,
  type FriseEvent,
  type FriseFeed,
  type FriseLocalizedText,
  type FriseQuote,
  type FriseSource,
  type FriseStatus,
  type RelationType,
} from '../../model/types.js';
import {resolveDateSpec} from '../../model/dates.js';
import {fallbackLanguage, pickLanguage, pickText, primarySubtag} from '../../model/text.js';
import {safeUrl} from '../../model/urls.js';
import {formatEventDate, formatResolvedDate} from '../../i18n/format-date.js';
import {cardStrings, type CardStrings} from '../../i18n/card-strings.js';
import {FriseCloseEvent} from '../../events/frise-close.js';
import {FriseSelectEvent} from '../../events/frise-select.js';
import {incomingRelations} from '../../model/relations.js';
import {eventCardStyles} from './frise-event-card.styles.js';
import {FeedElement} from '../shared/feed-element.js';
import {eventFromInput} from '../../model/feed-input.js';
import {FriseErrorEvent} from '../../events/frise-error.js';

/** A piece of localized text as shown: the text and the language it is really in. */
interface Shown {
  text: string;
  lang: string;
}

/** A related event, seen from the card's event. */
interface Related {
  id: string;
  type: RelationType;
  /** forward: the card's event carries the relation; inverse: the other event points at this one. */
  direction: 'forward' | 'inverse';
  note?: FriseLocalizedText | undefined;
  event?: FriseEvent | undefined;
}

/** How long "Link copied" is said and the check mark shown (ms). */
const COPIED_FOR = 2000;

const LINK_ICON = svg`<path d="M6.6 9.4l2.8-2.8M7.3 4.6l1.1-1.1a2.6 2.6 0 0 1 3.7 3.7L11 8.3M8.7 11.4l-1.1 1.1a2.6 2.6 0 0 1-3.7-3.7L5 7.7"
  fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"></path>`;
const CHECK_ICON = svg`<path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"
  stroke-linejoin="round"></path>`;

function selectAll(event: FocusEvent): void {
  (event.target as HTMLInputElement).select();
}

/** The Copy link button (beside the close button, and like it) and the field of a link to copy by hand. */
const copyLinkStyles = css`
  .copy-link {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 32px;
    height: 32px;
    margin-block-start: -4px;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 6px;
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  .copy-link:last-child {
    margin-inline-end: -6px;
  }
  .copy-link:hover {
    color: var(--_text);
    background: color-mix(in srgb, var(--_text) 8%, var(--_bg));
  }
  .copy-link:focus-visible {
    border-radius: 6px;
  }
  .copy-link svg {
    width: 16px;
    height: 16px;
  }
  .link-field {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    color: var(--_muted);
    font-size: 0.85rem;
  }
  .link-field input {
    flex: 1 1 16em;
    min-width: 0;
    padding: 2px 6px;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  @media (forced-colors: active) {
    .copy-link {
      border-color: ButtonText;
    }
  }
`;

/**
 * The details of one event of a frise feed: its title, date (with its precision and the source's own
 * wording), kind and status (with later status changes), who asserts it, summary, actors, place,
 * quotes, editorial notes, sources, image and the events it is related to.
 *
 * All feed text is rendered as text, never parsed as HTML. Source links keep only http and https
 * addresses (through `safeUrl`); a source with any other address is still listed, as plain text.
 *
 * @summary Shows one event of a frise feed: dates, status, attribution, quotes, sources and related events.
 *
 * @fires frise-select - A related-event button was activated; `event.id` and `event.event` are the related event (a `FriseSelectEvent`).
 * @fires frise-close - The close button (shown with `closable`) was activated, or Escape pressed inside the card:
 * `event.id` (also `detail.id`) is the event shown.
 * @fires frise-load - A feed given as a document, JSON text or `src` was parsed: `event.feed` (also `detail.feed`).
 * @fires frise-error - The event or its feed has problems, or the feed could not be loaded: `event.issues` (also `detail.issues`).
 *
 * @csspart card - The card (an `<article>`); carries `data-event-id` and `data-status`.
 * @csspart title - The event title (a heading of level `heading-level`).
 * @csspart date - The date line: date, the source's wording, "date not verified".
 * @csspart badge - The status badge (an icon whose shape tells the status, and the status name).
 * @csspart attribution - Who asserts the event ("according to …", "via …").
 * @csspart quote - One quote (a `<figure>` with the `<blockquote>` and its speaker).
 * @csspart sources - The list of sources.
 * @csspart source-link - A link to a source (http or https only).
 * @csspart image - The image figure (image, alt-text fallback, caption and credit).
 * @csspart related - The related-events section.
 * @csspart related-button - A button that selects a related event.
 * @csspart close - The close button.
 * @csspart copy-link - The "Copy link" button, shown when `link` is an http or https address.
 * @csspart issues - The summary of problems found in the event or its feed.
 *
 * @cssprop [--frise-card-background=light-dark(#ffffff, #161b22)] - Card background.
 * @cssprop [--frise-card-border-color=light-dark(#d0d7de, #3d444d)] - Card and button borders.
 * @cssprop [--frise-card-padding=16px] - Padding inside the card.
 * @cssprop [--frise-text-color=light-dark(#1f2328, #e6edf3)] - Text colour.
 * @cssprop [--frise-muted-color=light-dark(#57606a, #9198a1)] - Secondary text (labels, attribution, meta).
 * @cssprop [--frise-link-color=light-dark(#0969da, #4493f8)] - Links and the focus ring.
 * @cssprop [--frise-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--frise-status-confirmed-color=light-dark(#1a7f37, #3fb950)] - Confirmed: top edge, badge outline and filled icon.
 * @cssprop [--frise-status-reported-color=light-dark(#0550ae, #58a6ff)] - Reported: hollow icon.
 * @cssprop [--frise-status-denied-color=light-dark(#cf222e, #ff7b72)] - Denied: struck-through icon.
 * @cssprop [--frise-status-disputed-color=light-dark(#9a6700, #d29922)] - Disputed: dashed icon and outline.
 * @cssprop [--frise-status-unverified-color=light-dark(#6e7781, #8b949e)] - Unverified: dotted icon and outline.
 * @cssprop [--frise-status-unspecified-color=var(--frise-text-color)] - Events whose status the feed does not say (neutral, never as reported).
 */
@customElement('frise-event-card')
export class FriseEventCard extends FeedElement {
  static override styles = [...eventCardStyles, copyLinkStyles];

  /**
   * The event to show: an event of a parsed feed (as `frise-select` gives it), an event record as
   * written in a feed (the object or its JSON text), or the id of an event of `feed`; null shows a
   * short hint. Its `feed` (a document, JSON text, a parsed feed or a `src`) resolves actor names,
   * sources and related events; without one the card shows what the record itself says.
   */
  @property({attribute: false})
  event: unknown = null;

  /** Level (2 to 6) of the title heading, to fit the page's outline. */
  @property({type: Number, attribute: 'heading-level'})
  headingLevel = 3;

  /** Shows a close button that fires `frise-close`. */
  @property({type: Boolean, reflect: true})
  closable = false;

  /**
   * The address of this event: a link that opens the page on it (a timeline with `sync-url` gives its
   * card one). When it is an http or https URL, the card shows a "Copy link" button (part `copy-link`)
   * that puts it on the clipboard; where the browser refuses, the link is shown selected in a read-only
   * field, to copy by hand. Any other value shows no button and is reported once (`frise-error`, code
   * `invalid-attribute`).
   */
  @property({attribute: 'link'})
  link: string | null = null;

  /** What the Copy link button last did: nothing, copied (said for COPIED_FOR ms), or refused (the field shows the link). */
  @state() private copyOutcome: 'none' | 'copied' | 'refused' = 'none';
  private copiedTimer: ReturnType<typeof setTimeout> | undefined;

  /** src of the image that failed to load (then its alt text is shown instead). */
  @state() private failedImage: string | null = null;

  /** The event shown and the feed it is read with, from `event` and `feed`. */
  @state() private shown: {event: FriseEvent | null; feed: FriseFeed | null; issues: readonly FeedIssue[]} = {
    event: null,
    feed: null,
    issues: [],
  };

  /** The event shown, parsed (null when none is given or it is not valid). */
  get shownEvent(): FriseEvent | null {
    return this.shown.event;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('event') || (changed as PropertyValues).has('parsed')) {
      const shown = eventFromInput(this.event, this.parsed);
      this.shown = shown;
      if (shown.issues.length > 0) this.emit(new FriseErrorEvent(shown.issues));
    }
    // "Link copied" and the field belong to the link that was copied
    if (changed.has('link') || changed.has('event')) this.resetCopy();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resetCopy();
  }

  /** `link` when the one URL check passes it as an http or https address, else undefined. */
  private get shownLink(): string | undefined {
    if (this.link === null || this.link === undefined || this.link === '') return undefined;
    return this.attribute<string | undefined>('link', this.link, webLink, undefined);
  }

  private resetCopy(): void {
    clearTimeout(this.copiedTimer);
    this.copyOutcome = 'none';
  }

  /**
   * Puts the link on the clipboard. The browser may refuse (no permission, an insecure page where
   * `navigator.clipboard` is missing, no user gesture, an unfocused page): then the link is shown in a
   * read-only field, focused and selected, for the reader to copy. Never throws.
   */
  private async copyLink(link: string): Promise<void> {
    this.resetCopy();
    try {
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!clipboard) throw new Error('no clipboard in this context');
      await clipboard.writeText(link);
      if (this.shownLink !== link) return;
      this.copyOutcome = 'copied';
      this.copiedTimer = setTimeout(() => (this.copyOutcome = 'none'), COPIED_FOR);
    } catch {
      if (this.shownLink !== link) return;
      this.copyOutcome = 'refused';
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('#link-field');
      field?.focus();
      field?.select();
    }
  }

  private onClose(): void {
    this.emit(new FriseCloseEvent(this.shown.event?.id ?? null));
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.closable) return;
    event.stopPropagation();
    this.onClose();
  }

  private select(id: string, event: FriseEvent | undefined): void {
    this.emit(new FriseSelectEvent(id, event ?? null));
  }

  protected override render() {
    const language = this.displayLanguage;
    const strings = cardStrings(language);
    const {event, feed, issues} = this.shown;
    if (!event) {
      const quiet = this.loading || issues.length > 0 || this.problems.length > 0;
      return html`${this.renderFeedStatus(issues)}${
        quiet ? nothing : html`<p class="hint" lang=${language}>${strings.selectHint}</p>`
      }`;
    }
    const fallback = fallbackLanguage(feed?.language, language);
    const show = (text: FriseLocalizedText | undefined): Shown => ({
      text: pickText(text, language, fallback),
      lang: pickLanguage(text, language, fallback),
    });
    const title = show(event.title);
    const summary = event.summary ? show(event.summary) : undefined;
    const notes = event.notes ? show(event.notes) : undefined;
    return html`
      <article part="card" class="card status-${event.status}" lang=${language} aria-labelledby="title"
        data-event-id=${event.id} data-status=${event.status} @keydown=${this.onKeydown}>
        <div class="head">
          ${this.renderHeading(title)}
          ${this.renderCopyButton(strings)}
          ${
            this.closable
              ? html`
            <button part="close" class="close" type="button" aria-label=${strings.close} title=${strings.close} @click=${this.onClose}>
              <svg viewBox="0 0 16 16" aria-hidden="true"
                ><path d="M3.5 3.5l9 9M12.5 3.5l-9 9" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"></path
              ></svg>
            </button>`
              : nothing
          }
        </div>
        ${this.renderLinkField(strings)}
        ${this.renderDate(event, language, strings, show)}
        ${this.renderStatus(event, language, strings, show)}
        ${this.renderAttribution(event, feed, strings, show)}
        ${summary?.text ? html`<p class="summary" lang=${summary.lang} dir="auto">${summary.text}</p>` : nothing}
        ${this.renderFacts(event, feed, strings, show)}
        ${this.renderQuotes(event.quotes, feed, language, fallback, strings, show)}
        ${
          notes?.text
            ? html`
          <div class="notes">
            ${this.sectionHeading('notes-label', strings.notesLabel)}
            <p class="notes-text" lang=${notes.lang} dir="auto">${notes.text}</p>
          </div>`
            : nothing
        }
        ${this.renderSources(event, feed, strings, show)}
        ${this.renderImage(event, strings, show)}
        ${this.renderRelated(event, feed, language, strings, show)}
      </article>
      ${this.renderFeedStatus(issues)}
    `;
  }

  /** The Copy link button and its live region ("Link copied"), present before anything is said in it. */
  private renderCopyButton(strings: CardStrings) {
    const link = this.shownLink;
    if (!link) return nothing;
    const copied = this.copyOutcome === 'copied';
    return html`<span class="visually-hidden" role="status">${copied ? strings.linkCopied : ''}</span>
      <button part="copy-link" class="copy-link" type="button" aria-label=${strings.copyLink} title=${strings.copyLink}
        @click=${() => void this.copyLink(link)}>
        <svg viewBox="0 0 16 16" aria-hidden="true">${copied ? CHECK_ICON : LINK_ICON}</svg>
      </button>`;
  }

  /** The link to copy by hand, after the browser refused the clipboard (an address reads left to right). */
  private renderLinkField(strings: CardStrings) {
    const link = this.shownLink;
    if (this.copyOutcome !== 'refused' || !link) return nothing;
    return html`<p class="link-field"><label for="link-field">${strings.linkField}</label>
      <input id="link-field" type="text" readonly dir="ltr" .value=${link} @focus=${selectAll}></p>`;
  }

  /** The title's heading level: `heading-level` when it is 2–6, else 3 (reported once). */
  private get titleLevel(): number {
    return this.attribute('heading-level', this.headingLevel, wholeNumberIn(2, 6), 3);
  }

  /**
   * A section's heading (notes, sources, related events), one level below the title (at most 6), so a
   * screen reader's heading list walks the card: "Sources", "Related events".
   */
  private sectionHeading(id: string, text: string): TemplateResult {
    const level = Math.min(6, this.titleLevel + 1);
    return html`<p class="label" id=${id} role="heading" aria-level=${level}>${text}</p>`;
  }

  private renderHeading(title: Shown): TemplateResult {
    switch (this.titleLevel) {
      case 2:
        return html`<h2 id="title" part="title" class="title" lang=${title.lang}>${title.text}</h2>`;
      case 4:
        return html`<h4 id="title" part="title" class="title" lang=${title.lang}>${title.text}</h4>`;
      case 5:
        return html`<h5 id="title" part="title" class="title" lang=${title.lang}>${title.text}</h5>`;
      case 6:
        return html`<h6 id="title" part="title" class="title" lang=${title.lang}>${title.text}</h6>`;
      default:
        return html`<h3 id="title" part="title" class="title" lang=${title.lang}>${title.text}</h3>`;
    }
  }

  private renderDate(
    event: FriseEvent,
    language: string,
    strings: CardStrings,
    show: (text: FriseLocalizedText | undefined) => Shown,
  ) {
    const text = formatEventDate(event.start, event.end, language);
    const datetime = event.end ? undefined : isoDatetime(event.start);
    const wordings = [event.start.wording, event.end?.wording]
      .filter((w): w is FriseLocalizedText => w !== undefined)
      .map(show)
      .filter((w) => w.text);
    const verified = event.start.verified && (event.end?.verified ?? true);
    return html`<p part="date" class="date">${datetime ? html`<time datetime=${datetime}>${text}</time>` : html`<span>${text}</span>`}${
      wordings.length > 0
        ? html`
      <span class="wording">${wordings.map((w, i) => html`${i > 0 ? ' – ' : ''}${strings.openQuote}<bdi lang=${w.lang}>${w.text}</bdi>${strings.closeQuote}`)}
        <span class="wording-note">${strings.wordingNote}</span></span>`
        : nothing
    }${
      verified
        ? nothing
        : html`
      <span class="unverified-date">${strings.dateNotVerified}</span>`
    }</p>`;
  }

  private renderStatus(
    event: FriseEvent,
    language: string,
    strings: CardStrings,
    show: (text: FriseLocalizedText | undefined) => Shown,
  ) {
    const updates = event.statusUpdates.map((update) => {
      const resolved = resolveDateSpec(update.date, this.shown.feed?.published);
      return {
        update,
        date: resolved.ok ? resolved.value : undefined,
        note: update.note ? show(update.note) : undefined,
      };
    });
    return html`
      <div class="status-row">
        ${
          event.kind === UNSPECIFIED
            ? nothing
            : html`<span class="kind"
              ><span class="visually-hidden">${strings.kindLabel} </span>${strings.kinds[event.kind] ?? event.kind}</span
            >`
        }
        ${
          event.status === UNSPECIFIED
            ? nothing
            : html`<span part="badge" class="badge status-${event.status}" data-status=${event.status}
              >${statusIcon(event.status)}<span class="visually-hidden">${strings.statusLabel} </span
              >${strings.statuses[event.status] ?? event.status}</span
            >`
        }
      </div>
      ${
        updates.length > 0
          ? html`
        <ul class="updates" aria-label=${strings.statusUpdatesLabel}>
          ${updates.map(({update, date, note}) => {
            const status = strings.statuses[update.status] ?? update.status;
            const change = date ? strings.statusChange(status, formatResolvedDate(date, language), date) : status;
            const noted = note?.text ? html` — <bdi class="update-note" lang=${note.lang}>${note.text}</bdi>` : nothing;
            return html`<li class="update status-${update.status}" data-status=${update.status}
              >${statusIcon(update.status)}<span><span class="update-status">${change}</span>${noted}</span></li
            >`;
          })}
        </ul>`
          : nothing
      }
    `;
  }

  private renderAttribution(
    event: FriseEvent,
    feed: FriseFeed | null,
    strings: CardStrings,
    show: (text: FriseLocalizedText | undefined) => Shown,
  ) {
    const attribution = event.attribution;
    if (!attribution) return nothing;
    // The label is the attribution as a reader should see it ("selon le NIS (via Yonhap)"): it wins over the ids.
    const label = attribution.label ? show(attribution.label) : undefined;
    const names = (attribution.actors ?? [])
      .map((id) => feed?.actorById.get(id))
      .filter((actor) => actor !== undefined)
      .map((actor) => show(actor.name))
      .filter((name) => name.text);
    const via = unique(
      (attribution.via ?? []).map((id) => feed?.sourceById.get(id)?.publisher).filter((p): p is string => !!p),
    );
    let who: unknown = nothing;
    // feed text is isolated (bdi): a stray direction mark in it cannot reorder the card's own words
    if (label?.text.trim())
      who = opensWithAttribution(label.text)
        ? html`<bdi lang=${label.lang}>${label.text}</bdi>`
        : html`${strings.according} <bdi lang=${label.lang}>${label.text}</bdi>`;
    else if (names.length > 0)
      who = html`${strings.according} ${joinList(
        this.displayLanguage,
        names.map((name) => html`<bdi lang=${name.lang}>${name.text}</bdi>`),
      )}`;
    if (who === nothing && via.length === 0) return nothing;
    const relayed =
      via.length > 0
        ? html`${who === nothing ? '' : ', '}${strings.via} ${joinList(
            this.displayLanguage,
            via.map((p) => html`<bdi>${p}</bdi>`),
          )}`
        : nothing;
    return html`<p part="attribution" class="attribution">${who}${relayed}</p>`;
  }

  private renderFacts(
    event: FriseEvent,
    feed: FriseFeed | null,
    strings: CardStrings,
    show: (text: FriseLocalizedText | undefined) => Shown,
  ) {
    const actors = event.actors
      .map((id) => feed?.actorById.get(id))
      .filter((actor) => actor !== undefined)
      .map((actor) => show(actor.name))
      .filter((name) => name.text);
    const location = event.location;
    const place = location ? show(location.name) : undefined;
    const coordinates = location?.coordinates;
    const hasCoordinates =
      coordinates !== undefined && Number.isFinite(coordinates.lat) && Number.isFinite(coordinates.lon);
    if (actors.length === 0 && !place?.text && !hasCoordinates) return nothing;
    return html`
      <dl class="facts">
        ${
          actors.length > 0
            ? html`<div class="actors"><dt>${strings.actorsLabel}</dt><dd>${joinList(
                this.displayLanguage,
                actors.map((name) => html`<bdi lang=${name.lang}>${name.text}</bdi>`),
              )}</dd></div>`
            : nothing
        }
        ${
          place?.text || hasCoordinates
            ? html`<div class="location">
              <dt>${strings.locationLabel}</dt>
              <dd>${place?.text ? html`<bdi lang=${place.lang}>${place.text}</bdi>` : nothing}${
                hasCoordinates
                  ? html` <span class="coordinates">(${strings.coordinates(coordinates.lat, coordinates.lon)})</span>`
                  : nothing
              }</dd>
            </div>`
            : nothing
        }
      </dl>
    `;
  }

  private renderQuotes(
    quotes: FriseQuote[],
    feed: FriseFeed | null,
    language: string,
    fallback: string,
    strings: CardStrings,
    show: (text: FriseLocalizedText | undefined) => Shown,
  ) {
    if (quotes.length === 0) return nothing;
    return html`
      <div class="quotes">
        ${quotes.map((quote) => {
          const text = quoteText(quote, language, fallback);
          if (!text.text) return nothing;
          const speaker = show(quote.speaker);
          const publisher = quote.source ? feed?.sourceById.get(quote.source)?.publisher : undefined;
          return html`
            <figure part="quote" class="quote">
              <blockquote lang=${text.lang} dir="auto"><p>${text.text}</p></blockquote>
              <figcaption>— <bdi class="speaker" lang=${speaker.lang}>${speaker.text}</bdi>${
                publisher ? html`, <bdi class="quote-source">${publisher}</bdi>` : nothing
              }${text.translated ? html` <span class="translated">${strings.translation}</span>` : nothing}</figcaption>
            </figure>`;
        })}
      </div>
    `;
  }

  private renderSources(
    event: FriseEvent,
    feed: FriseFeed | null,
    strings: CardStrings,
    show: (text: FriseLocalizedText | undefined) => Shown,
  ) {
    if (event.sources.length === 0) return nothing;
    const language = this.displayLanguage;
    return html`
      <div class="sources">
        ${this.sectionHeading('sources-label', strings.sourcesLabel)}
        <ul part="sources" class="list" aria-labelledby="sources-label">
          ${event.sources.map((id) => {
            const source = feed?.sourceById.get(id);
            if (!source) return html`<li class="source" data-source-id=${id}>${id}</li>`;
            const href = webLink(source.url);
            const label = sourceLabel(source, show);
            const published = source.published !== undefined ? resolveDateSpec(source.published) : undefined;
            const date = published?.ok ? formatResolvedDate(published.value, language) : '';
            const meta = date ? html` <span class="source-meta">· ${date}</span>` : nothing;
            if (href) {
              return html`<li class="source" data-source-id=${id}
                ><a part="source-link" href=${href} rel="noopener noreferrer" target="_blank"
                  >${label}<span class="visually-hidden"> ${strings.newTab}</span
                  ><svg class="external" viewBox="0 0 12 12" aria-hidden="true"
                    ><path d="M5 2H2v8h8V7M7 2h3v3M10 2L5.5 6.5"></path></svg></a
                >${meta}</li
              >`;
            }
            const withheld =
              source.url !== undefined && source.url !== ''
                ? html` <span class="source-meta">${strings.linkWithheld}</span>`
                : nothing;
            return html`<li class="source" data-source-id=${id}><span class="source-text">${label}</span>${meta}${withheld}</li>`;
          })}
        </ul>
      </div>
    `;
  }

  private renderImage(event: FriseEvent, strings: CardStrings, show: (text: FriseLocalizedText | undefined) => Shown) {
    const media = event.media;
    if (!media) return nothing;
    const src = safeUrl(media.url, 'media');
    const alt = show(media.alt);
    const caption = media.caption ? show(media.caption) : undefined;
    const credit = show(media.credit);
    const failed = !src || this.failedImage === src;
    return html`
      <figure part="image" class="image">
        ${
          src
            ? html`<img class=${failed ? 'failed' : ''} src=${src} alt=${alt.text} lang=${alt.lang} loading="lazy" decoding="async"
          referrerpolicy="no-referrer" @error=${() => (this.failedImage = src)}>`
            : nothing
        }
        ${failed ? html`<p class="image-fallback">${strings.imageUnavailable} ${alt.text}</p>` : nothing}
        ${
          caption?.text || credit.text
            ? html`
          <figcaption>${
            caption?.text ? html`<bdi class="caption" lang=${caption.lang}>${caption.text}</bdi> ` : nothing
          }${
            credit.text
              ? html`<span class="credit">${strings.credit} <bdi lang=${credit.lang}>${credit.text}</bdi></span>`
              : nothing
          }</figcaption>`
            : nothing
        }
      </figure>
    `;
  }

  private renderRelated(
    event: FriseEvent,
    feed: FriseFeed | null,
    language: string,
    strings: CardStrings,
    show: (text: FriseLocalizedText | undefined) => Shown,
  ) {
    const related = relatedEvents(event, feed);
    if (related.length === 0) return nothing;
    return html`
      <div part="related" class="related">
        ${this.sectionHeading('related-label', strings.relatedLabel)}
        <ul class="related-list" aria-labelledby="related-label">
          ${related.map((item) => {
            const labels = strings.relations[item.type];
            const relation = labels ? labels[item.direction] : item.type;
            const title = item.event ? show(item.event.title) : {text: item.id, lang: language};
            const note = item.note ? show(item.note) : undefined;
            const other = item.event;
            return html`
              <li>
                <button part="related-button" class="related-button" type="button" data-event-id=${item.id}
                  data-relation=${item.type} data-direction=${item.direction} @click=${() => this.select(item.id, other)}>
                  <span class="relation">${relation}</span>
                  <bdi class="related-title" lang=${title.lang}>${title.text}</bdi>
                  ${
                    other
                      ? html`<span class="related-meta status-${other.status}">${formatEventDate(other.start, other.end, language)}${
                          other.status === UNSPECIFIED
                            ? nothing
                            : html` ·
                    ${statusIcon(other.status)}${strings.statuses[other.status] ?? other.status}`
                        }</span>`
                      : nothing
                  }
                </button>
                ${note?.text ? html`<p class="relation-note" lang=${note.lang}>${note.text}</p>` : nothing}
              </li>`;
          })}
        </ul>
      </div>
    `;
  }
}

/** The event's own relations, then every relation of another event that targets it (feed order). */
function relatedEvents(event: FriseEvent, feed: FriseFeed | null): Related[] {
  const out: Related[] = event.relations.map((relation) => ({
    id: relation.target,
    type: relation.type,
    direction: 'forward',
    note: relation.note,
    event: feed?.eventById.get(relation.target),
  }));
  if (!feed) return out;
  for (const incoming of incomingRelations(feed).get(event.id) ?? []) {
    out.push({
      id: incoming.source,
      type: incoming.type,
      direction: 'inverse',
      note: incoming.note,
      event: feed.eventById.get(incoming.source),
    });
  }
  return out;
}

/** An http or https address for a source link; mailto and every other scheme are not links here. */
function webLink(url: unknown): string | undefined {
  const safe = safeUrl(url, 'link');
  return safe !== undefined && /^https?:/i.test(safe) ? safe : undefined;
}

function sourceLabel(source: FriseSource, show: (text: FriseLocalizedText | undefined) => Shown) {
  const title = source.title ? show(source.title) : undefined;
  const titled = title?.text ? html` — <bdi class="source-title" lang=${title.lang}>${title.text}</bdi>` : nothing;
  return html`<bdi class="publisher">${source.publisher}</bdi>${titled}`;
}

/**
 * The text of a quote as shown, its language, and whether it is a translation: the shown text is a
 * translation when the quote says so (or names another original language) and the shown language is
 * not the language the words were said in.
 */
function quoteText(quote: FriseQuote, language: string, fallback: string): Shown & {translated: boolean} {
  const text = pickText(quote.text, language, fallback);
  let lang: string;
  if (typeof quote.text === 'string') lang = quote.translated || !quote.language ? fallback : quote.language;
  else lang = pickLanguage(quote.text, language, fallback);
  const original = quote.language !== undefined && primarySubtag(quote.language) === primarySubtag(lang);
  const translated =
    quote.translated === false ? false : !original && (quote.translated === true || quote.language !== undefined);
  return {text, lang, translated};
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** The status icon: filled with a check (confirmed), hollow (reported), struck (denied), dashed (disputed), dotted (unverified). */
function statusIcon(status: FriseStatus) {
  let shape;
  switch (status) {
    case 'confirmed':
      shape = svg`<circle class="fill" cx="8" cy="8" r="7"></circle><path class="check" d="M4.8 8.3l2.2 2.2 4.2-4.6"></path>`;
      break;
    case 'denied':
      shape = svg`<circle class="ring" cx="8" cy="8" r="6"></circle><line class="strike" x1="3.2" y1="12.8" x2="12.8" y2="3.2"></line>`;
      break;
    case 'disputed':
      shape = svg`<circle class="ring dashed" cx="8" cy="8" r="6"></circle><path class="fill" d="M8 4a4 4 0 0 1 0 8z"></path>`;
      break;
    case 'unverified':
      shape = svg`<circle class="ring dotted" cx="8" cy="8" r="6"></circle>`;
      break;
    default:
      shape = svg`<circle class="ring" cx="8" cy="8" r="6"></circle>`;
  }
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" data-icon=${status}>${shape}</svg>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'frise-event-card': FriseEventCard;
  }
}
