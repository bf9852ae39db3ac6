import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import seed from '../../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import './frise-timeline.js';
import type {FriseTimeline} from './frise-timeline.js';
import {TimelineHarness} from './harness.js';
import {FriseErrorEvent} from '../../events/frise-error.js';
import type {FriseFeedDocument} from '../../model/types.js';
import type {LaneBy} from '../../layout/lanes.js';

const SEED_URL = '/data/nk-troops-russia-2024.feed.json';

const small: FriseFeedDocument = {
  version: 1,
  title: {fr: 'Petite frise', en: 'Small timeline'},
  language: 'fr',
  published: '2024-10-22',
  actors: [
    {id: 'kr', name: {fr: 'Corée du Sud', en: 'South Korea'}, type: 'state', color: '#1f77b4'},
    {id: 'ru', name: {fr: 'Russie', en: 'Russia'}, type: 'state'},
  ],
  events: [
    {
      id: 'report',
      title: 'Rapport',
      start: '2024-10-18',
      kind: 'report',
      status: 'confirmed',
      actors: ['kr'],
      attribution: {actors: ['kr']},
    },
    {
      id: 'denial',
      title: 'Démenti',
      start: '2024-10-10',
      kind: 'denial',
      status: 'denied',
      actors: ['ru'],
      attribution: {label: 'Kremlin'},
    },
    {id: 'pact', title: 'Pacte', start: '2024-06-19', kind: 'agreement', status: 'disputed', actors: ['ru', 'kr']},
    {id: 'range', title: 'Période', start: '2024-07-01', end: '2024-09-15', kind: 'context', status: 'unverified'},
  ],
};

async function timeline(
  feed: unknown,
  width = 900,
  attrs: {laneBy?: LaneBy; lang?: string} = {},
): Promise<{el: FriseTimeline; h: TimelineHarness}> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <frise-timeline view="timeline" first-view="all" max-rows="16" .feed=${feed} lane-by=${attrs.laneBy ?? 'actor'}
      lang=${attrs.lang ?? ''}></frise-timeline></div>`);
  const el = wrapper.querySelector('frise-timeline')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="chart"]'), 'chart rendered');
  await el.updateComplete;
  return {el, h: new TimelineHarness(el)};
}

describe('<frise-timeline>', () => {
  it('draws one mark per seed event, each with data-event-id and part="event"', async () => {
    const {el, h} = await timeline(seed);
    const ids = seed.events.map((event) => event.id).sort();
    expect(h.markIds().sort()).to.deep.equal(ids);
    expect(el.issues).to.deep.equal([]);
    for (const mark of h.marks()) expect(mark.getAttribute('part')).to.equal('event');
  });

  it('puts every seed event in the lane of its main actor, measured on screen', async () => {
    const {h} = await timeline(seed);
    for (const event of seed.events) {
      const main = (event as {actors?: string[]}).actors?.[0] ?? '~other';
      expect(h.laneContaining(event.id), event.id).to.equal(main);
    }
  });

  it('orders actor lanes as the feed registry does and labels them in the feed language', async () => {
    const {h} = await timeline(small);
    expect(h.laneKeys()).to.deep.equal(['kr', 'ru', '~other']);
    expect(h.laneLabels()).to.deep.equal(['Corée du Sud', 'Russie', 'Autres']);
  });

  it('groups lanes by kind, status or attribution with lane-by', async () => {
    const byKind = await timeline(small, 900, {laneBy: 'kind'});
    expect(byKind.h.laneKeys()).to.deep.equal(['report', 'denial', 'agreement', 'context']);
    expect(byKind.h.laneLabels()).to.deep.equal(['Information', 'Démenti', 'Accord', 'Contexte']);
    const byStatus = await timeline(small, 900, {laneBy: 'status'});
    expect(byStatus.h.laneKeys()).to.deep.equal(['confirmed', 'denied', 'disputed', 'unverified']);
    expect(byStatus.h.laneContaining('denial')).to.equal('denied');
    const byAttribution = await timeline(small, 900, {laneBy: 'attribution'});
    expect(byAttribution.h.laneContaining('report')).to.equal('kr');
    expect(byAttribution.h.laneContaining('denial')).to.equal('label:Kremlin');
    expect(byAttribution.h.laneContaining('pact')).to.equal('~other');
  });

  it('re-lanes when lane-by changes', async () => {
    const {el, h} = await timeline(small);
    expect(h.laneContaining('denial')).to.equal('ru');
    el.laneBy = 'status';
    await el.updateComplete;
    expect(h.laneContaining('denial')).to.equal('denied');
  });

  it('marks kind by shape and status by fill, outline and strike: a denied report differs from a confirmed one', async () => {
    const {h} = await timeline(small);
    const confirmed = h.mark('report')!.querySelector<SVGPathElement>('.symbol')!;
    const denied = h.mark('denial')!.querySelector<SVGPathElement>('.symbol')!;
    expect(confirmed.getAttribute('d')).to.not.equal(denied.getAttribute('d'));
    const confirmedStyle = getComputedStyle(confirmed);
    const deniedStyle = getComputedStyle(denied);
    expect(confirmedStyle.fill).to.equal(confirmedStyle.stroke); // filled
    expect(deniedStyle.fill).to.not.equal(deniedStyle.stroke); // hollow
    expect(deniedStyle.stroke).to.not.equal(confirmedStyle.stroke);
    expect(h.mark('denial')!.querySelector('.strike')).to.exist;
    expect(h.mark('report')!.querySelector('.strike')).to.equal(null);
    expect(getComputedStyle(h.mark('pact')!.querySelector('.symbol')!).strokeDasharray).to.not.equal('none');
    expect(h.mark('denial')!.dataset['status']).to.equal('denied');
    expect(h.mark('denial')!.dataset['kind']).to.equal('denial');
  });

  it('draws a range event as a bar spanning its dates and a point event as a symbol', async () => {
    const {h} = await timeline(small);
    const bar = h.mark('range')!.querySelector('.bar')!.getBoundingClientRect();
    const report = h.mark('report')!.querySelector('.symbol')!.getBoundingClientRect();
    const denial = h.mark('denial')!.querySelector('.symbol')!.getBoundingClientRect();
    expect(h.mark('report')!.querySelector('.bar')).to.equal(null);
    // 1 Jul – 15 Sep is 76 days; 10 Oct – 18 Oct is 8 days: the bar is about 9.5 times that gap
    const dayPx = (report.left + report.width / 2 - (denial.left + denial.width / 2)) / 8;
    expect(bar.width / dayPx).to.be.within(74, 78);
  });

  it('gives each mark a readable label with its title, never overlapping another label', async () => {
    const {h} = await timeline(seed, 1200);
    const boxes = h
      .marks()
      .filter((mark) => mark.querySelector('.label'))
      .map((mark) => ({id: mark.dataset['eventId'], box: mark.querySelector('.label')!.getBoundingClientRect()}));
    expect(boxes.length).to.be.greaterThan(20);
    for (const {box} of boxes) expect(box.width).to.be.greaterThan(10);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        const overlap =
          a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        expect(overlap, `${boxes[i]!.id} overlaps ${boxes[j]!.id}`).to.equal(false);
      }
    }
    expect(h.labelFor('putin-kim-treaty-signed')!.textContent).to.match(/^Poutine et Kim/);
  });

  it('follows its container width', async () => {
    const {el, h} = await timeline(small, 500);
    el.panel = 'bottom';
    expect(h.chart()!.getBoundingClientRect().width).to.equal(500);
    (el.parentElement as HTMLElement).style.width = '1000px';
    await waitUntil(() => h.chart()!.getBoundingClientRect().width === 1000, 'chart widens');
    const pact = h.mark('pact')!.getBoundingClientRect().left;
    const report = h.mark('report')!.getBoundingClientRect().left;
    expect(report - pact).to.be.greaterThan(500);
  });

  it('formats axis ticks in the feed language, or in the lang attribute', async () => {
    const french = await timeline(small, 900);
    const frTicks = french.h.axisTickLabels().join(' ');
    expect(frTicks).to.match(/juil\.|août|sept\.|oct\./);
    const english = await timeline(small, 900, {lang: 'en'});
    const enTicks = english.h.axisTickLabels().join(' ');
    expect(enTicks).to.match(/Jul|Aug|Sep|Oct/);
    expect(english.h.labelFor('report')!.textContent).to.equal('Rapport');
    expect(english.h.laneLabels()[0]).to.equal('South Korea');
  });

  it('loads a feed from the src attribute', async () => {
    const el = await fixture<FriseTimeline>(html`<frise-timeline src=${SEED_URL}></frise-timeline>`);
    await waitUntil(
      () => el.parsedFeed?.events.length === seed.events.length && new TimelineHarness(el).marks().length > 0,
      'seed marks drawn',
      {timeout: 5000},
    );
  });

  it('reports a src that cannot be loaded as a frise-error with a readable message', async () => {
    const el = document.createElement('frise-timeline');
    const fired = oneEvent(el, 'frise-error');
    el.src = '/data/does-not-exist.json';
    document.body.append(el);
    const event = (await fired) as unknown as FriseErrorEvent;
    expect(event.issues[0]!.message).to.contain('/data/does-not-exist.json');
    expect(event.issues[0]!.message).to.contain('404');
    await el.updateComplete;
    expect(new TimelineHarness(el).issueItems()).to.have.length(1);
    el.remove();
  });

  it('shows and fires the problems of a feed and still draws its valid events', async () => {
    const broken = {
      ...small,
      events: [
        ...small.events,
        {id: 'bad', title: 'x', start: '2024-02-30', kind: 'report', status: 'reported'},
        {id: 'bad2', title: 'y', start: '2024', kind: 'rumour', status: 'reported'},
      ],
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const el = document.createElement('frise-timeline');
    const fired = oneEvent(el, 'frise-error');
    el.feed = broken;
    wrapper.append(el);
    const event = (await fired) as unknown as FriseErrorEvent;
    expect(event.issues.map((issue) => `${issue.path} ${issue.code}`)).to.deep.equal([
      '/events/5/kind invalid-value',
      '/events/4/start date-calendar',
    ]);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="chart"]'));
    const h = new TimelineHarness(el);
    expect(h.markIds().sort()).to.deep.equal(['denial', 'pact', 'range', 'report']);
    const items = h.issueItems().map((item) => item.textContent ?? '');
    expect(items.some((text) => text.includes('"bad"') && text.includes('2024-02-30'))).to.equal(true);
  });

  it('renders feed text as text, never as HTML', async () => {
    const hostile = {
      ...small,
      title: '<img src=x onerror="window.__pwned=1">',
      events: [{...small.events[0]!, title: '<b>bold</b><script>window.__pwned=1</script>'}],
    };
    const {el, h} = await timeline(hostile);
    expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
    expect(h.labelFor('report')!.textContent).to.contain('<b>bold</b>');
    expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
  });
});
