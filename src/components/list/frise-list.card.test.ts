import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import seed from '../../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import './frise-list.js';
import type {FriseList} from './frise-list.js';
import {ListHarness, deepActiveElement, nextFrame} from './harness.js';
import {parseFeed} from '../../model/parse.js';
import type {FriseFeed} from '../../model/types.js';
import type {FriseEventCard} from '../event-card/frise-event-card.js';
import type {FriseSelectEvent} from '../../events/frise-select.js';
import {syntheticFeed} from '../../test-support/synthetic-feed.js';

const seedFeed = parseFeed(seed).feed!;
const ID = 'nis-12000-troops-report';

async function list(
  options: {expand?: boolean; variant?: 'list' | 'vertical'; feed?: FriseFeed; selected?: string} = {},
) {
  const el = await fixture<FriseList>(html`<frise-list .feed=${options.feed ?? seedFeed} lang="fr" theme="light"
    variant=${options.variant ?? 'list'} ?expand-selected=${options.expand ?? true} .selected=${options.selected ?? null}></frise-list>`);
  await el.updateComplete;
  const fired: Array<string | null> = [];
  el.addEventListener('frise-select', (event: FriseSelectEvent) => fired.push(event.id));
  return {el, h: new ListHarness(el), fired};
}

async function openCard(h: ListHarness, id: string): Promise<FriseEventCard> {
  await waitUntil(() => h.card(id), `the card of ${id} is open`);
  const card = h.card(id) as FriseEventCard;
  await card.updateComplete;
  return card;
}

describe('<frise-list expand-selected>', () => {
  beforeEach(() => setViewport({width: 900, height: 700}));

  it('opens the selected event’s card inside its item, after its title, date and status; the title button opens and closes it', async () => {
    const {el, h, fired} = await list();
    const button = h.selectButton(ID)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    const card = await openCard(h, ID);
    expect(el.selected).to.equal(ID);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.getAttribute('aria-controls')).to.equal(card.id);
    expect(card.shownEvent?.id).to.equal(ID);
    expect(card.hasAttribute('closable')).to.equal(true);
    expect(h.article(ID)!.contains(card)).to.equal(true);
    // the card follows the status line; it shows the attribution, summary and relations itself
    const status = h.item(ID)!.querySelector('[part~="status"]')!;
    expect(status.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(h.item(ID)!.querySelector('.summary')).to.equal(null);
    expect(h.item(ID)!.querySelector('[part~="relations"]')).to.equal(null);
    // the title and date are the item's, right above: the card does not repeat them, its title still names it
    const root = card.shadowRoot!;
    expect(getComputedStyle(root.querySelector('[part~="title"]')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('[part~="date"]')!).display).to.equal('none');
    expect(root.querySelector('[part~="card"]')!.getAttribute('aria-labelledby')).to.equal('title');
    // its sections' headings are one level below the item's title (h5 under a month at heading-level 3)
    expect(h.title(ID)!.tagName).to.equal('H5');
    expect(root.querySelector('[part~="title"]')!.tagName).to.equal('H5');
    expect(
      [...root.querySelectorAll('[role="heading"]')].map((heading) => heading.getAttribute('aria-level')),
    ).to.include('6');
    // one card only, and none for the other events
    expect(h.root.querySelectorAll('frise-event-card').length).to.equal(1);
    button.click();
    await waitUntil(() => !h.card(ID), 'the card closed');
    expect(el.selected).to.equal(null);
    expect(fired).to.deep.equal([ID, null]);
  });

  it('without expand-selected, selecting shows no card and the title button is no disclosure', async () => {
    const {el, h} = await list({expand: false});
    h.selectButton(ID)!.click();
    await el.updateComplete;
    expect(el.selected).to.equal(ID);
    expect(h.card(ID)).to.equal(null);
    expect(h.selectButton(ID)!.hasAttribute('aria-expanded')).to.equal(false);
    h.selectButton(ID)!.click();
    await el.updateComplete;
    expect(el.selected, 'a second click keeps the selection').to.equal(ID);
  });

  it('Close and Escape close the card, clear the selection and give the focus back to the title button', async () => {
    const {el, h, fired} = await list({variant: 'vertical'});
    h.selectButton(ID)!.focus();
    await sendKeys({press: 'Enter'});
    const card = await openCard(h, ID);
    expect(deepActiveElement() === h.selectButton(ID), 'the focus stays on the title button').to.equal(true);
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close"]')!.click();
    await waitUntil(() => !h.card(ID) && deepActiveElement() === h.selectButton(ID), 'closed, the focus on the title');
    expect(el.selected).to.equal(null);
    await sendKeys({press: 'Space'});
    await openCard(h, ID);
    await sendKeys({press: 'Tab'});
    expect(deepActiveElement()?.getAttribute('part')).to.equal('close');
    await sendKeys({press: 'Escape'});
    await waitUntil(
      () => !h.card(ID) && deepActiveElement() === h.selectButton(ID),
      'Escape closed it, the focus on the title',
    );
    expect(fired).to.deep.equal([ID, null, ID, null]);
  });

  it('a related event of the card is selected, its card opens in its own item, with the focus on its title', async () => {
    const {el, h, fired} = await list();
    h.selectButton(ID)!.click();
    const card = await openCard(h, ID);
    const related = card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="related-button"]')!;
    const target = related.dataset['eventId']!;
    related.click();
    await waitUntil(() => deepActiveElement() === h.selectButton(target), 'the focus is on the related event’s title');
    expect(el.selected).to.equal(target);
    expect(h.card(target)).to.exist;
    expect(h.card(ID)).to.equal(null);
    expect(fired).to.deep.equal([ID, target]);
  });

  it('brings the card of an event selected from the page into view, far down a long list', async () => {
    const feed = parseFeed(syntheticFeed(5_000, 3)).feed!;
    const {el, h} = await list({feed});
    const far = feed.events[4_321]!.id;
    el.selected = far;
    await waitUntil(() => h.card(far), 'the far event’s card is drawn');
    await nextFrame();
    await el.updateComplete;
    const top = h.selectButton(far)!.getBoundingClientRect().top;
    expect(top).to.be.within(0, window.innerHeight);
    expect(h.card(far)!.getBoundingClientRect().top).to.be.within(0, window.innerHeight);
  });

  for (const variant of ['list', 'vertical'] as const) {
    it(`passes axe with the card open: ${variant}`, async () => {
      const {el, h} = await list({variant, selected: ID});
      await openCard(h, ID);
      await expect(el).to.be.accessible();
    });
  }
});
