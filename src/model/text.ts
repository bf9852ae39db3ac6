import type {FriseLocalizedText} from './generated/feed-types.js';

/**
 * Picks the text for `language` from a localized text: the exact tag, then its primary subtag
 * ("fr" for "fr-CA"), then any tag with the same primary subtag, then `fallback` (the feed's language),
 * then the first text given. Plain strings are returned as they are. Never parses markup.
 */
export function pickText(text: FriseLocalizedText | undefined, language: string, fallback?: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const wanted = [language, primarySubtag(language), fallback, fallback && primarySubtag(fallback)];
  for (const tag of wanted) {
    if (!tag) continue;
    const exact = findTag(text, tag);
    if (exact !== undefined) return exact;
  }
  for (const tag of [language, fallback]) {
    if (!tag) continue;
    const primary = primarySubtag(tag);
    for (const [key, value] of Object.entries(text)) {
      if (value && primarySubtag(key) === primary) return value;
    }
  }
  for (const value of Object.values(text)) if (value) return value;
  return '';
}

/** The language tag a localized text is shown in for `language`, for `lang` attributes. */
export function pickLanguage(text: FriseLocalizedText | undefined, language: string, fallback: string): string {
  if (text === undefined || typeof text === 'string') return fallback;
  for (const tag of [language, primarySubtag(language), fallback, primarySubtag(fallback)]) {
    for (const key of Object.keys(text)) if (key.toLowerCase() === tag.toLowerCase()) return key;
  }
  return Object.keys(text)[0] ?? fallback;
}

export function primarySubtag(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash === -1 ? tag : tag.slice(0, dash)).toLowerCase();
}

function findTag(text: Record<string, string | undefined>, tag: string): string | undefined {
  const lower = tag.toLowerCase();
  for (const [key, value] of Object.entries(text)) if (value && key.toLowerCase() === lower) return value;
  return undefined;
}
