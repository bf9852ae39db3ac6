/**
 * "Did you mean": the known property name closest to a mistyped one, only when it is close enough to
 * be the likely intent. Pure, no DOM.
 */

/**
 * Names a first feed often uses for a frise field, from other timeline formats (TimelineJS, vis-timeline,
 * spreadsheets), that no edit distance would connect: `date` for `start`, `headline` for `title`.
 * Keyed by the object they are found in (the schema definition name).
 */
const ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  feed: {lang: 'language', name: 'title', headline: 'title', items: 'events', entries: 'events'},
  event: {
    date: 'start',
    startdate: 'start',
    begin: 'start',
    from: 'start',
    when: 'start',
    enddate: 'end',
    until: 'end',
    to: 'end',
    headline: 'title',
    name: 'title',
    label: 'title',
    content: 'title',
    description: 'summary',
    text: 'summary',
    body: 'summary',
    type: 'kind',
    category: 'kind',
    group: 'actors',
  },
  coordinates: {lng: 'lon', long: 'lon', longitude: 'lon', latitude: 'lat'},
};

/**
 * The optimal string alignment distance (Damerau–Levenshtein restricted to adjacent transpositions
 * that are not edited again): insertions, deletions, substitutions and swaps of two neighbours each
 * cost 1, so "strat" is 1 from "start".
 */
export function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  // three rows: two back for transpositions
  let before = new Array<number>(m + 1).fill(0);
  let previous = Array.from({length: m + 1}, (_, j) => j);
  let current = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[m]!;
}

/** Case, `-` and `_` do not count: "Start", "status_updates" and "status-updates" are near misses. */
function fold(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '');
}

/**
 * The known name an unknown one most likely stands for, or undefined when none is close. A name is
 * close when it differs only in case, `-` or `_`, when it is a known alias (`date` → `start` in an
 * event), or when its edit distance is at most 1 (names of up to 4 letters) or 2 (longer names), and
 * less than half its length. Ties go to the first known name in schema order.
 *
 * @param object the schema definition the property was found in (`event`, `dateObject`, `feed`…)
 */
export function closestName(name: string, known: readonly string[], object = ''): string | undefined {
  const folded = fold(name);
  if (folded === '') return undefined;
  const aliases = Object.hasOwn(ALIASES, object) ? ALIASES[object]! : undefined;
  const alias = aliases && Object.hasOwn(aliases, folded) ? aliases[folded]! : undefined;
  if (alias !== undefined && known.includes(alias)) return alias;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(folded, fold(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.min(folded.length <= 4 ? 1 : 2, Math.ceil(folded.length / 2) - 1);
  return bestDistance <= allowed ? best : undefined;
}
