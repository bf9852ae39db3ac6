import type {FriseLocalizedText} from './generated/feed-types.js';

/**
 * Which entry of a localized text a reader of `language` sees, in this order: the exact tag; its
 * primary subtag ("fr" for "fr-CA"); any tag of the same language ("pt-BR" for "pt"); then the same
 * three steps for `fallback` (the feed's language); then the first non-empty text. Empty texts are
 * skipped. Never parses markup.
 */
export function pickEntry(
  text: Record<string, string | undefined>,
  language: string,
  fallback?: string,
): {tag: string; text: string} | undefined {
  const entries = Object.entries(text).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
  );
  for (const wanted of [language, fallback]) {
    if (!wanted) continue;
    const lower = wanted.toLowerCase();
    const primary = primarySubtag(wanted);
    const found =
      entries.find(([tag]) => tag.toLowerCase() === lower) ??
      entries.find(([tag]) => tag.toLowerCase() === primary) ??
      entries.find(([tag]) => primarySubtag(tag) === primary);
    if (found) return {tag: found[0], text: found[1]};
  }
  const first = entries[0];
  return first ? {tag: first[0], text: first[1]} : undefined;
}

/** The text a reader of `language` sees (see pickEntry); plain strings are returned as they are. */
export function pickText(text: FriseLocalizedText | undefined, language: string, fallback?: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return pickEntry(text, language, fallback)?.text ?? '';
}

/** The language tag of the text pickText returns, for `lang` attributes (`fallback` for plain strings). */
export function pickLanguage(text: FriseLocalizedText | undefined, language: string, fallback: string): string {
  if (text === undefined || typeof text === 'string') return fallback;
  return pickEntry(text, language, fallback)?.tag ?? fallback;
}

export function primarySubtag(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash === -1 ? tag : tag.slice(0, dash)).toLowerCase();
}

// user-perceived characters, so that a shortened text never ends on half a flag or a lone accent
const graphemeSegmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, {granularity: 'grapheme'})
    : undefined;

/**
 * Text where every code point is a grapheme of its own: Latin letters (precomposed accents included) and
 * general punctuation, without combining marks or joiners. Most titles: no segmenter needed.
 */
// eslint-disable-next-line no-control-regex -- the class is a range of code points, controls included
const ONE_CODE_POINT_GRAPHEMES = /^[\u0000-\u02ff\u2010-\u206f]*$/;

/**
 * The text's graphemes (user-perceived characters) one by one, read only as far as the caller goes; its
 * code points where Intl.Segmenter is missing. Each segment V8 makes carries its own copy of the whole
 * input, so segmenting a long text at once costs its length squared (an 80,000-character text took
 * seconds, then all the memory): a cut reads only the head it keeps.
 */
export function* eachGrapheme(text: string): Generator<string> {
  if (!graphemeSegmenter || ONE_CODE_POINT_GRAPHEMES.test(text)) {
    yield* text;
    return;
  }
  for (const part of graphemeSegmenter.segment(text)) yield part.segment;
}

/**
 * The language a feed's text falls back to when it has no translation in the one shown: the feed's own
 * language, unless it is unknown (`und`, or absent), else the language shown.
 */
export function fallbackLanguage(feedLanguage: string | undefined, shown: string): string {
  return feedLanguage && feedLanguage !== 'und' ? feedLanguage : shown;
}

/**
 * A text as a message quotes it: at most `max` UTF-16 units, cut between graphemes (never in a surrogate
 * pair, a flag or an emoji sequence) with an ellipsis.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  // graphemes are read lazily, up to the cut: a feed's 80,000-character text costs what its head costs
  for (const part of eachGrapheme(text)) {
    if (kept.length + part.length > max - 1) break;
    kept += part;
  }
  return `${kept}…`;
}

/**
 * Whether a text has a character a reader sees: not only spaces, no-break spaces or invisible characters
 * (zero-width, direction, variation and tag characters, soft hyphens, fillers, controls). The schema's
 * `$defs/name` pattern says the same for titles and names.
 */
export function hasVisible(text: string): boolean {
  return VISIBLE.test(text);
}

// the class lists invisible code points one by one, controls and combining ones included
const VISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class
  /[^\s\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e0fff}]/u;
