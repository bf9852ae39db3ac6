import {expect} from '@open-wc/testing';
import {parseFeed} from '../model/parse.js';
import type {FriseEvent} from '../model/types.js';
import {syntheticFeed} from '../test-support/synthetic-feed.js';
import {dominantCodes, feedColumns, lowerBound} from './lane-columns.js';

const feed = parseFeed(syntheticFeed(500, 3, 4)).feed!;
const laneOf = new Map(feed.events.map((event) => [event.id, event.actors[0]!]));
// a grouping by main actor, kept by the feed's index as compute-layout keeps the lanes it assigns
const spec = {laneBy: 'actor', language: 'en', labels: {other: 'Other', kind: String, status: String}};
const grouping = feed.index.keepLanes(spec, {lanes: [], laneOf});

describe('lane columns', () => {
  it('finds the first index at or above a value, within bounds', () => {
    const values = Float64Array.from([1, 3, 3, 3, 7, 9]);
    expect([0, 1, 3, 4, 8, 9, 10].map((v) => lowerBound(values, v))).to.deep.equal([0, 0, 1, 4, 5, 5, 6]);
    expect(lowerBound(values, 3, 2)).to.equal(2);
    expect(lowerBound(values, 9, 0, 3)).to.equal(3);
    expect(lowerBound(new Int32Array(0), 5)).to.equal(0);
  });

  it("holds each lane's events in feed order, with their start, bar length, kind and status", () => {
    const columns = feedColumns(feed, grouping);
    expect(columns.lanes.map((lane) => lane.lane)).to.deep.equal(
      ['lane0', 'lane1', 'lane2', 'lane3'].sort(
        (a, b) => feed.events.findIndex((e) => e.actors[0] === a) - feed.events.findIndex((e) => e.actors[0] === b),
      ),
    );
    let total = 0;
    for (const lane of columns.lanes) {
      total += lane.order.length;
      lane.order.forEach((index, k) => {
        const event = feed.events[index]!;
        expect(event.actors[0]).to.equal(lane.lane);
        if (k > 0) expect(index).to.be.greaterThan(lane.order[k - 1]!);
        expect(lane.starts[k]).to.equal(event.interval.start);
        expect(lane.barLength[k]).to.equal(event.isRange ? event.interval.end - event.interval.start : 0);
        expect(columns.kindNames[lane.kinds[k]!]).to.equal(event.kind);
        expect(columns.statusNames[lane.statuses[k]!]).to.equal(event.status);
      });
    }
    expect(total).to.equal(feed.events.length);
  });

  it('is made once per lane assignment and filter, and leaves out what the filter hides', () => {
    const shown = (event: FriseEvent) => event.status !== 'denied';
    expect(feedColumns(feed, grouping)).to.equal(feedColumns(feed, grouping));
    expect(feedColumns(feed, grouping, shown)).to.equal(feedColumns(feed, grouping, shown));
    const filtered = feedColumns(feed, grouping, shown);
    expect(filtered).not.to.equal(feedColumns(feed, grouping));
    const kept = filtered.lanes.reduce((n, lane) => n + lane.order.length, 0);
    expect(kept).to.equal(feed.events.filter(shown).length);
    expect(filtered.statusNames).not.to.include('denied');
  });

  it("shares the columns of equal filters (by content, not identity), and keeps them in the feed's index", () => {
    const filter = {hiddenKinds: ['report', 'claim'], hiddenStatuses: ['denied'], hiddenActors: []};
    const same = {hiddenKinds: ['claim', 'report', 'claim'], hiddenStatuses: ['denied'], hiddenActors: []};
    const columns = feedColumns(feed, grouping, filter);
    expect(feedColumns(feed, grouping, same)).to.equal(columns);
    expect(feed.index.columns(grouping, {...filter})).to.equal(columns);
    expect(feedColumns(feed, grouping, {...filter, hiddenStatuses: []})).not.to.equal(columns);
    // a filter that hides nothing is no filter
    expect(feedColumns(feed, grouping, {hiddenKinds: [], hiddenStatuses: [], hiddenActors: []})).to.equal(
      feedColumns(feed, grouping),
    );
    const kept = columns.lanes.reduce((n, lane) => n + lane.order.length, 0);
    expect(kept).to.equal(
      feed.events.filter((e) => !['report', 'claim'].includes(e.kind) && e.status !== 'denied').length,
    );
    // the same document parsed again: a new feed, a new index, new columns
    const again = parseFeed(syntheticFeed(500, 3, 4)).feed!;
    const groupingAgain = again.index.keepLanes(spec, {lanes: [], laneOf});
    const columnsAgain = feedColumns(again, groupingAgain, same);
    expect(columnsAgain).not.to.equal(columns);
    expect(columnsAgain).to.deep.equal(columns);
  });

  it('counts the most frequent codes first, ties by name, leaving out bars longer than asked', () => {
    const names = ['b', 'a', 'c', 'd'];
    const codes = Uint8Array.from([0, 1, 0, 1, 2, 3, 3, 3]);
    const bars = Float64Array.from([0, 0, 0, 0, 0, 50, 50, 0]);
    expect(dominantCodes(codes, names, bars, 10, 0, 8)).to.deep.equal([
      ['a', 2],
      ['b', 2],
      ['c', 1],
    ]);
    expect(dominantCodes(codes, names, bars, 100, 0, 8)).to.deep.equal([
      ['d', 3],
      ['a', 2],
      ['b', 2],
    ]);
    expect(dominantCodes(codes, names, bars, 10, 4, 6, 5)).to.deep.equal([['c', 1]]);
  });
});
