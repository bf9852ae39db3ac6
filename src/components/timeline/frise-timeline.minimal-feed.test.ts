/**
 * The first feed a newcomer writes, `{"events": [{"title", "start"}, …]}`, draws with no problem
 * reported, and what the feed does not say (kind, status) is drawn neutrally: never as "reported",
 * no kind or status word read out, in the timeline, the list, the card and the legend.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import './frise-timeline.js';
import '../list/frise-list.js';
import '../event-card/frise-event-card.js';
import '../legend/frise-legend.js';
import type {FriseTimeline} from './frise-timeline.js';
import type {FriseList} from '../list/frise-list.js';
import type {FriseEventCard} from '../event-card/frise-event-card.js';
import type {FriseLegend} from '../legend/frise-legend.js';
import {TimelineHarness} from './harness.js';
import {ListHarness} from '../list/harness.js';
import {EventCardHarness} from '../event-card/harness.js';
import {LegendHarness} from '../legend/harness.js';
import {parseFeed} from '../../model/parse.js';

const MINIMAL = {
  events: [
    {title: 'Pact signed', start: '2024-06-19'},
    {title: 'Troops seen in Russia', start: '2024-10-18'},
    {title: 'Ratification', start: '2024-11-12'},
  ],
};

/** Words that would say a status or a kind the feed never gave. */
const STATUS_WORDS = /reported|rapporté|confirmed|confirmé|unverified|non vérifié|not given|non précisé/i;

async function timeline(feed: unknown, lang = 'en'): Promise<{el: FriseTimeline; h: TimelineHarness}> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px" lang=${lang}>
    <frise-timeline view="timeline" .feed=${feed}></frise-timeline></div>`);
  const el = wrapper.querySelector('frise-timeline')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="chart"]'), 'chart rendered');
  await el.updateComplete;
  return {el, h: new TimelineHarness(el)};
}

describe('<frise-timeline> with a minimal feed', () => {
  it('shows three marks and no problem summary', async () => {
    const {el, h} = await timeline(MINIMAL);
    expect(h.marks()).to.have.length(3);
    expect(el.issues).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="issues"]')).to.equal(null);
    expect(h.issueItems()).to.deep.equal([]);
    // no title: the chart is just "Timeline", in the page's language
    expect(h.chart()!.getAttribute('aria-label')).to.equal('Timeline');
  });

  it('draws kind and status "not said" neutrally: no status in the data or the accessible name', async () => {
    const {h} = await timeline(MINIMAL);
    for (const mark of h.marks()) {
      expect(mark.dataset['status']).to.equal('unspecified');
      expect(mark.dataset['kind']).to.equal('unspecified');
      expect(mark.classList.contains('status-reported')).to.equal(false);
      const name = mark.querySelector('[role="button"]')!.getAttribute('aria-label')!;
      expect(name).to.not.match(STATUS_WORDS);
      expect(name).to.match(
        /^(June 19, 2024|October 18, 2024|November 12, 2024): (Pact signed|Troops seen in Russia|Ratification)$/,
      );
      expect(mark.querySelector('.strike')).to.equal(null);
    }
  });

  it("the neutral mark is neither a report's shape nor the reported colour", async () => {
    const {h} = await timeline({
      events: [
        {id: 'said', title: 'Said', start: '2024-06-19', kind: 'report', status: 'reported'},
        {id: 'unsaid', title: 'Unsaid', start: '2024-10-18'},
      ],
    });
    const symbol = (id: string) => h.mark(id)!.querySelector<SVGPathElement>('.symbol')!;
    expect(symbol('unsaid').getAttribute('d')).to.not.equal(symbol('said').getAttribute('d'));
    const stroke = (id: string) => getComputedStyle(symbol(id)).stroke;
    expect(stroke('unsaid')).to.not.equal(stroke('said'));
    // the neutral colour is the text colour (lane names are drawn in it)
    const laneName = h.element.shadowRoot!.querySelector('[part~="lane-label"] .lane-name')!;
    expect(stroke('unsaid')).to.equal(getComputedStyle(laneName).fill);
  });

  it('groups "not said" in its own last lane when lanes are by kind or by status', async () => {
    const feed = {
      events: [
        {id: 'a', title: 'A', start: '2024-06-19', kind: 'claim', status: 'denied'},
        {id: 'b', title: 'B', start: '2024-10-18'},
      ],
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px" lang="fr">
      <frise-timeline view="timeline" .feed=${feed} lane-by="status"></frise-timeline></div>`);
    const el = wrapper.querySelector('frise-timeline')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="chart"]'), 'chart rendered');
    const h = new TimelineHarness(el);
    expect(h.laneKeys()).to.deep.equal(['denied', 'unspecified']);
    expect(h.laneLabels()).to.deep.equal(['Démenti', 'Statut non précisé']);
  });
});

describe('the list, the card and the legend with a minimal feed', () => {
  const parsed = () => parseFeed(MINIMAL).feed!;

  it('<frise-list> names no kind and no status', async () => {
    const feed = parsed();
    const el = await fixture<FriseList>(html`<frise-list lang="en" .feed=${feed}></frise-list>`);
    await el.updateComplete;
    const h = new ListHarness(el);
    for (const event of feed.events) {
      expect(h.statusSpoken(event.id), event.id).to.equal('');
      expect(h.mark(event.id)!.dataset['status']).to.equal('unspecified');
    }
  });

  it('<frise-event-card> shows no status badge and no kind', async () => {
    const feed = parsed();
    const el = await fixture<FriseEventCard>(
      html`<frise-event-card lang="en" .feed=${feed} .event=${feed.events[0]!}></frise-event-card>`,
    );
    await el.updateComplete;
    const h = new EventCardHarness(el);
    expect(h.title()!.textContent).to.contain('Pact signed');
    expect(h.badge()).to.equal(null);
    expect(el.shadowRoot!.querySelector('.kind')).to.equal(null);
    expect(h.card()!.textContent).to.not.match(STATUS_WORDS);
  });

  it('<frise-legend> has no kind or status group when no event says one, and a "not given" toggle when some do', async () => {
    const minimal = await fixture<FriseLegend>(html`<frise-legend lang="en" .feed=${parsed()}></frise-legend>`);
    await minimal.updateComplete;
    expect(new LegendHarness(minimal).sections()).to.deep.equal(['search']);

    const mixed = parseFeed({
      events: [
        {id: 'a', title: 'A', start: '2024', kind: 'claim'},
        {id: 'b', title: 'B', start: '2025'},
      ],
    }).feed!;
    const legend = await fixture<FriseLegend>(html`<frise-legend lang="en" .feed=${mixed}></frise-legend>`);
    await legend.updateComplete;
    const h = new LegendHarness(legend);
    expect(h.sections()).to.include('kinds');
    expect(h.sections()).to.not.include('statuses');
    expect(h.items('kinds').map((item) => item.dataset['value'])).to.deep.equal(['claim', 'unspecified']);
    expect(h.items('kinds')[1]!.textContent).to.contain('Type not given');
  });
});
