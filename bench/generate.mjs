// Deterministic synthetic frise feeds for the benchmark (issue #5), and the same events converted for
// the peers: vis-timeline (items + groups) and the minimal canvas floor. Plain JavaScript with no
// imports: the benchmark pages load this file as it is, and Node uses it too.
//
//   generateFeed(n, seed) -> a frise feed document (valid against data/frise-feed.schema.json):
//     n events from 2023-01-01 to 2025-01-01 (exclusive), 8 actors (one lane each), about 70 % points at
//     day precision and 30 % ranges ending 1 to 30 days after their start, kinds and statuses mixed, importance 1 to 5, and
//     about n/10 relations (denies, confirms, responds-to, ...) from an event to an earlier one.
//   toVisData(feed)   -> {items, groups} for vis-timeline (item.group = lane index, Date start/end).
//   toCanvasData(feed) -> typed arrays (start/end ms, lane, status, ...) for the canvas floor.
//
// Write a feed to a file: node bench/generate.mjs 1000 [seed] > /tmp/bench-1000.feed.json

export const DEFAULT_SEED = 20230101;
export const RANGE_START = Date.UTC(2023, 0, 1);
export const RANGE_END = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;
const DAYS = Math.round((RANGE_END - RANGE_START) / DAY); // 731

/** mulberry32: a small, fast, seeded 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ACTORS = [
  {id: 'north', name: 'Northland', shortName: 'North', type: 'state', country: 'NO', color: '#0072B2'},
  {id: 'south', name: 'Southland', shortName: 'South', type: 'state', country: 'SE', color: '#D55E00'},
  {
    id: 'south-mod',
    name: 'Southland Ministry of Defence',
    shortName: 'South MoD',
    type: 'military',
    country: 'SE',
    memberOf: 'south',
  },
  {id: 'east-agency', name: 'Eastern Intelligence Agency', shortName: 'EIA', type: 'agency', country: 'EE'},
  {id: 'un', name: 'United Nations', shortName: 'UN', type: 'international-organisation', color: '#009E73'},
  {id: 'wire', name: 'Global Wire Service', shortName: 'Wire', type: 'media'},
  {
    id: 'parliament',
    name: 'Northland Parliament',
    shortName: 'Parliament',
    type: 'legislature',
    country: 'NO',
    memberOf: 'north',
  },
  {id: 'envoy', name: 'Special Envoy Ana Moreau', shortName: 'Moreau', type: 'person'},
];

const SOURCES = [
  {id: 'src-wire', publisher: 'Global Wire Service', kind: 'wire', url: 'https://wire.example.org/'},
  {id: 'src-daily', publisher: 'The Daily Example', kind: 'original', url: 'https://daily.example.com/'},
  {id: 'src-gov', publisher: 'Government portal', kind: 'official', url: 'https://gov.example.net/'},
];

const KINDS = [
  'report',
  'claim',
  'denial',
  'statement',
  'agreement',
  'legislation',
  'military',
  'diplomatic',
  'aid',
  'reaction',
  'context',
  'publication',
];
const STATUSES = [
  ['confirmed', 40],
  ['reported', 30],
  ['denied', 10],
  ['disputed', 10],
  ['unverified', 10],
];
const IMPORTANCE = [
  [1, 20],
  [2, 30],
  [3, 30],
  [4, 15],
  [5, 5],
];
const RELATIONS = [
  ['denies', 15],
  ['confirms', 15],
  ['responds-to', 20],
  ['contradicts', 8],
  ['corroborates', 8],
  ['updates', 10],
  ['follows', 10],
  ['part-of', 6],
  ['context-for', 4],
  ['outcome-of', 4],
];
// lanes of uneven sizes, as in real feeds (the busiest actor has about a quarter of the events)
const LANE_WEIGHTS = [
  [0, 25],
  [1, 20],
  [2, 15],
  [3, 12],
  [4, 10],
  [5, 8],
  [6, 6],
  [7, 4],
];
const VERBS = [
  'reports',
  'announces',
  'denies',
  'confirms',
  'signs',
  'rejects',
  'publishes',
  'questions',
  'welcomes',
  'condemns',
];
const OBJECTS = [
  'troop movements',
  'a ceasefire proposal',
  'new sanctions',
  'an aid convoy',
  'the border talks',
  'a draft resolution',
  'satellite images',
  'the supply agreement',
  'casualty figures',
  'a prisoner exchange',
  'the budget vote',
  'an inquiry',
];

function weighted(random, table) {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, w] of table) if ((r -= w) < 0) return value;
  return table[table.length - 1][0];
}

const pad = (n, width = 2) => String(n).padStart(width, '0');
/** ISO day (YYYY-MM-DD) of a day offset from 2023-01-01. */
export function isoDay(dayOffset) {
  const d = new Date(RANGE_START + dayOffset * DAY);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A frise feed document of n synthetic events; the same (n, seed) always gives the same feed. */
export function generateFeed(n, seed = DEFAULT_SEED) {
  const random = mulberry32(seed ^ Math.imul(n, 0x9e3779b1));
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];

  // dates first, sorted, so that ids follow time and relations point to earlier events
  const drafts = new Array(n);
  for (let i = 0; i < n; i++) {
    const start = int(0, DAYS - 1);
    // a range ends 1 to 30 days after it starts (ranges that would pass 2024-12-31 are cut there)
    const end = random() < 0.3 ? Math.min(DAYS - 1, start + int(1, 30)) : -1;
    drafts[i] = {start, end: end > start ? end : -1};
  }
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  const width = Math.max(5, String(n).length);

  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    const draft = drafts[i];
    const actor = ACTORS[weighted(random, LANE_WEIGHTS)];
    const kind = pick(KINDS);
    const event = {
      id: `ev-${pad(i + 1, width)}`,
      title: `${actor.shortName} ${pick(VERBS)} ${pick(OBJECTS)} (#${i + 1})`,
      start: isoDay(draft.start),
      kind,
      status: weighted(random, STATUSES),
      actors: [actor.id],
      importance: weighted(random, IMPORTANCE),
    };
    if (draft.end >= 0) event.end = isoDay(draft.end);
    if (random() < 0.5) event.sources = [pick(SOURCES).id];
    if ((kind === 'claim' || kind === 'report' || kind === 'denial') && random() < 0.4) {
      const by = pick(ACTORS);
      event.attribution = {actors: [by.id]};
    }
    events[i] = event;
  }
  // about n/10 relations, each to an earlier event (in time order) not too far back
  const relationCount = Math.round(n / 10);
  for (let r = 0; r < relationCount && n > 1; r++) {
    const from = int(1, n - 1);
    const to = from - int(1, Math.min(200, from));
    const event = events[from];
    const target = events[to].id;
    event.relations ??= [];
    if (event.relations.some((relation) => relation.target === target)) continue;
    event.relations.push({type: weighted(random, RELATIONS), target});
  }

  return {
    version: 1,
    title: `Synthetic benchmark feed: ${n} events`,
    description: `Generated by bench/generate.mjs (n=${n}, seed=${seed}).`,
    language: 'en',
    published: '2025-01-01',
    actors: ACTORS.map((actor) => ({...actor})),
    sources: SOURCES.map((source) => ({...source})),
    events,
  };
}

/** UTC ms of a day-precision ISO date (YYYY-MM-DD), without creating a Date. */
export function dayMs(iso) {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
}

/** The same events for vis-timeline: one group per actor, points as its default (box) items, ranges with an end. */
export function toVisData(feed) {
  const lane = new Map(feed.actors.map((actor, i) => [actor.id, i]));
  const groups = feed.actors.map((actor, i) => ({id: i, content: actor.shortName ?? actor.name}));
  const items = feed.events.map((event) => {
    const item = {
      id: event.id,
      group: lane.get(event.actors[0]) ?? 0,
      content: event.title,
      start: new Date(dayMs(event.start)),
    };
    // a frise day-precision end covers the whole day: the range ends at the next midnight
    if (event.end) item.end = new Date(dayMs(event.end) + DAY);
    return item;
  });
  return {items, groups};
}

export const STATUS_INDEX = Object.fromEntries(STATUSES.map(([status], i) => [status, i]));

/** The same events as typed arrays for the canvas floor (start/end in UTC ms, end = start for points). */
export function toCanvasData(feed) {
  const n = feed.events.length;
  const lane = new Map(feed.actors.map((actor, i) => [actor.id, i]));
  const index = new Map();
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const laneOf = new Uint8Array(n);
  const status = new Uint8Array(n);
  const range = new Uint8Array(n);
  const from = [];
  const to = [];
  for (let i = 0; i < n; i++) {
    const event = feed.events[i];
    index.set(event.id, i);
    start[i] = dayMs(event.start);
    range[i] = event.end ? 1 : 0;
    end[i] = event.end ? dayMs(event.end) + DAY : start[i] + DAY;
    laneOf[i] = lane.get(event.actors[0]) ?? 0;
    status[i] = STATUS_INDEX[event.status] ?? 0;
  }
  for (let i = 0; i < n; i++) {
    for (const relation of feed.events[i].relations ?? []) {
      const j = index.get(relation.target);
      if (j !== undefined) {
        from.push(i);
        to.push(j);
      }
    }
  }
  return {
    n,
    lanes: feed.actors.length,
    start,
    end,
    lane: laneOf,
    status,
    range,
    from: Int32Array.from(from),
    to: Int32Array.from(to),
  };
}

// CLI: print a feed as JSON
if (typeof window === 'undefined' && typeof process !== 'undefined' && /generate\.mjs$/.test(process.argv?.[1] ?? '')) {
  const n = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? DEFAULT_SEED);
  process.stdout.write(`${JSON.stringify(generateFeed(n, seed), null, 1)}\n`);
}
