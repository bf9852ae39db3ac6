/**
 * What every importer shares: it builds a frise feed document (JSON) record by record, with unique
 * ids, actors made from group names, sources made from links (each URL checked at the model's URL
 * choke point), texts kept within the feed's limits, and its own issues; then runs the document through
 * parseFeed and merges parseFeed's issues with its own, each naming the input record it came from.
 */
import {parseFeed} from '../model/parse.js';
import {checkUrl} from '../model/urls.js';
import {clip, hasVisible} from '../model/text.js';
import {safeColor} from '../model/colors.js';
import {
  AGGREGATED_PATHS_KEPT,
  type FriseActor,
  type FriseEventRecord,
  type FriseFeedDocument,
  type FrisePeriodRecord,
  type FriseSource,
} from '../model/types.js';
import type {HtmlLink} from './html-text.js';
import {classifyMedia, hostName} from './media.js';
import {normalizeUtcOffset} from './date-parts.js';
import type {ImportIssue, ImportIssueCode, ImportOptions, ImportResult} from './types.js';

/** The longest text a feed holds (`$defs/localizedText`'s maxLength). */
export const TEXT_LIMIT = 10000;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * One record of the input, as issues name it: `record` is short (`row 7`, `/events/3`), `describe`
 * names it for a sentence (`row 7 ("Pact signed")`), `path` and `field` place one of its fields.
 */
export interface RecordRef {
  record: string;
  describe: string;
  /** JSON pointer of a field of the record in the input (the record itself without an argument). */
  path(field?: string): string;
  /** How a message names a field: `start_date.year`, `column "Year"`. */
  field(field: string): string;
}

type ListName = 'events' | 'periods' | 'actors' | 'sources';

// the order in which a person reading the feed expects a record's fields (the schema's order)
const EVENT_KEYS = [
  'id',
  'title',
  'summary',
  'start',
  'end',
  'kind',
  'status',
  'actors',
  'attribution',
  'location',
  'quotes',
  'sources',
  'relations',
  'tags',
  'importance',
  'media',
  'notes',
];
const PERIOD_KEYS = ['id', 'title', 'start', 'end', 'description', 'color'];

function inOrder<T extends object>(record: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (Object.hasOwn(record, key)) out[key] = (record as Record<string, unknown>)[key];
  return out as T;
}

/** Builds one feed from one input: see the module's comment. */
export class FeedBuilder {
  readonly options: {language?: string; utcOffset?: string; defaultCredit?: string};
  title: string | undefined;
  description: string | undefined;
  private readonly issues: ImportIssue[] = [];
  private readonly aggregated = new Map<string, ImportIssue>();
  private readonly events: {record: FriseEventRecord; ref: string}[] = [];
  private readonly periods: {record: FrisePeriodRecord; ref: string}[] = [];
  private readonly actors = new Map<string, {record: FriseActor; ref: string}>();
  private readonly sources = new Map<string, {record: FriseSource; ref: string}>();
  private readonly ids: Record<ListName, Set<string>> = {
    events: new Set(),
    periods: new Set(),
    actors: new Set(),
    sources: new Set(),
  };
  /** explicit event ids as the input wrote them → the id they became */
  readonly eventIdOf = new Map<string, string>();

  /** Reads the options (a bad one is an issue, and is ignored). */
  constructor(options: ImportOptions | undefined) {
    this.options = {};
    const given = isObject(options) ? options : {};
    const language = given.language;
    if (typeof language === 'string' && LANGUAGE_TAG.test(language)) this.options.language = language;
    else if (language !== undefined)
      this.error('invalid-language', '', undefined, `the option "language" (${show(language)}) is not a language tag`);
    const offset = given.utcOffset;
    const normalized = typeof offset === 'string' ? normalizeUtcOffset(offset) : undefined;
    if (normalized !== undefined) this.options.utcOffset = normalized;
    else if (offset !== undefined)
      this.error(
        'invalid-value',
        '',
        undefined,
        `the option "utcOffset" (${show(offset)}) is not a UTC offset such as +02:00 or Z`,
      );
    const credit = given.defaultCredit;
    if (typeof credit === 'string' && hasVisible(credit)) this.options.defaultCredit = clip(credit.trim(), TEXT_LIMIT);
    else if (credit !== undefined)
      this.error('invalid-value', '', undefined, `the option "defaultCredit" (${show(credit)}) is not a text`);
  }

  /** An issue that left a record (or a link, an image) out of the feed. */
  error(code: ImportIssueCode, path: string, ref: RecordRef | undefined, message: string): void {
    this.issues.push(withRecord({path, code, message, severity: 'error', origin: 'input'}, ref));
  }

  /** An issue about a record that is kept: what was changed or left aside. */
  warning(code: ImportIssueCode, path: string, ref: RecordRef | undefined, message: string): void {
    this.issues.push(withRecord({path, code, message, severity: 'warning', origin: 'input'}, ref));
  }

  /**
   * A warning that a large input may repeat on every record (a video kept as a source, a time without
   * an offset): one issue per `key`, at its first occurrence, with `count` and the first few `paths`.
   */
  aggregate(code: ImportIssueCode, key: string, path: string, ref: RecordRef | undefined, message: string): void {
    const existing = this.aggregated.get(`${code}\n${key}`);
    if (existing) {
      existing.count = (existing.count ?? 1) + 1;
      if (existing.paths!.length < AGGREGATED_PATHS_KEPT) existing.paths!.push(path);
      return;
    }
    const issue = withRecord({path, code, message, severity: 'warning', origin: 'input', count: 1, paths: [path]}, ref);
    this.aggregated.set(`${code}\n${key}`, issue);
    this.issues.push(issue);
  }

  /**
   * A text as the feed holds it: undefined when it has nothing visible, shortened (between graphemes,
   * with a warning) when longer than a feed's texts may be.
   */
  text(value: string | undefined, ref: RecordRef, field: string): string | undefined {
    if (value === undefined || !hasVisible(value)) return undefined;
    if (value.length <= TEXT_LIMIT) return value;
    this.warning(
      'text-shortened',
      ref.path(field),
      ref,
      `${ref.describe}, ${ref.field(field)}: the text has ${value.length} characters; it is shortened to ${TEXT_LIMIT}`,
    );
    return clip(value, TEXT_LIMIT);
  }

  /**
   * A unique id for a record of `list`, as close to `wanted` as the feed's id rule allows (letters,
   * digits, `-_.:`, up to 128 characters, starting with a letter or a digit). A changed id is a warning.
   * Without `wanted` (or when nothing of it is usable) the id is `fallback` numbered.
   */
  id(list: ListName, wanted: string | undefined, fallback: string, ref?: RecordRef, field = 'id'): string {
    let base = wanted === undefined ? '' : slugId(wanted);
    const changed = wanted !== undefined && base !== wanted;
    if (base === '') base = fallback;
    let id = base;
    for (let n = 2; this.ids[list].has(id); n++) id = `${base.slice(0, 120)}-${n}`;
    this.ids[list].add(id);
    if (ref && wanted !== undefined && (changed || id !== base)) {
      const why = changed
        ? 'is not an id frise takes (letters, digits and - _ . : only, starting with a letter or a digit)'
        : `repeats the id of an earlier ${list.slice(0, -1)}`;
      this.warning(
        'invalid-id',
        ref.path(field),
        ref,
        `${ref.describe}, ${ref.field(field)}: "${wanted}" ${why}; it becomes "${id}"`,
      );
    }
    return id;
  }

  /** The id of the actor known by `key`, made with `make(id)` the first time. */
  actor(key: string, name: string, ref: RecordRef, make?: (actor: FriseActor) => void): string {
    const known = this.actors.get(key);
    if (known) return known.record.id;
    const id = this.id('actors', undefined, readableId(name, 'actor'));
    const record: FriseActor = {id, name, type: 'other'};
    make?.(record);
    this.actors.set(key, {record, ref: ref.record});
    return id;
  }

  /** The actor known by `key`, to complete it (a parent group's `memberOf` on its children). */
  actorRecord(key: string): FriseActor | undefined {
    return this.actors.get(key)?.record;
  }

  /**
   * The id of the source for `url`, made the first time the URL is seen (a URL cited twice is one
   * source). The URL goes through the model's URL choke point: a scheme other than http, https or
   * mailto (javascript:, data:…) is an error and no source; a URL that is not absolute is a warning.
   */
  source(
    url: string,
    info: {publisher?: string | undefined; title?: string | undefined},
    ref: RecordRef,
    field: string,
  ): string | undefined {
    const checked = this.checkLink(url, ref, field);
    if (checked === undefined) return undefined;
    const known = this.sources.get(checked.href);
    if (known) return known.record.id;
    // a mailto: link has no host: its address says who it reaches
    const fallback = hostName(checked) || decodeURIComponentSafe(checked.pathname) || checked.href;
    const publisher = clip(info.publisher && hasVisible(info.publisher) ? info.publisher.trim() : fallback, 500);
    const record: FriseSource = {
      id: this.id('sources', undefined, readableId(publisher, 'source')),
      publisher,
      url: checked.href,
    };
    const title = this.text(info.title, ref, field);
    if (title !== undefined && title !== url.trim() && title !== checked.href) record.title = title;
    this.sources.set(checked.href, {record, ref: ref.record});
    return record.id;
  }

  /** Sources for the links of an HTML text (anchors within the page and e-mail addresses are not sources). */
  linkSources(links: readonly HtmlLink[], ref: RecordRef, field: string): string[] {
    const ids: string[] = [];
    for (const link of links) {
      const href = link.href.trim();
      if (href === '' || href.startsWith('#') || /^mailto:/i.test(href)) continue;
      const id = this.source(href, {title: link.text}, ref, field);
      if (id !== undefined && !ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  /** A URL that may be linked to, as the URL choke point writes it, or undefined after an issue. */
  checkLink(url: string, ref: RecordRef, field: string): URL | undefined {
    const shown = url.length > 120 ? `${url.slice(0, 119)}…` : url;
    let parsed: URL | undefined;
    try {
      parsed = new URL(url.trim());
    } catch {
      parsed = undefined;
    }
    const checked = checkUrl(url, 'link');
    if (!checked.ok || parsed === undefined) {
      if (parsed === undefined) {
        this.warning(
          'invalid-value',
          ref.path(field),
          ref,
          `${ref.describe}, ${ref.field(field)}: the link "${shown}" is not an absolute URL (https://…); it is not kept`,
        );
      } else {
        this.error(
          'unsafe-url',
          ref.path(field),
          ref,
          `${ref.describe}, ${ref.field(field)}: the link "${shown}" is left out: ${checked.ok ? '' : checked.reason}`,
        );
      }
      return undefined;
    }
    return new URL(checked.url);
  }

  /**
   * An image or other media for an event. An image with a credit (or the `defaultCredit` option) becomes
   * the event's media; an image without one, and anything frise does not embed, becomes a source.
   * Returns what to add to the event.
   */
  media(
    input: {
      url: string;
      caption?: string | undefined;
      credit?: string | undefined;
      alt?: string | undefined;
      title?: string | undefined;
    },
    eventTitle: string,
    ref: RecordRef,
    field: string,
  ): {media?: FriseEventRecord['media']; source?: string} {
    const url = this.checkLink(input.url, ref, field);
    if (url === undefined) return {};
    if (url.protocol === 'mailto:')
      return {source: this.source(url.href, {title: input.title ?? input.caption}, ref, field)};
    const kind = classifyMedia(url);
    if (kind.kind === 'image') {
      const credit = this.text(input.credit, ref, field) ?? this.options.defaultCredit;
      const image = checkUrl(url.href, 'media');
      if (credit !== undefined && image.ok) {
        const media: NonNullable<FriseEventRecord['media']> = {
          type: 'image',
          url: image.url,
          alt: this.text(input.alt, ref, field) ?? this.text(input.caption, ref, field) ?? eventTitle,
          credit,
        };
        const caption = this.text(input.caption, ref, field);
        if (caption !== undefined) media.caption = caption;
        return {media};
      }
      this.aggregate(
        'image-without-credit',
        'image',
        ref.path(field),
        ref,
        `${ref.describe}, ${ref.field(field)}: the image has no credit, and frise shows an image only with its credit; it is kept as a link among the event's sources (give it a credit, or use the defaultCredit option, to show it)`,
      );
      return {
        source: this.source(url.href, {publisher: kind.publisher, title: input.title ?? input.caption}, ref, field),
      };
    }
    this.aggregate(
      'media-not-embedded',
      'media',
      ref.path(field),
      ref,
      `${ref.describe}, ${ref.field(field)}: frise does not embed ${kind.kind === 'embed' ? `${kind.publisher} media` : 'this media'}; it is kept as a source the event's card links to`,
    );
    return {
      source: this.source(url.href, {publisher: kind.publisher, title: input.title ?? input.caption}, ref, field),
    };
  }

  /** A colour as the feed takes it (#rgb or #rrggbb), or undefined. */
  color(value: string | undefined): string | undefined {
    return value === undefined ? undefined : safeColor(value.trim());
  }

  /** Adds an event; returns the record as the feed holds it (its fields in the schema's order). */
  addEvent(record: FriseEventRecord, ref: RecordRef): FriseEventRecord {
    const kept = inOrder(record, EVENT_KEYS);
    this.events.push({record: kept, ref: ref.record});
    return kept;
  }

  /** Adds a period (its fields in the schema's order). */
  addPeriod(record: FrisePeriodRecord, ref: RecordRef): void {
    this.periods.push({record: inOrder(record, PERIOD_KEYS), ref: ref.record});
  }

  /** The feed JSON made so far. */
  json(): FriseFeedDocument {
    const doc: FriseFeedDocument = {version: 1, events: this.events.map(({record}) => record)};
    if (this.title !== undefined) doc.title = this.title;
    if (this.description !== undefined) doc.description = this.description;
    if (this.options.language !== undefined) doc.language = this.options.language;
    if (this.actors.size > 0) doc.actors = [...this.actors.values()].map(({record}) => record);
    if (this.sources.size > 0) doc.sources = [...this.sources.values()].map(({record}) => record);
    if (this.periods.length > 0) doc.periods = this.periods.map(({record}) => record);
    // the events last, so that a person reading the file finds the lists they refer to first
    const {events, ...rest} = doc;
    return {...rest, events};
  }

  /** The feed JSON, parseFeed's reading of it, and every issue: the importer's first, then parseFeed's. */
  finish(): ImportResult {
    const json = this.json();
    const refs: Record<ListName, string[]> = {
      events: this.events.map(({ref}) => ref),
      periods: this.periods.map(({ref}) => ref),
      actors: [...this.actors.values()].map(({ref}) => ref),
      sources: [...this.sources.values()].map(({ref}) => ref),
    };
    const parsed = parseFeed(json);
    const fromFeed = parsed.issues.map((issue): ImportIssue => {
      const match = /^\/(events|periods|actors|sources)\/(\d+)(?:\/|$)/.exec(issue.path);
      const record = match ? refs[match[1] as ListName][Number(match[2])] : undefined;
      const mapped: ImportIssue = {...issue, origin: 'feed'};
      if (record !== undefined) {
        mapped.record = record;
        mapped.message = `${issue.message} (from ${record} of the input)`;
      }
      return mapped;
    });
    for (const issue of this.aggregated.values()) {
      if ((issue.count ?? 1) > 1) {
        const others = issue.count! - 1;
        issue.message = `${issue.message}; and the same for ${others} other ${others === 1 ? 'record' : 'records'}`;
      } else {
        delete issue.count;
        delete issue.paths;
      }
    }
    return {feed: parsed.feed, issues: [...this.issues, ...fromFeed], json};
  }
}

/** What an importer returns when it cannot read its input at all. */
export function unreadable(code: ImportIssueCode, message: string, issues: ImportIssue[] = []): ImportResult {
  return {feed: null, json: null, issues: [...issues, {path: '', code, message, severity: 'error', origin: 'input'}]};
}

/** An id made of the characters ids take: accents dropped, anything else a dash, at most 128 characters. */
export function slugId(text: string): string {
  const trimmed = text.trim();
  if (ID.test(trimmed)) return trimmed;
  return trimmed
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_.:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 128)
    .replace(/-+$/, '');
}

// the importers cut texts with the model's clip (between graphemes, reading only the head it keeps)
export {clip};

/** A readable id made from a name or a title: its words in lower-case ASCII joined by dashes, or `fallback`. */
export function readableId(text: string, fallback: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || fallback
  );
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Whether a value is a plain object (not null, not a list). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An own property of a plain object (never one inherited from its prototype: `__proto__`, `constructor`). */
export function own(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** An own property that is a string, else undefined. */
export function ownString(value: unknown, key: string): string | undefined {
  const found = own(value, key);
  return typeof found === 'string'
    ? found
    : typeof found === 'number' && Number.isFinite(found)
      ? String(found)
      : undefined;
}

function withRecord(issue: ImportIssue, ref: RecordRef | undefined): ImportIssue {
  if (ref) issue.record = ref.record;
  return issue;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;
  return value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'number'
        ? String(value)
        : `a ${typeof value}`;
}
