/**
 * Ids for events that give none. A hand-written feed often lists events with a title and a start only;
 * the timeline still needs an id per event (selection, keyed rendering, URLs), and a page that links
 * to an event needs the same id on every load. So the id depends only on the record itself: a slug of
 * the title for people, and a hash of the start and the title as written, never on the record's
 * position, the time or a random number. Pure, no DOM.
 */

/** At most this many characters of slug, so that ids stay short in URLs. */
const SLUG_LENGTH = 32;
const HASH_CHARS = 8;
const HASH_MODULUS = 36 ** HASH_CHARS;

/**
 * The id of each event record, in feed order: the record's own `id` when it is a string, else a
 * derived one (see derivedIdBase). Identical records (same start and title) derive the same base: the
 * first in feed order gets it, the next ones get `-2`, `-3`… A derived id never takes an id that a
 * record of the feed gives explicitly, even a later one. Returns undefined for records that are not
 * objects or that the schema rejected (`rejected`, by index: it reports those).
 */
export function eventIds(
  records: readonly unknown[],
  rejected: ReadonlySet<number> = new Set(),
): Array<string | undefined> {
  const explicit = records.map(explicitId);
  // most feeds give every id: nothing to derive, no set of the ids taken to build
  const derives = records.some(
    (record, index) =>
      explicit[index] === undefined && isObject(record) && !rejected.has(index) && record['id'] === undefined,
  );
  if (!derives) return records.map((_, index) => (rejected.has(index) ? undefined : explicit[index]));
  const taken = new Set<string>();
  for (const id of explicit) if (id !== undefined) taken.add(id);
  return records.map((record, index) => {
    // a record the schema left out needs no id (and its title may be anything: 10,000 nested levels)
    if (!isObject(record) || rejected.has(index)) return undefined;
    const own = explicit[index];
    if (own !== undefined) return own;
    if (record['id'] !== undefined) return undefined; // a bad id is the schema's to report, not ours to replace
    const base = derivedIdBase(record);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

/**
 * `<slug>-<hash>`: the slug is the title's text (a string title, else the text of its first language
 * tag in alphabetical order) in lower-case ASCII letters and digits joined by `-`, cut to 32
 * characters, or `event` when nothing of it is ASCII; the hash is 8 base-36 characters of a 53-bit
 * hash of the JSON of the start and the title with object keys sorted (see hash53).
 */
export function derivedIdBase(record: {title?: unknown; start?: unknown}): string {
  const slug = slugOf(titleText(record.title)) || 'event';
  const hash = hash53(`${canonicalJson(record.start)}\n${canonicalJson(record.title)}`) % HASH_MODULUS;
  return `${slug}-${hash.toString(36).padStart(HASH_CHARS, '0')}`;
}

function explicitId(record: unknown): string | undefined {
  if (!isObject(record)) return undefined;
  const id = record['id'];
  return typeof id === 'string' ? id : undefined;
}

function titleText(title: unknown): string {
  if (typeof title === 'string') return title;
  if (!isObject(title)) return '';
  const first = Object.keys(title).sort()[0];
  const text = first === undefined ? undefined : title[first];
  return typeof text === 'string' ? text : '';
}

function slugOf(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= SLUG_LENGTH) return words;
  const cut = words.slice(0, SLUG_LENGTH + 1);
  // end on a whole word when one ends in the second half
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > SLUG_LENGTH / 2 ? cut.slice(0, lastDash) : cut.slice(0, SLUG_LENGTH)).replace(/-+$/, '');
}

/** JSON with object keys sorted at every level, so that key order does not change the id. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A 53-bit hash, as a safe integer: two 32-bit FNV-1a hashes of the UTF-16 code units, from different
 * offset bases, the second one cut to 21 bits. Ids only need it to be stable and to tell different
 * records apart most of the time: the `-2` suffix keeps ids unique whatever happens.
 */
function hash53(text: string): number {
  let low = 0x811c9dc5;
  let high = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    low = Math.imul(low ^ unit, 0x01000193);
    high = Math.imul(high ^ (unit >>> 8) ^ ((unit & 0xff) << 8), 0x01000193);
  }
  return (high >>> 11) * 0x100000000 + (low >>> 0);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
