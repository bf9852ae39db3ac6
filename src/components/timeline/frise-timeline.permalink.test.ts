import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import seed from '../../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import './frise-timeline.js';
import type {FriseTimeline} from './frise-timeline.js';
import {readHash} from '../../controllers/url-state.js';

// Links that open on the story (issue 15, point 4): with sync-url, the URL hash holds the selected event,
// the visible window and the filters; a link restores them; Back and Forward walk the selections. Real
// history and location of the test page; the page's address is restored after each test.

const PAGE = location.href.split('#')[0]!;
const DAY = 86_400_000;

async function mount(attrs: string): Promise<FriseTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
  wrapper.innerHTML = `<frise-timeline view="timeline" panel="side" lang="fr" ${attrs}></frise-timeline>`;
  const el = wrapper.querySelector<FriseTimeline>('frise-timeline')!;
  el.feed = seed;
  await waitUntil(() => el.visibleRange !== null, 'drawn');
  await el.updateComplete;
  return el;
}

describe('<frise-timeline sync-url>', () => {
  afterEach(() => history.replaceState(null, '', PAGE));

  it('opens on the event, window and filters a link holds', async () => {
    const from = Date.UTC(2024, 9, 1);
    const to = Date.UTC(2024, 10, 15);
    history.replaceState(
      null,
      '',
      `${PAGE}#nk.event=nis-12000-troops-report&nk.from=2024-10-01&nk.to=2024-11-15&nk.hide-kind=denial`,
    );
    const el = await mount('sync-url="nk"');
    await waitUntil(() => el.selected === 'nis-12000-troops-report', 'the event of the link is selected');
    const [a, b] = el.visibleRange!;
    expect(a).to.be.closeTo(from, DAY);
    expect(b).to.be.closeTo(to, DAY);
    expect(el.filter.hiddenKinds).to.deep.equal(['denial']);
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector('frise-event-card')!;
    expect(card.getAttribute('link')).to.equal(`${PAGE}#nk.event=nis-12000-troops-report`);
  });

  it('writes a selection to the hash as a new history entry, and Back goes to the one before', async () => {
    const el = await mount('sync-url="nk"');
    el.select('putin-kim-treaty-signed');
    await waitUntil(
      () => readHash(location.hash, 'nk').selected === 'putin-kim-treaty-signed',
      'first selection written',
    );
    el.select('nis-12000-troops-report');
    await waitUntil(() => readHash(location.hash, 'nk').selected === 'nis-12000-troops-report', 'second written');
    history.back();
    await waitUntil(() => el.selected === 'putin-kim-treaty-signed', 'Back restores the first selection');
    history.forward();
    await waitUntil(() => el.selected === 'nis-12000-troops-report', 'Forward the second');
  });

  it('keeps the keys of two timelines apart, and leaves a plain anchor alone', async () => {
    const one = await mount('sync-url="one"');
    const two = await mount('id="two" sync-url');
    one.select('putin-kim-treaty-signed');
    two.select('nis-12000-troops-report');
    await waitUntil(() => readHash(location.hash, 'two').selected === 'nis-12000-troops-report', 'both written');
    expect(readHash(location.hash, 'one').selected).to.equal('putin-kim-treaty-signed');

    history.replaceState(null, '', `${PAGE}#section-2`);
    const anchored = await mount('sync-url="three"');
    anchored.select('putin-kim-treaty-signed');
    await anchored.updateComplete;
    expect(location.hash).to.equal('#section-2');
  });

  it('gives the card opened in place in the list view its link too', async () => {
    const el = await mount('sync-url="nk"');
    el.view = 'list';
    el.select('putin-kim-treaty-signed');
    await el.updateComplete;
    const list = el.shadowRoot!.querySelector('frise-list')!;
    await waitUntil(() => list.shadowRoot?.querySelector('frise-event-card'), 'the card opens in place');
    const card = list.shadowRoot!.querySelector('frise-event-card')!;
    expect(card.getAttribute('link')).to.equal(`${PAGE}#nk.event=putin-kim-treaty-signed`);
  });

  it('writes nothing without sync-url, and the card offers no link', async () => {
    const el = await mount('');
    el.select('putin-kim-treaty-signed');
    await el.updateComplete;
    expect(location.hash).to.equal('');
    expect(el.shadowRoot!.querySelector('frise-event-card')!.hasAttribute('link')).to.equal(false);
  });
});
