import type {FriseFeed} from './types.js';
import {pickLanguage, pickText} from './text.js';
import {safeColor} from './colors.js';
import {feedIndex} from './feed-index.js';

export {DERIVED_ACTOR_COLORS} from './feed-index.js';

/**
 * The colour of an actor wherever frise shows one (legend swatch, lane swatch, overview strip): the
 * feed's own colour when it gives a valid one, else a colour derived from the actor's id, the same on
 * every render, in every element and whatever else the feed holds, except that a derived colour never
 * repeats one the feed gives explicitly. Undefined for an id the feed does not know. Every colour
 * returned has passed `safeColor`.
 */
export function actorColor(feed: FriseFeed, actorId: string): string | undefined {
  const actor = feed.actorById.get(actorId);
  if (!actor) return undefined;
  const own = safeColor(actor.color);
  if (own) return own;
  // the derived colours the feed's own colours leave free, found once per feed
  const palette = feedIndex(feed).actorPalette();
  return safeColor(palette[idHash(actorId) % palette.length]);
}

/** An actor's name as a reader of `language` sees it, and the language it is written in (for `lang`). */
export function actorName(
  feed: FriseFeed,
  actorId: string,
  language: string,
): {text: string; lang: string} | undefined {
  const actor = feed.actorById.get(actorId);
  if (!actor) return undefined;
  return {text: pickText(actor.name, language, feed.language), lang: pickLanguage(actor.name, language, feed.language)};
}

/** FNV-1a over the id's UTF-16 code units: an actor keeps its colour when others join or leave the feed. */
function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
