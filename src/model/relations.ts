import type {FriseFeed} from './types.js';
import {feedIndex, type IncomingRelation} from './feed-index.js';

export type {IncomingRelation} from './feed-index.js';

/**
 * For each event id, the relations of other events that point at it ("denied by", "ratified by"), in
 * feed order. Relations are stored once, on the acting event; this is their inverse index, built once
 * per parsed feed by its FeedIndex (the same map on every call).
 */
export function incomingRelations(feed: FriseFeed): ReadonlyMap<string, readonly IncomingRelation[]> {
  return feedIndex(feed).incomingRelations();
}
