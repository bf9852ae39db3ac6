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
    const byUrl = [...el.shadowRoot!.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => attribute.value.includes('url('))
        .map((attribute) => `${element.localName}[${attribute.name}]`),
    );
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

  it('narrowed while zoomed in, keeps the days in view, draws no negative size and logs no error', async () => {
    const errors: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
      container.innerHTML = '<frise-timeline first-view="all" panel="none" view="timeline"></frise-timeline>';
      const el = container.querySelector('frise-timeline')!;
      el.feed = seed;
      await waitUntil(() => el.visibleRange !== null, 'drawn');
      el.zoomTo(Date.UTC(2024, 9, 20), Date.UTC(2024, 9, 24));
      await el.updateComplete;
      const [from, to] = el.visibleRange!;
      for (const width of [700, 420, 240, 120, 600]) {
        container.style.width = `${width}px`;
        await aTimeout(60);
        await el.updateComplete;
        // the same days stay in view (within a pixel's worth of time)
        if (width >= 600) {
          const [a, b] = el.visibleRange!;
          expect(Math.abs(a - from), `start at ${width}px`).to.be.below((to - from) / 50);
          expect(Math.abs(b - to), `end at ${width}px`).to.be.below((to - from) / 50);
        }
        const negative = [...el.shadowRoot!.querySelectorAll('[width], [height]')]
          .filter(
            (element) =>
              Number(element.getAttribute('width') ?? 0) < 0 || Number(element.getAttribute('height') ?? 0) < 0,
          )
          .map(
            (element) =>
              `${element.localName}.${element.getAttribute('class')} ${element.getAttribute('width')}×${element.getAttribute('height')}`,
          );
        expect(negative, `at ${width}px`).to.deep.equal([]);
      }
      expect(errors).to.deep.equal([]);
    } finally {
      console.error = error;
      window.removeEventListener('error', onError);
    }
  });

  it('moves into a same-origin iframe and back, drawing and styled in each document', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 1000px"><iframe style="width: 1000px; height: 700px; border: 0"></iframe></div>`,
      );
      const frame = container.querySelector('iframe')!;
      const inner = frame.contentDocument!;
      inner.body.innerHTML = '<div id="host" style="width: 900px"></div>';
      const el = document.createElement('frise-timeline');
      el.setAttribute('first-view', 'all');
      el.setAttribute('panel', 'none');
      el.feed = seed;
      container.prepend(el);
      await waitUntil(() => el.visibleRange !== null, 'drawn in the page');
      const styled = () => {
        const label = el.shadowRoot!.querySelector('[part~="lane-label"]');
        return label !== null && el.ownerDocument.defaultView!.getComputedStyle(label).fontWeight === '600';
      };
      expect(styled(), 'styled in the page').to.equal(true);
      inner.getElementById('host')!.append(el);
      await waitUntil(
        () => el.shadowRoot!.querySelector('[part~="event"]') && styled(),
        'drawn and styled in the iframe',
        {timeout: 5000},
      );
      container.append(el);
      await waitUntil(
        () => el.shadowRoot!.querySelector('[part~="event"]') && styled(),
        'drawn and styled back in the page',
        {timeout: 5000},
      );
      el.zoomBy(2);
      await el.updateComplete;
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      console.error = error;
    }
  });
});
