/**
 * TimelineJS3's Google Sheets template, exported as CSV, to a frise feed. The template's columns are
 * Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media,
 * Media Credit, Media Caption, Media Thumbnail, Type, Group and Background (the older sheet's Start Date,
 * End Date and Tag are read too). Each row is read as the slide TimelineJS3 would make of it and
 * imported as a slide of the JSON format is (see timelinejs.ts): Type `title` is the title slide (the
 * first one; later ones are events, as in TimelineJS3), `era` an era, anything else an event. A Time
 * is "13:45", "1:45 PM", "1:45 p.m.", "1345" or "13:45:30". Media Thumbnail and Background are
 * presentation and are not imported.
 */
import {FeedBuilder, unreadable, type RecordRef} from './feed-builder.js';
import {cell, columnKey, readCsvTable, rowRef, type CsvRow, type CsvTable} from './csv-table.js';
import {convertEra, convertSlide, convertTitleSlide, type SlideContext} from './timelinejs.js';
import {parseTimeOfDay} from './date-parts.js';
import {htmlToText, singleLine} from './html-text.js';
import {errorText} from './input.js';
import type {ImportOptions, ImportResult} from './types.js';

/** The template's columns, by their loose key (see columnKey), and the aliases of older sheets. */
const COLUMNS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    'Year',
    'Month',
    'Day',
    'Time',
    'End Year',
    'End Month',
    'End Day',
    'End Time',
    'Display Date',
    'Headline',
    'Text',
    'Media',
    'Media Credit',
    'Media Caption',
    'Media Thumbnail',
    'Media Alt',
    'Type',
    'Group',
    'Background',
    'Start Date',
    'End Date',
  ]
    .map((name) => [columnKey(name), columnKey(name)] as const)
    .concat([
      ['tag', 'group'],
      ['alt', 'mediaalt'],
    ]),
);

// slide fields (as timelinejs.ts names them) → the column they come from
const FIELD_COLUMNS: Readonly<Record<string, string>> = {
  start_date: 'year',
  'start_date/year': 'year',
  'start_date/month': 'month',
  'start_date/day': 'day',
  'start_date/hour': 'time',
  'start_date/minute': 'time',
  'start_date/second': 'time',
  'start_date/millisecond': 'time',
  end_date: 'endyear',
  'end_date/year': 'endyear',
  'end_date/month': 'endmonth',
  'end_date/day': 'endday',
  'end_date/hour': 'endtime',
  'end_date/minute': 'endtime',
  'end_date/second': 'endtime',
  'end_date/millisecond': 'endtime',
  display_date: 'displaydate',
  'text/headline': 'headline',
  'text/text': 'text',
  'media/url': 'media',
  'media/caption': 'mediacaption',
  'media/credit': 'mediacredit',
  'media/alt': 'mediaalt',
  group: 'group',
};

/**
 * Imports the CSV export of a TimelineJS3 sheet (see the module's comment). Never throws: a row that
 * cannot be imported is an issue naming its row number and column, and every other row is kept.
 */
export function importTimelineJsCsv(text: unknown, options?: ImportOptions): ImportResult {
  try {
    return importSheet(text, options);
  } catch (error) {
    return unreadable(
      'unreadable',
      `the sheet could not be imported (a defect of frise: please report it): ${errorText(error)}`,
    );
  }
}

function importSheet(text: unknown, options: ImportOptions | undefined): ImportResult {
  if (typeof text !== 'string') return unreadable('not-a-feed', `a TimelineJS3 sheet is CSV text, not ${kindOf(text)}`);
  const builder = new FeedBuilder(options);
  const table = readCsvTable(builder, text, COLUMNS, "TimelineJS3's sheet template");
  if (table === undefined) {
    builder.error('missing-column', '/rows/1', undefined, 'the sheet is empty: it has no header row');
    return builder.finish();
  }
  const v1 = table.columns.has('startdate') && !table.columns.has('year');
  if (!table.columns.has('year') && !v1) {
    const generic =
      table.columns.size === 0
        ? " (its header looks like another CSV: is it frise's own CSV format? use the csv importer)"
        : '';
    builder.error(
      'missing-column',
      '/rows/1',
      undefined,
      `the sheet has no "Year" column: its header is not TimelineJS3's template (Year, Month, Day, Time, End Year, … Headline, Text, Media …)${generic}`,
    );
    return builder.finish();
  }
  const context: SlideContext = {scale: 'human'};
  let titleSeen = false;
  for (const row of table.rows) {
    const headline = singleLine(htmlToText(cell(table, row, 'headline')).text);
    const ref = rowRef(table, row, headline, (field) => FIELD_COLUMNS[field] ?? field);
    const slide = v1 ? v1Slide(builder, table, row, ref) : rowSlide(builder, table, row, ref);
    if (slide === undefined) continue;
    const type = cell(table, row, 'type').toLowerCase();
    if (type === 'title' && !titleSeen) {
      titleSeen = true;
      convertTitleSlide(builder, slide, ref);
    } else if (type === 'era') {
      convertEra(builder, slide, ref, context);
    } else {
      if (type === 'title')
        builder.warning(
          'invalid-value',
          ref.path('type'),
          ref,
          `${ref.describe}: a second title row; it is read as an event, as TimelineJS3 reads it`,
        );
      convertSlide(builder, slide, ref, context);
    }
  }
  return builder.finish();
}

/** The slide TimelineJS3 makes of a row of the current template, or undefined after an error. */
function rowSlide(
  builder: FeedBuilder,
  table: CsvTable,
  row: CsvRow,
  ref: RecordRef,
): Record<string, unknown> | undefined {
  const start = datePartsOfRow(builder, table, row, ref, ['year', 'month', 'day', 'time'], 'start_date');
  if (start === null) return undefined;
  const end = datePartsOfRow(builder, table, row, ref, ['endyear', 'endmonth', 'endday', 'endtime'], 'end_date');
  if (end === null) return undefined;
  return slideOf(table, row, start, end);
}

function slideOf(
  table: CsvTable,
  row: CsvRow,
  start: Record<string, unknown> | undefined,
  end: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const slide: Record<string, unknown> = {
    text: {headline: cell(table, row, 'headline'), text: cell(table, row, 'text')},
    media: {
      url: cell(table, row, 'media'),
      caption: cell(table, row, 'mediacaption'),
      credit: cell(table, row, 'mediacredit'),
      alt: cell(table, row, 'mediaalt') || undefined,
    },
    display_date: cell(table, row, 'displaydate') || undefined,
    group: cell(table, row, 'group') || undefined,
  };
  if (start) slide['start_date'] = start;
  if (end) slide['end_date'] = end;
  return slide;
}

/**
 * A date's parts from the Year, Month, Day and Time columns (or their End ones): undefined when the
 * row has none, null after an error (a time that cannot be read, or a time without a year).
 */
function datePartsOfRow(
  builder: FeedBuilder,
  table: CsvTable,
  row: CsvRow,
  ref: RecordRef,
  [yearKey, monthKey, dayKey, timeKey]: readonly [string, string, string, string],
  field: 'start_date' | 'end_date',
): Record<string, unknown> | undefined | null {
  const year = cell(table, row, yearKey);
  const month = cell(table, row, monthKey);
  const day = cell(table, row, dayKey);
  const time = cell(table, row, timeKey);
  if (year === '' && month === '' && day === '' && time === '') return undefined;
  const parts: Record<string, unknown> = {year: year || undefined, month: month || undefined, day: day || undefined};
  if (time !== '') {
    if (year === '') {
      builder.error(
        'missing-property',
        ref.path(`${field}/year`),
        ref,
        `${ref.describe}, ${ref.field(`${field}/hour`)}: a time needs a date (a ${ref.field(`${field}/year`)} at least); the row is left out`,
      );
      return null;
    }
    const parsed = parseTimeOfDay(time);
    if (!parsed.ok) {
      builder.error(
        'date-syntax',
        ref.path(`${field}/hour`),
        ref,
        `${ref.describe}, ${ref.field(`${field}/hour`)}: ${parsed.message}; the row is left out`,
      );
      return null;
    }
    parts['hour'] = parsed.hour;
    parts['minute'] = parsed.minute;
    parts['second'] = parsed.second;
    parts['millisecond'] = parsed.millisecond;
  }
  return parts;
}

// the older sheet's dates: 2024, 2024-06-19, or 6/19/2024 (month first, as TimelineJS3 reads it), with a time
const V1_ISO = /^([+-]?\d+)(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[ T](.+))?$/;
const V1_US = /^(\d{1,2})\/(\d{1,2})\/([+-]?\d+)(?:\s+(.+))?$/;

function v1Slide(
  builder: FeedBuilder,
  table: CsvTable,
  row: CsvRow,
  ref: RecordRef,
): Record<string, unknown> | undefined {
  const dates: Array<Record<string, unknown> | undefined> = [];
  for (const key of ['startdate', 'enddate'] as const) {
    const text = cell(table, row, key);
    if (text === '') {
      dates.push(undefined);
      continue;
    }
    const iso = V1_ISO.exec(text);
    const us = iso ? undefined : V1_US.exec(text);
    const parts: Record<string, unknown> | undefined = iso
      ? {year: iso[1], month: iso[2], day: iso[3]}
      : us
        ? {year: us[3], month: us[1], day: us[2]}
        : undefined;
    const time = iso?.[4] ?? us?.[4];
    const parsedTime = time === undefined ? undefined : parseTimeOfDay(time);
    if (parts === undefined || (parsedTime !== undefined && !parsedTime.ok)) {
      builder.error(
        'date-syntax',
        `${ref.path()}/${table.columns.get(key)!.name}`,
        ref,
        `${ref.describe}, column "${table.columns.get(key)!.name}": "${text}" is not a date (2024, 2024-06-19 or 6/19/2024); the row is left out`,
      );
      return undefined;
    }
    if (parsedTime?.ok) Object.assign(parts, {...parsedTime, ok: undefined});
    dates.push(parts);
  }
  return slideOf(table, row, dates[0], dates[1]);
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}
