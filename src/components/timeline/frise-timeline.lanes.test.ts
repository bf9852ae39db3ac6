import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import seed from '../../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import './frise-timeline.js';
import type {FriseTimeline} from './frise-timeline.js';
import {TimelineHarness} from './harness.js';
import {LegendHarness} from '../legend/harness.js';
import {LANE_BY_VALUES, OTHER_LANE, type LaneBy} from '../../layout/lanes.js';
import {uiStrings} from '../../i18n/strings.js';

// Lane headers and the legend name and draw the same things alike (issue 12, point 5). Assertions
// compare strings and booleans only.

async function timeline(laneBy: LaneBy, lang: string): Promise<{h: TimelineHarness; legend: LegendHarness}> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px">
    <frise-timeline view="timeline" panel="side" .feed=${seed} lane-by=${laneBy} lang=${lang}></frise-timeline></div>`);
  const el = wrapper.querySelector<FriseTimeline>('frise-timeline')!;
  await waitUntil(
    () =>
      el.shadowRoot?.querySelector('[part~="lane"]') &&
      el.shadowRoot.querySelector('frise-legend')?.shadowRoot?.querySelector('[part~="item"]'),
    'lanes and legend drawn',
  );
  await el.updateComplete;
  const h = new TimelineHarness(el);
  await h.legend()!.updateComplete;
  return {h, legend: new LegendHarness(h.legend()!)};
}

/** Each lane's key, the text of its name, and what its swatch is. */
function lanes(
  h: TimelineHarness,
): {key: string; name: string; swatches: number; swatch: string; fill: string; classes: string}[] {
  return h.lanes().map((lane) => {
    const swatch = lane.querySelector<SVGGElement>('.lane-swatch');
    return {
      key: lane.dataset['lane'] ?? '',
      name: lane.querySelector('.lane-name')?.textContent ?? '',
      swatches: lane.querySelectorAll('.lane-swatch').length,
      swatch: swatch?.dataset['swatch'] ?? '',
      fill: swatch?.querySelector('rect')?.getAttribute('fill') ?? '',
      classes: swatch?.getAttribute('class') ?? '',
    };
  });
}

const SECTION: Partial<Record<LaneBy, string>> = {kind: 'kinds', status: 'statuses', actor: 'actors'};

describe('<frise-timeline> lane headers and the legend', () => {
  for (const laneBy of LANE_BY_VALUES) {
    it(`gives every lane one swatch, lanes by ${laneBy}`, async () => {
      const {h} = await timeline(laneBy, 'fr');
      const shown = lanes(h);
      expect(shown.length).to.be.greaterThan(1);
      for (const lane of shown) {
        expect(lane.swatches, lane.key).to.equal(1);
        expect(lane.swatch, lane.key).to.not.equal('');
        if (laneBy === 'kind') expect(lane.classes.includes(`kind-${lane.key}`), lane.classes).to.equal(true);
        if (laneBy === 'status') expect(lane.classes.includes(`status-${lane.key}`), lane.classes).to.equal(true);
        if (laneBy === 'kind' || laneBy === 'status') {
          const symbol = h
            .lanes()
            .find((g) => g.dataset['lane'] === lane.key)!
            .querySelector('.lane-swatch path.symbol');
          expect(symbol?.getAttribute('d') ?? '', lane.key).to.match(/^M/);
        }
      }
    });
  }

  for (const lang of ['fr', 'en']) {
    for (const laneBy of ['kind', 'status', 'actor'] as const) {
      it(`names each lane as the legend names the same ${laneBy} (${lang})`, async () => {
        const {h, legend} = await timeline(laneBy, lang);
        const section = SECTION[laneBy]!;
        let compared = 0;
        for (const lane of lanes(h)) {
          if (lane.key === OTHER_LANE) continue;
          expect(legend.values(section), `legend has ${lane.key}`).to.include(lane.key);
          expect(lane.name, lane.key).to.equal(legend.name(section, lane.key));
          compared += 1;
        }
        expect(compared).to.be.greaterThan(1);
      });
    }
  }

  it('shows a capitalised name in a lane by kind, as the legend does: "Démenti", "Denial"', async () => {
    const fr = await timeline('kind', 'fr');
    expect(lanes(fr.h).find((lane) => lane.key === 'denial')?.name).to.equal('Démenti');
    const en = await timeline('kind', 'en');
    expect(lanes(en.h).find((lane) => lane.key === 'denial')?.name).to.equal('Denial');
    expect(en.legend.name('kinds', 'denial')).to.equal('Denial');
  });

  it('gives an actor with no colour in the feed (the Daily Express) the same derived colour in its lane and in the legend', async () => {
    const {h, legend} = await timeline('actor', 'en');
    const shown = lanes(h);
    for (const lane of shown) {
      expect(lane.swatch, lane.key).to.equal('color');
      const legendFill = legend.swatch('actors', lane.key)?.querySelector('rect')?.getAttribute('fill') ?? '';
      expect(lane.fill, lane.key).to.match(/^#[0-9a-f]{6}$/);
      expect(lane.fill, lane.key).to.equal(legendFill);
    }
    expect(shown.map((lane) => lane.key)).to.include('daily-express');
  });

  for (const lang of ['fr', 'en', 'ar']) {
    it(`says who asserts the events of each lane by attribution (${lang})`, async () => {
      const {h} = await timeline('attribution', lang);
      const ui = uiStrings(lang);
      const according = {fr: /^Selon[ \u00a0]/, en: /^According to /, ar: /^بحسب /}[lang]!;
      const shown = lanes(h);
      expect(shown.length).to.be.greaterThan(5);
      for (const lane of shown) {
        if (lane.key === OTHER_LANE) expect(lane.name).to.equal(ui.noAttributionLane);
        // a feed's label that says "selon …" already is shown as the feed writes it (the seed is French
        // and English, so an Arabic page shows its French label)
        else if (lane.key.startsWith('label:')) expect(lane.name, lane.key).to.match(/^(?:Selon|According to|بحسب) /);
        else expect(lane.name, lane.key).to.match(according);
      }
      const korea = shown.find((lane) => lane.key === 'south-korea');
      const name = {fr: 'Corée du Sud', en: 'South Korea', ar: 'Corée du Sud'}[lang]!;
      expect(korea?.name).to.equal(ui.attributionLane(name));
      // an actor lane has the actor's colour, a label alone a neutral swatch
      expect(korea?.swatch).to.equal('color');
      for (const lane of shown.filter((candidate) => candidate.key.startsWith('label:')))
        expect(lane.swatch, lane.key).to.equal('neutral');
    });
  }

  it('names the lane of events attributed to no one "No attribution given" and gives it a neutral swatch', async () => {
    const feed = {
      version: 1,
      title: 'T',
      language: 'en',
      actors: [{id: 'kr', name: 'South Korea', type: 'state'}],
      events: [
        {id: 'a', title: 'A', start: '2024-01-01', attribution: {actors: ['kr']}},
        {id: 'b', title: 'B', start: '2024-02-01'},
      ],
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <frise-timeline view="timeline" .feed=${feed} lane-by="attribution"></frise-timeline></div>`);
    const el = wrapper.querySelector<FriseTimeline>('frise-timeline')!;
    // 5,000 events or more are parsed in the feed worker: give it time on a loaded machine
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="lane"]'), 'lanes drawn', {timeout: 10_000});
    const shown = lanes(new TimelineHarness(el));
    expect(shown.map((lane) => `${lane.key}=${lane.name}=${lane.swatch}`)).to.deep.equal([
      'kr=According to South Korea=color',
      `${OTHER_LANE}=No attribution given=neutral`,
    ]);
  });
});

describe('<frise-timeline> lane names in their own language', () => {
  it("marks an actor lane's name with the language of the name the feed gives, and says nothing for UI words", async () => {
    const {h} = await timeline('actor', 'ar');
    // the seed names its actors in French and English only: an Arabic page shows the French names, marked fr
    const names = h.lanes().map((lane) => lane.querySelector('.lane-name')!);
    expect(names.length).to.be.greaterThan(2);
    expect(names.every((name) => name.getAttribute('lang') === 'fr')).to.equal(true);
    const byKind = await timeline('kind', 'ar');
    expect(byKind.h.lanes().some((lane) => lane.querySelector('.lane-name')!.hasAttribute('lang'))).to.equal(false);
  });
});

describe('<frise-timeline> with more lanes than max-lanes', () => {
  // 5,000 actors, each the main actor of one event, and actor 0 of 30 more: the chart draws 40 lanes, not 5,000
  const crowded = {
    actors: Array.from({length: 5000}, (_, i) => ({id: `a${i}`, name: `Actor ${i}`, type: 'person'})),
    events: [
      ...Array.from({length: 5000}, (_, i) => ({
        id: `e${i}`,
        title: `Event ${i}`,
        start: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        actors: [`a${i}`],
      })),
      ...Array.from({length: 30}, (_, i) => ({
        id: `busy${i}`,
        title: `Busy ${i}`,
        start: '2024-06-15',
        actors: ['a4999'],
      })),
    ],
  };

  const mount = async (attrs = '') => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
    wrapper.innerHTML = `<frise-timeline view="timeline" panel="side" first-view="all" lang="en" ${attrs}></frise-timeline>`;
    const el = wrapper.querySelector<FriseTimeline>('frise-timeline')!;
    el.feed = crowded;
    // 5,000 events or more are parsed in the feed worker: give it time on a loaded machine
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="lane"]'), 'lanes drawn', {timeout: 10_000});
    await el.updateComplete;
    return {el, h: new TimelineHarness(el)};
  };

  it('draws the busiest lanes and one that gathers the others and says how many; every event is in a lane', async () => {
    const {el, h} = await mount();
    const drawn = lanes(h);
    expect(drawn).to.have.length(40);
    // the busiest (actor 4999, 31 events) and the first 38 of the others, in the feed's order, then the rest
    expect(drawn.slice(0, 2).map((lane) => lane.key)).to.deep.equal(['a0', 'a1']);
    expect(drawn.at(-2)!.key).to.equal('a4999');
    expect(drawn.at(-1)!.name).to.equal('4,961 other actors');
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(5000);
    const chart = el.shadowRoot!.querySelector<SVGSVGElement>('svg[part="chart"]')!;
    expect(Number(chart.getAttribute('height'))).to.be.below(3000);
  });

  it('takes max-lanes from the page, and falls back to 40 on a value it cannot take', async () => {
    const {h} = await mount('max-lanes="3"');
    expect(lanes(h).map((lane) => lane.name)).to.deep.equal(['Actor 0', 'Actor 4999', '4,998 other actors']);
    const bad = await mount('max-lanes="lots"');
    expect(lanes(bad.h)).to.have.length(40);
  });

  it('lists the first 40 actors in the legend, then 200 more per press, the focus on the first it shows', async () => {
    const {el} = await mount();
    const legend = el.shadowRoot!.querySelector('frise-legend')!;
    await waitUntil(() => legend.shadowRoot?.querySelector('[part~="item"]'), 'legend drawn');
    const actors = () => [
      ...legend.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-section="actors"] button[part="item"]'),
    ];
    expect(actors()).to.have.length(40);
    const more = legend.shadowRoot!.querySelector<HTMLButtonElement>('[data-section="actors"] button[part="more"]')!;
    expect(more.textContent!.trim()).to.equal('Show 200 more of 4,960');
    more.focus();
    more.click();
    await legend.updateComplete;
    expect(actors()).to.have.length(240);
    expect(legend.shadowRoot!.activeElement).to.equal(actors()[40]);
  });
});
