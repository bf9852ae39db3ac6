import {expect} from '@open-wc/testing';
import {parseFeed} from '../model/parse.js';
import {syntheticFeed} from '../test-support/synthetic-feed.js';
import {computeLayout, type LayoutParams, type TimelineLayout} from './compute-layout.js';
import {binUnit, MIN_BIN_PX} from './clusters.js';
import {isShown, normalizeFilter} from '../model/filter.js';
import type {FriseEvent} from '../model/types.js';

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
    const weekly = layoutAt(12);
    expect(weekly.clusters.length).to.be.greaterThan(0);
    for (const cluster of weekly.clusters) {
      expect(cluster.unit).to.equal('week');
      expect(new Date(cluster.start).getUTCDay()).to.equal(1); // ISO weeks start on Monday
      expect(cluster.end - cluster.start).to.equal(7 * 86_400_000);
    }
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
    expect(layoutAt(4)).to.deep.equal(
      computeLayout(parseFeed(syntheticFeed(20_000, 7)).feed!, {
        width: 1200,
        laneBy: 'actor',
        language: 'en',
        measure,
        labels,
        zoom: 4,
      }),
    );
  });

  describe('counts, kinds and statuses match the events of each bin', () => {
    const DAY = 86_400_000;
    const doc = syntheticFeed(12_000, 11);
    // some ranges longer than a month: a range longer than its bin stays a bar, outside the count
    doc.events.forEach((event, i) => {
      if (i % 40 === 0)
        event.end = new Date(Date.parse(event.start as string) + (60 + (i % 300)) * DAY).toISOString().slice(0, 10);
    });
    const feed = parseFeed(doc).feed!;
    const longest = Math.max(...feed.events.map((e) => e.interval.end - e.interval.start));
    const filter = normalizeFilter({hiddenKinds: ['claim'], hiddenStatuses: ['denied'], hiddenActors: ['lane3']});
    const shownByFilter = (event: FriseEvent) => isShown(event, filter);
    const naiveDominant = (values: string[], top = 3) => {
      const counts = new Map<string, number>();
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top);
    };
    const cases: Array<[string, number, ((event: FriseEvent) => boolean) | undefined, [number, number] | undefined]> = [
      ['fit view', 1, undefined, undefined],
      ['zoomed, filtered', 3, shownByFilter, undefined],
      ['zoomed into a time window', 16, undefined, [Date.UTC(2023, 4, 10), Date.UTC(2023, 7, 20)]],
      ['deep, filtered, in a window', 64, shownByFilter, [Date.UTC(2024, 1, 1), Date.UTC(2024, 2, 15)]],
    ];
    for (const [name, zoom, shown, timeWindow] of cases) {
      it(name, () => {
        const layout = computeLayout(feed, {
          width: 1200,
          laneBy: 'actor',
          language: 'en',
          measure,
          labels,
          zoom,
          ...(shown ? {shown} : {}),
          ...(timeWindow ? {timeWindow} : {}),
        });
        // the events laid out: shown, and for a window those that may meet it (start up to the longest event before it)
        const laidOut = feed.events.filter(
          (e) =>
            (!shown || shown(e)) &&
            (!timeWindow || (e.interval.start >= timeWindow[0] - longest && e.interval.start < timeWindow[1])),
        );
        expect(layout.clusters.length, 'some bins cluster').to.be.greaterThan(5);
        const barOverAtFit = (layout.domain[1] - layout.domain[0]) / 10;
        let clustered = 0;
        let bars = 0;
        for (const cluster of layout.clusters) {
          const inBin = laidOut.filter(
            (e) => e.actors[0] === cluster.lane && e.interval.start >= cluster.start && e.interval.start < cluster.end,
          );
          const barOver = Math.max(cluster.end - cluster.start, barOverAtFit);
          const members = inBin.filter((e) => !(e.isRange && e.interval.end - e.interval.start > barOver));
          bars += inBin.length - members.length;
          expect(cluster.count, cluster.key).to.equal(members.length);
          expect(cluster.kinds, cluster.key).to.deep.equal(naiveDominant(members.map((e) => e.kind)));
          // every status: the cluster's stacked bar shows its whole mix
          expect(cluster.statuses, cluster.key).to.deep.equal(
            naiveDominant(
              members.map((e) => e.status),
              Infinity,
            ),
          );
          expect([cluster.firstId, cluster.lastId], cluster.key).to.deep.equal([members[0]!.id, members.at(-1)!.id]);
          clustered += cluster.count;
        }
        // every event laid out is drawn once: in a cluster's count or as its own mark (bars included)
        expect(clustered + layout.marks.length).to.equal(laidOut.length);
        // a lane's count is all its events shown, in a window's layout too (its header says the same at every zoom)
        for (const lane of layout.lanes)
          expect(lane.count, lane.key).to.equal(
            feed.events.filter((e) => (!shown || shown(e)) && e.actors[0] === lane.key).length,
          );
        expect(new Set(layout.marks.map((mark) => mark.id)).size).to.equal(layout.marks.length);
        if (zoom === 1) expect(bars, 'long ranges stay bars beside the clusters').to.be.greaterThan(0);
      });
    }
  });
});
