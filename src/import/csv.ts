/**
 * frise's own CSV format: one row per event, in columns a newsroom's spreadsheet can hold, read into a
 * feed (see README, "A spreadsheet (CSV)"). Cells are plain text, never HTML. Only `title` and `start`
 * are required; a `type` column may make a row the feed's title or a period instead of an event.
 */
import {
  KINDS,
  RELATION_TYPES,
  STATUSES,
  type FriseEventRecord,
  type FriseKind,
  type FrisePeriodRecord,
  type FriseRelation,
  type FriseStatus,
} from '../model/types.js';
import {FeedBuilder, readableId, unreadable, type RecordRef} from './feed-builder.js';
import {cell, columnKey, readCsvTable, rowRef, type CsvRow, type CsvTable} from './csv-table.js';
import {dateSpec, looseIsoToFrise} from './date-parts.js';
import {errorText} from './input.js';
import {classifyMedia} from './media.js';
import type {ImportOptions, ImportResult} from './types.js';

/** The columns of frise's CSV format, in the order the README lists them. */
export const CSV_COLUMNS = [
  'type',
  'id',
  'title',
  'start',
  'end',
  'start_wording',
  'end_wording',
  'approximate',
  'summary',
  'kind',
  'status',
  'actors',
  'attribution',
  'source_url',
  'source_publisher',
  'source_title',
  'tags',
  'importance',
  'relations',
  'location',
  'lat',
  'lon',
  'image_url',
  'image_alt',
  'image_caption',
  'image_credit',
  'notes',
  'color',
] as const;

const KNOWN: Readonly<Record<string, string>> = Object.fromEntries([
  ...CSV_COLUMNS.map((name) => [columnKey(name), name] as const),
  ['actor', 'actors'],
]);

/** Several values in one cell (actors, tags, relations) are separated by semicolons. */
const LIST_SEPARATOR = ';';

/**
 * Imports frise's CSV format (see the module's comment). Never throws: a row that cannot be imported is
 * an issue naming its row number and column, a cell that cannot be read is dropped with a warning, and
 * every other row is kept.
 */
export function importCsv(text: unknown, options?: ImportOptions): ImportResult {
  try {
    return importTable(text, options);
  } catch (error) {
    return unreadable(
      'unreadable',
      `the CSV could not be imported (a defect of frise: please report it): ${errorText(error)}`,
    );
  }
}

function importTable(text: unknown, options: ImportOptions | undefined): ImportResult {
  if (typeof text !== 'string')
    return unreadable(
      'not-a-feed',
      `a CSV file is text, not ${text === null ? 'null' : Array.isArray(text) ? 'a list' : `a ${typeof text}`}`,
    );
  const builder = new FeedBuilder(options);
  const table = readCsvTable(builder, text, KNOWN, "frise's CSV format");
  if (table === undefined) {
    builder.error('missing-column', '/rows/1', undefined, 'the CSV is empty: it has no header row');
    return builder.finish();
  }
  const missing = ['title', 'start'].filter((column) => !table.columns.has(column));
  if (missing.length > 0) {
    const sheet = table.columns.size === 0 ? ' (is it a TimelineJS3 sheet? use the timelinejs-csv importer)' : '';
    builder.error(
      'missing-column',
      '/rows/1',
      undefined,
      `the CSV has no ${missing.map((name) => `"${name}"`).join(' and ')} column: every event needs a title and a start${sheet}`,
    );
    return builder.finish();
  }
  const withRelations: FriseEventRecord[] = [];
  let titleSeen = false;
  for (const row of table.rows) {
    const ref = rowRef(table, row, cell(table, row, 'title'), (field) => field);
    const type = cell(table, row, 'type').toLowerCase();
    if (type === 'title') {
      if (titleSeen)
        builder.warning(
          'invalid-value',
          ref.path('type'),
          ref,
          `${ref.describe}: a second title row; the first one names the feed`,
        );
      else {
        titleSeen = true;
        builder.title = builder.text(cell(table, row, 'title'), ref, 'title');
        builder.description = builder.text(cell(table, row, 'summary'), ref, 'summary');
      }
      continue;
    }
    if (type === 'period') {
      period(builder, table, row, ref);
      continue;
    }
    if (type !== '' && type !== 'event')
      builder.warning(
        'invalid-value',
        ref.path('type'),
        ref,
        `${ref.describe}, ${ref.field('type')}: "${type}" is not a row type (event, period or title); the row is read as an event`,
      );
    const record = eventOf(builder, table, row, ref);
    if (record === undefined) continue;
    const kept = builder.addEvent(record, ref);
    if (kept.relations) withRelations.push(kept);
  }
  // relations point at ids as the file writes them; an id changed to fit the id rule is followed
  for (const record of withRelations)
    for (const relation of record.relations!)
      relation.target = builder.eventIdOf.get(relation.target) ?? relation.target;
  return builder.finish();
}

function eventOf(builder: FeedBuilder, table: CsvTable, row: CsvRow, ref: RecordRef): FriseEventRecord | undefined {
  const title = builder.text(cell(table, row, 'title'), ref, 'title');
  if (title === undefined) {
    builder.error('missing-property', ref.path('title'), ref, `${ref.describe} has no title; it is left out`);
    return undefined;
  }
  const approximate = yes(cell(table, row, 'approximate'));
  const start = date(builder, table, row, ref, 'start', 'start_wording', approximate, true);
  if (start === null || start === undefined) return undefined;
  const end = date(builder, table, row, ref, 'end', 'end_wording', approximate, false);
  if (end === null) return undefined;
  const record: FriseEventRecord = {title, start};
  const id = cell(table, row, 'id');
  if (id !== '') {
    record.id = builder.id('events', id, 'event', ref);
    builder.eventIdOf.set(id, record.id);
  }
  if (end !== undefined) record.end = end;
  const summary = builder.text(cell(table, row, 'summary'), ref, 'summary');
  if (summary !== undefined) record.summary = summary;
  const kind = oneOf(builder, table, row, ref, 'kind', KINDS);
  if (kind !== undefined) record.kind = kind as FriseKind;
  const status = oneOf(builder, table, row, ref, 'status', STATUSES);
  if (status !== undefined) record.status = status as FriseStatus;

  const actors = unique(
    list(cell(table, row, 'actors')).map((name) =>
      builder.actor(`name:${name.toLowerCase()}`, name.slice(0, 200), ref),
    ),
  );
  if (actors.length > 0) record.actors = actors;
  const attribution = builder.text(cell(table, row, 'attribution'), ref, 'attribution');
  if (attribution !== undefined) record.attribution = {label: attribution};

  const sources: string[] = [];
  const urls = cell(table, row, 'source_url')
    .split(/[\s;]+/)
    .filter((url) => url !== '');
  urls.forEach((url, index) => {
    const info = {
      publisher: (index === 0 ? cell(table, row, 'source_publisher') : '') || publisherOf(url),
      title: index === 0 ? cell(table, row, 'source_title') : '',
    };
    const source = builder.source(url, info, ref, 'source_url');
    if (source !== undefined) sources.push(source);
  });

  const tags = unique(list(cell(table, row, 'tags')).map((tag) => tag.slice(0, 100)));
  if (tags.length > 0) record.tags = tags;
  const importance = cell(table, row, 'importance');
  if (importance !== '') {
    if (/^[1-5]$/.test(importance)) record.importance = Number(importance);
    else
      builder.warning(
        'invalid-value',
        ref.path('importance'),
        ref,
        `${ref.describe}, ${ref.field('importance')}: "${importance}" is not a whole number from 1 to 5; it is ignored`,
      );
  }
  const relations: FriseRelation[] = [];
  for (const pair of list(cell(table, row, 'relations'))) {
    const colon = pair.indexOf(':');
    const type = pair.slice(0, colon).trim().toLowerCase();
    const target = pair.slice(colon + 1).trim();
    if (colon === -1 || !(RELATION_TYPES as readonly string[]).includes(type) || target === '') {
      builder.warning(
        'invalid-value',
        ref.path('relations'),
        ref,
        `${ref.describe}, ${ref.field('relations')}: "${pair}" is not a relation written type:target (denies:some-event-id, one of ${RELATION_TYPES.join(', ')}); it is ignored`,
      );
      continue;
    }
    relations.push({type: type as FriseRelation['type'], target});
  }
  if (relations.length > 0) record.relations = relations;

  const location = builder.text(cell(table, row, 'location'), ref, 'location');
  const lat = cell(table, row, 'lat');
  const lon = cell(table, row, 'lon');
  if (location !== undefined) {
    record.location = {name: location};
    if (lat !== '' || lon !== '') {
      const latitude = Number(lat);
      const longitude = Number(lon);
      if (lat !== '' && lon !== '' && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)
        record.location.coordinates = {lat: latitude, lon: longitude};
      else
        builder.warning(
          'invalid-value',
          ref.path('lat'),
          ref,
          `${ref.describe}: "${lat}", "${lon}" are not a latitude (−90 to 90) and a longitude (−180 to 180); the coordinates are ignored`,
        );
    }
  } else if (lat !== '' || lon !== '') {
    builder.warning(
      'missing-property',
      ref.path('location'),
      ref,
      `${ref.describe}: coordinates need a place name in the ${ref.field('location')}; they are ignored`,
    );
  }

  const imageUrl = cell(table, row, 'image_url');
  if (imageUrl !== '') {
    const result = builder.media(
      {
        url: imageUrl,
        alt: cell(table, row, 'image_alt'),
        caption: cell(table, row, 'image_caption'),
        credit: cell(table, row, 'image_credit'),
      },
      title,
      ref,
      'image_url',
    );
    if (result.media) record.media = result.media;
    if (result.source !== undefined) sources.push(result.source);
  }
  if (sources.length > 0) record.sources = unique(sources);
  const notes = builder.text(cell(table, row, 'notes'), ref, 'notes');
  if (notes !== undefined) record.notes = notes;
  if (cell(table, row, 'color') !== '')
    builder.warning(
      'not-imported',
      ref.path('color'),
      ref,
      `${ref.describe}, ${ref.field('color')}: only periods have a colour (an event's lane has its actor's); it is ignored`,
    );
  return record;
}

function period(builder: FeedBuilder, table: CsvTable, row: CsvRow, ref: RecordRef): void {
  const approximate = yes(cell(table, row, 'approximate'));
  const start = date(builder, table, row, ref, 'start', 'start_wording', approximate, true);
  if (start === null || start === undefined) return;
  const end = date(builder, table, row, ref, 'end', 'end_wording', approximate, true);
  if (end === null || end === undefined) return;
  const title = builder.text(cell(table, row, 'title'), ref, 'title');
  if (title === undefined) {
    builder.error(
      'missing-property',
      ref.path('title'),
      ref,
      `${ref.describe} is a period without a title; it is left out`,
    );
    return;
  }
  const id = cell(table, row, 'id');
  const record: FrisePeriodRecord = {
    id: builder.id('periods', id === '' ? undefined : id, readableId(title, 'period'), ref),
    title,
    start,
    end,
  };
  const description = builder.text(cell(table, row, 'summary'), ref, 'summary');
  if (description !== undefined) record.description = description;
  const colorText = cell(table, row, 'color');
  if (colorText !== '') {
    const color = builder.color(colorText);
    if (color !== undefined) record.color = color;
    else
      builder.warning(
        'invalid-color',
        ref.path('color'),
        ref,
        `${ref.describe}, ${ref.field('color')}: "${colorText}" is not a colour #rgb or #rrggbb; it is ignored`,
      );
  }
  builder.addPeriod(record, ref);
}

/**
 * A row's date from its column: an ISO 8601 date at any precision (2024, 2024-06, 2024-W42, 2024-06-19,
 * 2024-06-19T13:45+02:00; a space may stand for the T), with its wording. Undefined when the cell is
 * empty (an error when `required`), null after an error.
 */
function date(
  builder: FeedBuilder,
  table: CsvTable,
  row: CsvRow,
  ref: RecordRef,
  column: 'start' | 'end',
  wordingColumn: string,
  approximate: boolean,
  required: boolean,
): FriseEventRecord['start'] | undefined | null {
  const text = cell(table, row, column);
  if (text === '') {
    if (!required) return undefined;
    builder.error('missing-property', ref.path(column), ref, `${ref.describe} has no ${column} date; it is left out`);
    return null;
  }
  // ISO weeks pass as written; other forms are normalized (a space for the T, an offset without its colon)
  const iso = /^[+-]?\d{4,6}-W\d{2}$/.test(text) ? text : looseIsoToFrise(text, builder.options.utcOffset);
  if (iso === undefined) {
    builder.error(
      'date-syntax',
      ref.path(column),
      ref,
      `${ref.describe}, ${ref.field(column)}: "${text.length > 40 ? `${text.slice(0, 39)}…` : text}" is not an ISO 8601 date (2024, 2024-06, 2024-06-19, 2024-06-19T13:45+02:00); the row is left out`,
    );
    return null;
  }
  const wording = builder.text(cell(table, row, wordingColumn), ref, wordingColumn);
  return dateSpec(iso, {wording, approximate});
}

function oneOf(
  builder: FeedBuilder,
  table: CsvTable,
  row: CsvRow,
  ref: RecordRef,
  column: 'kind' | 'status',
  allowed: readonly string[],
): string | undefined {
  const value = cell(table, row, column).toLowerCase();
  if (value === '') return undefined;
  if (allowed.includes(value)) return value;
  builder.warning(
    'invalid-value',
    ref.path(column),
    ref,
    `${ref.describe}, ${ref.field(column)}: "${value}" is not one of ${allowed.join(', ')}; it is ignored`,
  );
  return undefined;
}

/** Who publishes a URL: the service's name for the sites everyone knows by it, else the host name. */
function publisherOf(url: string): string | undefined {
  try {
    return classifyMedia(new URL(url.trim())).publisher;
  } catch {
    return undefined;
  }
}

function list(text: string): string[] {
  return text
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function yes(text: string): boolean {
  return /^(?:true|yes|y|1|x)$/i.test(text.trim());
}
