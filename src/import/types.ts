import type {FeedIssue, FeedIssueCode, FriseFeed, FriseFeedDocument} from '../model/types.js';

/** The formats `frise/import` reads, as the command line names them (`frise import --from …`). */
export const IMPORT_FORMATS = ['timelinejs', 'timelinejs-csv', 'csv', 'vis'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * Codes of the problems an importer finds in its input, beyond parseFeed's own (which an importer's
 * result also carries, for the feed it made).
 */
export type ImportIssueCode =
  | FeedIssueCode
  /** a CSV cell's quotes are not closed, or a quote sits in the middle of a quoted cell */
  | 'csv-syntax'
  /** a row has more cells than the header names: the extra ones are ignored */
  | 'ragged-row'
  /** a column frise does not read (ignored), or a column named twice (the first one is read) */
  | 'unknown-column'
  /** a column the format needs is not in the header */
  | 'missing-column'
  /** media frise does not embed (a video, a post, a map, a PDF…): kept as a source to link to */
  | 'media-not-embedded'
  /** an image without a credit: frise shows an image only with its credit, so it is kept as a source */
  | 'image-without-credit'
  /** a part of the input frise has no place for (a title slide's media, a group's background…) */
  | 'not-imported'
  /** a record had no title of its own: one was taken from its text, its caption or its dates */
  | 'title-derived'
  /** a text longer than a feed holds (10,000 characters) was shortened */
  | 'text-shortened';

/**
 * A problem found while importing. Shaped like parseFeed's issues (`path`, `code`, `message`,
 * `severity`, and `count`/`paths` for aggregated warnings), plus where it was found:
 *
 * - `origin: 'input'`: the importer found it reading the input; `path` is a JSON pointer into the input
 *   (`/events/3/start_date/year`), and for CSV `/rows/<row>/<column>` with rows numbered as a
 *   spreadsheet numbers them (the header is row 1). An `error` left the record (or the link, the image)
 *   out of the feed; a `warning` kept the record and says what was changed or left aside.
 * - `origin: 'feed'`: parseFeed found it in the feed the importer made; `path` is a JSON pointer into
 *   the importer's `json`, and the record is left out of `feed` as parseFeed says.
 */
export interface ImportIssue extends Omit<FeedIssue, 'code'> {
  code: ImportIssueCode;
  origin: 'input' | 'feed';
  /** The input record concerned, as a person finds it: `row 7`, `/events/3`, `/items/2`. */
  record?: string;
}

/** What every importer returns: parseFeed's result for the feed it made, that feed's JSON, and every issue. */
export interface ImportResult {
  /** The feed as parseFeed reads `json`; null only when the input could not be read at all. */
  feed: FriseFeed | null;
  /** The importer's issues first (in input order), then parseFeed's. */
  issues: ImportIssue[];
  /** The frise feed (its JSON) made from the input, what `frise import` writes; null when there is none. */
  json: FriseFeedDocument | null;
}

/** Choices an importer cannot make from its input alone. */
export interface ImportOptions {
  /** The feed's language (BCP 47, e.g. `en`, `fr`); none by default. */
  language?: string;
  /**
   * The UTC offset of times given without one (`+02:00`, `-05:00`, `Z`). TimelineJS3 and vis-timeline
   * read such times in each reader's own time zone; frise needs to know which time was meant. Without
   * this option the times are written without an offset, and parseFeed reads them as UTC with a
   * `date-no-offset` warning.
   */
  utcOffset?: string;
  /**
   * The credit given to images that have none. frise shows an image only with its credit; without this
   * option an uncredited image is kept as a link among the event's sources, with a warning.
   */
  defaultCredit?: string;
}
