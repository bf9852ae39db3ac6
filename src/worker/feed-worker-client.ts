// The page's half of the feed worker (issue 16, point 2): hands a large feed to a worker started for it
// (feed-worker.ts), in pieces small enough that no task of the page's thread is long, and puts the parsed
// feed back together from the worker's slices (protocol.ts). Whatever goes wrong (no Worker, a CSP or a
// Trusted Types policy that forbids it, a script that is not there, an error, no answer, a document that
// cannot be cloned), parseInWorker resolves with null and the caller parses on the page's thread as
// before: the same feed and the same issues, only later.
import type {ParseResult} from '../model/types.js';
import {
  FeedAssembler,
  jsonSafe,
  RECORD_LISTS,
  type FromWorker,
  type RecordListName,
  type ToWorker,
} from './protocol.js';

/**
 * From how many events a feed document (an object) is parsed in a worker. Not where the worker gets
 * faster: in wall-clock time it was slower at every size measured up to 20,000 events (its start, the
 * copies both ways and reading its slices cost more than they save; bench/pages/worker-threshold.html, on
 * the shared 2-core machine, loaded: document of 5,000 events 270 ms on the page against 820 ms through
 * the worker, 20,000 events 440 against 1,400). It is where the page's own parse becomes a task of about
 * 50 ms (6 µs an event, 600 ms at 100,000 on an idle machine, plus the first call's compilation), the
 * longest task issue 16 allows: below it the page parses in one short task, above it in the worker.
 */
export const WORKER_MIN_EVENTS = 5000;
/**
 * From how many characters of JSON text (or bytes of a fetched body) a feed is parsed in a worker: about
 * what 5,000 events of the benchmark's feed weigh (190 characters each). A feed with long texts reaches it
 * with fewer events, and takes longer per event too.
 */
export const WORKER_MIN_CHARS = 1_000_000;
/** How long the worker has to say it is ready before the page parses on its own thread (ms). */
export const WORKER_START_TIMEOUT = 4000;

/** Records per message when a document is sent to the worker. */
const RECORDS_PER_MESSAGE = 500;
/** The page's time for sending records before it yields to other tasks (ms): a clone of 500 events is ~1 ms. */
const SEND_BUDGET_MS = 8;

/** Whether a feed input is large enough for the worker to pay (see WORKER_MIN_EVENTS). Never throws. */
export function worthAWorker(input: unknown): boolean {
  try {
    if (typeof input === 'string') return input.length >= WORKER_MIN_CHARS;
    if (input instanceof ArrayBuffer) return input.byteLength >= WORKER_MIN_CHARS;
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
    const events = (input as {events?: unknown}).events;
    return Array.isArray(events) && events.length >= WORKER_MIN_EVENTS;
  } catch {
    return false; // a hostile Proxy: the page's parse reports it
  }
}

export interface WorkerParseOptions {
  /** URL of the worker script (resolved against the document's base URL); the packaged one when absent. */
  src?: string | undefined;
  /** Aborting ends the worker; the promise then resolves with null. */
  signal?: AbortSignal;
  /** Events received so far, of how many (called as the parsed feed arrives). */
  onProgress?: (received: number, total: number) => void;
  /** How long the worker has to start (ms). */
  startTimeout?: number;
}

/** Worker scripts that could not start on this page (each is tried once: a failure would only repeat). */
const unusable = new Set<string>();

/**
 * Parses a feed (its JSON text, its bytes as fetched, or a feed document) in a worker. Resolves with the
 * result, equal to what parseFeed gives on the page's thread, or with null when the worker could not be
 * used or the job was aborted. Bytes are transferred (the buffer is empty afterwards). Never rejects.
 */
export function parseInWorker(
  input: string | ArrayBuffer | object,
  {src, signal, onProgress, startTimeout = WORKER_START_TIMEOUT}: WorkerParseOptions = {},
): Promise<ParseResult | null> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(null);
    const href = workerHref(src);
    const worker = href === null ? null : startWorker(href);
    if (!worker || href === null) return resolve(null);
    let settled = false;
    let started = false;
    const assembler = new FeedAssembler();
    const finish = (result: ParseResult | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish(null);
    signal?.addEventListener('abort', onAbort);
    // no word from the worker: a script that never loads, or a page too busy to hear it
    const timer = setTimeout(() => {
      unusable.add(href);
      finish(null);
    }, startTimeout);
    worker.addEventListener('error', (event) => {
      event.preventDefault(); // handled: nothing for the console
      if (!started) unusable.add(href); // the script did not load or run (404, wrong type, blocked)
      finish(null);
    });
    worker.addEventListener('messageerror', () => finish(null));
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      if (settled) return;
      const message = event.data;
      if (message.type === 'ready') {
        started = true;
        clearTimeout(timer);
        return;
      }
      if (message.type === 'failed') return finish(null);
      try {
        const result = assembler.add(message);
        if (message.type === 'head' || message.type === 'events') onProgress?.(assembler.received, assembler.total);
        if (result) finish(result);
      } catch {
        finish(null);
      }
    });
    // sent at once, not after `ready`: messages wait for the worker's script, which loads (50-80 ms) while
    // the page writes out the first slices; a script that never runs ends the job by its error or the timer
    sendInput(worker, input, () => !settled).then(
      (sent) => sent || finish(null),
      () => finish(null), // not clonable (a Proxy, a function, a getter that throws): the page parses it
    );
  });
}

/** The worker script's address, or null when it cannot be made (a `src` that is no URL). */
function workerHref(src: string | undefined): string | null {
  try {
    return src ? new URL(src, document.baseURI).href : new URL('./feed-worker.js', import.meta.url).href;
  } catch {
    return null;
  }
}

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
/** The Trusted Types policy the worker's address goes through (undefined: not made yet; null: refused). */
let policy: ScriptUrlPolicy | null | undefined;

/**
 * A page that enforces Trusted Types takes a worker's address only from a policy: frise's is named
 * `frise-worker` (the page lists it in its `trusted-types` directive) and passes only addresses of the
 * page's own origin, which are the only ones a Worker loads anyway.
 */
function trustedScriptUrl(href: string): unknown {
  const factory = (globalThis as {trustedTypes?: {createPolicy(name: string, rules: ScriptUrlPolicy): ScriptUrlPolicy}})
    .trustedTypes;
  if (!factory) return href;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy('frise-worker', {
        createScriptURL(url: string) {
          const parsed = new URL(url, document.baseURI);
          if (parsed.origin !== location.origin) throw new TypeError(`frise-worker: ${url} is not of this origin`);
          return parsed.href;
        },
      });
    } catch {
      policy = null; // the page's trusted-types directive does not name it
    }
  }
  if (policy === null) throw new TypeError('no Trusted Types policy for the feed worker');
  return policy.createScriptURL(href);
}

function startWorker(href: string): Worker | null {
  if (unusable.has(href) || typeof Worker !== 'function') return null;
  try {
    return new Worker(trustedScriptUrl(href) as string, {type: 'module', name: 'frise-feed'});
  } catch {
    // a CSP without worker-src or script-src for it, Trusted Types, another origin, a file:// page
    unusable.add(href);
    return null;
  }
}

/** Lets the page's other tasks run (input, drawing) between two pieces of work. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Sends the input to the worker: text and bytes at once (bytes transferred), a document in pieces over
 * several tasks (structured cloning is synchronous: 100,000 events at once would be one long task).
 * Resolves with false when the job ended meanwhile; rejects when a piece cannot be cloned.
 */
async function sendInput(worker: Worker, input: string | ArrayBuffer | object, live: () => boolean): Promise<boolean> {
  const post = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  if (typeof input === 'string') {
    post({type: 'text', text: input});
    return true;
  }
  if (input instanceof ArrayBuffer) {
    post({type: 'bytes', bytes: input}, [input]);
    return true;
  }
  const source = input as Record<string, unknown>;
  const keys = Object.keys(source);
  const fields: Record<string, unknown> = {};
  const lists = new Map<RecordListName, unknown[]>();
  for (const key of keys) {
    const value = source[key];
    if ((RECORD_LISTS as readonly string[]).includes(key) && Array.isArray(value))
      lists.set(key as RecordListName, value);
    else Object.defineProperty(fields, key, {value, enumerable: true, writable: true, configurable: true});
  }
  post({type: 'begin', keys, fields, lists: [...lists.keys()]});
  for (const [list, records] of lists) {
    let start = 0;
    while (start < records.length) {
      const began = performance.now();
      do {
        const slice = records.slice(start, start + RECORDS_PER_MESSAGE);
        // as JSON when JSON carries every record exactly (the worker reads it faster than a clone)
        if (slice.every((record) => jsonSafe(record))) post({type: 'records-json', list, json: JSON.stringify(slice)});
        else post({type: 'records', list, records: slice});
        start += RECORDS_PER_MESSAGE;
      } while (start < records.length && performance.now() - began < SEND_BUDGET_MS);
      if (start < records.length) {
        await yieldToPage();
        if (!live()) return false;
      }
    }
  }
  post({type: 'end'});
  return true;
}
