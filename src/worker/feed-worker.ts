// The feed worker: parses one large feed off the page's thread and sends the result back in slices
// (protocol.ts). Started by feed-worker-client.ts for one feed, ended after it. Built into a file of its
// own, self-contained (dist/worker/feed-worker.js, by scripts/bundle.mjs), so that a strict CSP page
// runs it from its own origin (worker-src 'self': no blob:, no eval; the validator is precompiled).
// No DOM, no Lit (checked by scripts/check-architecture.mjs over its imports).
import {parseFeed, parsePlainFeed} from '../model/parse.js';
import {plainCopy} from '../model/plain-copy.js';
import type {ParseResult} from '../model/types.js';
import {resultMessages, type FromWorker, type RecordListName, type ToWorker} from './protocol.js';

/** The little of a worker's global scope used here (the DOM library types `self` as a window). */
interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: {data: ToWorker}) => void): void;
}
const scope = self as unknown as WorkerScope;

/** The document being received in pieces (a `begin` message, `records`, then `end`). */
let pending: {keys: string[]; fields: Record<string, unknown>; lists: Map<RecordListName, unknown[]>} | null = null;

/** The record list being received (see `pending`). */
function recordList(name: RecordListName): unknown[] {
  const list = pending?.lists.get(name);
  if (!list) throw new Error(`records for "${name}" outside a document`);
  return list;
}

/** Sends the result in slices (protocol.ts). */
function send(result: ParseResult): void {
  for (const [message, transfer] of resultMessages(result)) scope.postMessage(message, transfer);
}

scope.addEventListener('message', ({data}) => {
  try {
    switch (data.type) {
      case 'text':
        send(parseFeed(data.text));
        return;
      case 'bytes':
        // as response.text() reads a body: UTF-8, a leading byte order mark dropped, bad bytes replaced
        send(parseFeed(new TextDecoder().decode(data.bytes)));
        return;
      case 'begin':
        pending = {keys: data.keys, fields: data.fields, lists: new Map(data.lists.map((name) => [name, []]))};
        return;
      case 'records': {
        const list = recordList(data.list);
        // a structured clone keeps what plainCopy drops (a Date, a Map, shared objects): copied as the page would
        for (const record of data.records) list.push(plainCopy(record));
        return;
      }
      case 'records-json': {
        const list = recordList(data.list);
        for (const record of JSON.parse(data.json) as unknown[]) list.push(record);
        return;
      }
      case 'end': {
        if (!pending) throw new Error('end of a document never begun');
        const {keys, fields, lists} = pending;
        pending = null;
        // the document as the page holds it: its keys in order, "__proto__" an ordinary own key
        const input: Record<string, unknown> = {};
        for (const key of keys) {
          const list = lists.get(key as RecordListName);
          const value = list ?? plainCopy(fields[key]);
          Object.defineProperty(input, key, {value, enumerable: true, writable: true, configurable: true});
        }
        // every part copied as plain data already (JSON.parse, plainCopy): not copied again
        send(parsePlainFeed(input));
        return;
      }
    }
  } catch (error) {
    scope.postMessage({type: 'failed', message: error instanceof Error ? error.message : String(error)});
  }
});
scope.postMessage({type: 'ready'});
