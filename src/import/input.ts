/**
 * The input of a JSON importer, read once as plain data: JSON text is parsed (a leading byte order mark
 * dropped), an object is copied with its own enumerable keys only (no getters run twice, no prototype,
 * `__proto__` an ordinary key, cycles and deep nesting cut). A Date, which a page may hand over in
 * vis-timeline items, becomes its time in milliseconds since 1970 (an instant, as vis-timeline reads it). Reading never throws: what cannot be read is said.
 */
const MAX_DEPTH = 64;

export type InputReading =
  {ok: true; value: unknown} | {ok: false; code: 'json-syntax' | 'unreadable'; message: string};

/** The input as plain data (see the module's comment). */
export function readJsonInput(input: unknown): InputReading {
  if (typeof input === 'string') {
    try {
      return {ok: true, value: JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input)};
    } catch (error) {
      return {ok: false, code: 'json-syntax', message: `the input is not valid JSON: ${errorText(error)}`};
    }
  }
  try {
    return {ok: true, value: copy(input, [])};
  } catch (error) {
    return {ok: false, code: 'unreadable', message: `the input could not be read: ${errorText(error)}`};
  }
}

function copy(value: unknown, ancestors: object[]): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? undefined : value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.getTime();
  if (ancestors.length >= MAX_DEPTH) return '[too deep]';
  if (ancestors.includes(value)) return '[circular]';
  ancestors.push(value);
  try {
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) out.push(copy(value[i], ancestors));
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(out, key, {
        value: copy((value as Record<string, unknown>)[key], ancestors),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  } finally {
    ancestors.pop();
  }
}

/** An error's message, whatever was thrown. */
export function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}
