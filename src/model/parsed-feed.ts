import type {FriseFeed} from './types.js';

/**
 * The mark parseFeed leaves on the feeds it makes. A registered symbol, so that a feed parsed by one
 * copy of frise is recognised by another on the same page; JSON cannot carry a symbol, so a feed
 * document can never pass for a parsed feed.
 */
const PARSED = Symbol.for('frise.parsed-feed');

/** Marks a feed as made by parseFeed (not enumerable: copies and JSON leave it behind). */
export function markParsed(feed: FriseFeed): FriseFeed {
  Object.defineProperty(feed, PARSED, {value: true, enumerable: false});
  return feed;
}

/** Whether `value` is a feed made by parseFeed, which elements take as it is. */
export function isParsedFeed(value: unknown): value is FriseFeed {
  try {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[PARSED] === true;
  } catch {
    return false; // a hostile Proxy
  }
}
