import type {EventKind, EventStatus, FriseEvent, FriseFeed} from '../model/types.js';
import {KINDS, STATUSES, UNSPECIFIED} from '../model/types.js';
import {pickText} from '../model/text.js';
import {actorColor, actorName} from '../model/actor-display.js';
import {capitalize, opensWithAttribution} from '../i18n/localize.js';
import {kindName, statusName} from '../i18n/names.js';
import type {UiStrings} from '../i18n/strings.js';

/** What lanes group events by. */
export type LaneBy = 'actor' | 'kind' | 'status' | 'attribution';
export const LANE_BY_VALUES: readonly LaneBy[] = ['actor', 'kind', 'status', 'attribution'];

/** One lane: what it groups, its name and, for an actor, its colour. */
export interface LaneSpec {
  /** A kind, a status, an actor id, `label:` and an attribution label, or OTHER_LANE. */
  key: string;
  /** What the lane groups, named: the kind or status word, the actor's name, the attribution label. */
  label: string;
  /** The actor's colour (see actorColor), for lanes of one actor. */
  color?: string;
  /** The language of an actor's name, when the feed gives it (names in another script read right). */
  lang?: string;
  /** For FOLDED_LANE: how many lanes it gathers. */
  folded?: number;
}

/** Key used for events that have no value for the lane grouping (no actor, no attribution). */
export const OTHER_LANE = '~other';

/**
 * Key of the lane that gathers the events of the lanes beyond `maxLanes` (the least busy ones): a feed
 * with 5,000 actors draws its busiest lanes and one lane for the rest, not 5,000 bands.
 */
export const FOLDED_LANE = '~folded';

/** Start of the key of a lane by attribution whose events name no actor, only a label ("label:Kremlin"). */
const LABEL_PREFIX = 'label:';

/**
 * Which lane each event goes in and the lanes in display order: actors in the order of the feed's
 * registry, kinds and statuses in legend order (events whose kind or status is not said last, in their
 * own lane), attributions by first appearance. Only lanes that hold at least one event are returned.
 * With more such lanes than `maxLanes`, the busiest `maxLanes - 1` keep theirs (ties: the display order)
 * and the events of the others go to one last lane, FOLDED_LANE, that says how many it gathers.
 */
export function assignLanes(
  feed: FriseFeed,
  laneBy: LaneBy,
  language: string,
  labels: {other: string; kind: (kind: string) => string; status: (status: string) => string},
  maxLanes = Infinity,
): {lanes: LaneSpec[]; laneOf: EventLanes} {
  const events = feed.events;
  // each event's lane by its place in the feed: no map of every event id to fill (100,000 ids: ~30 ms)
  const keyAt: string[] = new Array<string>(events.length);
  const used = new Map<string, number>();
  for (let i = 0; i < events.length; i++) {
    const key = laneKey(events[i]!, laneBy, feed, language);
    keyAt[i] = key;
    used.set(key, (used.get(key) ?? 0) + 1);
  }
  const laneOf = new EventLanes(feed, keyAt);
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
      for (const key of keyAt) {
        if (seen.has(key) || key === OTHER_LANE) continue;
        seen.add(key);
        ordered.push(
          feed.actorById.has(key) ? actorLane(feed, key, language) : {key, label: key.slice(LABEL_PREFIX.length)},
        );
      }
      break;
    }
    default:
      ordered = feed.actors.map((actor) => actorLane(feed, actor.id, language));
  }
  ordered.push({key: OTHER_LANE, label: labels.other});
  const lanes = ordered.filter((lane) => used.has(lane.key));
  const limit = Math.max(1, Math.floor(maxLanes));
  if (lanes.length <= limit) return {lanes, laneOf};
  const busiest = lanes
    .map((lane, index) => ({key: lane.key, index, count: used.get(lane.key) ?? 0}))
    .sort((a, b) => b.count - a.count || a.index - b.index)
    .slice(0, limit - 1);
  const kept = new Set(busiest.map((lane) => lane.key));
  for (let i = 0; i < keyAt.length; i++) if (!kept.has(keyAt[i]!)) keyAt[i] = FOLDED_LANE;
  return {
    lanes: [
      ...lanes.filter((lane) => kept.has(lane.key)),
      {key: FOLDED_LANE, label: labels.other, folded: lanes.length - kept.size},
    ],
    laneOf,
  };
}

/**
 * Each event's lane key, kept by the event's place in its feed (`keyAt[event.order]`) and read by event
 * id as a map: a grouping of 100,000 events then costs an array, not a map of 100,000 ids.
 */
export class EventLanes implements ReadonlyMap<string, string> {
  constructor(
    private readonly feed: Pick<FriseFeed, 'events' | 'eventById'>,
    /** The lane key of each event of `feed.events`, in that order. */
    readonly keyAt: readonly string[],
  ) {}

  get size(): number {
    return this.keyAt.length;
  }

  get(id: string): string | undefined {
    const at = this.placeOf(id);
    return at === undefined ? undefined : this.keyAt[at];
  }

  has(id: string): boolean {
    return this.placeOf(id) !== undefined;
  }

  *entries(): MapIterator<[string, string]> {
    for (let i = 0; i < this.keyAt.length; i++) yield [this.feed.events[i]!.id, this.keyAt[i]!];
  }

  *keys(): MapIterator<string> {
    for (const event of this.feed.events) yield event.id;
  }

  *values(): MapIterator<string> {
    yield* this.keyAt;
  }

  forEach(callback: (value: string, key: string, map: ReadonlyMap<string, string>) => void): void {
    for (let i = 0; i < this.keyAt.length; i++) callback(this.keyAt[i]!, this.feed.events[i]!.id, this);
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  /** The event's place in the feed: its `order`, checked (a feed put together by hand may not keep it). */
  private placeOf(id: string): number | undefined {
    const event = this.feed.eventById.get(id);
    if (!event) return undefined;
    if (this.feed.events[event.order] === event) return event.order;
    const at = this.feed.events.indexOf(event);
    return at < 0 ? undefined : at;
  }
}

function actorLane(feed: FriseFeed, actorId: string, language: string): LaneSpec {
  // the full name, as the legend shows it: lanes span the whole width
  const name = actorName(feed, actorId, language);
  const lane: LaneSpec = {key: actorId, label: name?.text ?? actorId};
  if (name?.lang) lane.lang = name.lang;
  const color = actorColor(feed, actorId);
  if (color) lane.color = color;
  return lane;
}

/** The key of the lane an event goes to (as `assignLanes` gives it). */
export function laneKey(event: FriseEvent, laneBy: LaneBy, feed: FriseFeed, language: string): string {
  switch (laneBy) {
    case 'kind':
      return event.kind;
    case 'status':
      return event.status;
    case 'attribution': {
      const actor = event.attribution?.actors?.[0];
      if (actor) return actor;
      const label = event.attribution?.label;
      return label === undefined ? OTHER_LANE : `${LABEL_PREFIX}${pickText(label, language, feed.language)}`;
    }
    default:
      return event.actors[0] ?? OTHER_LANE;
  }
}

/** What a lane header shows before its name: a colour, the glyph of a kind or a status, or a neutral mark. */
export type LaneSwatch =
  | {type: 'color'; color: string}
  | {type: 'kind'; kind: EventKind}
  | {type: 'status'; status: EventStatus}
  | {type: 'neutral'};

/**
 * The swatch of a lane, the same as the legend's for the same thing: a lane by kind shows the kind's
 * glyph, by status the status's glyph, by actor or attribution the actor's colour; a lane with no
 * value (no actor, no attribution, an attribution label without an actor) a neutral mark.
 */
export function laneSwatch(lane: Pick<LaneSpec, 'key' | 'color'>, laneBy: LaneBy): LaneSwatch {
  if (laneBy === 'kind') return {type: 'kind', kind: lane.key as EventKind};
  if (laneBy === 'status') return {type: 'status', status: lane.key as EventStatus};
  return lane.color ? {type: 'color', color: lane.color} : {type: 'neutral'};
}

/** The strings lane headers need, from the UI strings of the language shown. */
export type LaneHeadingStrings = Pick<UiStrings, 'otherLane' | 'foldedLanes' | 'attributionLane' | 'noAttributionLane'>;

/**
 * What a lane's header says, in `language`. A kind or a status is named as the legend names it ("Denial");
 * an actor by its full name, as the legend names it; a lane by attribution says who asserts its events
 * ("According to South Korea"), or that they name no one ("No attribution given"). An attribution label
 * that already says so ("selon l’article ; …") is shown as it is, with a capital.
 */
export function laneHeading(
  lane: Pick<LaneSpec, 'key' | 'label' | 'folded'>,
  laneBy: LaneBy,
  language: string,
  strings: LaneHeadingStrings,
): string {
  if (lane.key === FOLDED_LANE) return strings.foldedLanes(lane.folded ?? 0, laneBy);
  switch (laneBy) {
    case 'kind':
      return kindName(lane.key as EventKind, language);
    case 'status':
      return statusName(lane.key as EventStatus, language);
    case 'attribution':
      if (lane.key === OTHER_LANE) return strings.noAttributionLane;
      if (lane.key.startsWith(LABEL_PREFIX) && opensWithAttribution(lane.label))
        return capitalize(lane.label, language);
      return strings.attributionLane(lane.label);
    default:
      return lane.key === OTHER_LANE ? strings.otherLane : lane.label;
  }
}
