import type {FriseFeedDocument, FriseKind, FriseStatus} from '../model/types.js';

const KINDS: FriseKind[] = [
  'report',
  'claim',
  'denial',
  'statement',
  'reaction',
  'military',
  'diplomatic',
  'legislation',
];
const STATUSES: FriseStatus[] = ['reported', 'confirmed', 'denied', 'disputed', 'unverified'];

/** A deterministic pseudo-random generator (mulberry32), so large test feeds are the same every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n events over 2023–2024 in `lanes` lanes: 70 % day points, 30 % ranges of 1–30 days, some relations. */
export function syntheticFeed(n: number, seed = 42, lanes = 8): FriseFeedDocument {
  const random = mulberry32(seed);
  const start = Date.UTC(2023, 0, 1);
  const days = 730;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const events: FriseFeedDocument['events'] = [];
  for (let i = 0; i < n; i++) {
    const day = Math.floor(random() * days);
    const at = start + day * 86_400_000;
    const event: FriseFeedDocument['events'][number] = {
      id: `e${i}`,
      title: `Event ${i}`,
      start: iso(at),
      kind: KINDS[i % KINDS.length]!,
      status: STATUSES[Math.floor(random() * STATUSES.length)]!,
      actors: [`lane${i % lanes}`],
      importance: 1 + Math.floor(random() * 5),
    };
    if (random() < 0.3) event.end = iso(at + Math.floor(1 + random() * 29) * 86_400_000);
    if (i > 0 && random() < 0.1) event.relations = [{type: 'denies', target: `e${Math.floor(random() * i)}`}];
    events.push(event);
  }
  return {
    version: 1,
    title: `Synthetic feed of ${n} events`,
    language: 'en',
    actors: Array.from({length: lanes}, (_, i) => ({id: `lane${i}`, name: `Lane ${i}`, type: 'other' as const})),
    events,
  };
}
