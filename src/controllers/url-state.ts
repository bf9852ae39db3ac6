/**
 * The state of a timeline that a link carries, written in the page's URL hash and read back from it.
 * Pure functions of strings: no DOM, no `location`, so that the format is tested on its own.
 *
 * The hash is read as `name=value` pairs joined by `&` (URLSearchParams' shape). A timeline's pairs are
 * named after its key, so several timelines on one page each keep their own:
 *
 * ```
 * #nk.event=nis-12000-troops-report&nk.from=2024-10-01&nk.to=2024-11-15T12:30Z&nk.hide-kind=denial,rumour&other=1
 * ```
 *
 * - `<key>.event`: the selected event's id;
 * - `<key>.from`, `<key>.to`: the visible window in UTC, ISO 8601 as short as exact (`2024-06-19` at
 *   midnight, else `2024-06-19T14:30Z`, else `2024-06-19T14:30:05Z`; years outside 0000–9999 as
 *   `+012345-…` or `-000500-…`); `from` is rounded down and `to` up to the second, so the window read back
 *   holds the one written and is within a second of it;
 * - `<key>.hide-kind`, `<key>.hide-status`, `<key>.hide-actor`: comma-separated lists (a comma inside a
 *   value is percent-encoded);
 * - `<key>.q`: the search query.
 *
 * Values are percent-encoded as UTF-8 (spaces, `&`, `=`, `#`, `+`, `,`, `%`, every non-ASCII letter and
 * every direction mark); `:`, `/` and `@` are left as they are, so times and most ids stay readable. A
 * `+` read in a value is a space, as URLSearchParams reads it.
 */

/** What a link says about one timeline; a field left out means the timeline's default. */
export interface TimelineUrlState {
  /** Id of the selected event. */
  selected?: string;
  /** The visible window, [start, end) in UTC ms, start before end. */
  window?: [number, number];
  hiddenKinds?: string[];
  hiddenStatuses?: string[];
  /** Actor ids. */
  hiddenActors?: string[];
  /** The search query (may be blank spaces: what the reader typed). */
  query?: string;
}

/**
 * Most values a list may hold. A longer list in a hash is ignored as a whole (a cut list would show a
 * view its author never saw), and one is never written.
 */
export const MAX_LIST_VALUES = 500;

/** Longest id, actor, kind, status or query (UTF-16 code units) read or written; a longer one is ignored. */
export const MAX_TEXT_LENGTH = 1000;

/** The fields, in the order they are written, and their names after `<key>.`. */
const NAMES = {
  selected: 'event',
  from: 'from',
  to: 'to',
  hiddenKinds: 'hide-kind',
  hiddenStatuses: 'hide-status',
  hiddenActors: 'hide-actor',
  query: 'q',
} as const;
const OWN_NAMES: ReadonlySet<string> = new Set(Object.values(NAMES));

/** Longest percent-encoded form of MAX_TEXT_LENGTH code units (`%XX` three times for a BMP character). */
const MAX_ENCODED_TEXT = MAX_TEXT_LENGTH * 9;

/** The range a Date holds, ±100,000,000 days around 1970. */
const MAX_TIME = 8.64e15;
const SECOND = 1000;
const DAY = 86_400_000;

/**
 * Whether a hash is a plain anchor (`#section-2`: not empty and no `=` in it). Such a hash belongs to the
 * page (it scrolls to an element), so a timeline neither writes to it nor reads a state from it.
 */
export function isPlainAnchor(hash: string): boolean {
  const body = withoutMark(hash);
  return body !== '' && !body.includes('=');
}

/**
 * The state a hash holds for the timeline named `key`. Never throws: each field that is missing,
 * malformed or out of bounds (a date that is not one, `to` not after `from`, a list of more than
 * MAX_LIST_VALUES, a text longer than MAX_TEXT_LENGTH) is left out on its own, the others kept. When a
 * name appears twice, the first one counts. A plain anchor holds no state.
 */
export function readHash(hash: string, key: string): TimelineUrlState {
  const state: TimelineUrlState = {};
  if (typeof hash !== 'string' || isPlainAnchor(hash)) return state;
  const values = new Map<string, string>();
  for (const piece of pieces(hash)) {
    const field = ownField(piece, key);
    if (field !== undefined && !values.has(field)) values.set(field, piece.slice(piece.indexOf('=') + 1));
  }
  const selected = readText(values.get(NAMES.selected));
  if (selected !== undefined && selected !== '') state.selected = selected;
  const from = readTime(values.get(NAMES.from));
  const to = readTime(values.get(NAMES.to));
  if (from !== undefined && to !== undefined && from < to) state.window = [from, to];
  const hiddenKinds = readList(values.get(NAMES.hiddenKinds));
  if (hiddenKinds) state.hiddenKinds = hiddenKinds;
  const hiddenStatuses = readList(values.get(NAMES.hiddenStatuses));
  if (hiddenStatuses) state.hiddenStatuses = hiddenStatuses;
  const hiddenActors = readList(values.get(NAMES.hiddenActors));
  if (hiddenActors) state.hiddenActors = hiddenActors;
  const query = readText(values.get(NAMES.query));
  if (query !== undefined && query !== '') state.query = query;
  return state;
}

/**
 * The hash with the timeline `key`'s pairs replaced by `state`'s: every other pair (another timeline's, the
 * page's own, a pair without `=`, one of this key with a name frise does not know) is kept as written and
 * in its place; this key's pairs go where the first of them was, else at the end. Returns `''` when no pair
 * is left, else the hash with its leading `#`.
 *
 * Returns `null` when the hash is a plain anchor (see isPlainAnchor): the caller leaves it as it is and
 * does not sync. Never throws. A field that could not be read back the same is not written: an empty
 * text, a list longer than MAX_LIST_VALUES, a text longer than MAX_TEXT_LENGTH or with half a surrogate
 * pair, a window outside the dates a Date holds or not increasing. Lists are written without repeats.
 */
export function writeHash(hash: string, key: string, state: TimelineUrlState): string | null {
  if (isPlainAnchor(hash)) return null;
  const kept: string[] = [];
  let insertAt = -1;
  for (const piece of pieces(hash)) {
    if (ownField(piece, key) === undefined) kept.push(piece);
    else if (insertAt < 0) insertAt = kept.length;
  }
  const own = ownPairs(key, state);
  kept.splice(insertAt < 0 ? kept.length : insertAt, 0, ...own);
  return kept.length === 0 ? '' : `#${kept.join('&')}`;
}

/** The `name=value` pairs a state is written as, in the order of NAMES. */
function ownPairs(key: string, state: TimelineUrlState): string[] {
  const pairs: string[] = [];
  const encodedKey = encodeValue(key);
  // a key with half a surrogate pair has no written form: such a timeline writes nothing
  if (encodedKey === undefined) return pairs;
  const prefix = `${encodedKey}.`;
  const add = (name: string, value: string | undefined) => {
    if (value !== undefined) pairs.push(`${prefix}${name}=${value}`);
  };
  add(NAMES.selected, writeText(state.selected));
  const window = state.window;
  if (Array.isArray(window)) {
    const from = writeTime(window[0], Math.floor);
    const to = writeTime(window[1], Math.ceil);
    if (from !== undefined && to !== undefined && from.time < to.time) {
      add(NAMES.from, encodeValue(from.text));
      add(NAMES.to, encodeValue(to.text));
    }
  }
  add(NAMES.hiddenKinds, writeList(state.hiddenKinds));
  add(NAMES.hiddenStatuses, writeList(state.hiddenStatuses));
  add(NAMES.hiddenActors, writeList(state.hiddenActors));
  add(NAMES.query, writeText(state.query));
  return pairs;
}

function withoutMark(hash: string): string {
  return hash.startsWith('#') ? hash.slice(1) : hash;
}

/** The hash's pieces between `&`, as written (empty ones dropped: `&&` or a trailing `&`). */
function pieces(hash: string): string[] {
  return withoutMark(hash)
    .split('&')
    .filter((piece) => piece !== '');
}

/** The field name (`event`, `from` …) when the piece is one of this key's known pairs, else undefined. */
function ownField(piece: string, key: string): string | undefined {
  const equals = piece.indexOf('=');
  if (equals < 0) return undefined;
  const name = decode(piece.slice(0, equals));
  if (name === undefined || !name.startsWith(`${key}.`)) return undefined;
  const field = name.slice(key.length + 1);
  return OWN_NAMES.has(field) ? field : undefined;
}

/** Percent-decoding as URLSearchParams does it (`+` is a space); undefined for a malformed escape. */
function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * Percent-encoding for a value (or a key): everything but letters, digits and `-_.!~*'()`, except that
 * `:`, `/` and `@` stay readable (a URL's fragment allows them). Undefined for a string with half a
 * surrogate pair, which has no UTF-8 form.
 */
function encodeValue(text: string): string | undefined {
  if (hasLoneSurrogate(text)) return undefined;
  return encodeURIComponent(text).replace(/%3A/g, ':').replace(/%2F/g, '/').replace(/%40/g, '@');
}

function readText(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.length > MAX_ENCODED_TEXT) return undefined;
  const text = decode(raw);
  // half a surrogate pair (only a hash that is not a real one has it) could not be written back
  return text !== undefined && text.length <= MAX_TEXT_LENGTH && !hasLoneSurrogate(text) ? text : undefined;
}

/** Whether a string has half a surrogate pair (with the u flag, a whole pair is one code point and does not match). */
function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDFFF]/u.test(text);
}

function writeText(text: unknown): string | undefined {
  if (typeof text !== 'string' || text === '' || text.length > MAX_TEXT_LENGTH) return undefined;
  return encodeValue(text);
}

/** A list: its values in order without repeats, empty ones skipped; undefined when malformed or too long. */
function readList(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const parts = raw.split(',', MAX_LIST_VALUES + 1);
  if (parts.length > MAX_LIST_VALUES) return undefined;
  const values: string[] = [];
  for (const part of parts) {
    if (part === '') continue;
    const value = readText(part);
    if (value === undefined) return undefined;
    if (!values.includes(value)) values.push(value);
  }
  return values.length > 0 ? values : undefined;
}

function writeList(list: unknown): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const values = [...new Set(list)];
  if (values.length === 0 || values.length > MAX_LIST_VALUES) return undefined;
  const encoded: string[] = [];
  for (const value of values) {
    const text = writeText(value);
    // a list missing one of its values would hide less than the reader did: it is not written at all
    if (text === undefined) return undefined;
    encoded.push(text);
  }
  return encoded.join(',');
}

const TIME = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z)?$/;

/** UTC ms from the compact ISO form, or undefined for anything else (or a date the calendar does not have). */
function readTime(raw: string | undefined): number | undefined {
  // the longest form: +275760-09-13T00:00:00Z
  if (raw === undefined || raw.length > 40) return undefined;
  const text = decode(raw);
  const match = text === undefined ? null : TIME.exec(text);
  if (!match) return undefined;
  const [, yearText = '', monthText = '', dayText = '', hourText = '0', minuteText = '0', secondText = '0'] = match;
  if (yearText === '-000000') return undefined;
  const [year, month, day, hour, minute, second] = [yearText, monthText, dayText, hourText, minuteText, secondText].map(
    Number,
  ) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  const time = date.getTime();
  // a day the month does not have rolls over: refused, never moved
  if (!Number.isFinite(time) || date.getUTCDate() !== day || Math.abs(time) > MAX_TIME) return undefined;
  return time;
}

/** The compact ISO form of a time rounded to the second (down or up), or undefined outside a Date's range. */
function writeTime(time: unknown, round: (x: number) => number): {time: number; text: string} | undefined {
  if (typeof time !== 'number' || !Number.isFinite(time)) return undefined;
  const rounded = round(time / SECOND) * SECOND;
  if (Math.abs(rounded) > MAX_TIME) return undefined;
  const date = new Date(rounded);
  const year = date.getUTCFullYear();
  const yearText =
    year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
  let text = `${yearText}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const withinDay = ((rounded % DAY) + DAY) % DAY;
  if (withinDay !== 0) {
    text += `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
    if (date.getUTCSeconds() !== 0) text += `:${pad(date.getUTCSeconds())}`;
    text += 'Z';
  }
  return {time: rounded, text};
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
