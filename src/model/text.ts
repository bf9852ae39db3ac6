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
 * A text as a message quotes it: at most `max` UTF-16 units, cut between graphemes (never in a surrogate
 * pair, a flag or an emoji sequence) with an ellipsis.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  const parts = graphemeSegmenter
    ? Array.from(graphemeSegmenter.segment(text), (part) => part.segment)
    : Array.from(text);
  for (const part of parts) {
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
