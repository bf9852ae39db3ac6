import {expect, fixture, html, waitUntil, aTimeout} from '@open-wc/testing';
import './frise-timeline.js';
import {DRIVEN_GESTURE_END} from '../../controllers/zoom-controller.js';
import {syntheticFeed} from '../../test-support/synthetic-feed.js';

/** Nodes in an element's shadow tree, descending into nested shadow roots. */
function countNodes(root: ShadowRoot | Element): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  while (walker.nextNode()) {
    count += 1;
    const shadow = (walker.currentNode as Element).shadowRoot;
    if (shadow) count += countNodes(shadow);
  }
  return count;
}

describe('<frise-timeline> at 100,000 events', () => {
  it('keeps the DOM under 3,000 nodes at every zoom, and every cluster is focusable and named', async function () {
    this.timeout(60_000);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
    const el = document.createElement('frise-timeline');
    el.panel = 'none';
    el.view = 'timeline';
    el.feed = syntheticFeed(100_000, 3);
    wrapper.append(el);
    await waitUntil(() => el.visibleRange, 'drawn', {timeout: 30_000});
    await el.updateComplete;
    const counts: number[] = [countNodes(el.shadowRoot!)];
    const clusters = el.shadowRoot!.querySelectorAll('[part~="cluster"]');
    expect(clusters.length).to.be.greaterThan(100);
    for (const cluster of [...clusters].slice(0, 20)) {
      expect(cluster.getAttribute('role')).to.equal('button');
      expect(cluster.getAttribute('aria-label')).to.match(/^\d[\d,\u202f]* (events|événements)/);
    }
    for (let i = 0; i < 10; i++) {
      el.zoomBy(2);
      await aTimeout(0);
      await el.updateComplete;
      counts.push(countNodes(el.shadowRoot!));
    }
    for (const count of counts) expect(count).to.be.below(3000);
    // ten calls in a row are one gesture: the clusters' targets come when it ends
    await aTimeout(DRIVEN_GESTURE_END + 50);
    await el.updateComplete;
    expect(countNodes(el.shadowRoot!)).to.be.below(3000);
    // at the deepest zoom, events at one instant that outnumber their lane's rows stay a cluster, and
    // activating it lists them: every event stays reachable
    // (one in view: the nearest cluster beyond each edge is drawn too, off screen, for the keyboard)
    const plot = el.shadowRoot!.querySelector('[part~="chart"]')!.getBoundingClientRect();
    const deep = [...el.shadowRoot!.querySelectorAll<SVGRectElement>('[part~="cluster"]')].find((cluster) => {
      const box = cluster.getBoundingClientRect();
      return box.right > plot.left && box.left < plot.right;
    });
    expect(deep, 'a cluster of same-day events at the deepest zoom, in view').to.exist;
    deep!.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
    await el.updateComplete;
    await aTimeout(0);
    const items = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="cluster-list"] .cluster-list-item')];
    expect(items.length, 'the cluster lists its events').to.be.greaterThan(8);
    expect(el.shadowRoot!.activeElement === items[0], 'the first of them takes the focus').to.equal(true);
    items[1]!.click();
    await el.updateComplete;
    expect(el.selected).to.equal(items[1]!.dataset['eventId']);
    expect(el.shadowRoot!.querySelector('[part~="cluster-list"]'), 'choosing closes the list').to.equal(null);
    await aTimeout(20);
    await el.updateComplete;
    // the focus goes back to the chart (the block it was chosen from), never to the page
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement?.matches('[part~="cluster"], .mark'), 'focus on a stop of the chart').to.equal(
      true,
    );
  });
});

describe('<frise-timeline> first drawing of a large feed', () => {
  it('draws the bars in one task, the targets and counts in the next, then the overview; updateComplete waits for all', async function () {
    this.timeout(30_000);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
    const el = document.createElement('frise-timeline');
    el.panel = 'none';
    el.view = 'timeline';
    wrapper.append(el);
    await el.updateComplete;
    // what the first drawing that has bars holds, seen before the task that made it ends
    let sketch: {bars: number; targets: number; overview: number} | undefined;
    // and the first that has targets
    let targeted: {targets: number; overview: number} | undefined;
    const observer = new MutationObserver(() => {
      const root = el.shadowRoot!;
      const bars = root.querySelectorAll('.cluster-segments').length;
      const targets = root.querySelectorAll('[part~="cluster"]').length;
      const overview = root.querySelectorAll('[part~="overview"]').length;
      if (!sketch && bars > 0) sketch = {bars, targets, overview};
      if (!targeted && targets > 0) targeted = {targets, overview};
    });
    observer.observe(el.shadowRoot!, {childList: true, subtree: true});
    el.feed = syntheticFeed(20_000, 5);
    await waitUntil(() => sketch !== undefined, 'the bars are drawn', {timeout: 20_000});
    await el.updateComplete;
    observer.disconnect();
    expect(sketch!.targets).to.equal(0);
    expect(sketch!.overview).to.equal(0);
    expect(targeted!.targets).to.be.above(50);
    expect(targeted!.overview, 'the overview comes in a task after the targets').to.equal(0);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part~="cluster"]').length).to.be.above(50);
    expect(root.querySelectorAll('.cluster-count').length).to.be.above(10);
    expect(root.querySelectorAll('[part~="overview"]').length).to.equal(1);
  });
});

describe('<frise-timeline> preparing a large feed', () => {
  it('makes its first view and layout over several tasks while the last feed stays; a feed set meanwhile wins', async function () {
    this.timeout(30_000);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
    const el = document.createElement('frise-timeline');
    el.panel = 'none';
    el.view = 'timeline';
    el.noWorker = true; // parsed on the page at once: what follows is the preparation alone
    wrapper.append(el);
    const loads: number[] = [];
    el.addEventListener('frise-load', (event) => loads.push(event.feed.events.length));
    el.feed = syntheticFeed(40, 1);
    await el.updateComplete;
    const large = syntheticFeed(20_000, 5);
    el.feed = large;
    await aTimeout(0);
    // one task later: still preparing, the last feed shown with the loading line
    expect(el.parsedFeed?.events.length).to.equal(40);
    expect(el.shadowRoot!.querySelector('.loading-line'), 'the loading line').to.not.equal(null);
    const other = syntheticFeed(60, 2);
    el.feed = other;
    await el.updateComplete;
    expect(el.parsedFeed?.events.length, 'the feed set last').to.equal(60);
    await aTimeout(50);
    expect(el.parsedFeed?.events.length, 'the dropped preparation never shows its feed').to.equal(60);
    expect(loads).to.deep.equal([40, 60]);
    el.feed = large;
    await el.updateComplete;
    expect(el.parsedFeed?.events.length).to.equal(20_000);
    expect(el.shadowRoot!.querySelector('.loading-line')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part~="cluster"]').length).to.be.above(50);
    expect(el.visibleRange).to.not.equal(null);
    expect(loads).to.deep.equal([40, 60, 20_000]);
  });
});
