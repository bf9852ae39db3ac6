import {expect} from '@open-wc/testing';
import {parseFeed} from '../model/parse.js';
import {syntheticFeed} from '../test-support/synthetic-feed.js';
import {computeLayout, type LayoutParams, type TimelineLayout} from './compute-layout.js';
import {binUnit, binEvents, MIN_BIN_PX} from './clusters.js';
import {utcMonday} from 'd3-time';

const measure = (text: string) => text.length * 7;
const labels: LayoutParams['labels'] = {other: 'Other', kind: (k) => k, status: (s) => s};
const big = parseFeed(syntheticFeed(20_000, 7)).feed!;
const layoutAt = (zoom: number, width = 1200): TimelineLayout =>
  computeLayout(big, {width, laneBy: 'actor', language: 'en', measure, labels, zoom});

/** Every event is drawn exactly once: as its own mark or inside exactly one cluster of its lane. */
function assertEachEventOnce(layout: TimelineLayout) {
  const seen = new Map<string, number>();
  for (const mark of layout.marks) seen.set(mark.id, (seen.get(mark.id) ?? 0) + 1);
  let clustered = 0;
  for (const cluster of layout.clusters) clustered += cluster.count;
  expect(layout.marks.length + clustered).to.equal(big.events.length);
  for (const count of seen.values()) expect(count).to.equal(1);
}

describe('clusters', () => {
  it('bins on calendar units at least MIN_BIN_PX wide', () => {
    const day = 86_400_000;
    expect(binUnit(MIN_BIN_PX / day).name).to.equal('day');
    expect(binUnit(MIN_BIN_PX / (2 * day)).name).to.equal('week');
    expect(binUnit(MIN_BIN_PX / (20 * day)).name).to.equal('month');
    const events = parseFeed(syntheticFeed(50, 1, 1)).feed!.events;
    const bins = binEvents(events, utcMonday);
    for (const bin of bins) {
      expect(new Date(bin.start).getUTCDay()).to.equal(1); // ISO weeks start on Monday
      for (const event of bin.events) expect(event.interval.start).to.be.within(bin.start, bin.end - 1);
    }
    expect(bins.reduce((n, bin) => n + bin.events.length, 0)).to.equal(50);
  });

  it('aggregates 20,000 events at the fit view and places every event once', () => {
    const fit = layoutAt(1);
    expect(fit.clusters.length).to.be.greaterThan(50);
    expect(fit.marks.length).to.be.below(2000);
    assertEachEventOnce(fit);
    for (const cluster of fit.clusters) {
      expect(cluster.count).to.be.greaterThan(1);
      expect(cluster.kinds[0]![1]).to.be.at.least(cluster.kinds[1]?.[1] ?? 0);
      expect(cluster.x2 - cluster.x1).to.be.at.least(MIN_BIN_PX - 1e-9);
    }
  });

  it('expands as the zoom deepens, keeping the invariants', () => {
    const fit = layoutAt(1);
    const deep = layoutAt(256);
    assertEachEventOnce(deep);
    expect(deep.marks.length).to.be.greaterThan(fit.marks.length);
    const fitClustered = fit.clusters.reduce((n, c) => n + c.count, 0);
    const deepClustered = deep.clusters.reduce((n, c) => n + c.count, 0);
    expect(deepClustered).to.be.below(fitClustered);
  });

  it('is deterministic for a large seeded feed', () => {
    expect(layoutAt(4)).to.deep.equal(computeLayout(parseFeed(syntheticFeed(20_000, 7)).feed!, {width: 1200, laneBy: 'actor', language: 'en', measure, labels, zoom: 4}));
  });
});
