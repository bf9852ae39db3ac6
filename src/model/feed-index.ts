import {
  KINDS,
  RELATION_TYPES,
  STATUSES,
  UNSPECIFIED,
  type EventKind,
  type EventStatus,
  type FriseEvent,
  type FriseFeed,
  type RelationType,
} from './types.js';
import {pickText} from './text.js';
import {safeColor} from './colors.js';
import {relationCount} from './lazy-event.js';

/** A relation seen from its target: which event carries it, its type and note. */
export interface IncomingRelation {
  /** The event that carries the relation. */
  source: string;
  type: RelationType;
  note?: FriseFeed['events'][number]['relations'][number]['note'];
}

/**
 * How many events of the whole feed have each kind, status and main actor, and how many relations have
 * each type. Only values present are listed: kinds, statuses and relation types in the order of KINDS,
 * STATUSES and RELATION_TYPES; main actors (the first actor of at least one event) in the order of the
 * feed's actor registry. Events whose kind (or status) is not said are counted under `unspecified`,
 * listed last, and only when some other event does say one: a facet that no event says anything
 * about is empty, since there is nothing to tell apart.
 */
export interface FacetCounts {
  kinds: ReadonlyMap<EventKind, number>;
  statuses: ReadonlyMap<EventStatus, number>;
  actors: ReadonlyMap<string, number>;
  relations: ReadonlyMap<RelationType, number>;
}

/** Numbers every layout of the feed needs. */
export interface FeedStats {
  /** Start of each event, in feed order (sorted): bisected to find a span of time. */
  readonly starts: Float64Array;
  /** Length of the shortest and the longest event interval, in ms (Infinity and 0 for no event). */
  readonly shortest: number;
  readonly longest: number;
  /** Earliest start and latest end of all events (Infinity and -Infinity for no event). */
  readonly first: number;
  readonly last: number;
}

/**
 * One lane's events in feed order (by start), as columns: what binning a zoom level into clusters
 * reads, without walking the event objects. A level of a 100,000-event feed then costs a bisection per
 * calendar bin and a pass over small typed arrays, instead of grouping, partitioning and counting
 * objects (about 50 ms each time a wheel gesture ends at a new level).
 */
export interface LaneColumns {
  lane: string;
  /** Index of each event in `feed.events`, ascending. */
  order: Int32Array;
  /** Start of each event, UTC ms (ascending, like the feed). */
  starts: Float64Array;
  /** Length of each range in ms, 0 for a point: a range longer than its bin stays a bar. */
  barLength: Float64Array;
  /** Kind and status of each event, as an index into `FeedColumns.kindNames` / `statusNames`. */
  kinds: Uint8Array;
  statuses: Uint8Array;
}

/** The columns of every lane of a grouping that holds a shown event (see src/layout/lane-columns.ts). */
export interface FeedColumns {
  /** Lanes that hold at least one shown event, in the order of their first event. */
  lanes: LaneColumns[];
  kindNames: string[];
  statusNames: string[];
}

/** A lane of a grouping, as src/layout/lanes.ts `assignLanes` makes it (its `LaneSpec`). */
export interface GroupedLane {
  key: string;
  label: string;
  color?: string;
  lang?: string;
  folded?: number;
}

/** The feed's events grouped into lanes: the lanes in display order, and each event's lane by id. */
export interface LaneGrouping {
  lanes: GroupedLane[];
  /** Each event's lane key, by event id (see EventLanes in src/layout/lanes.ts). */
  laneOf: ReadonlyMap<string, string> & {readonly keyAt?: readonly string[]};
}

/** What a lane grouping depends on besides the feed (the parameters of `assignLanes`). */
export interface LaneGroupingSpec {
  laneBy: string;
  language: string;
  /** At most this many lanes (Infinity: no limit). */
  maxLanes?: number;
  labels: {other: string; kind: (kind: string) => string; status: (status: string) => string};
}

/** The part of a filter that decides which events are laid out (the query hides nothing). */
export interface HiddenValues {
  readonly hiddenKinds: readonly string[];
  readonly hiddenStatuses: readonly string[];
  readonly hiddenActors: readonly string[];
}

/**
 * Which events lane columns hold: all (undefined), those a filter does not hide (its content decides:
 * equal filters share columns), or, for callers that only have one, those a predicate accepts (the same
 * function gives the same columns; prefer a filter).
 */
export type ColumnsFilter = HiddenValues | ((event: FriseEvent) => boolean) | undefined;

/**
 * The language-independent parts of an index as plain, structured-cloneable data (typed arrays and
 * numbers): what a Worker that parsed the feed hands over with it (`FeedIndex.toTransferable`,
 * `FeedIndex.fromTransferable`).
 */
export interface FeedIndexData {
  version: 1;
  /** How many events the data describe (the feed they go with has as many). */
  events: number;
  stats: {starts: Float64Array; shortest: number; longest: number; first: number; last: number};
  /**
   * Incoming relations by target, compressed rows: the relations pointing at event t (its index in
   * `feed.events`) are k in [offsets[t], offsets[t + 1]), each relation number slots[k] of event
   * sources[k], in feed order.
   */
  relations: {
    offsets: Int32Array;
    sources: Int32Array;
    slots: Int32Array;
    /**
     * Each relation's type (its index in RELATION_TYPES) and, for those that have one, its note (`noted`
     * lists the k that have one, `notes` their notes): with them, the incoming relations are made without
     * reading the events that carry them (events a Worker sent read their fields on first use).
     */
    types?: Uint8Array;
    noted?: Int32Array;
    notes?: Array<NonNullable<IncomingRelation['note']>>;
  };
  /** The facet counts of the whole feed (FacetCounts as lists of entries), so the page need not read every event. */
  facets?: {
    kinds: Array<[EventKind, number]>;
    statuses: Array<[EventStatus, number]>;
    actors: Array<[string, number]>;
    relations: Array<[RelationType, number]>;
  };
}

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

/** Lane groupings kept per feed (as many as settings a reader goes through: groupings, languages). */
const MAX_GROUPINGS = 8;
/** Filtered columns kept per grouping. */
const MAX_FILTERS = 8;

interface GroupingEntry {
  key: string;
  grouping: LaneGrouping;
  all?: FeedColumns;
  /** Columns per filter content (filterKey). */
  filtered: Map<string, FeedColumns>;
  /** Columns per predicate, for callers that pass a function and no filter. */
  byPredicate: WeakMap<(event: FriseEvent) => boolean, FeedColumns>;
}

/**
 * Everything derived from one parsed feed that more than one view needs, built once and owned here
 * rather than by module-level caches: layout statistics (sorted starts, shortest and longest interval,
 * first and last time), incoming relations, the folded search text of each event, facet counts of the
 * whole feed, the derived actor palette, and the layout's lane groupings and lane columns per filter.
 *
 * One index per feed: `parseFeed` gives every feed it makes its own, as the feed's `index` property
 * (not enumerable: JSON, structured clones and spread copies leave it behind). `feedIndex(feed)` reads
 * it, and gives a feed that lacks one (a copy made by hand) a new one. Every part is built on first
 * use, so parsing costs nothing more, and kept for the feed's lifetime; the parts that depend on
 * parameters (lane groupings, filtered columns) keep the last few.
 *
 * The index never changes the feed; a feed is not to be changed once parsed (its index would be stale).
 * The language-independent parts (stats, incoming relations) go to and from plain data with
 * `toTransferable` and `fromTransferable`, so a Worker that parses a feed can build them too.
 *
 * The layout parts are filled by src/layout (the model does not import the layout): `lanes(spec)` and
 * `keepLanes(spec, grouping)` for the lane groupings of `assignLanes`, `columns(grouping, filter)` and
 * `keepColumns(grouping, filter, columns)` for their lane columns.
 */
export class FeedIndex {
  readonly feed: FriseFeed;
  private statsBuilt?: FeedStats;
  private relationRows?: FeedIndexData['relations'];
  private incoming?: ReadonlyMap<string, readonly IncomingRelation[]>;
  /** Incoming relations read one event at a time from a Worker's rows (see incomingTo). */
  private incomingOne?: Map<string, readonly IncomingRelation[] | undefined>;
  private folded?: Array<string | undefined>;
  private facets?: FacetCounts;
  private palette?: readonly string[];
  private groupings: GroupingEntry[] = [];
  private positions?: Map<string, number>;

  /**
   * An index of `feed` that is not attached to it: for a feed that cannot take one (frozen). Use
   * `feedIndex(feed)` to read a feed's own index, `FeedIndex.attach` to give a feed its index.
   */
  constructor(feed: FriseFeed) {
    this.feed = feed;
  }

  /**
   * Gives a feed a new, empty index as its `index` property (not enumerable, not writable) and
   * returns it. For whoever assembles a FriseFeed (parseFeed); throws if the feed already has one.
   */
  static attach(feed: Omit<FriseFeed, 'index'>): FeedIndex {
    const index = new FeedIndex(feed as FriseFeed);
    Object.defineProperty(feed, 'index', {value: index, enumerable: false, writable: false, configurable: false});
    return index;
  }

  /**
   * An index for `feed` (one without an index, e.g. a structured clone of a feed a Worker parsed) whose
   * stats and incoming relations are those of `data` (from `toTransferable` on the same feed), attached
   * to the feed as `attach` does. Throws a RangeError when the data do not fit the feed.
   */
  static fromTransferable(feed: Omit<FriseFeed, 'index'>, data: FeedIndexData): FeedIndex {
    checkData(feed as FriseFeed, data);
    const index = FeedIndex.attach(feed);
    const {starts, shortest, longest, first, last} = data.stats;
    index.statsBuilt = {starts, shortest, longest, first, last};
    index.relationRows = data.relations;
    const facets = data.facets;
    if (facets)
      index.facets = {
        kinds: new Map(facets.kinds),
        statuses: new Map(facets.statuses),
        actors: new Map(facets.actors),
        relations: new Map(facets.relations),
      };
    return index;
  }

  /**
   * The language-independent parts (stats and incoming relations, built now if they were not) as plain
   * data with typed arrays, and the buffers to transfer with it (`postMessage(data, transfer)`). The
   * arrays are copies: this index keeps working after they are transferred.
   */
  toTransferable(): {data: FeedIndexData; transfer: ArrayBuffer[]} {
    const stats = this.stats;
    const rows = this.rows();
    const {offsets, sources, slots} = rows;
    const relations: FeedIndexData['relations'] = {
      offsets: offsets.slice(),
      sources: sources.slice(),
      slots: slots.slice(),
    };
    if (rows.types) {
      relations.types = rows.types.slice();
      relations.noted = rows.noted!.slice();
      relations.notes = rows.notes!.slice();
    } else {
      // each relation's type and note, read from the events now (where they are plain objects)
      const types = new Uint8Array(slots.length);
      const noted: number[] = [];
      const notes: Array<NonNullable<IncomingRelation['note']>> = [];
      for (let k = 0; k < slots.length; k++) {
        const relation = this.feed.events[sources[k]!]!.relations[slots[k]!]!;
        types[k] = RELATION_TYPES.indexOf(relation.type);
        if (relation.note !== undefined) {
          noted.push(k);
          notes.push(relation.note);
        }
      }
      Object.assign(relations, {types, noted: Int32Array.from(noted), notes});
    }
    const facets = this.facetCounts();
    const data: FeedIndexData = {
      version: 1,
      events: this.feed.events.length,
      stats: {
        starts: stats.starts.slice(),
        shortest: stats.shortest,
        longest: stats.longest,
        first: stats.first,
        last: stats.last,
      },
      relations,
      facets: {
        kinds: [...facets.kinds],
        statuses: [...facets.statuses],
        actors: [...facets.actors],
        relations: [...facets.relations],
      },
    };
    const transfer = [
      data.stats.starts.buffer,
      relations.offsets.buffer,
      relations.sources.buffer,
      relations.slots.buffer,
      relations.types!.buffer,
      relations.noted!.buffer,
    ] as ArrayBuffer[];
    return {data, transfer};
  }

  /** Sorted starts, shortest and longest interval, first start and last end (one pass over the events). */
  get stats(): FeedStats {
    if (this.statsBuilt) return this.statsBuilt;
    const events = this.feed.events;
    const starts = new Float64Array(events.length);
    let shortest = Infinity;
    let longest = 0;
    let first = Infinity;
    let last = -Infinity;
    for (let i = 0; i < events.length; i++) {
      const {start, end} = events[i]!.interval;
      starts[i] = start;
      const length = end - start;
      if (length < shortest) shortest = length;
      if (length > longest) longest = length;
      if (start < first) first = start;
      if (end > last) last = end;
    }
    return (this.statsBuilt = {starts, shortest, longest, first, last});
  }

  /**
   * For each event id, the relations of other events that point at it ("denied by", "ratified by"), in
   * feed order. Relations are stored once, on the acting event; this is their inverse. The same map on
   * every call.
   */
  incomingRelations(): ReadonlyMap<string, readonly IncomingRelation[]> {
    if (this.incoming) return this.incoming;
    const built = new Map<string, IncomingRelation[]>();
    const events = this.feed.events;
    const add = (target: string, source: FriseEvent, relation: FriseEvent['relations'][number]) => {
      let list = built.get(target);
      if (!list) built.set(target, (list = []));
      const incoming: IncomingRelation = {source: source.id, type: relation.type};
      if (relation.note !== undefined) incoming.note = relation.note;
      list.push(incoming);
    };
    const rows = this.relationRows;
    if (rows?.types) {
      // from a Worker's data with each relation's type and note: no event is read beyond its id
      const {offsets, sources, types, noted, notes} = rows;
      let next = 0; // the next relation with a note (noted is ascending)
      for (let t = 0; t < events.length; t++) {
        const from = offsets[t]!;
        const to = offsets[t + 1]!;
        if (from === to) continue;
        const list: IncomingRelation[] = [];
        for (let k = from; k < to; k++) {
          const incoming: IncomingRelation = {source: events[sources[k]!]!.id, type: RELATION_TYPES[types[k]!]!};
          while (next < noted!.length && noted![next]! < k) next++;
          if (noted![next] === k) incoming.note = notes![next]!;
          list.push(incoming);
        }
        built.set(events[t]!.id, list);
      }
    } else if (rows) {
      // from a Worker's data: the rows say which relation of which event points at each event
      const {offsets, sources, slots} = rows;
      for (let t = 0; t < events.length; t++)
        for (let k = offsets[t]!; k < offsets[t + 1]!; k++) {
          const source = events[sources[k]!]!;
          add(events[t]!.id, source, source.relations[slots[k]!]!);
        }
    } else {
      for (const event of events)
        for (const relation of event.relations) if (relation.target !== event.id) add(relation.target, event, relation);
    }
    return (this.incoming = built);
  }

  /**
   * The relations of other events that point at one event, as `incomingRelations().get(id)` gives them
   * (undefined for none), the same list on every call. From a Worker's rows, read for this event alone: a
   * list showing a few rows of 100,000 events then builds a few lists rather than the whole map.
   */
  incomingTo(id: string): readonly IncomingRelation[] | undefined {
    if (this.incoming) return this.incoming.get(id);
    const rows = this.relationRows;
    if (!rows?.types) return this.incomingRelations().get(id);
    const known = (this.incomingOne ??= new Map());
    if (known.has(id)) return known.get(id);
    const events = this.feed.events;
    const event = this.feed.eventById.get(id);
    const t = event && events[event.order] === event ? event.order : -1;
    let list: IncomingRelation[] | undefined;
    if (t >= 0) {
      const {offsets, sources, types, noted, notes} = rows;
      for (let k = offsets[t]!; k < offsets[t + 1]!; k++) {
        const incoming: IncomingRelation = {source: events[sources[k]!]!.id, type: RELATION_TYPES[types[k]!]!};
        const at = lowerBoundOf(noted!, k);
        if (noted![at] === k) incoming.note = notes![at]!;
        (list ??= []).push(incoming);
      }
    }
    known.set(id, list);
    return list;
  }

  /**
   * What a search looks in for an event of the feed (its id, title, summary, tags, location and its
   * actors' names, in every language), folded by `foldText`: made for each event the first time it is
   * asked, then kept. An event of another feed gets its text made each time.
   */
  searchText(event: FriseEvent): string {
    const position = event.order;
    if (this.feed.events[position] !== event) return foldText(rawSearchText(event, this.feed));
    const texts = (this.folded ??= new Array<string | undefined>(this.feed.events.length));
    return (texts[position] ??= foldText(rawSearchText(event, this.feed)));
  }

  /** How many events of the whole feed have each kind, status and main actor (see FacetCounts). */
  facetCounts(): FacetCounts {
    return (this.facets ??= countFacets(this.feed));
  }

  /** The derived actor colours the feed's own colours leave free (all of them, if the feed takes them all). */
  actorPalette(): readonly string[] {
    if (this.palette) return this.palette;
    const taken = new Set(
      this.feed.actors.map((actor) => safeColor(actor.color)).filter((color) => color !== undefined),
    );
    const free = DERIVED_ACTOR_COLORS.filter((color) => !taken.has(color));
    return (this.palette = free.length > 0 ? free : DERIVED_ACTOR_COLORS);
  }

  /** The lane grouping kept for these parameters, if the layout made one (see `keepLanes`). */
  lanes(spec: LaneGroupingSpec): LaneGrouping | undefined {
    const key = groupingKey(spec);
    return this.groupings.find((entry) => entry.key === key)?.grouping;
  }

  /** Keeps the grouping the layout made for these parameters (the last MAX_GROUPINGS) and returns it. */
  keepLanes(spec: LaneGroupingSpec, grouping: LaneGrouping): LaneGrouping {
    const key = groupingKey(spec);
    this.groupings = this.groupings.filter((entry) => entry.key !== key);
    if (this.groupings.length >= MAX_GROUPINGS) this.groupings = [];
    this.groupings.push({key, grouping, filtered: new Map(), byPredicate: new WeakMap()});
    return grouping;
  }

  /** The lane columns kept for a grouping of this index (from `lanes`) and a filter, if made. */
  columns(grouping: LaneGrouping, filter: ColumnsFilter): FeedColumns | undefined {
    const entry = this.groupings.find((candidate) => candidate.grouping === grouping);
    if (!entry) return undefined;
    if (typeof filter === 'function') return entry.byPredicate.get(filter);
    const key = filterKey(filter);
    return key === undefined ? entry.all : entry.filtered.get(key);
  }

  /**
   * Keeps the lane columns made for a grouping and a filter (the last MAX_FILTERS filters per grouping)
   * and returns them. Columns of a grouping this index no longer keeps are returned, not kept.
   */
  keepColumns(grouping: LaneGrouping, filter: ColumnsFilter, columns: FeedColumns): FeedColumns {
    const entry = this.groupings.find((candidate) => candidate.grouping === grouping);
    if (!entry) return columns;
    if (typeof filter === 'function') {
      entry.byPredicate.set(filter, columns);
      return columns;
    }
    const key = filterKey(filter);
    if (key === undefined) entry.all = columns;
    else {
      if (entry.filtered.size >= MAX_FILTERS) entry.filtered.clear();
      entry.filtered.set(key, columns);
    }
    return columns;
  }

  /** The incoming relations as compressed rows by target (see FeedIndexData). */
  private rows(): FeedIndexData['relations'] {
    if (this.relationRows) return this.relationRows;
    const events = this.feed.events;
    const n = events.length;
    const offsets = new Int32Array(n + 1);
    const targets: number[] = [];
    for (let i = 0; i < n; i++) {
      const event = events[i]!;
      for (const relation of event.relations) {
        const t = relation.target === event.id ? -1 : this.position(relation.target);
        targets.push(t);
        if (t >= 0) offsets[t + 1]!++;
      }
    }
    for (let t = 0; t < n; t++) offsets[t + 1]! += offsets[t]!;
    const sources = new Int32Array(offsets[n]!);
    const slots = new Int32Array(offsets[n]!);
    const next = offsets.slice(0, n);
    let r = 0;
    for (let i = 0; i < n; i++) {
      const relations = events[i]!.relations;
      for (let j = 0; j < relations.length; j++) {
        const t = targets[r++]!;
        if (t < 0) continue;
        const k = next[t]!++;
        sources[k] = i;
        slots[k] = j;
      }
    }
    return (this.relationRows = {offsets, sources, slots});
  }

  /** Index in `feed.events` of the event with this id, -1 for none. */
  private position(id: string): number {
    const event = this.feed.eventById.get(id);
    if (event && this.feed.events[event.order] === event) return event.order;
    // a feed assembled by hand, whose events' `order` is not their place
    if (!this.positions) this.positions = new Map(this.feed.events.map((candidate, i) => [candidate.id, i]));
    return this.positions.get(id) ?? -1;
  }
}

/**
 * The feed's index: the one parseFeed gave it, else (a feed copied or assembled by hand, which has no
 * index of its own) a new one, attached to it when the feed can take it.
 */
export function feedIndex(feed: FriseFeed): FeedIndex {
  const own = (feed as {index?: FeedIndex}).index;
  if (own && own.feed === feed) return own;
  if (Object.isExtensible(feed) && !Object.prototype.hasOwnProperty.call(feed, 'index')) return FeedIndex.attach(feed);
  return new FeedIndex(feed); // a feed that cannot take one: an index for this call only
}

/** Lower case without diacritics, so "negocie" finds "négocié". */
export function foldText(text: string): string {
  // ASCII has no mark to take off (NFD leaves it as it is): most feed text, folded at a fraction of the cost
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const ASCII = /^[\0-\x7f]*$/;

function allTexts(text: unknown): string[] {
  if (typeof text === 'string') return [text];
  if (text && typeof text === 'object') return Object.values(text).filter((v): v is string => typeof v === 'string');
  return [];
}

function rawSearchText(event: FriseEvent, feed: FriseFeed): string {
  const parts: string[] = [event.id, ...allTexts(event.title), ...allTexts(event.summary), ...event.tags];
  if (event.location) parts.push(...allTexts(event.location.name));
  for (const id of event.actors) {
    const actor = feed.actorById.get(id);
    if (actor) parts.push(...allTexts(actor.name), ...allTexts(actor.shortName), pickText(actor.name, feed.language));
  }
  return parts.join('\n');
}

function countFacets(feed: FriseFeed): FacetCounts {
  const kinds = new Map<string, number>();
  const statuses = new Map<string, number>();
  const actors = new Map<string, number>();
  const relations = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const event of feed.events) {
    add(kinds, event.kind);
    add(statuses, event.status);
    const main = event.actors[0];
    if (main !== undefined) add(actors, main);
    for (const relation of event.relations) add(relations, relation.type);
  }
  const ordered = <T extends string>(order: readonly T[], counts: Map<string, number>) =>
    new Map(order.filter((key) => counts.has(key)).map((key) => [key, counts.get(key)!] as const));
  const saidOrNot = (counts: Map<string, number>) =>
    counts.size === 1 && counts.has(UNSPECIFIED) ? new Map<string, number>() : counts;
  return {
    kinds: ordered<EventKind>([...KINDS, UNSPECIFIED], saidOrNot(kinds)),
    statuses: ordered<EventStatus>([...STATUSES, UNSPECIFIED], saidOrNot(statuses)),
    actors: ordered(
      feed.actors.map((actor) => actor.id),
      actors,
    ),
    relations: ordered(RELATION_TYPES, relations),
  };
}

/** What a grouping depends on, as one key: the grouping, language, lane limit and every label it may show. */
function groupingKey(spec: LaneGroupingSpec): string {
  const labels = spec.labels;
  return [
    spec.laneBy,
    spec.language,
    spec.maxLanes ?? Infinity,
    labels.other,
    ...[...KINDS, UNSPECIFIED].map((kind) => labels.kind(kind)),
    ...[...STATUSES, UNSPECIFIED].map((status) => labels.status(status)),
  ].join('\u0000');
}

/** A filter's content as a key (its hidden values, sorted and without repeats); undefined when it hides nothing. */
export function filterKey(filter: HiddenValues | undefined): string | undefined {
  if (!filter) return undefined;
  const lists = [filter.hiddenKinds, filter.hiddenStatuses, filter.hiddenActors].map((list) =>
    [...new Set(list)].sort(),
  );
  return lists.every((list) => list.length === 0) ? undefined : JSON.stringify(lists);
}

function checkData(feed: FriseFeed, data: FeedIndexData): void {
  const n = feed.events.length;
  const fail = (what: string) => {
    throw new RangeError(`FeedIndex.fromTransferable: ${what}`);
  };
  if (data?.version !== 1) fail(`unknown data version ${String(data?.version)}`);
  if (data.events !== n) fail(`the data describe ${data.events} events, the feed has ${n}`);
  const {starts} = data.stats;
  if (!(starts instanceof Float64Array) || starts.length !== n) fail('stats.starts does not fit the feed');
  for (let i = 0; i < n; i++)
    if (starts[i] !== feed.events[i]!.interval.start) fail(`stats.starts[${i}] is not the start of event ${i}`);
  const {offsets, sources, slots} = data.relations;
  if (!(offsets instanceof Int32Array) || offsets.length !== n + 1 || offsets[0] !== 0)
    fail('relations.offsets does not fit the feed');
  const total = offsets[n]!;
  if (
    !(sources instanceof Int32Array) ||
    !(slots instanceof Int32Array) ||
    sources.length !== total ||
    slots.length !== total
  )
    fail('relations.sources and slots do not fit relations.offsets');
  for (let t = 0; t < n; t++) if (offsets[t + 1]! < offsets[t]!) fail('relations.offsets is not ascending');
  for (let k = 0; k < total; k++) {
    const source = feed.events[sources[k]!];
    // counted, not read: an event a Worker sent reads its relations on first use
    if (!source || !(slots[k]! >= 0 && slots[k]! < relationCount(source)))
      fail(`relation ${k} names no relation of the feed`);
  }
  const {types, noted, notes} = data.relations;
  if (types !== undefined || noted !== undefined || notes !== undefined) {
    if (!(types instanceof Uint8Array) || types.length !== total || types.some((type) => type >= RELATION_TYPES.length))
      fail('relations.types does not fit the relations');
    if (!(noted instanceof Int32Array) || !Array.isArray(notes) || noted.length !== notes.length)
      fail('relations.noted and notes do not fit');
    for (let i = 0; i < noted!.length; i++)
      if (!(noted![i]! >= 0 && noted![i]! < total) || (i > 0 && noted![i]! <= noted![i - 1]!))
        fail('relations.noted is not ascending within the relations');
  }
  const facets = data.facets;
  if (facets !== undefined) {
    const sum = (entries: unknown) =>
      Array.isArray(entries) ? entries.reduce((total: number, entry) => total + Number(entry?.[1]), 0) : NaN;
    const {kinds, statuses} = facets;
    // an empty facet is one no event says anything about (see FacetCounts)
    if (![0, n].includes(sum(kinds)) || ![0, n].includes(sum(statuses)) || !Array.isArray(facets.actors))
      fail('facets do not fit the feed');
  }
}

/** The first position in an ascending list whose value is not below `value`. */
function lowerBoundOf(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
