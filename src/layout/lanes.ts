import type {FriseEvent, FriseFeed} from '../model/types.js';
import {KINDS, STATUSES, UNSPECIFIED} from '../model/types.js';
import {pickText} from '../model/text.js';
import {safeColor} from '../model/colors.js';

/** What lanes group events by. */
export type LaneBy = 'actor' | 'kind' | 'status' | 'attribution';
export const LANE_BY_VALUES: readonly LaneBy[] = ['actor', 'kind', 'status', 'attribution'];

export interface LaneSpec {
  key: string;
  label: string;
  color?: string;
}

/** Key used for events that have no value for the lane grouping (no actor, no attribution). */
export const OTHER_LANE = '~other';

/**
 * Which lane each event goes in and the lanes in display order: actors in the order of the feed's
 * registry, kinds and statuses in legend order (events whose kind or status is not said last, in their
 * own lane), attributions by first appearance. Only lanes that hold at least one event are returned.
 */
export function assignLanes(
  feed: FriseFeed,
  laneBy: LaneBy,
  language: string,
  labels: {other: string; kind: (kind: string) => string; status: (status: string) => string},
): {lanes: LaneSpec[]; laneOf: Map<string, string>} {
  const laneOf = new Map<string, string>();
  const used = new Set<string>();
  for (const event of feed.events) {
    const key = laneKey(event, laneBy, feed, language);
    laneOf.set(event.id, key);
    used.add(key);
  }
  let ordered: LaneSpec[];
  switch (laneBy) {
    case 'kind':
      ordered = [...KINDS, UNSPECIFIED].map((kind) => ({key: kind, label: labels.kind(kind)}));
      break;
    case 'status':
      ordered = [...STATUSES, UNSPECIFIED].map((status) => ({key: status, label: labels.status(status)}));
      break;
    case 'attribution': {
      ordered = [];
      const seen = new Set<string>();
      for (const event of feed.events) {
        const key = laneOf.get(event.id) ?? OTHER_LANE;
        if (seen.has(key) || key === OTHER_LANE) continue;
        seen.add(key);
        const actor = feed.actorById.get(key);
        ordered.push(actor ? actorLane(actor, language, feed.language) : {key, label: key.slice('label:'.length)});
      }
      break;
    }
    default:
      ordered = feed.actors.map((actor) => actorLane(actor, language, feed.language));
  }
  ordered.push({key: OTHER_LANE, label: labels.other});
  return {lanes: ordered.filter((lane) => used.has(lane.key)), laneOf};
}

function actorLane(actor: FriseFeed['actors'][number], language: string, fallback: string): LaneSpec {
  // lanes span the whole width, so they carry the full name; shortName is for tight places (legends)
  const lane: LaneSpec = {key: actor.id, label: pickText(actor.name, language, fallback)};
  const color = safeColor(actor.color);
  if (color) lane.color = color;
  return lane;
}

function laneKey(event: FriseEvent, laneBy: LaneBy, feed: FriseFeed, language: string): string {
  switch (laneBy) {
    case 'kind':
      return event.kind;
    case 'status':
      return event.status;
    case 'attribution': {
      const actor = event.attribution?.actors?.[0];
      if (actor) return actor;
      const label = event.attribution?.label;
      return label === undefined ? OTHER_LANE : `label:${pickText(label, language, feed.language)}`;
    }
    default:
      return event.actors[0] ?? OTHER_LANE;
  }
}
