import {expect} from '@open-wc/testing';
import {parseFeed} from '../../model/parse.js';
import {EMPTY_FILTER} from '../../model/filter.js';
import type {FriseFeed} from '../../model/types.js';
import seed from '../../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import {TimelineViews, type ViewSettings} from './timeline-views.js';
import {DEFAULT_METRICS, zoomLevel} from '../../layout/compute-layout.js';
import {zoomIdentity} from 'd3-zoom';
import {syntheticFeed} from '../../test-support/synthetic-feed.js';

const seedFeed = parseFeed(seed).feed!;
// a plain width per character: the views need a measure, not a font
const measure = (text: string) => 7 * [...text].length;
const settings = (feed: FriseFeed, extra: Partial<ViewSettings> = {}): ViewSettings => ({
  feed,
  width: 1280,
  laneBy: 'actor',
  language: 'fr',
  maxRows: 8,
  maxLanes: 40,
  filter: EMPTY_FILTER,
  firstView: 'story',
  measure,
  metrics: DEFAULT_METRICS,
  ...extra,
});

describe('TimelineViews (layouts, first view and edge counts for one feed)', () => {
  it('frames the seed on its story, and on everything when asked for all', () => {
    const views = new TimelineViews().use(settings(seedFeed));
    const home = views.home()!;
    expect(home.visible[0]).to.be.at.least(Date.UTC(2024, 8, 15));
    expect(home.visible[1]).to.be.at.most(Date.UTC(2024, 11, 31));
    expect(home.level).to.be.greaterThan(1);
    expect(views.use(settings(seedFeed, {firstView: 'all'})).home()).to.equal(undefined);
  });

  it('gives the fit layout the lane rows the first view needs, and keeps one layout per setting', () => {
    const views = new TimelineViews().use(settings(seedFeed));
    const fit = views.fit()!;
    expect(fit.marks.length + fit.clusters.reduce((sum, cluster) => sum + cluster.count, 0)).to.equal(
      seedFeed.events.length,
    );
    expect(views.fit()).to.equal(fit);
    // another feed starts afresh
    const other = parseFeed({
      events: [
        {title: 'a', start: '2024-01-01'},
        {title: 'b', start: '2024-02-01'},
      ],
    }).feed!;
    expect(
      views
        .use(settings(other))
        .fit()!
        .marks.map((mark) => mark.id),
    ).to.have.length(2);
  });

  it('counts the events beyond a range and finds the nearest on each side, under the filter', () => {
    const views = new TimelineViews().use(settings(seedFeed));
    const range: [number, number] = [Date.UTC(2024, 9, 1), Date.UTC(2024, 10, 15)];
    const before = seedFeed.events.filter((event) => event.interval.end < range[0]);
    const after = seedFeed.events.filter((event) => event.interval.start > range[1]);
    expect(views.beyond(range)).to.deep.equal({before: before.length, after: after.length});
    expect(views.nearestBeyond(range, -1)).to.equal(Math.max(...before.map((event) => event.interval.end)));
    expect(views.nearestBeyond(range, 1)).to.equal(Math.min(...after.map((event) => event.interval.start)));
    const filter = {...EMPTY_FILTER, hiddenKinds: [...new Set(after.map((event) => event.kind))]};
    expect(views.use(settings(seedFeed, {filter})).beyond(range).after).to.equal(0);
  });

  it('holds the level drawn during a gesture, and lets it go when the gesture ends', async () => {
    const views = new TimelineViews().use(settings(seedFeed, {firstView: 'all'}));
    const {zoomIdentity} = await import('d3-zoom');
    // settled at 4 (a gesture starts from a view drawn at its level)
    const at4 = views.current(zoomIdentity.scale(4), false)!;
    expect(at4.level).to.equal(4);
    // a little shallower during the gesture: the level drawn stays
    expect(views.current(zoomIdentity.scale(3.5), true)!.level).to.equal(4);
    expect(views.current(zoomIdentity.scale(3.5), false)!.level).to.not.equal(4);
  });

  it('during a gesture, draws a layout already made (no deeper than the view, covering it) rather than making one', async () => {
    const views = new TimelineViews().use(settings(seedFeed, {firstView: 'all'}));
    const {zoomIdentity} = await import('d3-zoom');
    const at16 = views.current(zoomIdentity.scale(16), false)!;
    expect(at16.level).to.equal(16);
    // zooming out past what the held level allows, to a level never made: the fit layout stands in
    const out = views.current(zoomIdentity.scale(3), true)!;
    expect(out.level).to.equal(1);
    expect(out.layout).to.equal(out.fit);
    // once made (the gesture ended there), the level is drawn as itself in the next gesture
    const settled = views.current(zoomIdentity.scale(3), false)!;
    expect(settled.level).to.equal(zoomLevel(3));
    expect(views.current(zoomIdentity.scale(3.1), true)!.layout).to.equal(settled.layout);
  });
});

describe('TimelineViews.prefetch (the next zoom step, made ahead)', () => {
  for (const [name, feed] of [
    ['the seed', seedFeed],
    ['8,000 events (laid out by windows)', parseFeed(syntheticFeed(8000, 3)).feed!],
  ] as const) {
    it(`makes the layouts of the view zoomed in and out by 2 around its centre: ${name}`, () => {
      const plain = new TimelineViews().use(settings(feed, {firstView: 'all'}));
      const fit = plain.fit()!;
      const centre = (fit.range[0] + fit.range[1]) / 2;
      const at = (k: number) => zoomIdentity.translate(centre - ((centre - 0) * k) / 1, 0).scale(k);
      const start = zoomIdentity.translate(centre - centre * 6, 0).scale(6);
      const deeper = at(12);
      // during a gesture a level not made yet is stood in for by one already made (here the fit layout)
      expect(plain.current(deeper, true)!.level).to.equal(1);

      const ahead = new TimelineViews().use(settings(feed, {firstView: 'all'}));
      const steps = ahead.prefetch(start);
      expect(steps).to.have.length(2);
      for (const step of steps) step();
      expect(ahead.current(deeper, true)!.level).to.equal(zoomLevel(12));
      const wider = new TimelineViews().use(settings(feed, {firstView: 'all'}));
      for (const step of wider.prefetch(start)) step();
      expect(wider.current(at(3), true)!.level).to.equal(zoomLevel(3));
    });
  }
});
