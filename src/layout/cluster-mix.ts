import {STATUSES, UNSPECIFIED, type EventKind, type EventStatus} from '../model/types.js';
import type {KindCount, StatusCount} from './clusters.js';

/** Statuses in the order the legend lists them: those a feed can say (STATUSES), then "not said". */
export const STATUS_ORDER: readonly EventStatus[] = [...STATUSES, UNSPECIFIED];

/** One status's part of a cluster's stacked bar. */
export interface MixSegment {
  status: EventStatus;
  count: number;
  /** Its exact share of the cluster's events, 0..1 (what words say). */
  share: number;
  /** Where it starts along the bar and how much of the bar it takes, 0..1 (what is drawn). */
  offset: number;
  size: number;
}

/** What a cluster holds, as drawn: its statuses as stacked segments and its main kind. */
export interface ClusterMix {
  /** In legend order (STATUS_ORDER), offsets increasing, sizes summing to 1. Empty when no event is counted. */
  segments: MixSegment[];
  /** The kind most of its events have (`unspecified` when it holds no kind at all). */
  dominantKind: EventKind;
  /** The status most of its events have (`unspecified` when it holds none). */
  dominantStatus: EventStatus;
}

/**
 * Turns a cluster's status counts into the segments of a stacked bar, in the legend's order so that a
 * status sits at the same place in every bar and the eye can follow it from one bar to the next.
 * Each segment's size is its share of the events, except that a status present in the cluster takes at
 * least `minSize` of the bar (a 1-in-500 denial must still show): the room it gets is taken from the
 * larger ones in proportion to their size. Where space does not allow it (the minimums would take more
 * than half of the bar), the minimum shrinks so that half of the bar at least stays proportional: a
 * small bar still tells the large statuses from the small ones.
 */
export function statusSegments(statuses: readonly StatusCount[], minSize = 0): MixSegment[] {
  const counts = new Map<EventStatus, number>();
  for (const [status, count] of statuses) if (count > 0) counts.set(status, (counts.get(status) ?? 0) + count);
  const present = STATUS_ORDER.filter((status) => counts.has(status));
  // a status the legend does not list (a future one) goes after the known ones rather than vanish
  for (const status of counts.keys()) if (!present.includes(status)) present.push(status);
  const total = present.reduce((sum, status) => sum + counts.get(status)!, 0);
  if (total === 0) return [];
  const least = Math.max(0, Math.min(minSize, 1 / (2 * present.length)));
  const counted = present.map((status) => counts.get(status)!);
  // water filling: the statuses below the minimum are raised to it, the others share what is left in
  // proportion; raising some can push another below the minimum, so repeat until none is (≤ n rounds).
  // Sizes are worked out from the counts, not from rounded shares, so that they sum to 1.
  const raised = new Set<number>();
  let freeCount = total;
  for (;;) {
    const room = 1 - raised.size * least;
    let added = false;
    counted.forEach((count, i) => {
      if (!raised.has(i) && (count / freeCount) * room < least) {
        raised.add(i);
        added = true;
      }
    });
    if (!added) break;
    freeCount = counted.reduce((sum, count, i) => (raised.has(i) ? sum : sum + count), 0);
  }
  const room = 1 - raised.size * least;
  let offset = 0;
  return present.map((status, i) => {
    const count = counted[i]!;
    const size = raised.has(i) ? least : (count / freeCount) * room;
    const segment: MixSegment = {status, count, share: count / total, offset, size};
    offset += size;
    return segment;
  });
}

/**
 * A cluster's mix: its status segments (see statusSegments) and the kind and status most of its events
 * have. `kinds` and `statuses` are sorted by count, largest first, as the layout gives them; a tie goes
 * to the one the legend lists first, so that the same counts always draw the same way.
 */
export function clusterMix(kinds: readonly KindCount[], statuses: readonly StatusCount[], minSize = 0): ClusterMix {
  return {
    segments: statusSegments(statuses, minSize),
    dominantKind: dominant(kinds) ?? UNSPECIFIED,
    dominantStatus: dominant(statuses, STATUS_ORDER) ?? UNSPECIFIED,
  };
}

function dominant<T extends string>(counts: ReadonlyArray<readonly [T, number]>, order?: readonly T[]): T | undefined {
  let best: readonly [T, number] | undefined;
  for (const entry of counts) {
    if (entry[1] <= 0) continue;
    if (
      !best ||
      entry[1] > best[1] ||
      (entry[1] === best[1] && order && order.indexOf(entry[0]) < order.indexOf(best[0]))
    )
      best = entry;
  }
  return best?.[0];
}
