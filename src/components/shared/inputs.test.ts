import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {LitElement} from 'lit';
import seed from '../../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import '../timeline/frise-timeline.js';
import '../list/frise-list.js';
import '../legend/frise-legend.js';
import '../event-card/frise-event-card.js';
import type {FriseEventCard} from '../event-card/frise-event-card.js';
import {FriseElement} from './frise-element.js';
import {FeedElement} from './feed-element.js';
import {PROBLEMS_SHOWN} from './problems.js';
import {parseFeed} from '../../model/parse.js';
import {FriseErrorEvent} from '../../events/frise-error.js';
import {FriseLoadEvent} from '../../events/frise-load.js';
import {FriseCloseEvent} from '../../events/frise-close.js';
import {FriseSelectEvent} from '../../events/frise-select.js';

const SEED_URL = '/data/nk-troops-russia-2024.feed.json';
const FEED_TAGS = ['frise-timeline', 'frise-list', 'frise-legend'] as const;

/** The feed a newcomer writes first. */
const handWritten = {
  version: 1,
  title: 'Three events',
  language: 'en',
  events: [
    {id: 'a', title: 'First', start: '2024-06-19', kind: 'agreement', status: 'confirmed'},
    {id: 'b', title: 'Second', start: '2024-10-18', kind: 'report', status: 'reported'},
    {id: 'c', title: 'Third', start: '2024-11-09', kind: 'legislation', status: 'confirmed'},
  ],
};

/** The titles an element shows for its feed's events (or, for the legend, its feed's facets). */
function shows(element: Element, text: string): boolean {
  return (element.shadowRoot?.textContent ?? '').includes(text);
}

async function mount(tag: string, feed: unknown, src?: string): Promise<FeedElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const element = document.createElement(tag) as FeedElement;
  if (tag === 'frise-timeline') element.setAttribute('view', 'list');
  if (src) element.src = src;
  if (feed !== undefined) element.feed = feed;
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

function problemSummary(element: Element): HTMLElement | null {
  return element.shadowRoot?.querySelector<HTMLElement>('[part~="issues"]') ?? null;
}

/** The events of the seed the list inside an element shows (the timeline's list view, or the list). */
async function listedTitles(element: Element): Promise<number> {
  const list = element.localName === 'frise-list' ? element : element.shadowRoot?.querySelector('frise-list');
  if (!list) return 0;
  await (list as LitElement).updateComplete;
  return list.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0;
}

describe('every element takes the same inputs', () => {
  for (const tag of FEED_TAGS) {
    describe(`<${tag}>`, () => {
      it('takes a feed document, its JSON text, a parsed feed and a src alike', async () => {
        const parsed = parseFeed(seed).feed!;
        const inputs: Array<[string, unknown, string | undefined]> = [
          ['document', seed, undefined],
          ['JSON text', JSON.stringify(seed), undefined],
          ['parsed feed', parsed, undefined],
          ['src', undefined, SEED_URL],
        ];
        for (const [what, feed, src] of inputs) {
          const element = await mount(tag, feed, src);
          await waitUntil(() => element.parsedFeed !== null, `${tag} shows the feed given as ${what}`);
          expect(element.parsedFeed!.events.length, what).to.equal(seed.events.length);
          expect(element.issues, what).to.deep.equal([]);
          expect(problemSummary(element)?.textContent ?? null, what).to.equal(null);
          if (tag !== 'frise-legend') {
            await waitUntil(
              async () => (await listedTitles(element)) === seed.events.length,
              `${tag} lists every event of the ${what}`,
            );
          } else {
            expect(shows(element, 'Ukraine') || shows(element, 'ukraine'), what).to.equal(true);
          }
          // a parsed feed is used as it is, never copied
          if (what === 'parsed feed') expect(element.parsedFeed).to.equal(parsed);
        }
      });

      it('announces a feed it read itself with frise-load (detail too), but not a parsed feed handed to it', async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const element = document.createElement(tag) as FeedElement;
        const loaded = oneEvent(element, 'frise-load');
        element.feed = handWritten;
        wrapper.append(element);
        const event = (await loaded) as FriseLoadEvent;
        expect(event).to.be.instanceOf(FriseLoadEvent);
        expect(event.detail.feed).to.equal(event.feed);
        expect(event.feed.events.map((e) => e.id)).to.deep.equal(['a', 'b', 'c']);

        const handed = await mount(tag, undefined);
        let fired = 0;
        handed.addEventListener('frise-load', () => fired++);
        handed.feed = event.feed;
        await handed.updateComplete;
        expect(handed.parsedFeed).to.equal(event.feed);
        expect(fired).to.equal(0);
      });

      it('shows bad input where a reader sees it and fires frise-error, never throwing', async () => {
        const bad: unknown[] = [
          '{not json',
          42,
          [],
          'null',
          {events: 'nope'},
          Symbol('x'),
          () => 1,
          new Proxy(
            {},
            {
              ownKeys() {
                throw new Error('hostile');
              },
            },
          ),
        ];
        for (const input of bad) {
          const element = await mount(tag, undefined);
          const errors: FriseErrorEvent[] = [];
          element.addEventListener('frise-error', (event) => errors.push(event));
          expect(() => (element.feed = input)).not.to.throw();
          await element.updateComplete;
          expect(errors.length, String(typeof input)).to.equal(1);
          expect(errors[0]!.detail.issues).to.equal(errors[0]!.issues);
          expect(errors[0]!.issues.length).to.be.above(0);
          const summary = problemSummary(element);
          expect(summary !== null, `${tag} shows the problem of ${String(typeof input)}`).to.equal(true);
          expect(summary!.textContent).to.contain(errors[0]!.issues[0]!.message);
        }
      });

      it('reports a src that cannot be loaded, with the address, and loads again when src changes', async () => {
        const element = await mount(tag, undefined, '/does-not-exist.feed.json');
        const event = (await oneEvent(element, 'frise-error')) as FriseErrorEvent;
        expect(event.issues[0]!.code).to.equal('load-failed');
        expect(event.issues[0]!.message).to.contain('/does-not-exist.feed.json');
        await element.updateComplete;
        expect(problemSummary(element)!.textContent).to.contain('404');
        element.src = SEED_URL;
        await waitUntil(() => element.parsedFeed !== null, 'the new src loads');
        await element.updateComplete;
        expect(problemSummary(element)?.textContent ?? null).to.equal(null);
      });

      it('loads again when it is removed while its src is loading and put back (never stuck on "Loading…")', async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
        const element = document.createElement(tag) as FeedElement;
        element.src = SEED_URL;
        wrapper.append(element);
        await element.updateComplete;
        element.remove(); // the fetch is still in flight
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(element.parsedFeed).to.equal(null);
        wrapper.append(element);
        await waitUntil(() => element.parsedFeed !== null, 'loads again once back in the page');
        await element.updateComplete;
        expect(element.shadowRoot!.querySelector('.loading-line')?.textContent ?? null).to.equal(null);
      });

      it('bounds the problem summary: a feed with 500 bad records lists the first ones and counts the rest', async () => {
        const events = Array.from({length: 500}, (_, i) => ({
          id: `e${i}`,
          title: `Event ${i}`,
          start: '2024-02-30',
          kind: 'report',
          status: 'reported',
        }));
        const element = await mount(tag, {...handWritten, events: [...handWritten.events, ...events]});
        expect(element.issues.length).to.equal(500);
        expect(element.parsedFeed!.events.length).to.equal(3);
        const summary = problemSummary(element)!;
        expect(summary.querySelectorAll('li[data-code]').length).to.equal(PROBLEMS_SHOWN);
        expect(summary.querySelector('li.more')!.textContent).to.contain(String(500 - PROBLEMS_SHOWN));
        expect(summary.querySelectorAll('*').length).to.be.below(100);
      });
    });
  }
});

describe('<frise-event-card> inputs', () => {
  async function card(event: unknown, feed?: unknown): Promise<FriseEventCard> {
    return fixture<FriseEventCard>(
      html`<frise-event-card .event=${event} .feed=${feed} lang="en" closable></frise-event-card>`,
    );
  }
  const title = (element: FriseEventCard) => element.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();

  it('shows a raw event record, its JSON text, a parsed event, or an id of its feed', async () => {
    const parsed = parseFeed(seed).feed!;
    const record = seed.events.find((event) => event.id === 'nis-12000-troops-report')!;
    const expected = parsed.eventById.get(record.id)!;
    const inputs: Array<[string, unknown, unknown]> = [
      ['raw record, raw feed', record, seed],
      ['raw record, no feed', record, undefined],
      ['JSON text of the record', JSON.stringify(record), seed],
      ['parsed event of its parsed feed', expected, parsed],
      ['parsed event without its feed', expected, undefined],
      ['an id of the feed', record.id, JSON.stringify(seed)],
    ];
    for (const [what, event, feed] of inputs) {
      const element = await card(event, feed);
      expect(element.shownEvent?.id, what).to.equal(record.id);
      expect(title(element), what).to.equal((record.title as {en: string}).en);
      expect(problemSummary(element)?.textContent ?? null, what).to.equal(null);
    }
    // with its feed, actor names resolve; an event of the parsed feed is shown as it is
    const withFeed = await card(expected, parsed);
    expect(withFeed.shownEvent).to.equal(expected);
    expect(withFeed.shadowRoot!.textContent).to.contain('NIS');
  });

  it('shows why an event record cannot be shown, and fires frise-error', async () => {
    const element = await fixture<FriseEventCard>(html`<frise-event-card lang="en"></frise-event-card>`);
    const errors: FriseErrorEvent[] = [];
    element.addEventListener('frise-error', (event) => errors.push(event));
    element.event = {id: 'x', title: 'Bad date', start: '2024-02-30', kind: 'report', status: 'reported'};
    await element.updateComplete;
    expect(element.shownEvent).to.equal(null);
    expect(errors.length).to.equal(1);
    expect(errors[0]!.issues[0]!.code).to.equal('date-calendar');
    expect(problemSummary(element)!.textContent).to.contain('2024-02-30');
    element.event = 'no-such-id';
    await element.updateComplete;
    expect(errors.length).to.equal(2);
    expect(problemSummary(element)!.textContent).to.contain('no-such-id');
  });

  it('fires a typed frise-close with the event id, from the button and from Escape inside the card', async () => {
    const parsed = parseFeed(seed).feed!;
    const element = await card(parsed.events[0], parsed);
    const close = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close"]')!;
    setTimeout(() => close.click());
    const clicked = (await oneEvent(element, 'frise-close')) as FriseCloseEvent;
    expect(clicked).to.be.instanceOf(FriseCloseEvent);
    expect(clicked.id).to.equal(parsed.events[0]!.id);
    expect(clicked.detail.id).to.equal(parsed.events[0]!.id);
    expect(clicked.composed && clicked.bubbles).to.equal(true);
    setTimeout(() =>
      element
        .shadowRoot!.querySelector('[part~="title"]')!
        .dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true, composed: true})),
    );
    const escaped = (await oneEvent(element, 'frise-close')) as FriseCloseEvent;
    expect(escaped.id).to.equal(parsed.events[0]!.id);
  });

  it("puts its data in detail for frameworks: frise-select's detail is {id, event}", async () => {
    const parsed = parseFeed(seed).feed!;
    const from = parsed.eventById.get('ua-video-nk-troops-far-east')!;
    const element = await card(from, parsed);
    const related = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="related-button"], .related button')!;
    setTimeout(() => related.click());
    const selected = (await oneEvent(element, 'frise-select')) as FriseSelectEvent;
    expect(selected.detail).to.deep.equal({id: selected.id, event: selected.event});
    expect(selected.detail.id).to.be.a('string');
  });
});

describe('one language rule for every element', () => {
  it('own lang, else the closest ancestor across shadow roots, else the feed, else English; live when any of them changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><section>
      <frise-timeline view="list" .feed=${seed}></frise-timeline>
      <frise-list .feed=${seed}></frise-list>
      <frise-legend .feed=${seed}></frise-legend>
      <frise-event-card .feed=${seed} .event=${'nis-12000-troops-report'}></frise-event-card>
    </section></div>`);
    const elements = [
      ...wrapper.querySelectorAll<FriseElement>('frise-timeline, frise-list, frise-legend, frise-event-card'),
    ];
    for (const element of elements) expect(element.displayLanguage, element.localName).to.equal('fr');
    // the ancestor changes: every element follows without being touched
    wrapper.setAttribute('lang', 'en');
    await waitUntil(
      () => elements.every((element) => element.displayLanguage === 'en'),
      'every element follows its ancestor',
    );
    const timeline = elements[0]! as FeedElement;
    await timeline.updateComplete;
    const toggle = timeline.shadowRoot!.querySelector('[part~="view-toggle"]')!;
    expect(toggle.textContent!.trim()).to.equal('List');
    // its own lang wins, and changing it re-renders (the timeline used to ignore it)
    timeline.lang = 'fr';
    await timeline.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('Liste');
    timeline.removeAttribute('lang');
    await timeline.updateComplete;
    expect(timeline.displayLanguage).to.equal('en');
    // no ancestor and no own lang: the feed's language; a feed without one: English
    wrapper.removeAttribute('lang');
    const html_ = document.documentElement;
    const pageLang = html_.getAttribute('lang');
    html_.removeAttribute('lang');
    try {
      await waitUntil(() => timeline.displayLanguage === 'fr', "the feed's language");
      timeline.feed = {
        events: [{id: 'a', title: 'A', start: '2024', kind: 'report', status: 'reported'}],
        version: 1,
        title: 'T',
        language: 'und',
      };
      await timeline.updateComplete;
      expect(timeline.displayLanguage).to.equal('en');
    } finally {
      if (pageLang !== null) html_.setAttribute('lang', pageLang);
    }
  });

  it('reads the ancestor across shadow roots', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="ar"></div>`);
    const root = host.attachShadow({mode: 'open'});
    const list = document.createElement('frise-list') as FeedElement;
    list.feed = seed;
    root.append(list);
    await list.updateComplete;
    expect(list.displayLanguage).to.equal('ar');
  });

  it('an Arabic interface reads right to left on a page that does not say, and gives the direction back', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="ar"><frise-list .feed=${seed}></frise-list><div dir="ltr"><frise-legend dir="ltr" .feed=${seed}></frise-legend></div></div>`,
    );
    const list = wrapper.querySelector<FeedElement>('frise-list')!;
    const legend = wrapper.querySelector<FeedElement>('frise-legend')!;
    await list.updateComplete;
    await legend.updateComplete;
    expect(list.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(list).direction).to.equal('rtl');
    // a direction the page sets is the page's
    expect(legend.getAttribute('dir')).to.equal('ltr');
    wrapper.setAttribute('lang', 'fr');
    await waitUntil(() => !list.hasAttribute('dir'), 'the direction is given back with a left-to-right language');
    expect(getComputedStyle(list).direction).to.equal('ltr');
    expect(legend.getAttribute('dir')).to.equal('ltr');
  });

  it('one French and one English timeline side by side on one page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <frise-timeline view="list" lang="fr" .feed=${seed}></frise-timeline>
      <frise-timeline view="list" lang="en" .feed=${seed}></frise-timeline></div>`);
    const [fr, en] = [...wrapper.querySelectorAll<FeedElement>('frise-timeline')];
    await fr!.updateComplete;
    await en!.updateComplete;
    expect(fr!.shadowRoot!.querySelector('[part~="view-toggle"]')!.textContent!.trim()).to.equal('Liste');
    expect(en!.shadowRoot!.querySelector('[part~="view-toggle"]')!.textContent!.trim()).to.equal('List');
  });
});

describe('methods called with what a careless page passes', () => {
  it('zoomTo and zoomBy ignore unusable arguments, never throw, and say why', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 900px"><frise-timeline view="timeline" .feed=${seed}></frise-timeline></div>`,
    );
    const timeline = wrapper.querySelector('frise-timeline')!;
    await waitUntil(() => timeline.visibleRange !== null, 'the chart is drawn');
    timeline.zoomTo(Date.UTC(2024, 5, 1), Date.UTC(2024, 11, 1));
    await timeline.updateComplete;
    const before = timeline.visibleRange!;
    const errors: FriseErrorEvent[] = [];
    timeline.addEventListener('frise-error', (event) => errors.push(event));
    const calls: Array<() => void> = [
      () => timeline.zoomTo(NaN, NaN),
      () => timeline.zoomTo(new Date('nope'), new Date()),
      () => timeline.zoomTo(-1e300, 1e300),
      () => timeline.zoomTo(Date.UTC(2024, 11, 1), Date.UTC(2024, 5, 1)),
      () => timeline.zoomTo('2024' as unknown as number, '2025' as unknown as number),
      () => timeline.zoomBy(NaN),
      () => timeline.zoomBy(0),
      () => timeline.zoomBy(Infinity),
    ];
    for (const call of calls) expect(call).not.to.throw();
    await timeline.updateComplete;
    expect(errors.length).to.equal(calls.length);
    for (const error of errors) expect(error.issues[0]!.code).to.equal('invalid-argument');
    expect(errors[0]!.issues[0]!.message).to.contain('zoomTo(NaN, NaN)');
    expect(timeline.visibleRange).to.deep.equal(before);
    const xs = [...timeline.shadowRoot!.querySelectorAll('[x], [width]')].flatMap((element) => [
      element.getAttribute('x'),
      element.getAttribute('width'),
    ]);
    expect(xs.filter((value) => value === 'NaN')).to.deep.equal([]);
  });
});

describe('attributes written by a careless page', () => {
  const bad: Array<[string, string]> = [
    ['max-rows', 'NaN'],
    ['max-rows', 'calc(3px + 1em)'],
    ['max-rows', '-4'],
    ['max-rows', '2.5'],
    ['max-rows', '1e9'],
    ['lane-by', 'actors'],
    ['first-view', 'everything'],
    ['panel', 'left'],
    ['view', 'grid'],
    ['heading-level', '9'],
    ['heading-level', 'h2'],
  ];

  for (const [name, value] of bad) {
    it(`${name}="${value}": draws with the default, says so once, never throws`, async () => {
      const errors: FriseErrorEvent[] = [];
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
        wrapper.addEventListener('frise-error', (event) => errors.push(event as FriseErrorEvent));
        wrapper.innerHTML = `<frise-timeline ${name}="${value}" first-view="all"></frise-timeline>`;
        const timeline = wrapper.querySelector('frise-timeline')!;
        if (name === 'first-view') timeline.setAttribute('first-view', value);
        timeline.feed = seed;
        await waitUntil(
          () =>
            timeline.shadowRoot!.querySelectorAll('[part~="event"]').length > 0 ||
            timeline.shadowRoot!.querySelector('frise-list'),
          'drawn',
        );
        await timeline.updateComplete;
        timeline.requestUpdate();
        await timeline.updateComplete;
        const reports = errors.flatMap((event) => event.issues).filter((issue) => issue.code === 'invalid-attribute');
        expect(reports.length, 'reported once').to.equal(1);
        expect(reports[0]!.message).to.contain(`${name}=`);
        expect(warnings.filter((text) => text.includes(`${name}=`)).length, 'one console warning naming it').to.equal(
          1,
        );
        expect(timeline.shadowRoot!.querySelector('[role="alert"]'), 'no failed drawing').to.equal(null);
        const xs = [...timeline.shadowRoot!.querySelectorAll('[x], [y], [width], [height], [transform]')].flatMap(
          (element) =>
            ['x', 'y', 'width', 'height', 'transform'].map((attribute) => element.getAttribute(attribute) ?? ''),
        );
        expect(xs.filter((text) => text.includes('NaN') || text.includes('Infinity'))).to.deep.equal([]);
      } finally {
        console.warn = warn;
      }
    });
  }

  it('takes a good value again once the page corrects it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    wrapper.innerHTML = '<frise-timeline lane-by="actors" first-view="all" view="timeline"></frise-timeline>';
    const timeline = wrapper.querySelector('frise-timeline')!;
    timeline.feed = seed;
    await waitUntil(() => timeline.visibleRange !== null, 'drawn');
    const lanes = () =>
      [...timeline.shadowRoot!.querySelectorAll<SVGGElement>('[part~="lane"]')].map((lane) => lane.dataset['lane']);
    expect(lanes(), 'lanes by actor, the default').to.include('south-korea');
    timeline.setAttribute('lane-by', 'kind');
    await timeline.updateComplete;
    expect(lanes(), 'lanes by kind').to.include('denial');
  });
});

describe('the base element', () => {
  /** An element whose drawing fails, as a defect would. */
  class Faulty extends FriseElement {
    fail = true;
    protected override render() {
      if (this.fail) throw new Error('broken drawing');
      return html`<p class="fine">fine</p>`;
    }
  }
  customElements.define('frise-test-faulty', Faulty);

  it('shows a failed drawing where a reader sees it and fires frise-error, with no uncaught error', async () => {
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = document.createElement('frise-test-faulty') as Faulty;
      const errors: FriseErrorEvent[] = [];
      element.addEventListener('frise-error', (event) => errors.push(event));
      wrapper.append(element);
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors.length).to.equal(1);
      expect(errors[0]!.issues[0]!.code).to.equal('render-failed');
      const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('broken drawing');
      // the next successful update draws normally again
      element.fail = false;
      element.requestUpdate();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('.fine')?.textContent).to.equal('fine');
      expect(element.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? null).to.equal(null);
      expect(uncaught).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('theme forces a colour scheme on every element', async () => {
    for (const tag of [...FEED_TAGS, 'frise-event-card']) {
      const element = await fixture<HTMLDivElement>(html`<div></div>`).then((wrapper) => {
        const created = document.createElement(tag) as FeedElement;
        created.theme = 'dark';
        wrapper.append(created);
        return created;
      });
      await element.updateComplete;
      expect(element.getAttribute('theme'), tag).to.equal('dark');
      expect(getComputedStyle(element).colorScheme, tag).to.equal('dark');
      element.theme = 'light';
      await element.updateComplete;
      expect(getComputedStyle(element).colorScheme, tag).to.equal('light');
    }
  });
});
