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
  it('draws the bars in one task and the rest (targets, counts, overview) in the next; updateComplete waits for both', async function () {
    this.timeout(30_000);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
    const el = document.createElement('frise-timeline');
    el.panel = 'none';
    el.view = 'timeline';
    wrapper.append(el);
    await el.updateComplete;
    // what the first drawing that has bars holds, seen before the task that made it ends
    let sketch: {bars: number; targets: number; overview: number} | undefined;
    const observer = new MutationObserver(() => {
      const root = el.shadowRoot!;
      const bars = root.querySelectorAll('.cluster-segments').length;
      if (sketch || bars === 0) return;
      sketch = {
        bars,
        targets: root.querySelectorAll('[part~="cluster"]').length,
        overview: root.querySelectorAll('[part~="overview"]').length,
      };
    });
    observer.observe(el.shadowRoot!, {childList: true, subtree: true});
    el.feed = syntheticFeed(20_000, 5);
    await waitUntil(() => sketch !== undefined, 'the bars are drawn', {timeout: 20_000});
    await el.updateComplete;
    observer.disconnect();
    expect(sketch!.targets).to.equal(0);
    expect(sketch!.overview).to.equal(0);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part~="cluster"]').length).to.be.above(50);
    expect(root.querySelectorAll('.cluster-count').length).to.be.above(10);
    expect(root.querySelectorAll('[part~="overview"]').length).to.equal(1);
  });
});
