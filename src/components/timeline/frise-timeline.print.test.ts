import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import seed from '../../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import './frise-timeline.js';
import type {FriseTimeline} from './frise-timeline.js';
import {parseFeed} from '../../model/parse.js';

// Print (issue 15, point 5): on paper the chart spans the page without its controls, then every event
// follows with its card: every source (its address printed) and note in full. Tested with print emulation.

const seedFeed = parseFeed(seed).feed!;

async function mount(): Promise<FriseTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">
    <frise-timeline view="timeline" panel="side" lang="fr" .feed=${seed}></frise-timeline></div>`);
  const el = wrapper.querySelector<FriseTimeline>('frise-timeline')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="event"]'), 'drawn');
  await el.updateComplete;
  return el;
}

const shown = (element: Element | null) => !!element && getComputedStyle(element).display !== 'none';

describe('<frise-timeline> printed', () => {
  afterEach(async () => {
    await emulateMedia({media: 'screen'});
  });

  it('prints the chart at the page width without its controls, then every event with its sources and notes', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="print-list"]')).to.equal(null);
    await emulateMedia({media: 'print'});
    await waitUntil(() => root.querySelector('[part="print-list"]'), 'the list for paper is drawn');
    await el.updateComplete;
    for (const part of ['toolbar', 'overview', 'panel'])
      expect(shown(root.querySelector(`[part~="${part}"]`)), part).to.equal(false);
    const chart = root.querySelector('svg[part="chart"]')!;
    expect(chart.getBoundingClientRect().width).to.be.closeTo(el.getBoundingClientRect().width, 2);

    const list = root.querySelector<HTMLElement>('[part="print-list"]')!;
    await (list as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    const items = [...list.shadowRoot!.querySelectorAll('[part~="item"]')];
    expect(items).to.have.length(seedFeed.events.length);
    const cards = [...list.shadowRoot!.querySelectorAll('frise-event-card')];
    expect(cards).to.have.length(seedFeed.events.length);
    await Promise.all(cards.map((card) => (card as unknown as {updateComplete: Promise<unknown>}).updateComplete));
    // every source of every event, with its address after it; no close button on paper
    const withSources = seedFeed.events.filter((event) => event.sources.length > 0);
    for (const event of withSources) {
      const card = list.shadowRoot!.querySelector(`#card-${CSS.escape(event.id)}`)!;
      const links = [...card.shadowRoot!.querySelectorAll('a[part~="source-link"]')];
      const linked = event.sources.filter((id) => seedFeed.sourceById.get(id)?.url);
      expect(links.length, event.id).to.equal(linked.length);
      for (const link of links)
        expect(getComputedStyle(link, '::after').content).to.contain(link.getAttribute('href')!);
      expect(shown(card.shadowRoot!.querySelector('[part~="close"]'))).to.equal(false);
    }
    const noted = seedFeed.events.find((event) => event.notes)!;
    const notedCard = list.shadowRoot!.querySelector(`#card-${CSS.escape(noted.id)}`)!;
    expect(notedCard.shadowRoot!.textContent).to.contain(
      (typeof noted.notes === 'string' ? noted.notes : Object.values(noted.notes!)[0]!).slice(0, 40),
    );
  });

  it('goes back to the screen as it was when printing ends', async () => {
    const el = await mount();
    await emulateMedia({media: 'print'});
    await waitUntil(() => el.shadowRoot!.querySelector('[part="print-list"]'), 'printed');
    await emulateMedia({media: 'screen'});
    await waitUntil(() => !el.shadowRoot!.querySelector('[part="print-list"]'), 'back on screen');
    expect(shown(el.shadowRoot!.querySelector('[part~="toolbar"]'))).to.equal(true);
  });
});
