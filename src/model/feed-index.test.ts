import {expect} from '@open-wc/testing';
import seed from '../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import {parseFeed} from './parse.js';
import {FeedIndex, feedIndex, foldText, type IncomingRelation} from './feed-index.js';
import {incomingRelations} from './relations.js';
import {matchesQuery} from './filter.js';
import {countFacets} from './filter-facets.js';
import {actorColor} from './actor-display.js';
import {syntheticFeed} from '../test-support/synthetic-feed.js';
import type {FriseFeed} from './types.js';

const parsed = (input: unknown): FriseFeed => parseFeed(input).feed!;

/** The inverse relations as they were built before the index (the reference to compare with). */
function naiveIncoming(feed: FriseFeed): Map<string, IncomingRelation[]> {
  const built = new Map<string, IncomingRelation[]>();
  for (const event of feed.events)
    for (const relation of event.relations) {
      if (relation.target === event.id) continue;
      let list = built.get(relation.target);
      if (!list) built.set(relation.target, (list = []));
      const incoming: IncomingRelation = {source: event.id, type: relation.type};
      if (relation.note !== undefined) incoming.note = relation.note;
      list.push(incoming);
    }
  return built;
}

/** How many texts foldText folds during `run` (it lowercases each text once). */
function foldCalls(run: () => void): number {
  const original = String.prototype.toLowerCase;
  let calls = 0;
  String.prototype.toLowerCase = function (this: string) {
    calls += 1;
    return original.call(this);
  };
  try {
    run();
  } finally {
    String.prototype.toLowerCase = original;
  }
  return calls;
}

describe('FeedIndex', () => {
  it('is given to every parsed feed, its own: parsing the same document twice gives independent indexes', () => {
    const a = parsed(seed);
    const b = parsed(seed);
    expect(a.index).to.be.instanceOf(FeedIndex);
    expect(a.index.feed).to.equal(a);
    expect(b.index).not.to.equal(a.index);
    expect(feedIndex(a)).to.equal(a.index);
    expect(incomingRelations(b)).not.to.equal(incomingRelations(a));
    expect(incomingRelations(b)).to.deep.equal(incomingRelations(a));
    expect(b.index.stats).not.to.equal(a.index.stats);
    expect(countFacets(b)).not.to.equal(countFacets(a));
  });

  it('is not enumerable: JSON, structured clones and spread copies leave it behind', () => {
    const feed = parsed(seed);
    expect(Object.keys(feed)).not.to.include('index');
    expect(JSON.parse(JSON.stringify(feed))).not.to.have.property('index');
    expect(Object.prototype.hasOwnProperty.call(structuredClone(feed), 'index')).to.equal(false);
    const copy = {...feed};
    expect(Object.prototype.hasOwnProperty.call(copy, 'index')).to.equal(false);
    // a copy gets an index of its own when one is asked for, built from the copy
    const events = feed.events.slice(0, 3);
    const fewer = {...feed, events} as FriseFeed;
    expect(feedIndex(fewer)).not.to.equal(feed.index);
    expect(feedIndex(fewer).feed).to.equal(fewer);
    expect(feedIndex(fewer)).to.equal(fewer.index);
    expect(fewer.index.stats.starts.length).to.equal(3);
    expect(() => FeedIndex.attach(feed)).to.throw(TypeError);
  });

  it('builds the incoming relations once per feed, as the relations say', () => {
    for (const feed of [parsed(seed), parsed(syntheticFeed(2000, 7, 5))]) {
      const inverse = incomingRelations(feed);
      expect(inverse).to.equal(feed.index.incomingRelations());
      expect(incomingRelations(feed)).to.equal(inverse);
      expect(inverse).to.deep.equal(naiveIncoming(feed));
      expect(inverse.size).to.be.greaterThan(0);
    }
  });

  it('folds the search text of an event once per feed, not on every query', () => {
    const feed = parsed(syntheticFeed(300, 5, 3));
    const search = (query: string) => feed.events.filter((event) => matchesQuery(event, query, feed)).length;
    let found = 0;
    const n = feed.events.length;
    // matchesQuery folds its query on each call (n times); the first search also folds every event's
    // text, later ones none
    expect(foldCalls(() => (found = search('event 12')))).to.equal(2 * n);
    expect(found).to.be.greaterThan(0);
    expect(foldCalls(() => search('lane 2'))).to.equal(n);
    // a new feed of the same document folds its own texts
    const again = parsed(syntheticFeed(300, 5, 3));
    expect(foldCalls(() => again.events.forEach((event) => matchesQuery(event, 'lane', again)))).to.equal(2 * n);
    // an event of another feed is searched with its own text (and not kept)
    const other = parsed({events: [{id: 'x', title: 'Négocié à Séoul', start: '2024-01-01'}]}).events[0]!;
    expect(matchesQuery(other, 'negocie', feed)).to.equal(true);
    expect(matchesQuery(feed.events[0]!, 'negocie', feed)).to.equal(false);
  });

  it('folds ASCII text (its fast path) as it folds any text: lower case, no marks', () => {
    const slow = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const text of ['Seoul SAYS 1,500', 'Négocié À Séoul', 'İstanbul', 'ﬁne Ǆ', '', '\u007f~ ABC', 'Ａ', 'naïve'])
      expect(foldText(text), text).to.equal(slow(text));
  });

  it('counts facets and finds the derived palette once per feed', () => {
    const feed = parsed(seed);
    expect(countFacets(feed)).to.equal(countFacets(feed));
    expect(feed.index.facetCounts()).to.equal(countFacets(feed));
    expect(feed.index.actorPalette()).to.equal(feed.index.actorPalette());
    const other = parsed(syntheticFeed(50, 1, 2));
    expect(countFacets(other)).not.to.deep.equal(countFacets(feed));
    expect(actorColor(other, 'lane0')).to.be.a('string');
  });

  it('computes the stats every layout needs once: sorted starts, shortest and longest, first and last', () => {
    const feed = parsed(syntheticFeed(500, 11, 4));
    const stats = feed.index.stats;
    expect(feed.index.stats).to.equal(stats);
    expect([...stats.starts]).to.deep.equal(feed.events.map((event) => event.interval.start));
    const lengths = feed.events.map((event) => event.interval.end - event.interval.start);
    expect(stats.shortest).to.equal(Math.min(...lengths));
    expect(stats.longest).to.equal(Math.max(...lengths));
    expect(stats.first).to.equal(Math.min(...feed.events.map((event) => event.interval.start)));
    expect(stats.last).to.equal(Math.max(...feed.events.map((event) => event.interval.end)));
    const empty = parsed({events: []}).index.stats;
    expect([empty.starts.length, empty.shortest, empty.longest, empty.first, empty.last]).to.deep.equal([
      0,
      Infinity,
      0,
      Infinity,
      -Infinity,
    ]);
  });

  it('goes to plain transferable data and back (a Worker builds it, the page takes it)', () => {
    const feed = parsed(syntheticFeed(1000, 9, 6));
    const {data, transfer} = feed.index.toTransferable();
    // sorted starts; the relations' rows, types and the places of their notes
    expect(transfer).to.have.length(6);
    expect(transfer.every((buffer) => buffer instanceof ArrayBuffer)).to.equal(true);
    // what postMessage does: a structured clone, the buffers moved
    const received = structuredClone(data, {transfer});
    expect(transfer.every((buffer) => buffer.byteLength === 0)).to.equal(true);
    // the sender's index still works: it gave copies
    expect(feed.index.stats.starts.length).to.equal(1000);
    const clone = structuredClone(feed) as FriseFeed; // the feed as the page receives it: no index
    expect(Object.prototype.hasOwnProperty.call(clone, 'index')).to.equal(false);
    const index = FeedIndex.fromTransferable(clone, received);
    expect(clone.index).to.equal(index);
    expect(index.feed).to.equal(clone);
    expect(index.stats).to.deep.equal(feed.index.stats);
    expect(index.stats.starts).to.equal(received.stats.starts); // taken as it is, not rebuilt
    expect(incomingRelations(clone)).to.deep.equal(incomingRelations(feed));
    expect(incomingRelations(clone).get(clone.events[0]!.id)?.[0]?.source ?? '').to.be.a('string');
    expect(index.facetCounts()).to.deep.equal(feed.index.facetCounts()); // taken from the data
    expect(index.facetCounts().kinds).to.not.equal(feed.index.facetCounts().kinds);
    // and once more: the page's index gives the same data
    expect(index.toTransferable().data).to.deep.equal(feed.index.toTransferable().data);
  });

  it("reads one event's incoming relations from a Worker's rows as the whole map gives them", () => {
    const document = syntheticFeed(1000, 9, 6) as {events: Array<{relations?: Array<{note?: string}>}>};
    document.events.forEach((event, i) =>
      event.relations?.forEach((relation, j) => {
        if ((i + j) % 3 === 0) relation.note = `note ${i}.${j}`;
      }),
    );
    const feed = parsed(document);
    const {data, transfer} = feed.index.toTransferable();
    const clone = structuredClone(feed) as FriseFeed;
    const index = FeedIndex.fromTransferable(clone, structuredClone(data, {transfer}));
    const whole = naiveIncoming(feed);
    let pointedAt = 0;
    let noted = 0;
    for (const event of clone.events) {
      const one = index.incomingTo(event.id);
      expect(one, event.id).to.deep.equal(whole.get(event.id));
      expect(index.incomingTo(event.id), 'the same list on every call').to.equal(one);
      if (one) pointedAt++;
      noted += (one ?? []).filter((relation) => relation.note !== undefined).length;
    }
    expect(pointedAt).to.be.greaterThan(10);
    expect(noted, 'relations with a note').to.be.greaterThan(0);
    expect(index.incomingTo('no-such-event')).to.equal(undefined);
    // an index built on the page answers from its whole map
    expect(feed.index.incomingTo(clone.events[0]!.id)).to.equal(incomingRelations(feed).get(clone.events[0]!.id));
  });

  it('refuses transferable data that do not fit the feed', () => {
    const feed = parsed(syntheticFeed(200, 2, 3));
    const other = parsed(syntheticFeed(200, 3, 3));
    const {data} = feed.index.toTransferable();
    const bare = () => structuredClone(other) as FriseFeed;
    expect(() => FeedIndex.fromTransferable(bare(), data)).to.throw(RangeError);
    expect(() => FeedIndex.fromTransferable(structuredClone(parsed(syntheticFeed(10))), data)).to.throw(RangeError);
    const bad = structuredClone(data);
    bad.relations.slots[0] = 99;
    expect(() => FeedIndex.fromTransferable(structuredClone(feed) as FriseFeed, bad)).to.throw(RangeError);
    const badType = structuredClone(data);
    badType.relations.types![0] = 200;
    expect(() => FeedIndex.fromTransferable(structuredClone(feed) as FriseFeed, badType)).to.throw(RangeError);
    const badFacets = structuredClone(data);
    badFacets.facets!.kinds[0]![1] += 1;
    expect(() => FeedIndex.fromTransferable(structuredClone(feed) as FriseFeed, badFacets)).to.throw(RangeError);
    expect(() => FeedIndex.fromTransferable(structuredClone(feed) as FriseFeed, data)).not.to.throw();
  });
});
