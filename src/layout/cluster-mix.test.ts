import {expect} from '@open-wc/testing';
import {clusterMix, statusSegments, STATUS_ORDER} from './cluster-mix.js';
import {kindSymbol, placeSymbol} from './symbols.js';
import {computeLayout} from './compute-layout.js';
import {parseFeed} from '../model/parse.js';
import {syntheticFeed} from '../test-support/synthetic-feed.js';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

describe("statusSegments (a cluster's stacked bar)", () => {
  it("gives each status its share, in the legend's order whatever the counts' order", () => {
    const segments = statusSegments([
      ['denied', 10],
      ['confirmed', 60],
      ['reported', 30],
    ]);
    expect(segments.map((s) => s.status)).to.deep.equal(['reported', 'confirmed', 'denied']);
    expect(segments.map((s) => s.size)).to.deep.equal([0.3, 0.6, 0.1]);
    expect(segments.map((s) => s.share)).to.deep.equal([0.3, 0.6, 0.1]);
    expect(segments.map((s) => s.offset)).to.deep.equal([0, 0.3, 0.8999999999999999]);
  });

  it('puts "status not given" last, as the legend does', () => {
    expect(
      statusSegments([
        ['unspecified', 5],
        ['unverified', 1],
        ['reported', 2],
      ]).map((s) => s.status),
    ).to.deep.equal(['reported', 'unverified', 'unspecified']);
    expect(STATUS_ORDER.at(-1)).to.equal('unspecified');
  });

  it('raises a tiny status to the minimum, taking the room from the others in proportion', () => {
    const segments = statusSegments(
      [
        ['confirmed', 990],
        ['denied', 5],
        ['reported', 5],
      ],
      0.05,
    );
    expect(segments.map((s) => s.status)).to.deep.equal(['reported', 'confirmed', 'denied']);
    expect(segments[0]!.size).to.equal(0.05);
    expect(segments[2]!.size).to.equal(0.05);
    expect(close(segments[1]!.size, 0.9)).to.equal(true);
    // words keep the exact shares
    expect(segments[0]!.share).to.equal(0.005);
    expect(close(sum(segments.map((s) => s.size)), 1)).to.equal(true);
  });

  it('repeats the raise when taking room pushes another status under the minimum', () => {
    // 0.085 is above 0.08 before 0.015 is raised, below it after (0.085 / 0.985 × 0.92 ≈ 0.079)
    const segments = statusSegments(
      [
        ['reported', 900],
        ['confirmed', 85],
        ['denied', 15],
      ],
      0.08,
    );
    expect(segments.map((s) => s.size >= 0.08 - 1e-12)).to.deep.equal([true, true, true]);
    expect(close(segments[1]!.size, 0.08)).to.equal(true);
    expect(close(sum(segments.map((s) => s.size)), 1)).to.equal(true);
    expect(segments[0]!.size).to.be.greaterThan(segments[1]!.size);
  });

  it('keeps half the bar proportional where the minimums would not fit', () => {
    const statuses = STATUS_ORDER.map((status, i) => [status, i === 0 ? 1000 : 1] as [typeof status, number]);
    const segments = statusSegments(statuses, 0.5);
    const least = 1 / 12;
    for (const segment of segments.slice(1)) expect(close(segment.size, least)).to.equal(true);
    expect(close(segments[0]!.size, 1 - 5 * least)).to.equal(true);
  });

  it('always sums to 1, with offsets that follow each other, for any counts', () => {
    for (let seed = 1; seed < 200; seed++) {
      const statuses = STATUS_ORDER.map(
        (status, i) => [status, ((seed * (i + 3) * 7919) % 97) * (i % 2 ? 1 : 13)] as [typeof status, number],
      );
      const segments = statusSegments(statuses, ((seed % 7) + 1) / 40);
      if (seed % 97 === 0) {
        expect(segments, 'every count 0').to.deep.equal([]);
        continue;
      }
      expect(close(sum(segments.map((s) => s.size)), 1), `seed ${seed}`).to.equal(true);
      segments.forEach((segment, i) => {
        if (i > 0)
          expect(close(segment.offset, segments[i - 1]!.offset + segments[i - 1]!.size), `seed ${seed}`).to.equal(true);
      });
    }
  });

  it('draws nothing for a cluster with no counted event, and ignores zero counts', () => {
    expect(statusSegments([])).to.deep.equal([]);
    expect(statusSegments([['confirmed', 0]])).to.deep.equal([]);
    expect(
      statusSegments([
        ['confirmed', 0],
        ['denied', 4],
      ]).map((s) => [s.status, s.size]),
    ).to.deep.equal([['denied', 1]]);
  });
});

describe('clusterMix', () => {
  it('picks the main kind and status; a tie in statuses goes to the one the legend lists first', () => {
    const mix = clusterMix(
      [
        ['military', 8],
        ['statement', 3],
      ],
      [
        ['denied', 4],
        ['reported', 4],
      ],
    );
    expect(mix.dominantKind).to.equal('military');
    expect(mix.dominantStatus).to.equal('reported');
    expect(mix.segments.map((s) => s.status)).to.deep.equal(['reported', 'denied']);
  });

  it('says "not said" for a cluster that holds no kind', () => {
    expect(clusterMix([], []).dominantKind).to.equal('unspecified');
  });

  it('sees every status of a laid-out cluster: the layout counts them all', () => {
    const feed = parseFeed(syntheticFeed(4000, 5, 2)).feed!;
    const layout = computeLayout(feed, {
      width: 800,
      laneBy: 'actor',
      language: 'en',
      measure: (text) => text.length * 6,
      labels: {other: 'Other', kind: (kind) => kind, status: (status) => status},
    });
    expect(layout.clusters.length).to.be.greaterThan(10);
    for (const cluster of layout.clusters) {
      expect(sum(cluster.statuses.map(([, count]) => count)), cluster.key).to.equal(cluster.count);
    }
    expect(
      layout.clusters.some((cluster) => clusterMix(cluster.kinds, cluster.statuses).segments.length === 5),
    ).to.equal(true);
  });
});

describe('placeSymbol', () => {
  it('moves a kind symbol and narrows it across, for a group that a zoom widens', () => {
    expect(placeSymbol(kindSymbol('statement', 5), 100, 20)).to.equal('M95.6,15.6H104.4V24.4H95.6Z');
    expect(placeSymbol(kindSymbol('statement', 5), 100, 20, 0.5)).to.equal('M97.8,15.6H102.2V24.4H97.8Z');
    expect(placeSymbol(kindSymbol('report', 4), 10, 10, 0.5)).to.equal('M8,10A2,4 0 1,0 12,10A2,4 0 1,0 8,10Z');
  });

  it("keeps every kind's shape: the same number of commands as the symbol at the origin", () => {
    for (const kind of [
      'report',
      'claim',
      'denial',
      'statement',
      'reaction',
      'diplomatic',
      'agreement',
      'legislation',
      'military',
      'aid',
      'context',
      'publication',
      'unspecified',
    ] as const) {
      const d = kindSymbol(kind, 5);
      expect(placeSymbol(d, 0, 0).replace(/[^MLHVAZ]/g, ''), kind).to.equal(d.replace(/[^MLHVAZ]/g, ''));
      expect(placeSymbol(d, 0, 0), kind).to.not.contain('NaN');
    }
  });
});
