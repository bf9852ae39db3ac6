import {expect} from '@open-wc/testing';
import {parseFeed} from '../model/parse.js';
import {syntheticFeed} from '../test-support/synthetic-feed.js';
import {computeLayout, type LayoutParams, type TimelineLayout} from './compute-layout.js';
import {clusterItemId, KeyboardPath, parseClusterItemId} from './keyboard-path.js';
import {laneKey} from './lanes.js';

const measure = (text: string) => text.length * 7;
const labels: LayoutParams['labels'] = {other: 'Other', kind: (k) => k, status: (s) => s};
const feed = parseFeed(syntheticFeed(20_000, 11)).feed!;
const placeOf = (id: string) => {
  const event = feed.eventById.get(id);
  return event && {start: event.interval.start, end: event.interval.end, lane: laneKey(event, 'actor', feed, 'en')};
};
const layoutAt = (zoom: number, timeWindow?: [number, number]): TimelineLayout =>
  computeLayout(feed, {
    width: 1200,
    laneBy: 'actor',
    language: 'en',
    measure,
    labels,
    zoom,
    ...(timeWindow ? {timeWindow} : {}),
  });

describe('KeyboardPath', () => {
  it('has one stop per mark and per cluster, in time order, and never stops on a folded event', () => {
    for (const zoom of [1, 8, 64]) {
      const layout = layoutAt(zoom);
      const path = new KeyboardPath(layout, placeOf);
      expect(path.items.length, `zoom ${zoom}`).to.equal(layout.marks.length + layout.clusters.length);
      expect(layout.clusters.length, `zoom ${zoom} has clusters`).to.be.greaterThan(0);
      for (let i = 1; i < path.items.length; i++) expect(path.items[i]!.start).to.be.at.least(path.items[i - 1]!.start);
      const marks = new Set(layout.marks.map((mark) => mark.id));
      for (const stop of path.items) expect(stop.cluster || marks.has(stop.id), stop.id).to.equal(true);
    }
  });

  it('walks every stop with the arrows from the first to the last and back', () => {
    const path = new KeyboardPath(layoutAt(8), placeOf);
    const visited = [path.items[0]!.id];
    for (let next = path.step(visited[0]!, 1); next; next = path.step(next.id, 1)) visited.push(next.id);
    expect(visited).to.deep.equal(path.items.map((stop) => stop.id));
    const back = [visited[visited.length - 1]!];
    for (let previous = path.step(back[0]!, -1); previous; previous = path.step(previous.id, -1))
      back.push(previous.id);
    expect(back).to.deep.equal([...visited].reverse());
  });

  it('resolves an event folded into a cluster to that cluster, and moves on from there', () => {
    const layout = layoutAt(1);
    const path = new KeyboardPath(layout, placeOf);
    const marks = new Set(layout.marks.map((mark) => mark.id));
    const folded = feed.events.find((event) => !marks.has(event.id))!;
    const stop = path.resolve(folded.id)!;
    expect(stop.cluster).to.equal(true);
    expect(stop.lane).to.equal(placeOf(folded.id)!.lane);
    expect(folded.interval.start).to.be.within(stop.start, stop.end - 1);
    const index = path.items.indexOf(stop);
    expect(path.step(folded.id, 1)).to.equal(path.items[index + 1]);
    expect(path.step(folded.id, -1)).to.equal(path.items[index - 1]);
  });

  it('finds a replaced cluster by its span and lane, whatever its lane key holds', () => {
    const id = clusterItemId({lane: 'label:a|b', start: 10, end: 20});
    expect(parseClusterItemId(id)).to.deep.equal({lane: 'label:a|b', start: 10, end: 20});
    expect(parseClusterItemId('e-1')).to.equal(undefined);
    // a block at the whole-feed view, after zooming in: the first stop of its lane inside its span
    const coarse = new KeyboardPath(layoutAt(1), placeOf);
    const block = coarse.items.find((stop) => stop.cluster)!;
    const fine = new KeyboardPath(layoutAt(64), placeOf);
    const there = fine.resolve(block.id)!;
    expect(there.lane).to.equal(block.lane);
    expect(there.start < block.end && there.end > block.start, 'overlaps the block').to.equal(true);
  });

  it('moves across lanes to the closest stop in time, and steps from an event outside a window to the nearest stop', () => {
    const layout = layoutAt(16);
    const path = new KeyboardPath(layout, placeOf);
    const first = path.items[0]!;
    const down = path.across(first.id, 1)!;
    const lanes = layout.lanes.map((lane) => lane.key);
    expect(lanes.indexOf(down.lane)).to.be.greaterThan(lanes.indexOf(first.lane));
    expect(
      path.across(first.id, -1) === undefined ||
        lanes.indexOf(path.across(first.id, -1)!.lane) < lanes.indexOf(first.lane),
    ).to.equal(true);
    // a window in the middle of the feed: the events before it step forward into it
    const [from, to] = layout.domain;
    const middle: [number, number] = [from + (to - from) * 0.4, from + (to - from) * 0.6];
    const windowed = new KeyboardPath(layoutAt(16, middle), placeOf);
    const outside = feed.events[0]!;
    expect(windowed.resolve(outside.id)).to.equal(undefined);
    expect(windowed.step(outside.id, 1)).to.equal(windowed.items[0]);
    expect(windowed.step(outside.id, -1)).to.equal(undefined);
    expect(windowed.nearest(middle[0] + 1)!.start).to.be.at.least(windowed.items[0]!.start);
  });
});
