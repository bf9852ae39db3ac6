import type {FriseFeed} from './types.js';
import {pickLanguage, pickText} from './text.js';
import {safeColor} from './colors.js';

/**
 * Colours for actors the feed gives none. Each reads at 3:1 or more on the light and the dark lane
 * backgrounds (checked by actor-display.test.ts against the tokens of styles/tokens.ts), and none is
 * one of the Okabe–Ito colours that feeds commonly give their main actors (the seed feed does).
 */
export const DERIVED_ACTOR_COLORS: readonly string[] = [
  '#2a7f8f', // teal
  '#8a5cc2', // violet
  '#b3541e', // rust
  '#3d7a2a', // green
  '#c2407a', // raspberry
  '#5b6fd6', // indigo
  '#8c6d1f', // ochre
];

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
  const palette = derivedPalette(feed);
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

/** The derived colours a feed's own colours leave free (all of them, if the feed takes them all). */
function derivedPalette(feed: FriseFeed): readonly string[] {
  let palette = palettes.get(feed);
  if (!palette) {
    const taken = new Set(feed.actors.map((actor) => safeColor(actor.color)).filter((color) => color !== undefined));
    const free = DERIVED_ACTOR_COLORS.filter((color) => !taken.has(color));
    palette = free.length > 0 ? free : DERIVED_ACTOR_COLORS;
    palettes.set(feed, palette);
  }
  return palette;
}

const palettes = new WeakMap<FriseFeed, readonly string[]>();

/** FNV-1a over the id's UTF-16 code units: an actor keeps its colour when others join or leave the feed. */
function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
