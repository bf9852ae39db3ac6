// What the chart says in words: each event's accessible name, the chart's summary and the visible
// range. Pure functions of the feed, the language and the UI strings, plus one cache per feed.
import {UNSPECIFIED, type FriseEvent, type FriseFeed} from '../../../model/types.js';
import {pickLanguage, pickText} from '../../../model/text.js';
import {formatEventDate, formatResolvedDate} from '../../../i18n/format-date.js';
import type {UiStrings} from '../../../i18n/strings.js';
import {formatList, opensWithAttribution} from '../../../i18n/localize.js';

/** What a mark says: its accessible name, and the language its title is written in. */
export interface MarkText {
  accessibleName: string;
  textLanguage: string;
}

/**
 * Each event's accessible name and text language, cached for one feed and language: a zoom frame must
 * not re-run Intl per mark. A new feed or language starts afresh.
 */
export class MarkTexts {
  private cache = new Map<string, MarkText>();
  private feed?: FriseFeed;
  private language = '';

  of(event: FriseEvent, language: string, strings: UiStrings, feed: FriseFeed, lane?: string): MarkText {
    if (this.feed !== feed || this.language !== language) {
      this.cache.clear();
      this.feed = feed;
      this.language = language;
    }
    const key = lane === undefined ? event.id : `${event.id}\u0000${lane}`;
    let text = this.cache.get(key);
    if (!text) {
      text = {
        accessibleName: accessibleName(event, language, strings, feed, lane),
        textLanguage: pickLanguage(event.title, language, feed.language),
      };
      this.cache.set(key, text);
    }
    return text;
  }
}

/**
 * An event as a screen reader says it: date at its precision, title, then its lane (when the lanes are
 * actors: who it is about), kind, status and who asserts it.
 */
export function accessibleName(
  event: FriseEvent,
  language: string,
  strings: UiStrings,
  feed: FriseFeed,
  lane?: string,
): string {
  const date = formatEventDate(event.start, event.end, language);
  const title = pickText(event.title, language, feed.language);
  const by = attributionPhrase(event, language, strings, feed);
  // a kind or status that is not said is not read out (never as "reported")
  const said = [
    lane ?? '',
    event.kind === UNSPECIFIED ? '' : strings.kinds[event.kind],
    event.status === UNSPECIFIED ? '' : strings.statuses[event.status],
    by,
  ]
    .filter(Boolean)
    .join(', ');
  return `${strings.markName(date, title)}${said ? ` — ${said}` : ''}`;
}

/**
 * Who asserts an event, as a reader says it: the attribution's label as it is when it says so itself
 * ("per the NIS", "selon le NIS"), else "according to" the label ("an unnamed senior official") or the
 * actors' names.
 */
export function attributionPhrase(event: FriseEvent, language: string, strings: UiStrings, feed: FriseFeed): string {
  const attribution = event.attribution;
  if (!attribution) return '';
  if (attribution.label !== undefined) {
    const label = pickText(attribution.label, language, feed.language).trim();
    if (!label) return '';
    return opensWithAttribution(label) ? label : strings.attributedTo(label);
  }
  const names = (attribution.actors ?? [])
    .map((id) => feed.actorById.get(id))
    .filter((actor) => actor !== undefined)
    .map((actor) => pickText(actor.shortName ?? actor.name, language, feed.language));
  return names.length > 0 ? strings.attributedTo(formatList(language, names)) : '';
}

/** The chart's one-sentence summary: how many events, from when to when. */
export function chartSummary(feed: FriseFeed, language: string, strings: UiStrings): string {
  const first = feed.events[0];
  const last = feed.events[feed.events.length - 1];
  if (!first || !last) return '';
  return strings.chartSummary(
    feed.events.length,
    formatResolvedDate(first.start, language),
    formatResolvedDate(last.end ?? last.start, language),
  );
}

/** The two ends of a visible range, as precisely as its width calls for. */
export function rangeParts(range: [number, number], language: string): [string, string] {
  const span = range[1] - range[0];
  const precision = span > 3 * 365 * 86_400_000 ? 'year' : span > 60 * 86_400_000 ? 'month' : 'day';
  const format = (ms: number) =>
    formatResolvedDate(
      {start: ms, end: ms + 1, precision, approximate: false, relative: false, verified: true},
      language,
    );
  return [format(range[0]), format(range[1])];
}
