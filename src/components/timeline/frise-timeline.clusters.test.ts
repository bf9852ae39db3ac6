import {expect, fixture, html, waitUntil, aTimeout} from '@open-wc/testing';
import './frise-timeline.js';
import type {FriseTimeline} from './frise-timeline.js';
import {syntheticFeed} from '../../test-support/synthetic-feed.js';

// Dense feeds still tell their mix: what a cluster holds, in its drawing and in its name, and where the
// events concentrate, in the overview; with a DOM that stays small.

const NARROW_NO_BREAK_SPACE = '\u202f';

async function timeline(width: number, feed: unknown, attrs = ''): Promise<FriseTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  wrapper.innerHTML = `<frise-timeline view="timeline" panel="none" hide-legend ${attrs}></frise-timeline>`;
  const el = wrapper.querySelector('frise-timeline')!;
  el.feed = feed;
  await waitUntil(() => el.visibleRange, 'drawn', {timeout: 30_000});
  await aTimeout(0);
  await el.updateComplete;
  return el;
}

/** 1,500 events in October 2024 in one lane (60 % confirmed, 30 % reported, 10 % denied; military), a few others in another. */
function octoberFeed(): unknown {
  const statuses = (i: number) => (i % 10 < 6 ? 'confirmed' : i % 10 < 9 ? 'reported' : 'denied');
  const events = Array.from({length: 1500}, (_, i) => ({
    id: `o${i}`,
    title: `October ${i}`,
    start: `2024-10-${String(1 + (i % 28)).padStart(2, '0')}`,
    kind: i % 5 === 4 ? 'statement' : 'military',
    status: statuses(i),
    actors: ['a'],
  }));
  // one a month in another lane, October left out: the feed spans the year
  const others = Array.from({length: 12}, (_, month) => ({
    id: `m${month}`,
    title: `Month ${month}`,
    start: `2024-${String(month + 1).padStart(2, '0')}-15`,
    actors: ['b'],
  })).filter((_, month) => month !== 9);
  return {
    language: 'en',
    actors: [
      {id: 'a', name: 'Army'},
      {id: 'b', name: 'Other'},
    ],
    events: [...events, ...others],
  };
}

const octoberCluster = (el: FriseTimeline) =>
  [...el.shadowRoot!.querySelectorAll<SVGRectElement>('[part~="cluster"]')].find(
    (cluster) => cluster.dataset['start'] === String(Date.UTC(2024, 9, 1)),
  );

describe('<frise-timeline> clusters tell their mix', () => {
  it('draws 10,000 events as bars of their statuses, names each mix, shows the density, and keeps the DOM small', async function () {
    this.timeout(60_000);
    const el = await timeline(1280, syntheticFeed(10_000, 7));
    const root = el.shadowRoot!;
    const clusters = [...root.querySelectorAll<SVGRectElement>('[part~="cluster"]')];
    expect(clusters.length, 'clusters at the whole-feed view').to.be.greaterThan(100);
    // one path per lane and status, each holding the segments of every cluster of its lane
    const segments = [...root.querySelectorAll<SVGPathElement>('.cluster-segments')];
    const statuses = new Set(segments.map((path) => path.dataset['status']));
    expect([...statuses].sort().join()).to.equal('confirmed,denied,disputed,reported,unverified');
    expect(segments.length).to.be.at.most(8 * 6);
    for (const path of segments)
      expect(path.classList.contains(`status-${path.dataset['status']}`), 'coloured by its status class').to.equal(
        true,
      );
    // segments of different statuses are drawn in different colours (the marks' custom properties)
    const fills = new Set(segments.map((path) => getComputedStyle(path).fill));
    expect(fills.size, 'a fill per status').to.equal(5);
    // the main kind's symbol over the clusters that show a count: one path for all of them
    expect(root.querySelectorAll('.cluster-kinds').length).to.equal(1);
    expect((root.querySelector('.cluster-kinds')!.getAttribute('d')!.match(/M/g) ?? []).length).to.be.greaterThan(100);
    // every cluster is a named button that says its mix
    for (const cluster of clusters.slice(0, 30)) {
      expect(cluster.getAttribute('role')).to.equal('button');
      expect(cluster.getAttribute('aria-label')).to.match(
        /^\d[\d,]* events?, [^:]+: (\d+% (reported|confirmed|denied|disputed|unverified)(, |,? and )?)+; mostly \w+\. Press Enter/,
      );
    }
    // the overview's histogram has shape: many heights, and some of them well apart
    const density = root.querySelector<SVGPathElement>('[part~="overview-density"]')!;
    const heights = (density.getAttribute('d')!.match(/V[\d.]+/g) ?? []).map((v) => Number(v.slice(1)));
    expect(new Set(heights).size, 'distinct column heights').to.be.greaterThan(10);
    expect(Math.max(...heights) - Math.min(...heights)).to.be.greaterThan(20);
    expect(root.querySelector('[part~="overview"] .brush'), 'the brush is still there').to.not.equal(null);

    // elements in the shadow root, measured at 1280 px: 600 at the whole-feed view, at most 1,966 while
    // zooming in ×2 ten times (at ×16, where 1,500 of them are the marks of events the clusters opened
    // into). Before clusters showed their mix: 566 and 1,932. The bars add a constant 34 elements (40
    // status paths, a kinds path and the density path in place of 8 block paths), whatever the number of
    // clusters; 2,100 catches any drawing per segment or per cluster (hundreds more)
    const counts = [root.querySelectorAll('*').length];
    for (let i = 0; i < 10; i++) {
      el.zoomBy(2);
      await aTimeout(0);
      await el.updateComplete;
      counts.push(root.querySelectorAll('*').length);
    }
    for (const count of counts) expect(count).to.be.below(2100);
    // what the bars themselves draw: at most a path per lane and status, and the kinds' path
    expect(root.querySelector('.clusters')!.querySelectorAll('*').length).to.be.at.most(8 * 6 + 1);
  });

  it("stacks a cluster's statuses in proportion, and says the shares and the count in the reader's language", async function () {
    this.timeout(30_000);
    const el = await timeline(1000, octoberFeed(), 'first-view="all"');
    const cluster = octoberCluster(el);
    expect(cluster, 'October is one cluster').to.not.equal(undefined);
    expect(cluster!.getAttribute('aria-label')).to.equal(
      '1,500 events, October 2024: 60% confirmed, 30% reported, and 10% denied; mostly military. Press Enter to zoom in.',
    );
    const count = el.shadowRoot!.querySelector(`.cluster-count[data-cluster="${cluster!.dataset['cluster']}"]`);
    expect(count?.textContent).to.equal('1,500');
    // its lane holds only this cluster: each status path is its one segment, stacked top to bottom in the
    // legend's order (reported, confirmed, denied), as tall as its share
    const key = cluster!.dataset['cluster']!;
    const lane = key.slice(0, key.lastIndexOf('|'));
    const box = (status: string) =>
      el
        .shadowRoot!.querySelector<SVGPathElement>(
          `.cluster-segments[data-lane="${CSS.escape(lane)}"][data-status="${status}"]`,
        )!
        .getBBox();
    const [reported, confirmed, denied] = [box('reported'), box('confirmed'), box('denied')];
    expect(reported.y).to.be.below(confirmed.y);
    expect(confirmed.y).to.be.below(denied.y);
    const total = reported.height + confirmed.height + denied.height;
    expect(confirmed.height / total).to.be.closeTo(0.6, 0.02);
    expect(reported.height / total).to.be.closeTo(0.3, 0.02);
    expect(denied.height / total).to.be.closeTo(0.1, 0.02);

    el.lang = 'fr';
    await el.updateComplete;
    const percent = (share: number) => new Intl.NumberFormat('fr', {style: 'percent'}).format(share);
    expect(octoberCluster(el)!.getAttribute('aria-label')).to.equal(
      `1${NARROW_NO_BREAK_SPACE}500 événements, octobre 2024\u00a0: ${percent(0.6)} confirmés, ${percent(0.3)} rapportés et ${percent(0.1)} démentis\u00a0; surtout militaire. Entrée pour zoomer.`,
    );
    el.lang = 'ar';
    await el.updateComplete;
    const arabic = octoberCluster(el)!.getAttribute('aria-label')!;
    expect(arabic).to.contain('مؤكَّد');
    expect(arabic).to.contain('أغلبها عسكري');
    expect(arabic.startsWith(new Intl.NumberFormat('ar').format(1500))).to.equal(true);
  });

  it('names only the statuses a cluster holds, and no mix when its events say none', async function () {
    this.timeout(30_000);
    const events = Array.from({length: 400}, (_, i) => ({
      id: `e${i}`,
      title: `E ${i}`,
      start: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`,
      actors: ['a'],
    }));
    events.push({id: 'late', title: 'Late', start: '2024-12-20', actors: ['a']});
    const el = await timeline(1000, {language: 'en', actors: [{id: 'a', name: 'A'}], events}, 'first-view="all"');
    const march = [...el.shadowRoot!.querySelectorAll('[part~="cluster"]')].find((cluster) =>
      cluster.getAttribute('aria-label')!.includes('March 2024'),
    );
    expect(march?.getAttribute('aria-label')).to.equal('400 events, March 2024. Press Enter to zoom in.');
    // drawn in the neutral "not said" style, never as reported
    expect(
      [...el.shadowRoot!.querySelectorAll<SVGPathElement>('.cluster-segments')].map((path) => path.dataset['status']),
    ).to.deep.equal(['unspecified']);
  });
});
