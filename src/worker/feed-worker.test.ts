// The feed worker (issue 16, point 2) in Chromium, with a real Worker running src/worker/feed-worker.ts:
// the feed it gives back equals parseFeed's on the page's thread (events, order, ids, indexes, periods,
// issues, the parsed-feed mark) for the seed feed, a generated feed and every case of the hostile corpus;
// what cannot go to a worker comes back null (the caller parses on its own thread); and the page's thread
// has no long task while a large document goes there and comes back.
import {expect} from '@open-wc/testing';
import {parseFeed} from '../model/parse.js';
import {isParsedFeed} from '../model/parsed-feed.js';
import type {ParseResult} from '../model/types.js';
import {parseInWorker, worthAWorker, WORKER_MIN_CHARS, WORKER_MIN_EVENTS} from './feed-worker-client.js';
import {generated} from '../../test/corpus/generate.js';
// @ts-expect-error: a plain module of the benchmark, no types
import {generateFeed} from '../../bench/generate.mjs';

const SEED = '/data/nk-troops-russia-2024.feed.json';
const CORPUS = '/test/corpus';

/** Asserts that a result from the worker is the page's parse of the same input, piece by piece. */
function expectSame(fromWorker: ParseResult | null, onPage: ParseResult, what: string): void {
  expect(fromWorker, `${what}: the worker gave no result`).to.not.equal(null);
  const {feed, issues} = fromWorker!;
  expect(issues, `${what}: issues`).to.deep.equal(onPage.issues);
  if (onPage.feed === null) {
    expect(feed, what).to.equal(null);
    return;
  }
  expect(feed, what).to.not.equal(null);
  expect(isParsedFeed(feed), `${what}: the parsed-feed mark`).to.equal(true);
  expect(Object.keys(feed!), `${what}: the feed's fields in order`).to.deep.equal(Object.keys(onPage.feed));
  expect(
    feed!.events.map((event) => event.id),
    `${what}: event ids in order`,
  ).to.deep.equal(onPage.feed.events.map((event) => event.id));
  expect([...feed!.eventById.keys()], `${what}: eventById order`).to.deep.equal([...onPage.feed.eventById.keys()]);
  for (const [id, event] of feed!.eventById) expect(feed!.events[event.order], `${what}: ${id}`).to.equal(event);
  expect([...feed!.actorById.keys()], `${what}: actorById`).to.deep.equal([...onPage.feed.actorById.keys()]);
  expect([...feed!.sourceById.keys()], `${what}: sourceById`).to.deep.equal([...onPage.feed.sourceById.keys()]);
  for (const [id, actor] of feed!.actorById) expect(feed!.actors).to.include(actor, id);
  expect(feed, what).to.deep.equal(onPage.feed);
  // the feed's own index, with the stats and incoming relations the worker built
  expect(feed!.index.feed, `${what}: its index`).to.equal(feed);
  expect(feed!.index.toTransferable().data, `${what}: its index's data`).to.deep.equal(
    onPage.feed.index.toTransferable().data,
  );
}

/** Whether a structured clone can carry this result (else the worker must give null). */
function carriable(result: ParseResult): boolean {
  try {
    structuredClone(result.feed?.events);
    return true;
  } catch {
    return false;
  }
}

describe('the feed worker', function () {
  this.timeout(60_000);

  it('gives back the seed feed as parseFeed does, from its text and from the document', async () => {
    const text = await (await fetch(SEED)).text();
    const onPage = parseFeed(text);
    expect(onPage.feed!.events.length).to.be.greaterThan(10);
    expectSame(await parseInWorker(text), onPage, 'seed, text');
    expectSame(await parseInWorker(JSON.parse(text)), onPage, 'seed, document');
    const bytes = new TextEncoder().encode(text).buffer;
    expectSame(await parseInWorker(bytes), onPage, 'seed, bytes');
    expect(bytes.byteLength, 'the bytes are transferred').to.equal(0);
  });

  it('gives back a generated feed of 20,000 events with periods as parseFeed does', async () => {
    const document = generateFeed(20_000, 7) as Record<string, unknown>;
    document['periods'] = [
      {id: 'p2', title: 'Second', start: '2024-01', end: '2024-03'},
      {id: 'p1', title: 'First', start: '2023-02-01', end: '2023-05-01', color: '#335577'},
    ];
    const onPage = parseFeed(document);
    expect(onPage.feed!.periods.map((period) => period.id)).to.deep.equal(['p1', 'p2']);
    const progress: number[] = [];
    const result = await parseInWorker(document, {onProgress: (received) => progress.push(received)});
    expectSame(result, onPage, 'generated document');
    expect(progress.at(-1), 'progress reaches every event').to.equal(20_000);
    expect(progress.length, 'progress comes in steps').to.be.greaterThan(2);
    expectSame(await parseInWorker(JSON.stringify(document)), onPage, 'generated text');
  });

  it('reports the same issues as parseFeed for every case of the hostile and careless corpus', async () => {
    const {cases} = (await (await fetch(`${CORPUS}/index.json`)).json()) as {cases: string[]};
    expect(cases.length).to.be.greaterThan(40);
    for (const name of cases) {
      const side = (await (await fetch(`${CORPUS}/${name}.expect.json`)).json()) as {input: string};
      let inputs: unknown[];
      if (side.input === 'generated') {
        const value = generated[name]!();
        inputs = typeof value === 'string' ? [value] : [value, JSON.stringify(value)];
      } else {
        const text = await (await fetch(`${CORPUS}/${name}.${side.input === 'text' ? 'txt' : 'json'}`)).text();
        let object: unknown = null;
        try {
          object = JSON.parse(text);
        } catch {
          /* text only */
        }
        inputs = object !== null && typeof object === 'object' && !Array.isArray(object) ? [text, object] : [text];
      }
      for (const input of inputs) {
        const what = `${name} (${typeof input === 'string' ? 'text' : 'document'})`;
        const onPage = parseFeed(input);
        const fromWorker = await parseInWorker(input as object);
        // a feed no message can carry (10,000 levels of nesting kept in a record) stays on the page's thread
        if (fromWorker === null && !carriable(onPage)) continue;
        expectSame(fromWorker, onPage, what);
      }
    }
  });

  it('gives null for a document that cannot be cloned, which the page parses and reports as before', async () => {
    const withFunction = {events: [{title: 'a', start: '2024-01-01', extra: () => 1}]};
    expect(await parseInWorker(withFunction)).to.equal(null);
    const throwing = {
      events: [
        {title: 'kept', start: '2024-01-01'},
        {
          get title(): string {
            throw new Error('no title for you');
          },
          start: '2024-01-02',
        },
      ],
    };
    expect(await parseInWorker(throwing)).to.equal(null);
    expect(parseFeed(throwing).issues.map((issue) => issue.code)).to.include('unreadable');
    const proxy = {events: [new Proxy({title: 'p', start: '2024-01-01'}, {})]};
    expect(await parseInWorker(proxy)).to.equal(null);
    const symbol = {events: [{title: 'a', start: '2024-01-01', tag: Symbol('x')}]};
    expect(await parseInWorker(symbol)).to.equal(null);
  });

  it('gives null when the worker script cannot start (not there, not a script, a bad URL), quietly', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      expect(await parseInWorker('{"events": []}', {src: '/no/such/feed-worker.js'})).to.equal(null);
      expect(await parseInWorker('{"events": []}', {src: SEED})).to.equal(null); // JSON, not a script
      expect(await parseInWorker('{"events": []}', {src: 'http://[::1'})).to.equal(null);
      // a script that never says it is ready
      expect(await parseInWorker('{"events": []}', {src: '/src/worker/protocol.ts', startTimeout: 500})).to.equal(null);
    } finally {
      console.error = original;
    }
    expect(errors).to.deep.equal([]);
  });

  it('gives null when aborted, and ends the worker', async () => {
    const abort = new AbortController();
    const job = parseInWorker(generateFeed(6000, 3), {signal: abort.signal});
    abort.abort();
    expect(await job).to.equal(null);
    const aborted = new AbortController();
    aborted.abort();
    expect(await parseInWorker('{"events": []}', {signal: aborted.signal})).to.equal(null);
  });

  it('sends a large document and reads the result back with no task of the page over 50 ms', async () => {
    const document = generateFeed(60_000, 11);
    // on a shared machine every task stretches: the bound is 50 ms, or a tenth of what the same parse
    // takes on the page's thread now, when the machine is so busy that this is longer
    const began = performance.now();
    parseFeed(document);
    const onPageMs = performance.now() - began;
    const long: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) long.push(Math.round(entry.duration));
    });
    // let the generation's and the page parse's own long tasks be reported before observing
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.observe({type: 'longtask'});
    const started = performance.now();
    const result = await parseInWorker(document);
    const elapsed = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    expect(result?.feed?.events.length).to.equal(60_000);
    const bound = Math.max(50, onPageMs / 10);
    expect(
      long.filter((ms) => ms > bound),
      `tasks over ${Math.round(bound)} ms during ${Math.round(elapsed)} ms (the page's parse: ${Math.round(onPageMs)} ms)`,
    ).to.deep.equal([]);
  });

  it('is worth it from the thresholds on, and never for what it cannot read', () => {
    expect(worthAWorker({events: new Array(WORKER_MIN_EVENTS)})).to.equal(true);
    expect(worthAWorker({events: new Array(WORKER_MIN_EVENTS - 1)})).to.equal(false);
    expect(worthAWorker(' '.repeat(WORKER_MIN_CHARS))).to.equal(true);
    expect(worthAWorker(' '.repeat(WORKER_MIN_CHARS - 1))).to.equal(false);
    expect(worthAWorker(new ArrayBuffer(WORKER_MIN_CHARS))).to.equal(true);
    expect(
      worthAWorker(
        new Proxy(
          {},
          {
            get() {
              throw new Error('no');
            },
          },
        ),
      ),
    ).to.equal(false);
    expect(worthAWorker(null)).to.equal(false);
    expect(worthAWorker([1, 2])).to.equal(false);
  });
});
