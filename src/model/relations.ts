import type {FriseFeed, RelationType} from './types.js';

export interface IncomingRelation {
  /** The event that carries the relation. */
  source: string;
  type: RelationType;
  note?: FriseFeed['events'][number]['relations'][number]['note'];
}

const cache = new WeakMap<FriseFeed, ReadonlyMap<string, readonly IncomingRelation[]>>();

/**
 * For each event id, the relations of other events that point at it ("denied by", "ratified by"), in
 * feed order. Relations are stored once, on the acting event; this is their inverse index, built once
 * per parsed feed.
 */
export function incomingRelations(feed: FriseFeed): ReadonlyMap<string, readonly IncomingRelation[]> {
  const index = cache.get(feed);
  if (index) return index;
  const built = new Map<string, IncomingRelation[]>();
  for (const event of feed.events) {
    for (const relation of event.relations) {
      if (relation.target === event.id) continue;
      let list = built.get(relation.target);
      if (!list) built.set(relation.target, (list = []));
      const incoming: IncomingRelation = {source: event.id, type: relation.type};
      if (relation.note !== undefined) incoming.note = relation.note;
      list.push(incoming);
    }
  }
  cache.set(feed, built);
  return built;
}
