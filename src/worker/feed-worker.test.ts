// The feed worker (issue 16, point 2) in Chromium, with a real Worker running src/worker/feed-worker.ts:
// the feed it gives back equals parseFeed's on the page's thread (events, order, ids, indexes, periods,
// issues, the parsed-feed mark) for the seed feed, a generated feed and every case of the hostile corpus;
// what cannot go to a worker comes back null (the caller parses on its own thread); and the page's thread
// has no long task while a large document goes there and comes back.
import {expect} from '@open-wc/testing';
import {parseFeed} from '../model/parse.js';
import {isParsedFeed} from '../model/parsed-feed.js';
import type {ParseResult} from '../model/types.js';
import {isLazyEvent, lazyEventCounts, materializeEvent, startPrecision} from '../model/lazy-event.js';
import {FeedAssembler, resultMessages} from './protocol.js';
import {parseInWorker, worthAWorker, WORKER_MIN_CHARS, WORKER_MIN_EVENTS} from './feed-worker-client.js';
import {generated} from '../../test/corpus/generate.js';
// @ts-expect-error: a plain module of the benchmark, no types
import {generateFeed} from '../../bench/generate.mjs';

const SEED = '/data/nk-troops-russia-2024.feed.json';
const CORPUS = '/test/corpus';

/**
 * Asserts that a result from the worker is the page's parse of the same input, piece by piece: the index
 * first (which must not read the events the worker sent as columns), then every field of every event once
 * read, then the whole feed.
 */
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
  const unread = feed!.events.filter(isLazyEvent).length;
  expect(
    feed!.events.map((event) => event.id),
    `${what}: event ids in order`,
  ).to.deep.equal(onPage.feed.events.map((event) => event.id));
  expect([...feed!.eventById.keys()], `${what}: eventById order`).to.deep.equal([...onPage.feed.eventById.keys()]);
  for (const [id, event] of feed!.eventById) expect(feed!.events[event.order], `${what}: ${id}`).to.equal(event);
  expect([...feed!.actorById.keys()], `${what}: actorById`).to.deep.equal([...onPage.feed.actorById.keys()]);
  expect([...feed!.sourceById.keys()], `${what}: sourceById`).to.deep.equal([...onPage.feed.sourceById.keys()]);
  for (const [id, actor] of feed!.actorById) expect(feed!.actors).to.include(actor, id);
  // the feed's own index, with the stats, incoming relations and facet counts the worker built
  expect(feed!.index.feed, `${what}: its index`).to.equal(feed);
  expect(feed!.index.toTransferable().data, `${what}: its index's data`).to.deep.equal(
    onPage.feed.index.toTransferable().data,
  );
  expect(feed!.index.facetCounts(), `${what}: facet counts`).to.deep.equal(onPage.feed.index.facetCounts());
  expect(feed!.index.incomingRelations(), `${what}: incoming relations`).to.deep.equal(
    onPage.feed.index.incomingRelations(),
  );
  expect(feed!.index.stats, `${what}: stats`).to.deep.equal(onPage.feed.index.stats);
  expect(feed!.events.filter(isLazyEvent).length, `${what}: the index read no event`).to.equal(unread);
  // every field of every event, once read, is the page's
  const fields = new Set<string>();
  for (let i = 0; i < feed!.events.length; i++) {
    const event = materializeEvent(feed!.events[i]!) as unknown as Record<string, unknown>;
    const expected = onPage.feed.events[i]! as unknown as Record<string, unknown>;
    expect(Object.keys(event).sort(), `${what}: the fields of event ${i}`).to.deep.equal(Object.keys(expected).sort());
    for (const key of Object.keys(expected)) {
      fields.add(key);
      expect(event[key], `${what}: event ${i}'s ${key}`).to.deep.equal(expected[key]);
    }
    expect(JSON.stringify(event), `${what}: event ${i} as JSON`).to.equal(JSON.stringify(expected));
    // shared with the record as parseFeed shares them
    const record = event['record'] as Record<string, unknown>;
    const expectedRecord = expected['record'] as Record<string, unknown>;
    for (const key of ['title', 'actors', 'relations', 'tags', 'statusUpdates', 'sources', 'quotes'])
      expect(event[key] === record[key], `${what}: event ${i}'s ${key} is its record's`).to.equal(
        expected[key] === expectedRecord[key],
      );
  }
  if (feed!.events.length > 0) expect([...fields]).to.include.members(['title', 'start', 'record', 'interval']);
  expect(feed!.events.filter(isLazyEvent), `${what}: every event read`).to.deep.equal([]);
  expect(feed, what).to.deep.equal(onPage.feed);
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
    const fromText = await parseInWorker(text);
    expect(fromText!.feed!.events.every(isLazyEvent), 'the events come as columns, unread').to.equal(true);
    // the precision of each start, given without reading the event (what the list groups by)
    const precisions = fromText!.feed!.events.map(startPrecision);
    expect(fromText!.feed!.events.every(isLazyEvent), 'still unread').to.equal(true);
    expect(precisions).to.deep.equal(
      onPage.feed!.events.map(({start: {precision, approximate}}) => ({precision, approximate})),
    );
    expect(new Set(precisions.map(({precision}) => precision)).size, 'several precisions').to.be.greaterThan(1);
    expectSame(fromText, onPage, 'seed, text');
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
    expect(result!.feed!.events.every(isLazyEvent), 'the events come as columns, unread').to.equal(true);
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
    // a Proxy reads as the data it gives: JSON carries it to the worker
    const proxy = {events: [new Proxy({title: 'p', start: '2024-01-01'}, {})]};
    expectSame(await parseInWorker(proxy), parseFeed(proxy), 'a Proxy');
    const symbol = {events: [{title: 'a', start: '2024-01-01', tag: Symbol('x')}]};
    expect(await parseInWorker(symbol)).to.equal(null);
  });

  it('sends what JSON carries exactly as JSON, the rest as clones, and gives what the page gives for both', async () => {
    const document = generateFeed(1600, 13) as {events: Array<Record<string, unknown>>};
    const shared = (depth: number): object => (depth === 0 ? {leaf: 1} : {a: shared(depth - 1), b: shared(depth - 1)});
    const sharedOnce = (depth: number): object => {
      let node: object = {leaf: 1};
      for (let i = 0; i < depth; i++) node = {a: node, b: node}; // 2^depth paths, depth objects
      return node;
    };
    let deep: unknown = 'bottom';
    for (let i = 0; i < 70; i++) deep = {deeper: deep};
    const cycle: Record<string, unknown> = {title: 'a cycle', start: '2024-02-01'};
    cycle['self'] = cycle;
    const edgy: Array<[number, Record<string, unknown>]> = [
      [100, {title: 'a date object', start: '2024-01-01', seen: new Date(0)}],
      [300, {title: 'not a number', start: '2024-01-02', importance: NaN}],
      [520, {title: 'minus zero', start: '2024-01-03', importance: -0}],
      [700, cycle],
      [900, {title: 'shared everywhere', start: '2024-01-04', notes: sharedOnce(18)}],
      [1100, {title: 'too deep', start: '2024-01-05', notes: deep}],
      [1300, JSON.parse('{"title": "a __proto__ key", "start": "2024-01-06", "__proto__": {"x": 1}}')],
      [1500, {title: 'a hole', start: '2024-01-07', tags: [, 'b']}], // eslint-disable-line no-sparse-arrays
      [1550, {title: 'nested but small', start: '2024-01-08', notes: shared(3)}],
    ];
    for (const [at, record] of edgy) document.events[at] = record;
    const onPage = parseFeed(document);
    expect(onPage.feed!.events.length).to.be.greaterThan(1500);
    expectSame(await parseInWorker(document), onPage, 'mixed slices');
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

  it('reads an event from its text on first use, once; copies, JSON, setters and frozen events work', async () => {
    const document = generateFeed(3000, 5) as {events: Array<Record<string, unknown>>};
    document.events[4]!['summary'] = 'A summary';
    document.events[4]!['notes'] = {en: 'A note', fr: 'Une note'};
    const onPage = parseFeed(document).feed!;
    const feed = (await parseInWorker(document))!.feed!;
    const before = lazyEventCounts.read;
    // what layout, lanes, filters and facets read from every event costs no reading
    let sum = 0;
    for (const event of feed.events)
      sum += event.interval.start + event.interval.end + event.importance + event.actors.length + event.path.length;
    for (const event of feed.events)
      sum += event.kind.length + event.status.length + event.id.length + Number(event.isRange);
    expect(sum).to.be.greaterThan(0);
    expect(feed.index.facetCounts()).to.deep.equal(onPage.index.facetCounts());
    expect(feed.index.incomingRelations()).to.deep.equal(onPage.index.incomingRelations());
    expect(lazyEventCounts.read - before, 'events read').to.equal(0);
    expect(feed.events.every(isLazyEvent)).to.equal(true);
    // the fields of the record's first event
    const i = onPage.eventById.get(onPage.events.find((event) => event.path === '/events/4')!.id)!.order;
    const event = feed.events[i]!;
    expect(Object.keys(event)).to.deep.equal([
      'id',
      'order',
      'path',
      'kind',
      'status',
      'interval',
      'isRange',
      'actors',
      'importance',
    ]);
    expect({...event}).to.not.have.property('title');
    expect(event.summary).to.equal('A summary');
    expect(lazyEventCounts.read - before, 'one event read').to.equal(1);
    expect(event.notes).to.deep.equal({en: 'A note', fr: 'Une note'});
    expect(event.title).to.equal(event.record.title);
    expect(event.end).to.deep.equal(onPage.events[i]!.end);
    expect(lazyEventCounts.read - before, 'read once').to.equal(1);
    expect({...event}).to.deep.equal({...onPage.events[i]!});
    expect(structuredClone(event)).to.deep.equal(structuredClone(onPage.events[i]!));
    expect(JSON.stringify(feed.events[i + 1])).to.equal(JSON.stringify(onPage.events[i + 1]));
    // a field set by the page, before or after reading
    const other = feed.events[i + 2]!;
    other.title = 'Renamed';
    expect(other.title).to.equal('Renamed');
    expect(Object.keys(other)).to.include('title');
    expect(other.start).to.deep.equal(onPage.events[i + 2]!.start);
    // a frozen event still reads its fields
    const frozen = Object.freeze(feed.events[i + 3]!);
    expect(frozen.title).to.deep.equal(onPage.events[i + 3]!.title);
    expect(frozen.record).to.deep.equal(onPage.events[i + 3]!.record);
    expect(JSON.stringify(frozen)).to.equal(JSON.stringify(onPage.events[i + 3]));
    // an absent field is absent
    const point = feed.events.find((candidate) => !candidate.isRange)!;
    expect(point.end).to.equal(undefined);
    expect(Object.keys(materializeEvent(point))).to.not.include('end');
  });

  it('costs the page a small part of its own parse to take a feed from the worker', async () => {
    const document = generateFeed(20_000, 9);
    parseFeed(generateFeed(2000, 1)); // compiled
    const began = performance.now();
    parseFeed(document);
    const onPageMs = performance.now() - began;
    const worker = parseFeed(document); // what the worker sends, without a worker
    // the quickest of three rounds: a collection of the garbage the parses above left may land in any one
    let receiving = Infinity;
    for (let round = 0; round < 3; round++) {
      // the messages as the page receives them (copies: the page fills the head in place)
      const messages = [...resultMessages(worker)].map(([message]) => [structuredClone(message)] as const);
      const assembler = new FeedAssembler();
      const started = performance.now();
      for (const [message] of messages) assembler.add(message);
      receiving = Math.min(receiving, performance.now() - started);
    }
    expect(
      receiving,
      `taking 20,000 events: ${receiving.toFixed(1)} ms; parsing them: ${onPageMs.toFixed(1)} ms`,
    ).to.be.below(onPageMs / 5);
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
