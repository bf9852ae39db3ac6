import {expect} from '@open-wc/testing';
import seed from '../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import {parseFeed} from '../model/parse.js';
import type {FriseFeed} from '../model/types.js';
import {
  computeLayout,
  DEFAULT_METRICS,
  timeAtScreen,
  timeScale,
  zoomLevel,
  type LayoutParams,
  type TimelineLayout,
} from './compute-layout.js';
import {zoomIdentity} from 'd3-zoom';

// A fixed-width "font": layout is tested with exact numbers, independent of the browser's fonts.
const measure = (text: string) => text.length * 7;
const labels: LayoutParams['labels'] = {other: 'Other', kind: (k) => k, status: (s) => s};
const seedFeed = parseFeed(seed).feed!;

function layoutOf(feed: FriseFeed, width: number, laneBy: LayoutParams['laneBy'] = 'actor'): TimelineLayout {
  return computeLayout(feed, {width, laneBy, language: 'fr', measure, labels});
}

function feedOf(events: Array<Record<string, unknown>>): FriseFeed {
  const {feed, issues} = parseFeed({
    version: 1,
    title: 't',
    language: 'fr',
    events: events.map((e) => ({kind: 'report', status: 'reported', ...e})),
  });
  expect(issues).to.deep.equal([]);
  return feed!;
}

describe('computeLayout', () => {
  for (const width of [375, 768, 1440]) {
    it(`places every seed event once (a mark, or in a cluster where marks would touch), inside the chart; no visible label \
touches another label or a mark; no two marks of different dates overlap (width ${width})`, () => {
      const layout = layoutOf(seedFeed, width);
      const clustered = layout.clusters.flatMap((cluster) => cluster.members);
      expect([...layout.marks.map((m) => m.id), ...clustered].sort()).to.deep.equal(
        seedFeed.events.map((e) => e.id).sort(),
      );
      for (const cluster of layout.clusters) expect(cluster.count, cluster.key).to.equal(cluster.members.length);
      const r = DEFAULT_METRICS.markRadius;
      for (const a of layout.marks) {
        for (const b of layout.marks) {
          if (a === b || a.y !== b.y || a.isRange || b.isRange || a.x === b.x) continue;
          expect(Math.abs(a.x - b.x), `${a.id} and ${b.id} overlap`).to.be.at.least(2 * r);
        }
      }
      const boxes = (mark: TimelineLayout['marks'][number]) => {
        const r = DEFAULT_METRICS.markRadius;
        const markBox = {
          left: (mark.span?.x1 ?? mark.x) - r,
          right: Math.max(mark.x2, mark.span?.x2 ?? mark.x2) + r,
          top: mark.y - r,
          bottom: mark.y + r,
        };
        const labelLeft = mark.label.anchor === 'start' ? mark.label.x : mark.label.x - mark.label.width;
        const labelBox = {left: labelLeft, right: labelLeft + mark.label.width, top: mark.y - 7, bottom: mark.y + 7};
        return {markBox, labelBox};
      };
      const intersects = (a: {left: number; right: number; top: number; bottom: number}, b: typeof a) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      for (const mark of layout.marks) {
        const {markBox, labelBox} = boxes(mark);
        expect(Math.max(markBox.left, 0), mark.id).to.be.at.least(0);
        if (!mark.label.visible) continue;
        expect(labelBox.left, mark.id).to.be.at.least(0);
        expect(labelBox.right, mark.id).to.be.at.most(width);
        for (const other of layout.marks) {
          if (other === mark) continue;
          const theirs = boxes(other);
          expect(intersects(labelBox, theirs.markBox), `${mark.id} label on ${other.id} mark`).to.equal(false);
          if (other.label.visible)
            expect(intersects(labelBox, theirs.labelBox), `${mark.id} label on ${other.id} label`).to.equal(false);
        }
      }
    });
  }

  it('lets the least important labels give way when a lane runs out of rows, never the key events', () => {
    const layout = computeLayout(seedFeed, {
      width: 768,
      laneBy: 'actor',
      language: 'fr',
      measure,
      labels,
      maxRows: 3,
      zoom: 4,
    });
    const hidden = layout.marks.filter((mark) => !mark.label.visible);
    expect(hidden.length).to.be.greaterThan(0);
    const shownImportance = Math.max(...hidden.map((mark) => mark.importance));
    // every event more important than the most important hidden label kept its label
    for (const mark of layout.marks)
      if (mark.importance > shownImportance) expect(mark.label.visible, mark.id).to.equal(true);
    const nis = layout.marks.find((mark) => mark.id === 'nis-12000-troops-report');
    expect(
      nis ? nis.label.visible : layout.clusters.some((cluster) => cluster.members.includes('nis-12000-troops-report')),
      'the key report is labelled or in a cluster',
    ).to.equal(true);
  });

  it('at a deeper zoom level spreads events so that more labels show', () => {
    const fit = layoutOf(seedFeed, 768);
    const laneRows = new Map(fit.lanes.map((lane) => [lane.key, lane.rows]));
    const zoomed = computeLayout(seedFeed, {
      width: 768,
      laneBy: 'actor',
      language: 'fr',
      measure,
      labels,
      zoom: 16,
      laneRows,
    });
    const visible = (layout: TimelineLayout) => layout.marks.filter((mark) => mark.label.visible).length;
    expect(visible(zoomed)).to.be.greaterThan(visible(fit));
    expect(zoomed.lanes.map((lane) => lane.height)).to.deep.equal(fit.lanes.map((lane) => lane.height));
  });

  it('draws imprecise points with a soft span over their whole interval and fades imprecise bar ends', () => {
    const feed = feedOf([
      {id: 'month', title: 'M', start: '2024-06'},
      {id: 'day', title: 'D', start: '2024-06-19'},
      {id: 'about', title: 'A', start: {date: '2022', approximate: true}, end: '2024-10-22'},
    ]);
    const marks = Object.fromEntries(layoutOf(feed, 1000).marks.map((m) => [m.id, m]));
    expect(marks['day']!.span).to.equal(undefined);
    const span = marks['month']!.span!;
    expect(marks['month']!.x).to.be.closeTo((span.x1 + span.x2) / 2, 1e-9);
    expect(span.x2 - span.x1).to.be.greaterThan(20);
    expect(marks['about']!.fade).to.equal('start');
    expect(marks['day']!.fade).to.equal('none');
  });

  it('rounds zoom levels down to quarter octaves', () => {
    expect([0.5, 1, 1.1, 1.2, 1.18, 2, 2.5, 16].map(zoomLevel)).to.deep.equal([
      1,
      1,
      1,
      2 ** 0.25,
      1,
      2,
      2 ** 1.25,
      16,
    ]);
  });

  it('is deterministic: the same feed and width give the same layout', () => {
    expect(layoutOf(seedFeed, 900)).to.deep.equal(layoutOf(parseFeed(seed).feed!, 900));
  });

  it('maps time to x linearly over the padded span of all events', () => {
    const feed = feedOf([
      {id: 'a', title: 'A', start: '2024-01-01'},
      {id: 'b', title: 'B', start: '2024-01-11'},
    ]);
    const layout = layoutOf(feed, 1000);
    const [a, b] = layout.marks;
    // points sit at the middle of their day; the span [1 Jan, 12 Jan) is padded by one day each side
    expect(layout.domain).to.deep.equal([Date.UTC(2023, 11, 31), Date.UTC(2024, 0, 13)]);
    const dayPx = (1000 - 2 * DEFAULT_METRICS.marginX) / 13;
    expect(a!.x).to.be.closeTo(16 + 1.5 * dayPx, 1e-9);
    expect(b!.x - a!.x).to.be.closeTo(10 * dayPx, 1e-9);
  });

  it('finds the time at a screen x under a zoom without a rescaled scale, as d3 would', () => {
    const layout = layoutOf(seedFeed, 1200);
    expect(timeScale(layout), 'one base scale per layout').to.equal(timeScale(layout));
    for (const [k, x] of [
      [1, 0],
      [3.7, -1500],
      [512, -250_000],
      [0.8, 40],
    ] as const) {
      const rescaled = zoomIdentity.translate(x, 0).scale(k).rescaleX(timeScale(layout));
      for (const screenX of [layout.range[0], 333, layout.range[1]]) {
        expect(timeAtScreen(layout, k, x, screenX)).to.be.closeTo(rescaled.invert(screenX).getTime(), 1);
      }
    }
  });

  it('stacks events that would collide into rows and keeps apart ones that do not', () => {
    const feed = feedOf([
      {id: 'a', title: 'A long title', start: '2024-01-01'},
      {id: 'b', title: 'Another long title', start: '2024-01-02'},
      {id: 'c', title: 'Far away', start: '2024-12-01'},
    ]);
    const rows = Object.fromEntries(layoutOf(feed, 1000).marks.map((m) => [m.id, m.row]));
    expect(rows).to.deep.equal({a: 0, b: 1, c: 0});
  });

  it('puts a label left of its mark near the right edge, and inside a long bar when it fits nowhere else', () => {
    const feed = feedOf([
      {id: 'early', title: 'Early', start: '2024-01-01'},
      {id: 'late', title: 'A title that cannot fit right', start: '2024-12-31'},
    ]);
    const late = layoutOf(feed, 800).marks.find((m) => m.id === 'late')!;
    expect(late.label.anchor).to.equal('end');
    expect(late.label.x).to.be.below(late.x);
    const bar = feedOf([{id: 'bar', title: 'Forty-two characters of a rather long title', start: '2000', end: '2030'}]);
    const mark = layoutOf(bar, 400).marks[0]!;
    expect(mark.label.anchor).to.equal('start');
    expect(mark.label.x).to.be.within(mark.x, mark.x2);
    expect(mark.label.x + mark.label.width).to.be.at.most(mark.x2);
  });

  it('shortens a label with an ellipsis only when it fits nowhere whole', () => {
    const feed = feedOf([{id: 'a', title: 'x'.repeat(100), start: '2024-01-01'}]);
    const layout = layoutOf(feed, 600);
    const mark = layout.marks[0]!;
    expect(mark.label.text.endsWith('…')).to.equal(true);
    const left = mark.label.anchor === 'start' ? mark.label.x : mark.label.x - mark.label.width;
    expect(left).to.be.at.least(layout.range[0] - 0.5);
    expect(left + mark.label.width).to.be.at.most(layout.range[1] + 0.5);
    expect(mark.label.full).to.equal('x'.repeat(100));
  });

  it('lets a long title use the free room of its row past the usual label width, up to its neighbour', () => {
    const long = 'A long headline that runs well past three hundred pixels of label, as real headlines do';
    const alone = layoutOf(
      feedOf([
        {id: 'long', title: long, start: '2024-01-01', importance: 5},
        {id: 'end', title: 'End', start: '2024-12-31'},
      ]),
      1400,
    ).marks.find((m) => m.id === 'long')!;
    expect(alone.label.text).to.equal(long);
    expect(alone.label.width).to.be.greaterThan(DEFAULT_METRICS.maxLabelWidth);
    // a neighbour in the same row, about 600 px on: the title is cut just before it, not at 300 px
    const [first, second] = (() => {
      const layout = layoutOf(
        feedOf([
          {id: 'long', title: long, start: '2024-01-01', importance: 5},
          {id: 'next', title: long, start: '2024-06-15', importance: 5},
          {id: 'end', title: 'End', start: '2024-12-31'},
        ]),
        1400,
      );
      return ['long', 'next'].map((id) => layout.marks.find((m) => m.id === id)!);
    })();
    expect(first!.row).to.equal(second!.row);
    expect(first!.label.x + first!.label.width).to.be.below(second!.x);
    expect(first!.label.width).to.be.greaterThan(DEFAULT_METRICS.maxLabelWidth);
    expect(first!.label.text.endsWith('…')).to.equal(true);
  });

  it('gives lanes the height of their rows, stacked below the axis and the strip of period names', () => {
    const layout = layoutOf(seedFeed, 1000);
    // the seed feed has a period: its name takes a strip of a lane header's height under the axis
    expect(seedFeed.periods.length).to.be.above(0);
    expect(layout.periodsHeight).to.equal(DEFAULT_METRICS.laneHeader);
    let y = DEFAULT_METRICS.axisHeight + DEFAULT_METRICS.laneHeader;
    for (const lane of layout.lanes) {
      expect(lane.y).to.equal(y);
      expect(lane.height).to.equal(
        DEFAULT_METRICS.laneHeader + lane.rows * DEFAULT_METRICS.rowHeight + DEFAULT_METRICS.lanePadding,
      );
      y += lane.height;
    }
    expect(layout.height).to.equal(y);
    expect(layout.lanes.reduce((n, lane) => n + lane.count, 0)).to.equal(34);
    const without = layoutOf({...seedFeed, periods: []}, 1000);
    expect(without.periodsHeight).to.equal(0);
    expect(without.lanes[0]!.y).to.equal(DEFAULT_METRICS.axisHeight);
  });

  it("keeps its lanes and lane columns in the feed's index: equal filters share columns, a new feed gets its own", () => {
    const feed = parseFeed(seed).feed!;
    const params = {width: 1000, laneBy: 'actor' as const, language: 'fr', measure, labels};
    const hidden = {hiddenKinds: ['denial'], hiddenStatuses: [], hiddenActors: [], hiddenRelations: [], query: ''};
    const layout = computeLayout(feed, {...params, filter: hidden});
    const grouping = feed.index.lanes(params)!;
    expect(grouping.laneOf).to.equal(layout.laneOf);
    const columns = feed.index.columns(grouping, hidden)!;
    expect(columns).to.be.an('object');
    // an equal filter (another object, its lists in another order) lays out with the same columns
    const same = {...hidden, hiddenKinds: ['denial'], query: 'something'};
    const again = computeLayout(feed, {...params, filter: same});
    expect(feed.index.columns(grouping, same)).to.equal(columns);
    expect(again).to.deep.equal(layout);
    // the same choice as a predicate lays out the same
    const shown = computeLayout(feed, {...params, shown: (event) => event.kind !== 'denial'});
    expect(shown).to.deep.equal(layout);
    expect(layout.marks.some((mark) => mark.kind === 'denial')).to.equal(false);
    // the same document parsed again: fresh lanes and columns
    const other = parseFeed(seed).feed!;
    computeLayout(other, {...params, filter: hidden});
    expect(other.index.lanes(params)).not.to.equal(grouping);
    expect(other.index.columns(other.index.lanes(params)!, hidden)).not.to.equal(columns);
  });
});
