// `frise/import`: feeds from other timeline tools' data, so that moving a timeline to frise is one call
// (or one command: `frise import --from …`). Pure functions, no DOM and no Lit (checked by
// scripts/check-architecture.mjs): they run in a page, a Worker or Node. Each takes the foreign input
// and returns parseFeed's `{feed, issues}` for the feed it made, plus that feed's `json`; none throws.
import {importCsv} from './csv.js';
import {importTimelineJs} from './timelinejs.js';
import {importTimelineJsCsv} from './timelinejs-csv.js';
import {importVisTimeline} from './vis.js';
import {IMPORT_FORMATS, type ImportFormat, type ImportOptions, type ImportResult} from './types.js';
import {unreadable} from './feed-builder.js';

export {importCsv, CSV_COLUMNS} from './csv.js';
export {importTimelineJs} from './timelinejs.js';
export {importTimelineJsCsv} from './timelinejs-csv.js';
export {importVisTimeline} from './vis.js';
export {htmlToText, decodeEntities} from './html-text.js';
export type {HtmlText, HtmlLink} from './html-text.js';
export {parseCsv, detectDelimiter} from './csv-parse.js';
export type {CsvParseResult, CsvProblem} from './csv-parse.js';
export {IMPORT_FORMATS} from './types.js';
export type {ImportFormat, ImportIssue, ImportIssueCode, ImportOptions, ImportResult} from './types.js';

const IMPORTERS: Record<ImportFormat, (input: unknown, options?: ImportOptions) => ImportResult> = {
  timelinejs: importTimelineJs,
  'timelinejs-csv': importTimelineJsCsv,
  csv: importCsv,
  vis: importVisTimeline,
};

/**
 * Imports `input` from `format` (one of IMPORT_FORMATS): JSON text or its parsed value for
 * `timelinejs` and `vis`, CSV text for `timelinejs-csv` and `csv`. Never throws; an unknown format
 * is an issue.
 */
export function importFeed(format: ImportFormat, input: unknown, options?: ImportOptions): ImportResult {
  if (!(IMPORT_FORMATS as readonly string[]).includes(format))
    return unreadable(
      'invalid-argument',
      `"${String(format)}" is not a format frise imports (${IMPORT_FORMATS.join(', ')})`,
    );
  return IMPORTERS[format](input, options);
}
