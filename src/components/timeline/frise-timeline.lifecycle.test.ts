import {expect, fixture, html, waitUntil, aTimeout} from '@open-wc/testing';
import seed from '../../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import './frise-timeline.js';
import type {FriseTimeline} from './frise-timeline.js';

// A page adds and removes timelines (a single-page app, a live blog): a removed timeline must be let go
// of entirely. Chromium keeps elements referenced by url(#…) paint servers (mask, clip-path, marker) in
// its style cache, so nothing the chart draws may point at another element by URL.

const gc = (globalThis as {gc?: () => void}).gc;

async function drawnTimeline(container: HTMLElement): Promise<FriseTimeline> {
  container.innerHTML = '<frise-timeline first-view="all" panel="bottom" style="width: 1100px"></frise-timeline>';
  const el = container.querySelector('frise-timeline')!;
  el.feed = seed;
  await waitUntil(() => el.visibleRange !== null, 'drawn');
  // relations drawn (arrowheads) and ranges with faded ends on screen
  el.select('putin-kim-treaty-signed');
  await el.updateComplete;
  return el;
}

describe('<frise-timeline> lifecycle', () => {
  it('draws nothing that points at another element by URL (masks, markers, clip paths)', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = await drawnTimeline(container);
    expect(el.shadowRoot!.querySelectorAll('.arrow').length, 'arrowheads drawn').to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('[class*="fade-"]').length, 'faded ends drawn').to.be.greaterThan(0);
    const byUrl = [...el.shadowRoot!.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((attribute) => attribute.value.includes('url(')).map((attribute) => `${element.localName}[${attribute.name}]`));
    expect(byUrl).to.deep.equal([]);
  });

  it('is collected once removed from the page', async function () {
    this.timeout(20_000);
    if (!gc) this.skip();
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    let collected = 0;
    const gone: number[] = [];
    const registry = new FinalizationRegistry((i: number) => (collected++, gone.push(i)));
    // each timeline made and removed in a function of its own: a suspended async frame would keep its
    // last local alive and prove nothing
    const mountAndRemove = async (i: number) => {
      const el = await drawnTimeline(container);
      registry.register(el, i);
      el.remove();
    };
    for (let i = 0; i < 3; i++) await mountAndRemove(i);
    container.innerHTML = '';
    for (let i = 0; i < 40 && collected < 3; i++) {
      await aTimeout(100);
      // a style recalculation and a frame, then a collection
      document.body.getBoundingClientRect();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      gc!();
    }
    console.log('GONE', gone.join());
    expect(collected, 'removed timelines collected').to.equal(3);
  });
});
