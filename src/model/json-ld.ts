/**
 * A parsed feed as schema.org structured data (JSON-LD), for search engines and fact-check aggregators.
 *
 * The result is data, never markup: feed text is copied into JSON strings as it is. Embedding it in a
 * page is where markup begins, so `toJSONLDScript` gives the text to put inside a
 * `<script type="application/ld+json">` element with every `<`, `>` and `&` escaped: a title such as
 * `</script><script>alert(1)</script>` cannot close the element. Pure functions, no DOM (`frise/model`).
 *
 * The shape: one `@graph` holding
 * - an `ItemList` of the shown events in time order, each a `ListItem` (position from 1) whose `item` is
 *   an `Event`: name, description (the summary), start and end dates at the precision the feed knows
 *   them, url, location (`Place`, with `GeoCoordinates` when given), organizer (the main actor), about
 *   (every actor involved), subjectOf (the sources), image, keywords (the tags);
 * - when the feed names its reviewer (the fact-checking organisation whose ratings the statuses are),
 *   one `ClaimReview` per shown event rated confirmed, denied or disputed, top-level as fact-check
 *   crawlers expect, linked to its event by `@id`.
 */
import {isoDatetime} from '../i18n/iso-datetime.js';
import {resolveDateSpec, type ResolvedDate} from './dates.js';
import {isShown, type FriseFilter} from './filter.js';
import {pickLanguage, pickText, primarySubtag} from './text.js';
import type {FriseActor, FriseEvent, FriseFeed, FriseLocalizedText, FriseSource, FriseStatus} from './types.js';
import {safeUrl} from './urls.js';

/** A JSON-LD value: plain JSON. */
export type JsonLdValue = string | number | boolean | JsonLdNode | readonly JsonLdValue[];

/** A JSON-LD node object (`@type`, `@id` and schema.org properties). */
export interface JsonLdNode {
  [property: string]: JsonLdValue;
}

/** What `toJSONLD` returns: the schema.org context and its nodes, the `ItemList` first. */
export interface FriseJsonLd {
  '@context': 'https://schema.org';
  '@graph': JsonLdNode[];
}

/** Options of `toJSONLD` and `toJSONLDScript`. */
export interface JsonLdOptions {
  /**
   * The language to pick text in (BCP 47), as `pickText` does: the feed's `language` by default (and a
   * feed without one gives each text's first language).
   */
  language?: string;
  /**
   * The URL of an event's own page or anchor (`https://example.org/nk#kremlin-denial`, or relative to
   * the page: `#kremlin-denial`): the `url` of its `Event` and of its `ClaimReview`. A URL with a scheme
   * other than http or https is left out; `undefined` leaves the event without a url.
   */
  eventUrl?: (id: string) => string | undefined;
  /** Only the events this filter lets the timeline draw (its hidden kinds, statuses and actors); default: every event. */
  filter?: FriseFilter;
}

/**
 * The rating scale of every `ClaimReview`: 1 (worst) to 5 (best), as fact-checkers' "False … True".
 * A status the reviewer denied is false (1), disputed is contested either way (3), confirmed is true (5).
 * `reported` and `unverified` are not ratings: no review is published for them.
 */
export const CLAIM_RATINGS: Readonly<Record<'denied' | 'disputed' | 'confirmed', number>> = Object.freeze({
  denied: 1,
  disputed: 3,
  confirmed: 5,
});
const WORST_RATING = 1;
const BEST_RATING = 5;

/**
 * The rating's name standing alone, per UI language: the same words as the i18n tables' status names
 * (`statusName`; a test keeps them equal). They are copied here because `frise/model` loads without the
 * UI string tables.
 */
const RATING_NAMES: Readonly<Record<string, Record<keyof typeof CLAIM_RATINGS, string>>> = {
  en: {denied: 'Denied', disputed: 'Disputed', confirmed: 'Confirmed'},
  fr: {denied: 'Démenti', disputed: 'Contesté', confirmed: 'Confirmé'},
  ar: {denied: 'منفي', disputed: 'متنازع عليه', confirmed: 'مؤكَّد'},
};

/** Kinds of event that are something said: their start is when the claim was made. */
const SAYING_KINDS: ReadonlySet<string> = new Set([
  'report',
  'claim',
  'denial',
  'statement',
  'reaction',
  'publication',
]);

/**
 * The feed as schema.org JSON-LD: an `ItemList` of `Event`s (every event, or those `options.filter`
 * shows, each once, in time order) and, when the feed names a `reviewer`, a `ClaimReview` for each of
 * them rated confirmed, denied or disputed (see CLAIM_RATINGS). Text is picked in `options.language`.
 * Returns plain objects (JSON.stringify them); never throws on a parsed feed.
 */
export function toJSONLD(feed: FriseFeed, options: JsonLdOptions = {}): FriseJsonLd {
  const language = options.language || feed.language;
  const text = (value: FriseLocalizedText | undefined) => pickText(value, language, feed.language).trim();
  const events = options.filter ? feed.events.filter((event) => isShown(event, options.filter!)) : feed.events;
  const context: Context = {feed, language, text, eventUrl: options.eventUrl};

  const list: JsonLdNode = {'@type': 'ItemList'};
  put(list, 'name', text(feed.title));
  put(list, 'description', text(feed.description));
  put(list, 'inLanguage', contentLanguage(feed, language));
  list['numberOfItems'] = events.length;
  list['itemListOrder'] = 'https://schema.org/ItemListOrderAscending';
  list['itemListElement'] = events.map((event, i): JsonLdNode => ({
    '@type': 'ListItem',
    position: i + 1,
    item: eventNode(event, context),
  }));

  const graph: JsonLdNode[] = [list];
  const reviewer = feed.reviewer === undefined ? undefined : feed.actorById.get(feed.reviewer);
  if (reviewer) {
    for (const event of events) {
      const review = claimReview(event, reviewer, context);
      if (review) graph.push(review);
    }
  }
  return {'@context': 'https://schema.org', '@graph': graph};
}

/**
 * `toJSONLD` as the text to put inside a `<script type="application/ld+json">` element. It is the JSON
 * with `<`, `>` and `&` (and the line separators U+2028 and U+2029) written as `\u003c`-style escapes,
 * which JSON reads back as the same characters: no feed text can end the script element (`</script`)
 * or open a comment (`<!--`) in it. Use it as the element's text (`script.textContent = …`, or a
 * template's text), never through an HTML parser of your own making.
 */
export function toJSONLDScript(feed: FriseFeed, options: JsonLdOptions = {}): string {
  return escapeForScript(JSON.stringify(toJSONLD(feed, options)));
}

/** JSON text made safe inside an HTML script element; still the same JSON value. */
export function escapeForScript(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

interface Context {
  feed: FriseFeed;
  language: string;
  text: (value: FriseLocalizedText | undefined) => string;
  eventUrl: JsonLdOptions['eventUrl'];
}

function eventNode(event: FriseEvent, context: Context): JsonLdNode {
  const {feed, text} = context;
  const node: JsonLdNode = {'@type': 'Event', '@id': eventId(event.id)};
  put(node, 'name', text(event.title));
  put(node, 'description', text(event.summary));
  put(node, 'inLanguage', textLanguage(event.title, context));
  put(node, 'startDate', isoDate(event.start));
  if (event.end) put(node, 'endDate', isoDate(event.end));
  put(node, 'url', pageUrl(context.eventUrl?.(event.id)));
  if (event.location) {
    const place: JsonLdNode = {'@type': 'Place'};
    put(place, 'name', text(event.location.name));
    const at = event.location.coordinates;
    if (at && Number.isFinite(at.lat) && Number.isFinite(at.lon))
      place['geo'] = {'@type': 'GeoCoordinates', latitude: at.lat, longitude: at.lon};
    node['location'] = place;
  }
  const actors = event.actors.map((id) => feed.actorById.get(id)).filter((actor) => actor !== undefined);
  // the main actor (its lane) is who did it; every actor involved is what the event is about
  if (actors[0]) node['organizer'] = actorNode(actors[0], context);
  if (actors.length > 0) node['about'] = actors.map((actor) => actorNode(actor, context));
  const sources = event.sources.map((id) => feed.sourceById.get(id)).filter((source) => source !== undefined);
  if (sources.length > 0) node['subjectOf'] = sources.map((source) => sourceNode(source, context));
  if (event.media) {
    const url = safeUrl(event.media.url, 'media');
    if (url) {
      const image: JsonLdNode = {'@type': 'ImageObject', contentUrl: url};
      put(image, 'description', text(event.media.alt));
      put(image, 'caption', text(event.media.caption));
      put(image, 'creditText', text(event.media.credit));
      node['image'] = image;
    }
  }
  if (event.tags.length > 0) node['keywords'] = event.tags.join(', ');
  return node;
}

/**
 * The review of the claim that the event happened, when its status (the latest of its status updates,
 * else its own) is a rating: who claims it (the attribution), who rated it (the feed's reviewer), what
 * the rating is, and when it was given (that update's date, else the feed's publication date).
 */
function claimReview(event: FriseEvent, reviewer: FriseActor, context: Context): JsonLdNode | undefined {
  const {feed, text} = context;
  const rated = currentStatus(event, feed);
  if (!isRating(rated.status)) return undefined;

  const claim: JsonLdNode = {'@type': 'Claim', about: {'@id': eventId(event.id)}};
  const claimants = (event.attribution?.actors ?? [])
    .map((id) => feed.actorById.get(id))
    .filter((actor) => actor !== undefined)
    .map((actor) => actorNode(actor, context));
  const label = text(event.attribution?.label);
  // a label the feed does not type: Organization is the neutral choice among the author's types
  if (claimants.length > 0) claim['author'] = claimants.length === 1 ? claimants[0]! : claimants;
  else if (label) claim['author'] = {'@type': 'Organization', name: label};
  // where the claim can be read: the event's sources and those that relayed it, when they have a link
  const appearances = [...new Set([...event.sources, ...(event.attribution?.via ?? [])])]
    .map((id) => feed.sourceById.get(id))
    .filter((source) => source !== undefined)
    .filter((source) => safeUrl(source.url) !== undefined)
    .map((source) => sourceNode(source, context));
  put(claim, 'datePublished', claimDate(event, feed));
  if (appearances.length > 0) claim['appearance'] = appearances;

  const review: JsonLdNode = {'@type': 'ClaimReview', '@id': `#frise-review-${encodeURIComponent(event.id)}`};
  put(review, 'url', pageUrl(context.eventUrl?.(event.id)));
  put(review, 'claimReviewed', text(event.title));
  put(review, 'inLanguage', textLanguage(event.title, context));
  review['itemReviewed'] = claim;
  review['author'] = actorNode(reviewer, context);
  review['reviewRating'] = {
    '@type': 'Rating',
    ratingValue: CLAIM_RATINGS[rated.status],
    bestRating: BEST_RATING,
    worstRating: WORST_RATING,
    alternateName: ratingName(rated.status, context.language),
  };
  put(review, 'datePublished', rated.date ? isoDate(rated.date) : undefined);
  put(review, 'reviewBody', text(rated.note ?? event.notes));
  return review;
}

function isRating(status: string): status is keyof typeof CLAIM_RATINGS {
  return Object.hasOwn(CLAIM_RATINGS, status);
}

/** The rating's word in the language (the UI's languages; English for the others). */
export function ratingName(status: keyof typeof CLAIM_RATINGS, language: string): string {
  return (RATING_NAMES[primarySubtag(language)] ?? RATING_NAMES['en']!)[status];
}

/**
 * The event's status now: its latest status update (by date; the later in the record on a tie), else its
 * own status as of the feed's publication, with the date it was given and the note that says why.
 */
function currentStatus(
  event: FriseEvent,
  feed: FriseFeed,
): {status: FriseStatus | 'unspecified'; date?: ResolvedDate; note?: FriseLocalizedText} {
  let latest: {status: FriseStatus; date: ResolvedDate; note?: FriseLocalizedText} | undefined;
  for (const update of event.statusUpdates) {
    const resolved = resolveDateSpec(update.date, feed.published);
    if (!resolved.ok) continue;
    if (!latest || resolved.value.start >= latest.date.start)
      latest = {status: update.status, date: resolved.value, note: update.note};
  }
  return latest ?? {status: event.status, date: feed.published};
}

/**
 * When the claim was made: the event's start when the event is itself something said (a report, a
 * claim, a statement…), else the earliest publication date of its sources.
 */
function claimDate(event: FriseEvent, feed: FriseFeed): string | undefined {
  if (SAYING_KINDS.has(event.kind)) return isoDate(event.start);
  let earliest: ResolvedDate | undefined;
  for (const id of event.sources) {
    const published = feed.sourceById.get(id)?.published;
    if (published === undefined) continue;
    const resolved = resolveDateSpec(published);
    if (resolved.ok && (!earliest || resolved.value.start < earliest.start)) earliest = resolved.value;
  }
  return earliest ? isoDate(earliest) : undefined;
}

/** schema.org types for an actor by its feed type: who can author a claim is a Person or an Organization. */
const ACTOR_TYPES: Readonly<Record<FriseActor['type'], string>> = {
  person: 'Person',
  state: 'GovernmentOrganization',
  government: 'GovernmentOrganization',
  agency: 'GovernmentOrganization',
  military: 'GovernmentOrganization',
  legislature: 'GovernmentOrganization',
  media: 'NewsMediaOrganization',
  organisation: 'Organization',
  'international-organisation': 'Organization',
  'armed-group': 'Organization',
  public: 'Organization',
  other: 'Organization',
};

function actorNode(actor: FriseActor, context: Context): JsonLdNode {
  const node: JsonLdNode = {
    '@type': ACTOR_TYPES[actor.type] ?? 'Organization',
    '@id': `#frise-actor-${encodeURIComponent(actor.id)}`,
  };
  put(node, 'name', context.text(actor.name));
  const short = context.text(actor.shortName);
  if (short && short !== node['name']) node['alternateName'] = short;
  put(node, 'description', context.text(actor.description));
  const parent = actor.memberOf === undefined ? undefined : context.feed.actorById.get(actor.memberOf);
  if (parent && actor.type !== 'person')
    node['parentOrganization'] = {'@id': `#frise-actor-${encodeURIComponent(parent.id)}`};
  else if (parent) node['memberOf'] = {'@id': `#frise-actor-${encodeURIComponent(parent.id)}`};
  return node;
}

function sourceNode(source: FriseSource, context: Context): JsonLdNode {
  const node: JsonLdNode = {'@type': 'CreativeWork'};
  put(node, 'headline', context.text(source.title));
  put(node, 'url', safeUrl(source.url));
  node['publisher'] = {'@type': 'Organization', name: source.publisher};
  if (source.published !== undefined) {
    const published = resolveDateSpec(source.published);
    if (published.ok) put(node, 'datePublished', isoDate(published.value));
  }
  put(node, 'inLanguage', source.language);
  return node;
}

function eventId(id: string): string {
  return `#frise-event-${encodeURIComponent(id)}`;
}

/**
 * A URL the page gave for an event, absolute or relative to the page, kept when it is http or https
 * once resolved (never `javascript:` and the like).
 */
function pageUrl(value: string | undefined): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const resolved = new URL(value.trim(), 'https://frise.invalid/');
    return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** The language of the list's name as picked, else the one asked for (none when unknown). */
function contentLanguage(feed: FriseFeed, language: string): string | undefined {
  const tag = feed.title ? pickLanguage(feed.title, language, feed.language) : language;
  return tag && tag !== 'und' ? tag : undefined;
}

/** The language tag of a text as picked (none when unknown). */
function textLanguage(value: FriseLocalizedText, context: Context): string | undefined {
  const tag = pickLanguage(value, context.language, context.feed.language);
  return tag && tag !== 'und' ? tag : undefined;
}

/**
 * A date as ISO 8601 at its precision, as `<time datetime>` takes it (2024, 2024-06, 2024-W25,
 * 2024-06-19, 2024-06-19T10:30Z); years outside 1–9999 in ISO 8601's expanded form, a sign and six
 * digits (-000043-03-15 is 44 BCE), which `<time>` cannot hold but a Date parses.
 */
export function isoDate(date: ResolvedDate): string | undefined {
  // false for NaN too: a Date would print it as "0NaN"
  if (!(Math.abs(date.start) <= 8.64e15)) return undefined;
  const iso = isoDatetime(date);
  if (iso !== undefined) return iso;
  const d = new Date(date.start);
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = (y: number) =>
    y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : `${y < 0 ? '-' : '+'}${String(Math.abs(y)).padStart(6, '0')}`;
  const day = `${year(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  switch (date.precision) {
    case 'year':
      return year(d.getUTCFullYear());
    case 'month':
      return `${year(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}`;
    case 'week': {
      // an ISO week belongs to the year of its Thursday, and counts weeks from that year's first Thursday
      const thursday = new Date(date.start + 3 * 86_400_000);
      const januaryFirst = new Date(0);
      januaryFirst.setUTCFullYear(thursday.getUTCFullYear(), 0, 1);
      const week = Math.floor((thursday.getTime() - januaryFirst.getTime()) / (7 * 86_400_000)) + 1;
      return `${year(thursday.getUTCFullYear())}-W${pad(week)}`;
    }
    case 'day':
      return day;
    case 'hour':
    case 'minute':
      return `${day}T${time}Z`;
    default:
      return `${day}T${time}:${pad(d.getUTCSeconds())}Z`;
  }
}

/** Sets a property when it has a value (no empty strings in the output). */
function put(node: JsonLdNode, property: string, value: string | undefined): void {
  if (value !== undefined && value !== '') node[property] = value;
}
