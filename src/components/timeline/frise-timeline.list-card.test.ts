import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import seed from '../../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import './frise-timeline.js';
import type {FriseTimeline} from './frise-timeline.js';
import {TimelineHarness} from './harness.js';
import type {FriseList} from '../list/frise-list.js';
import {ListHarness, countElements, deepActiveElement, nextFrame} from '../list/harness.js';
import {parseFeed} from '../../model/parse.js';
import {syntheticFeed} from '../../test-support/synthetic-feed.js';
import type {FriseSelectEvent} from '../../events/frise-select.js';

/** The list view at a desktop width, and the automatic phone view (a vertical list) at 375 px. */
const VIEWS = [
  {
    name: 'list view (view="list", 1100 px)',
    width: 1100,
    viewport: {width: 1200, height: 800},
    attrs: 'view="list"',
    variant: 'list',
  },
  {name: 'phone width (375 px)', width: 375, viewport: {width: 375, height: 740}, attrs: '', variant: 'vertical'},
] as const;

/** An event far down the seed list, with sources, quotes and related events in its card. */
const FAR = 'nk-un-first-committee-denial';

async function timelineList(
  view: (typeof VIEWS)[number],
): Promise<{el: FriseTimeline; list: FriseList; h: ListHarness; fired: Array<string | null>}> {
  await setViewport(view.viewport);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${view.width}px"></div>`);
  wrapper.innerHTML = `<frise-timeline lang="fr" panel="bottom" ${view.attrs}></frise-timeline>`;
  const el = wrapper.querySelector('frise-timeline')!;
  const fired: Array<string | null> = [];
  el.addEventListener('frise-select', (event: FriseSelectEvent) => fired.push(event.id));
  el.feed = seed;
  await waitUntil(() => el.shadowRoot?.querySelector('frise-list'), 'the list is shown');
  const list = el.shadowRoot!.querySelector('frise-list')!;
  await list.updateComplete;
  expect(list.getAttribute('variant')).to.equal(view.variant);
  return {el, list, h: new ListHarness(list), fired};
}

/** The in-place card is in the viewport: its top on screen, and the whole of it when it fits. */
function inViewport(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const fits = box.height <= window.innerHeight;
  return box.top >= 0 && box.top < window.innerHeight - 40 && (!fits || box.bottom <= window.innerHeight + 1);
}

/** Resolves once the page has not scrolled for three frames (a smooth scroll has ended). */
async function scrollSettled(): Promise<void> {
  let last = NaN;
  for (let still = 0, frames = 0; still < 3 && frames < 120; frames++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    still = window.scrollY === last ? still + 1 : 0;
    last = window.scrollY;
  }
}

describe('<frise-timeline> list views: the card opens in place', () => {
  after(() => setViewport({width: 800, height: 600}));

  for (const view of VIEWS) {
    describe(view.name, () => {
      it('Enter on an event’s title opens its card right under it, in view, and keeps the focus on the title', async () => {
        const {el, list, h, fired} = await timelineList(view);
        const button = h.selectButton(FAR)!;
        button.focus();
        const before = button.getBoundingClientRect().top;
        expect(before).to.be.within(0, window.innerHeight);
        await sendKeys({press: 'Enter'});
        await waitUntil(() => h.card(FAR), 'the card is open');
        await scrollSettled();
        expect(inViewport(h.card(FAR)!), 'the card is in the viewport').to.equal(true);
        expect(el.selected).to.equal(FAR);
        expect(list.selected).to.equal(FAR);
        expect(fired).to.deep.equal([FAR]);
        expect(deepActiveElement() === button, 'the focus stays on the title button').to.equal(true);
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(button.getBoundingClientRect().top, 'the title is still in view').to.be.within(0, window.innerHeight);
        // right after its item's title, and drawn once: the timeline's panel has no card in this view
        const card = h.card(FAR)!;
        expect(card.getBoundingClientRect().top).to.be.at.least(button.getBoundingClientRect().bottom);
        expect(new TimelineHarness(el).card()).to.equal(null);
        expect(h.root.querySelectorAll('frise-event-card').length).to.equal(1);
        await expect(el).to.be.accessible();
      });

      it('Close and Escape close the card, clear the selection and give the focus back to the title', async () => {
        const {el, h, fired} = await timelineList(view);
        const button = h.selectButton(FAR)!;
        button.focus();
        await sendKeys({press: 'Enter'});
        await waitUntil(() => h.card(FAR), 'the card is open');
        const card = h.card(FAR)! as HTMLElement & {updateComplete: Promise<boolean>};
        await card.updateComplete;
        // Tab from the title goes into the card: its Close button comes first
        await sendKeys({press: 'Tab'});
        expect(deepActiveElement()?.getAttribute('part')).to.equal('close');
        await sendKeys({press: 'Enter'});
        await waitUntil(() => !h.card(FAR), 'the card is closed');
        expect(el.selected).to.equal(null);
        expect(fired).to.deep.equal([FAR, null]);
        await waitUntil(() => deepActiveElement() === h.selectButton(FAR), 'the focus is back on the title button');
        expect(h.selectButton(FAR)!.getAttribute('aria-expanded')).to.equal('false');

        // again, closed with Escape from inside the card
        await sendKeys({press: 'Enter'});
        await waitUntil(() => h.card(FAR), 'the card is open again');
        await sendKeys({press: 'Tab'});
        await sendKeys({press: 'Escape'});
        await waitUntil(() => !h.card(FAR), 'Escape closed the card');
        await waitUntil(() => deepActiveElement() === h.selectButton(FAR), 'the focus is back on the title button');
        expect(el.selected).to.equal(null);
        expect(fired).to.deep.equal([FAR, null, FAR, null]);
      });
    });
  }

  it('a related event’s button in the card selects that event and opens its card where it is listed', async () => {
    const {el, h} = await timelineList(VIEWS[1]);
    h.selectButton(FAR)!.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => h.card(FAR), 'the card is open');
    const card = h.card(FAR)! as HTMLElement & {updateComplete: Promise<boolean>};
    await card.updateComplete;
    const related = card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="related-button"]')!;
    const id = related.dataset['eventId']!;
    expect(id).to.be.a('string').and.not.equal(FAR);
    related.click();
    await waitUntil(() => el.selected === id, 'the selection moved to the related event');
    await waitUntil(() => h.card(id), 'the related event’s card is open');
    await scrollSettled();
    expect(inViewport(h.card(id)!), 'the related event’s card is in view').to.equal(true);
    expect(h.card(FAR)).to.equal(null);
    await waitUntil(() => deepActiveElement() === h.selectButton(id), 'the focus is on the related event’s title');
  });

  it('lists 100,000 events in its shadow root with few elements, scrolled by the page; the card of one far down opens where it is', async function () {
    this.timeout(60_000);
    await setViewport({width: 1200, height: 800});
    const feed = parseFeed(syntheticFeed(100_000, 9)).feed!;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
    wrapper.innerHTML = '<frise-timeline lang="en" panel="bottom" view="list"></frise-timeline>';
    const el = wrapper.querySelector('frise-timeline')!;
    el.feed = feed;
    await waitUntil(
      () => el.shadowRoot?.querySelector('frise-list')?.shadowRoot?.querySelector('[part~="item"]'),
      'the list is drawn',
      {timeout: 20_000},
    );
    const list = el.shadowRoot!.querySelector('frise-list')!;
    await list.updateComplete;
    const h = new ListHarness(list);
    expect(countElements(el.shadowRoot!)).to.be.lessThan(3_000);
    // the chart is not on screen: no layout of 100,000 events is made for it
    expect((el as unknown as {viewsOwner: {drawn: boolean}}).viewsOwner.drawn, 'no chart layout in list view').to.equal(
      false,
    );
    const box = list.getBoundingClientRect();
    window.scrollTo(0, window.scrollY + box.top + box.height / 2);
    await nextFrame();
    await list.updateComplete;
    const middle = h.itemAt(600, 400);
    expect(middle, 'an event in the middle of the viewport').to.exist;
    const index = feed.events.findIndex((event) => event.id === middle!.dataset['eventId']);
    expect(index).to.be.within(30_000, 70_000);
    const far = feed.events[95_000]!.id;
    el.selected = far;
    await waitUntil(() => h.card(far), 'the card opens in the far event’s item');
    await scrollSettled();
    await list.updateComplete;
    expect(inViewport(h.card(far)!), 'the card is in view').to.equal(true);
    expect(countElements(el.shadowRoot!)).to.be.lessThan(3_000);
    window.scrollTo(0, 0);
  });

  it('the chart view keeps its card in the panel', async () => {
    await setViewport({width: 1200, height: 800});
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
    wrapper.innerHTML = '<frise-timeline lang="fr" panel="bottom" view="timeline" first-view="all"></frise-timeline>';
    const el = wrapper.querySelector('frise-timeline')!;
    el.feed = seed;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="chart"]') && el.visibleRange, 'chart rendered');
    el.select(FAR);
    await el.updateComplete;
    expect(new TimelineHarness(el).card()?.shownEvent?.id).to.equal(FAR);
  });
});
