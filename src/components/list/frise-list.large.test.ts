import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import {FriseList} from './frise-list.js';
import {ListHarness, countElements, deepActiveElement, nextFrame} from './harness.js';
import {parseFeed} from '../../model/parse.js';
import {EMPTY_FILTER} from '../../model/filter.js';
import type {FriseEvent, FriseFeed} from '../../model/types.js';
import type {ListRows} from './list-rows.js';
import {syntheticFeed} from '../../test-support/synthetic-feed.js';

/** Counts how often the list groups its events into rows (a subclass: the list itself has no debug hook). */
class CountingList extends FriseList {
  groupings = 0;
  protected override groupEvents(events: readonly FriseEvent[], feed: FriseFeed): ListRows {
    this.groupings++;
    return super.groupEvents(events, feed);
  }
}
customElements.define('counting-frise-list', CountingList);

const SIZE = 100_000;
const DOM_LIMIT = 3_000;
let big: FriseFeed;
/** The events in list order (time order: the list lists them so when no year-level event interleaves). */
let order: string[];

before(async function () {
  this.timeout(120_000);
  const {feed, issues} = parseFeed(syntheticFeed(SIZE, 7));
  if (!feed) throw new Error('the synthetic feed does not parse');
  expect(issues.filter((issue) => issue.severity === 'error')).to.deep.equal([]);
  big = feed;
  order = feed.events.map((event) => event.id);
});

beforeEach(() => setViewport({width: 900, height: 700}));
afterEach(() => window.scrollTo(0, 0));

async function bigList(): Promise<{el: FriseList; h: ListHarness}> {
  const el = await fixture<FriseList>(html`<frise-list .feed=${big} lang="en" theme="light"></frise-list>`);
  await el.updateComplete;
  return {el, h: new ListHarness(el)};
}

/** Waits for the frames a scroll takes to reach the list, and for the updates they ask for. */
async function settle(el: FriseList): Promise<void> {
  await nextFrame();
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

const monthOf = (event: FriseEvent) => new Date(event.start.start).toISOString().slice(0, 7);

/** The ids of the rendered items, in document order: one or more runs of consecutive events of the list. */
function expectConsecutive(ids: string[]): void {
  expect(ids.length).to.be.greaterThan(0);
  const first = order.indexOf(ids[0]!);
  expect(ids).to.deep.equal(order.slice(first, first + ids.length));
}

describe('<frise-list> with 100,000 events', () => {
  it('keeps its shadow DOM under 3,000 elements, with the first year and month headings and events', async () => {
    const {el, h} = await bigList();
    expect(countElements(el.shadowRoot!)).to.be.lessThan(DOM_LIMIT);
    expect(h.items().length).to.be.greaterThan(5);
    expect(h.yearTexts()[0]).to.equal('2023');
    expect(h.monthTexts()[0]).to.equal('January 2023');
    expectConsecutive(h.ids());
    expect(h.ids()[0]).to.equal(order[0]);
    // the page is as tall as the whole list would be: the reader can scroll (and drag the scrollbar) through all of it
    expect(document.documentElement.scrollHeight).to.be.greaterThan(SIZE * 50);
  });

  it('shows the events of the middle when the page scrolls there, in order, in their year and month', async () => {
    const {el, h} = await bigList();
    const box = el.getBoundingClientRect();
    window.scrollTo(0, window.scrollY + box.top + box.height / 2);
    await settle(el);
    const centre = h.itemAt(450, 350);
    expect(centre, 'an event at the centre of the viewport').to.exist;
    const id = centre!.dataset['eventId']!;
    const index = order.indexOf(id);
    // the rows not rendered yet are estimated: the middle of the page is near the middle of the list
    expect(index).to.be.within(SIZE * 0.3, SIZE * 0.7);
    const event = big.eventById.get(id)!;
    expect(centre!.closest('.year')!.getAttribute('data-year')).to.equal(monthOf(event).slice(0, 4));
    expect(centre!.closest('.month')!.getAttribute('data-month')).to.equal(monthOf(event));
    const sameMonth = big.events.filter((other) => monthOf(other) === monthOf(event));
    expect(centre!.getAttribute('aria-setsize')).to.equal(String(sameMonth.length));
    expect(centre!.getAttribute('aria-posinset')).to.equal(String(sameMonth.findIndex((other) => other.id === id) + 1));
    expectConsecutive(h.ids());
    expect(countElements(el.shadowRoot!)).to.be.lessThan(DOM_LIMIT);
    // the rendered rows fill the viewport: no blank spacer shows at its top or bottom
    expect(h.itemAt(450, 5) ?? h.root.elementFromPoint(450, 5)?.closest('[part~="month"], [part~="year"]')).to.exist;
    expect(h.itemAt(450, 695) ?? h.root.elementFromPoint(450, 695)?.closest('[part~="month"], [part~="year"]')).to
      .exist;
  });

  it('keeps what the reader looks at in place while rows above it are measured (scrolling up)', async () => {
    const {el, h} = await bigList();
    const box = el.getBoundingClientRect();
    window.scrollTo(0, window.scrollY + box.top + box.height / 3);
    await settle(el);
    for (let step = 0; step < 8; step++) {
      window.scrollBy(0, -500);
      await settle(el);
      const item = h.itemAt(450, 300)!;
      const top = item.getBoundingClientRect().top;
      await settle(el);
      // a later frame (more rows measured) leaves the item where it was
      expect(Math.abs(item.getBoundingClientRect().top - top), `step ${step}`).to.be.lessThan(2);
      expectConsecutive(h.ids());
    }
  });

  it('shows a month’s heading above its first event when that event is revealed', async () => {
    const {el, h} = await bigList();
    const firstOfJuly = big.events.find((event) => monthOf(event) === '2024-07')!;
    expect(await el.reveal(firstOfJuly.id)).to.equal(true);
    await settle(el);
    const heading = h.months().find((month) => month.textContent?.trim() === 'July 2024');
    expect(heading, 'the July 2024 heading is rendered').to.exist;
    const headingBox = heading!.getBoundingClientRect();
    const article = h.article(firstOfJuly.id)!.getBoundingClientRect();
    expect(headingBox.bottom).to.be.at.most(article.top + 1);
    expect(headingBox.top).to.be.within(0, window.innerHeight);
    expect(article.bottom).to.be.within(0, window.innerHeight + 1);
    expect(h.root.querySelector('.year[data-year="2024"]')).to.exist;
  });

  it('renders in a scrolling container inside another shadow root, and follows its scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = wrapper.attachShadow({mode: 'open'});
    const scroller = document.createElement('div');
    scroller.style.cssText = 'height: 400px; overflow: auto; margin-top: 100px';
    const el = document.createElement('frise-list');
    el.lang = 'en';
    el.feed = big;
    scroller.append(el);
    shadow.append(scroller);
    await el.updateComplete;
    const h = new ListHarness(el);
    expect(countElements(el.shadowRoot!)).to.be.lessThan(DOM_LIMIT);
    scroller.scrollTop = scroller.scrollHeight * 0.75;
    await settle(el);
    const box = scroller.getBoundingClientRect();
    const centre = h.itemAt(box.left + 200, box.top + 200);
    expect(centre).to.exist;
    expect(order.indexOf(centre!.dataset['eventId']!)).to.be.within(SIZE * 0.6, SIZE * 0.9);
    expect(countElements(el.shadowRoot!)).to.be.lessThan(DOM_LIMIT);
    // the page itself did not scroll: the container did
    expect(window.scrollY).to.equal(0);
  });

  it('takes Tab through 60 consecutive events from the first, rendering each before the focus gets there', async () => {
    const {el, h} = await bigList();
    h.selectButton(order[0]!)!.focus();
    let reached = 1;
    for (let presses = 0; reached < 60 && presses < 200; presses++) {
      await sendKeys({press: 'Tab'});
      const active = deepActiveElement();
      expect(el.shadowRoot!.contains(active), `press ${presses}: the focus is still in the list`).to.equal(true);
      if (active?.getAttribute('part') !== 'select-button') continue; // a relation link of the same event
      expect(active.closest('[data-event-id]')!.getAttribute('data-event-id')).to.equal(order[reached]);
      reached++;
    }
    expect(reached).to.equal(60);
    await settle(el);
    const focused = deepActiveElement()!.getBoundingClientRect();
    expect(focused.top).to.be.within(0, window.innerHeight);
    expect(countElements(el.shadowRoot!)).to.be.lessThan(DOM_LIMIT);
    // and back: Shift+Tab reaches the previous event's title button (past its relation links)
    await sendKeys({down: 'Shift'});
    for (let presses = 0; presses < 10 && h.focusedEventId() === order[59]; presses++) await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(h.focusedEventId()).to.equal(order[58]);
  });

  it('reveals and focuses the last of 100,000 events', async () => {
    const {el, h} = await bigList();
    const last = order[SIZE - 1]!;
    expect(h.article(last) === null, 'the last event is not rendered at first').to.equal(true);
    expect(await el.reveal(last, {focus: true})).to.equal(true);
    await settle(el);
    // compared as a boolean: a failing equality would print the element, and with it a 100,000-event feed
    expect(deepActiveElement() === h.article(last), 'the last event is focused').to.equal(true);
    const box = h.article(last)!.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.top).to.be.lessThan(window.innerHeight);
    expect(countElements(el.shadowRoot!)).to.be.lessThan(DOM_LIMIT);
    expect(await el.reveal('no-such-event')).to.equal(false);
  });

  it('follows a relation link to an event far off screen: selected, rendered, in view and focused', async () => {
    const {el, h} = await bigList();
    // the first rendered link whose target is not rendered
    const link = h.relationLinks().find((a) => !h.article(a.dataset['target']!));
    expect(link, 'a relation link to an event off screen').to.exist;
    const target = link!.dataset['target']!;
    link!.click();
    await waitUntil(() => deepActiveElement() === h.article(target), 'the related event is focused');
    await settle(el);
    expect(el.selected).to.equal(target);
    const box = h.article(target)!.getBoundingClientRect();
    expect(box.top).to.be.within(0, window.innerHeight);
  });

  it('skips to a selected event far down with the skip button', async () => {
    const {el, h} = await bigList();
    const far = order[77_777]!;
    el.selected = far;
    await el.updateComplete;
    const skip = h.root.querySelector<HTMLButtonElement>('button.skip')!;
    skip.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => deepActiveElement() === h.article(far), 'the selected event is focused');
    expect(h.article(far)!.getAttribute('aria-current')).to.equal('true');
  });

  it('does not group the events again when the selection, the search or the language changes; does when the filter hides more', async () => {
    const el = await fixture<CountingList>(html`<counting-frise-list .feed=${big} lang="en"></counting-frise-list>`);
    await el.updateComplete;
    expect(el.groupings).to.equal(1);
    const h = new ListHarness(el);
    for (const id of h.ids().slice(0, 5)) {
      el.selected = id;
      await el.updateComplete;
      expect(h.item(id)!.classList.contains('selected')).to.equal(true);
    }
    el.filter = {...EMPTY_FILTER, query: 'Event 1'};
    await el.updateComplete;
    expect(h.queryStatus()).to.match(/events? match/);
    el.lang = 'fr';
    await el.updateComplete;
    expect(h.yearTexts()[0]).to.equal('2023');
    expect(h.monthTexts()[0]).to.equal('janvier 2023');
    expect(el.groupings).to.equal(1);
    el.filter = {...EMPTY_FILTER, hiddenStatuses: ['denied']};
    await el.updateComplete;
    expect(el.groupings).to.equal(2);
    expect(h.items().some((li) => li.dataset['status'] === 'denied')).to.equal(false);
    expect(countElements(el.shadowRoot!)).to.be.lessThan(DOM_LIMIT);
  });
});
