/**
 * A copy of untrusted input as plain data: own enumerable string keys only, no getters, no prototypes,
 * no proxies, no cycles (a cycle becomes the string "[circular]"), nesting cut at MAX_DEPTH (deeper
 * values become "[too deep]": no feed field nests that far, and a bound keeps the copy off the stack limit). Parsing works on the copy, so a
 * page that mutates its object later, or hands over a hostile one, cannot change or crash the parse.
 * Throws only what reading the input throws (a getter, a Proxy trap); callers catch per record.
 */
const MAX_DEPTH = 64;

export function plainCopy(value: unknown, ancestors: object[] = []): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (ancestors.length >= MAX_DEPTH) return '[too deep]';
  if (ancestors.includes(value)) return '[circular]';
  ancestors.push(value);
  try {
    if (Array.isArray(value)) {
      const length = value.length;
      const out: unknown[] = new Array(length);
      for (let i = 0; i < length; i++) out[i] = plainCopy(value[i], ancestors);
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const copy = plainCopy((value as Record<string, unknown>)[key], ancestors);
      // a "__proto__" key must stay an ordinary own property: assignment would set the prototype
      if (key === '__proto__')
        Object.defineProperty(out, key, {value: copy, enumerable: true, writable: true, configurable: true});
      else out[key] = copy;
    }
    return out;
  } finally {
    ancestors.pop();
  }
}
