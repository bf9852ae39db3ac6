import type {FriseLocalizedText} from './generated/feed-types.js';

/**
 * Which entry of a localized text a reader of `language` sees, in this order: the exact tag; its
 * primary subtag ("fr" for "fr-CA"); any tag of the same language ("pt-BR" for "pt"); then the same
 * three steps for `fallback` (the feed's language); then the first non-empty text. Empty texts are
 * skipped. Never parses markup.
 */
export function pickEntry(text: Record<string, string | undefined>, language: string, fallback?: string): {tag: string; text: string} | undefined {
  const entries = Object.entries(text).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
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
