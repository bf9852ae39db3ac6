/**
 * TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html) to a frise feed.
 *
 * - Each slide of `events` is an event: `start_date` and `end_date` (date objects of parts) become frise
 *   dates at the precision given, `display_date` their wording; `text.headline` the title and
 *   `text.text` the summary, both HTML made plain text, their links sources; `group` the event's actor
 *   (its lane); `unique_id` its id; `media` an image or a source (see FeedBuilder.media).
 * - The `title` slide gives the feed's title and description; `eras` become periods.
 * - Negative years are BCE years, as TimelineJS3 documents and displays them (-500 is 500 BCE, frise's
 *   astronomical -0499). On the `cosmological` scale only years are read, and a year beyond what frise
 *   draws is an issue for its slide.
 * - `background`, `autolink: false`, `thumbnail` and `format` are presentation, not data: not imported.
 */
import type {FriseDateSpec, FriseEventRecord, FriseQuote} from '../model/types.js';
import {clip, FeedBuilder, isObject, own, ownString, readableId, unreadable, type RecordRef} from './feed-builder.js';
import {htmlToText, singleLine} from './html-text.js';
import {datePartsToIso, dateSpec, type DateParts} from './date-parts.js';
import {errorText, readJsonInput} from './input.js';
import type {ImportOptions, ImportResult} from './types.js';

/** How TimelineJS3 reads its dates: the scale of the timeline. */
export interface SlideContext {
  scale: 'human' | 'cosmological';
}

const DATE_PART_NAMES = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;

/**
 * Imports a TimelineJS3 timeline (its JSON text or the parsed object). Never throws: whatever cannot be
 * imported is an issue naming the slide and the field, and every other slide is kept.
 */
export function importTimelineJs(input: unknown, options?: ImportOptions): ImportResult {
  try {
    return importTimeline(input, options);
  } catch (error) {
    return unreadable(
      'unreadable',
      `the timeline could not be imported (a defect of frise: please report it): ${errorText(error)}`,
    );
  }
}

function importTimeline(input: unknown, options: ImportOptions | undefined): ImportResult {
  const builder = new FeedBuilder(options);
  const reading = readJsonInput(input);
  if (!reading.ok) return unreadable(reading.code, reading.message);
  const doc = reading.value;
  if (!isObject(doc)) {
    return unreadable(
      'not-a-feed',
      `a TimelineJS3 timeline is a JSON object with an "events" list, not ${Array.isArray(doc) ? 'a list (vis-timeline items? use the vis importer)' : doc === null ? 'null' : `a ${typeof doc}`}`,
    );
  }
  const context: SlideContext = {scale: 'human'};
  const scale = own(doc, 'scale');
  if (scale === 'cosmological') context.scale = 'cosmological';
  else if (scale !== undefined && scale !== 'human')
    builder.warning(
      'invalid-value',
      '/scale',
      undefined,
      `the timeline's "scale" ${JSON.stringify(scale) ?? ''} is neither "human" nor "cosmological"; read as "human"`,
    );

  const title = own(doc, 'title');
  if (title !== undefined) convertTitleSlide(builder, title, plainRef('/title', 'the title slide'));

  const events = own(doc, 'events');
  if (!Array.isArray(events)) {
    builder.error(
      events === undefined ? 'missing-property' : 'invalid-type',
      '/events',
      undefined,
      events === undefined
        ? `the timeline has no "events" list${Array.isArray(own(doc, 'items')) ? ' (it has "items": a vis-timeline export? use the vis importer)' : ''}`
        : `the timeline's "events" is not a list`,
    );
  } else {
    events.forEach((slide, index) => convertSlide(builder, slide, jsonRef('events', index, slide), context));
  }
  const eras = own(doc, 'eras');
  if (Array.isArray(eras)) eras.forEach((era, index) => convertEra(builder, era, jsonRef('eras', index, era), context));
  else if (eras !== undefined)
    builder.error('invalid-type', '/eras', undefined, `the timeline's "eras" is not a list; no era is imported`);
  return builder.finish();
}

/** The title slide: the feed's title (its headline) and description (its text). */
export function convertTitleSlide(builder: FeedBuilder, slide: unknown, ref: RecordRef): void {
  if (!isObject(slide)) {
    builder.warning('invalid-type', ref.path(), ref, `${ref.describe} is not an object; the feed has no title`);
    return;
  }
  const text = own(slide, 'text');
  const headline = htmlToText(ownString(text, 'headline') ?? '');
  const body = htmlToText(ownString(text, 'text') ?? '');
  builder.title = builder.text(singleLine(headline.text), ref, 'text/headline');
  builder.description = builder.text(body.text, ref, 'text/text');
  // the title's links are the feed's references too: kept among its sources
  builder.linkSources(headline.links, ref, 'text/headline');
  builder.linkSources(body.links, ref, 'text/text');
  const media = own(slide, 'media');
  if (ownString(media, 'url')?.trim())
    builder.warning(
      'not-imported',
      ref.path('media/url'),
      ref,
      `${ref.describe}, ${ref.field('media/url')}: a feed has no media of its own; the title slide's media is not imported`,
    );
}

/** A slide of `events` (or a row of the sheet): one event, or an issue saying why it is left out. */
export function convertSlide(builder: FeedBuilder, slide: unknown, ref: RecordRef, context: SlideContext): void {
  if (!isObject(slide)) {
    builder.error('invalid-type', ref.path(), ref, `${ref.describe} is not an object; it is left out`);
    return;
  }
  const text = own(slide, 'text');
  const headline = htmlToText(ownString(text, 'headline') ?? '');
  const body = htmlToText(ownString(text, 'text') ?? '');
  const slideWording = wordingOf(ownString(slide, 'display_date'));

  const start = slideDate(builder, own(slide, 'start_date'), ref, 'start_date', context, slideWording, true);
  if (start === null) return;
  const end = slideDate(
    builder,
    own(slide, 'end_date'),
    ref,
    'end_date',
    context,
    slideWording === undefined ? undefined : '',
    false,
  );
  if (end === null) return;
  if (start === undefined) {
    builder.error('missing-property', ref.path('start_date'), ref, `${ref.describe} has no start_date; it is left out`);
    return;
  }

  const media = own(slide, 'media');
  const caption = htmlToText(ownString(media, 'caption') ?? '');
  let title = builder.text(singleLine(headline.text), ref, 'text/headline');
  const titled = title !== undefined;
  if (title === undefined) {
    const from = body.text !== '' ? 'its text' : caption.text !== '' ? "its media's caption" : undefined;
    const derived = firstWords(body.text !== '' ? body.text : caption.text);
    if (from === undefined || derived === undefined) {
      builder.error(
        'missing-property',
        ref.path('text/headline'),
        ref,
        `${ref.describe} has no headline, text or caption to name it; it is left out`,
      );
      return;
    }
    builder.warning(
      'title-derived',
      ref.path('text/headline'),
      ref,
      `${ref.describe} has no headline: its title is taken from ${from} ("${derived}")`,
    );
    title = derived;
  }

  const record: FriseEventRecord = {title, start};
  const uniqueId = ownString(slide, 'unique_id');
  if (uniqueId !== undefined && uniqueId.trim() !== '') {
    record.id = builder.id('events', uniqueId.trim(), 'event', ref, 'unique_id');
    builder.eventIdOf.set(uniqueId.trim(), record.id);
  }
  if (end !== undefined) record.end = end;
  const summary = builder.text(body.text, ref, 'text/text');
  // a title taken from the whole text says it all: the text is not repeated as the summary
  if (summary !== undefined && (titled || singleLine(summary) !== title)) record.summary = summary;

  const group = ownString(slide, 'group');
  const groupName = group === undefined ? undefined : builder.text(singleLine(htmlToText(group).text), ref, 'group');
  if (groupName !== undefined) record.actors = [builder.actor(`group:${groupName}`, clip(groupName, 200), ref)];

  const sources: string[] = [];
  const addSources = (ids: Array<string | undefined>) => {
    for (const id of ids) if (id !== undefined && !sources.includes(id)) sources.push(id);
  };
  addSources(builder.linkSources(headline.links, ref, 'text/headline'));
  addSources(builder.linkSources(body.links, ref, 'text/text'));
  // TimelineJS3 makes bare URLs of the text into links unless autolink is false: so do we, as sources
  if (own(slide, 'autolink') !== false) addSources(builder.linkSources(bareUrls(body.text), ref, 'text/text'));

  const quotes: FriseQuote[] = [];
  let notes: string | undefined;
  if (isObject(media)) {
    const url = ownString(media, 'url')?.trim() ?? '';
    const credit = singleLine(htmlToText(ownString(media, 'credit') ?? '').text);
    if (url.startsWith('<')) {
      const markup = htmlToText(url);
      for (const frame of markup.frames)
        addSources([builder.media({url: frame, caption: caption.text}, title, ref, 'media/url').source]);
      addSources(builder.linkSources(markup.links, ref, 'media/url'));
      if (/^<blockquote/i.test(url) && markup.text !== '') {
        const speaker =
          builder.text(credit, ref, 'media/credit') ?? builder.text(singleLine(caption.text), ref, 'media/caption');
        const quoted = builder.text(markup.text, ref, 'media/url');
        if (quoted !== undefined && speaker !== undefined) quotes.push({text: quoted, speaker});
        else if (quoted !== undefined) notes = quoted;
      } else if (markup.frames.length === 0) {
        builder.warning(
          'not-imported',
          ref.path('media/url'),
          ref,
          `${ref.describe}, ${ref.field('media/url')}: the media is HTML markup; only its links are kept`,
        );
      }
    } else if (url !== '') {
      const result = builder.media(
        {url, caption: caption.text, credit, alt: ownString(media, 'alt'), title: ownString(media, 'title')},
        title,
        ref,
        'media/url',
      );
      if (result.media) record.media = result.media;
      addSources([result.source]);
    }
    const link = ownString(media, 'link')?.trim();
    if (link) addSources([builder.source(link, {}, ref, 'media/link')]);
    addSources(builder.linkSources(caption.links, ref, 'media/caption'));
    addSources(builder.linkSources(htmlToText(ownString(media, 'credit') ?? '').links, ref, 'media/credit'));
  }
  if (sources.length > 0) record.sources = sources;
  if (quotes.length > 0) record.quotes = quotes;
  if (notes !== undefined) record.notes = notes;
  builder.addEvent(record, ref);
}

/** An era: a period with a name, a start and an end. */
export function convertEra(builder: FeedBuilder, era: unknown, ref: RecordRef, context: SlideContext): void {
  if (!isObject(era)) {
    builder.error('invalid-type', ref.path(), ref, `${ref.describe} is not an object; it is left out`);
    return;
  }
  const start = slideDate(builder, own(era, 'start_date'), ref, 'start_date', context, undefined, true);
  if (start === null) return;
  const end = slideDate(builder, own(era, 'end_date'), ref, 'end_date', context, undefined, true);
  if (end === null) return;
  if (start === undefined || end === undefined) {
    const missing = start === undefined ? 'start_date' : 'end_date';
    builder.error(
      'missing-property',
      ref.path(missing),
      ref,
      `${ref.describe} has no ${missing}, and a period needs both ends; it is left out`,
    );
    return;
  }
  let title = builder.text(
    singleLine(htmlToText(ownString(own(era, 'text'), 'headline') ?? '').text),
    ref,
    'text/headline',
  );
  if (title === undefined) {
    title = `${dateText(start)} – ${dateText(end)}`;
    builder.warning(
      'title-derived',
      ref.path('text/headline'),
      ref,
      `${ref.describe} has no headline, and a period needs a name: it is named after its dates ("${title}")`,
    );
  }
  builder.addPeriod({id: builder.id('periods', undefined, readableId(title, 'period')), title, start, end}, ref);
}

/**
 * A slide's date: undefined when absent (or, for an end, when it has no part at all), null when it
 * cannot be read (after an error that leaves the record out). `wording` overrides the date's own
 * `display_date` ('' drops it: a slide's display_date stands for the whole event).
 */
function slideDate(
  builder: FeedBuilder,
  value: unknown,
  ref: RecordRef,
  field: string,
  context: SlideContext,
  wording: string | undefined,
  required: boolean,
): FriseDateSpec | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  if (!isObject(value)) {
    builder.error(
      'invalid-type',
      ref.path(field),
      ref,
      `${ref.describe}, ${ref.field(field)} is not a date object ({"year": …}); it is left out`,
    );
    return null;
  }
  const parts: DateParts = {};
  let anyPart = false;
  for (const name of DATE_PART_NAMES) {
    const part = own(value, name);
    if (part !== undefined && part !== null && part !== '') anyPart = true;
    parts[name] = part;
  }
  if (!required && parts.year === undefined) {
    // TimelineJS3 ignores an end date without a year (its sheet writes empty ones)
    if (anyPart)
      builder.warning(
        'missing-property',
        ref.path(`${field}/year`),
        ref,
        `${ref.describe}, ${ref.field(field)} has no year; it is ignored`,
      );
    return undefined;
  }
  const result = datePartsToIso(parts, {
    utcOffset: builder.options.utcOffset,
    bce: true,
    yearOnly: context.scale === 'cosmological',
  });
  let failed = false;
  for (const problem of result.problems) {
    const at = ref.path(`${field}/${problem.part}`);
    const where = `${ref.describe}, ${ref.field(`${field}/${problem.part}`)}`;
    const scale =
      problem.code === 'out-of-range' && context.scale === 'cosmological' ? ' (on its cosmological scale)' : '';
    if (problem.severity === 'error') {
      failed = true;
      builder.error(
        problem.code,
        at,
        ref,
        `${where}: ${problem.message}${scale}; the ${ref.describe.split(' ')[0]} is left out`,
      );
    } else {
      builder.warning(problem.code, at, ref, `${where}: ${problem.message}`);
    }
  }
  if (failed || result.date === undefined) return null;
  const ownWording = wording === undefined ? wordingOf(ownString(value, 'display_date')) : wording || undefined;
  return dateSpec(result.date, {precision: result.precision, wording: ownWording});
}

function wordingOf(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  const text = singleLine(htmlToText(html).text);
  return text === '' ? undefined : clip(text, 500);
}

/** The first words of a text, to name a record that has no title: its first line, cut near 100 characters. */
function firstWords(text: string): string | undefined {
  const line = text
    .split('\n')
    .find((part) => part.trim() !== '')
    ?.trim();
  if (line === undefined) return undefined;
  if (line.length <= 100) return line;
  const cut = line.slice(0, 100);
  const space = cut.lastIndexOf(' ');
  return `${space > 50 ? cut.slice(0, space) : cut}…`;
}

const BARE_URL = /\bhttps?:\/\/[^\s<>"']+/gi;

/** URLs written out in a text (without a link), trailing punctuation left out. */
export function bareUrls(text: string): {href: string; text: string}[] {
  return [...text.matchAll(BARE_URL)].map((match) => {
    let end = match[0].length;
    while (end > 0 && '.,;:!?)]'.includes(match[0][end - 1]!)) end--;
    return {href: match[0].slice(0, end), text: ''};
  });
}

function dateText(spec: FriseDateSpec): string {
  return typeof spec === 'string' ? spec : (spec.date ?? '');
}

function jsonRef(list: 'events' | 'eras', index: number, record: unknown): RecordRef {
  const base = `/${list}/${index}`;
  const headline = singleLine(htmlToText(ownString(own(record, 'text'), 'headline') ?? '').text);
  const named = headline === '' ? '' : ` ("${clip(headline, 60)}")`;
  return plainRef(base, `${list === 'eras' ? 'era' : 'slide'} ${base}${named}`);
}

function plainRef(base: string, describe: string): RecordRef {
  return {
    record: base,
    describe,
    path: (field) => (field ? `${base}/${field}` : base),
    field: (field) => field.replace(/\//g, '.'),
  };
}
