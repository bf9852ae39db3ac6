import {expect, waitUntil} from '@open-wc/testing';
import {resetMouse, sendMouse} from '@web/test-runner-commands';
// default imports: the test server turns React's CommonJS into modules with a default export only
import React, {type ComponentType} from 'react';
import ReactDOM, {type Root} from 'react-dom/client';
import seed from '../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import {
  ELEMENT_EVENT_PROPS,
  FRISE_EVENT_PROPS,
  FriseEventCard,
  FriseLegend,
  FriseList,
  FriseTimeline,
} from './index.js';
import {TimelineHarness} from '../components/timeline/harness.js';
import {parseFeed} from '../model/parse.js';
import type {FriseTimeline as FriseTimelineElement} from '../components/timeline/frise-timeline.js';
import {FriseSelectEvent} from '../events/frise-select.js';
import {FriseErrorEvent} from '../events/frise-error.js';
import {FriseLoadEvent} from '../events/frise-load.js';
import {FriseRangeChangeEvent} from '../events/frise-rangechange.js';
import {FriseFilterChangeEvent} from '../events/frise-filterchange.js';
import {FriseCloseEvent} from '../events/frise-close.js';

// React 19 asks tests that drive it to say so, and then flushes its work inside act()
(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

const {createElement, act} = React;
const {createRoot} = ReactDOM;

const EVENT_CLASSES = [
  FriseSelectEvent,
  FriseErrorEvent,
  FriseLoadEvent,
  FriseRangeChangeEvent,
  FriseFilterChangeEvent,
  FriseCloseEvent,
];
const COMPONENTS: Record<string, ComponentType<Record<string, unknown>>> = {
  'frise-timeline': FriseTimeline as ComponentType<Record<string, unknown>>,
  'frise-list': FriseList as ComponentType<Record<string, unknown>>,
  'frise-legend': FriseLegend as ComponentType<Record<string, unknown>>,
  'frise-event-card': FriseEventCard as ComponentType<Record<string, unknown>>,
};

interface ManifestElement {
  tagName: string;
  events?: Array<{name: string}>;
}

/** The custom elements of custom-elements.json (written by `npm run manifest`, which `npm test` runs first). */
async function manifestElements(): Promise<ManifestElement[]> {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run manifest`');
  const manifest = (await response.json()) as {
    modules: Array<{declarations?: Array<ManifestElement & {customElement?: boolean}>}>;
  };
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
}

/** Compile-time checks (`npx tsc`): props and callbacks are typed from the element and the event classes. */
export const typedProps = () => [
  createElement(FriseTimeline, {laneBy: 'kind', onFriseRangeChange: (event) => event.detail.start - event.end}),
  createElement(FriseList, {onFriseSelect: (event) => event.detail.event?.title}),
  // @ts-expect-error: lane-by takes actor, kind, status or attribution
  createElement(FriseTimeline, {laneBy: 'colour'}),
  // @ts-expect-error: the timeline fires no frise-close
  createElement(FriseTimeline, {onFriseClose: () => undefined}),
];

let host: HTMLDivElement;
let root: Root;

async function renderReact(element: ReturnType<typeof createElement>): Promise<void> {
  await act(async () => root.render(element));
}

async function renderedTimeline(): Promise<{el: FriseTimelineElement; h: TimelineHarness}> {
  const el = host.querySelector('frise-timeline')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="chart"] [part~="event"]'), 'marks drawn');
  await el.updateComplete;
  return {el, h: new TimelineHarness(el)};
}

describe('frise/react', () => {
  beforeEach(() => {
    host = document.createElement('div');
    host.style.width = '900px';
    document.body.append(host);
    root = createRoot(host);
  });

  afterEach(async () => {
    await act(async () => root.unmount());
    host.remove();
  });

  it('renders <FriseTimeline feed={…}> as a <frise-timeline> with the feed set as a property', async () => {
    await renderReact(createElement(FriseTimeline, {feed: seed, view: 'timeline', firstView: 'all', maxRows: 16}));
    const {el, h} = await renderedTimeline();
    expect(el.feed).to.equal(seed);
    expect(el.hasAttribute('feed'), 'feed is never an attribute').to.equal(false);
    expect(h.markIds().sort()).to.deep.equal(seed.events.map((event) => event.id).sort());
  });

  it('calls onFriseSelect with the typed event when a mark is clicked', async () => {
    const calls: FriseSelectEvent[] = [];
    await renderReact(
      createElement(FriseTimeline, {
        feed: seed,
        view: 'timeline',
        onFriseSelect: (event: FriseSelectEvent) => calls.push(event),
      }),
    );
    const {el, h} = await renderedTimeline();
    // a mark that nothing covers at its centre (labels of neighbours can overlap a symbol)
    const target = h
      .marks()
      .map((mark) => ({id: mark.dataset['eventId']!, at: TimelineHarness.centre(mark.querySelector('.symbol')!)}))
      .find(
        ({id, at}) =>
          el
            .shadowRoot!.elementFromPoint(...at)
            ?.closest('[data-event-id]')
            ?.getAttribute('data-event-id') === id,
      );
    expect(target, 'a mark can be clicked').to.not.equal(undefined);
    const {id, at} = target!;
    await sendMouse({type: 'click', position: at});
    await resetMouse();
    expect(calls).to.have.length(1);
    expect(calls[0]).to.be.instanceOf(FriseSelectEvent);
    expect(calls[0]!.detail.id).to.equal(id);
    expect(calls[0]!.id).to.equal(id);
    expect(calls[0]!.event?.id).to.equal(id);
  });

  it('calls onFriseLoad when the feed is parsed', async () => {
    const loads: FriseLoadEvent[] = [];
    await renderReact(
      createElement(FriseTimeline, {feed: seed, onFriseLoad: (event: FriseLoadEvent) => loads.push(event)}),
    );
    await waitUntil(() => loads.length > 0, 'frise-load reached React');
    expect(loads[0]).to.be.instanceOf(FriseLoadEvent);
    expect(loads[0]!.detail.feed.events).to.have.length(seed.events.length);
  });

  it('updates the element when props change, and swaps a callback without a stale listener', async () => {
    const first: string[] = [];
    const second: string[] = [];
    await renderReact(
      createElement(FriseTimeline, {
        feed: seed,
        view: 'timeline',
        laneBy: 'actor',
        onFriseSelect: (event: FriseSelectEvent) => first.push(event.detail.id ?? ''),
      }),
    );
    const {el, h} = await renderedTimeline();
    const byActor = h.laneKeys();
    await renderReact(
      createElement(FriseTimeline, {
        feed: seed,
        view: 'timeline',
        laneBy: 'status',
        onFriseSelect: (event: FriseSelectEvent) => second.push(event.detail.id ?? ''),
      }),
    );
    await el.updateComplete;
    expect(el.laneBy).to.equal('status');
    expect(el.getAttribute('lane-by')).to.equal('status');
    await waitUntil(() => h.laneKeys().join() !== byActor.join(), 'lanes regrouped');
    const byStatus = h.laneKeys();
    expect(byStatus).to.not.deep.equal(byActor);
    expect(
      byStatus.every((key) => ['reported', 'confirmed', 'denied', 'disputed', 'unverified', '~other'].includes(key)),
      byStatus.join(),
    ).to.equal(true);
    // denser lanes cluster some events at this width: click one drawn on its own
    const id = h.markIds()[0]!;
    h.mark(id)!
      .querySelector<SVGElement>('.mark')!
      .dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
    expect(first).to.deep.equal([]);
    expect(second).to.deep.equal([id]);
  });

  it('removes the element on unmount, disconnected and without an error', async () => {
    await renderReact(createElement(FriseTimeline, {feed: seed, view: 'timeline', firstView: 'all', maxRows: 16}));
    const {el} = await renderedTimeline();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      await act(async () => root.unmount());
      await new Promise((resolve) => requestAnimationFrame(resolve));
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(host.querySelector('frise-timeline')).to.equal(null);
    expect(host.childNodes).to.have.length(0);
    expect(el.isConnected).to.equal(false);
    expect(errors).to.deep.equal([]);
    root = createRoot(host); // afterEach unmounts again
  });

  it('renders the list, the legend and the card, with their callbacks', async () => {
    const {feed} = parseFeed(seed);
    const event = feed!.events[1]!;
    const selected: string[] = [];
    const closed: Array<string | null> = [];
    const filters: FriseFilterChangeEvent[] = [];
    await renderReact(
      createElement(
        'div',
        null,
        createElement(FriseList, {feed, onFriseSelect: (e: FriseSelectEvent) => selected.push(e.detail.id ?? '')}),
        createElement(FriseLegend, {feed, onFriseFilterChange: (e: FriseFilterChangeEvent) => filters.push(e)}),
        createElement(FriseEventCard, {
          event,
          feed,
          closable: true,
          onFriseClose: (e: FriseCloseEvent) => closed.push(e.detail.id),
        }),
      ),
    );
    const list = host.querySelector('frise-list')!;
    const legend = host.querySelector('frise-legend')!;
    const card = host.querySelector('frise-event-card')!;
    await Promise.all([list.updateComplete, legend.updateComplete, card.updateComplete]);
    list.shadowRoot!.querySelector<HTMLButtonElement>(`[data-event-id="${event.id}"] [part~="select-button"]`)!.click();
    expect(selected).to.deep.equal([event.id]);
    legend.shadowRoot!.querySelector<HTMLButtonElement>('[part~="item"][data-section="statuses"]')!.click();
    expect(filters).to.have.length(1);
    expect(filters[0]!.detail.filter.hiddenStatuses).to.have.length(1);
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close"]')!.click();
    expect(closed).to.deep.equal([event.id]);
  });

  it("maps every event in each element's @fires (custom-elements.json) to a callback prop named after its class", async () => {
    const elements = await manifestElements();
    expect(elements.map((element) => element.tagName).sort()).to.deep.equal(Object.keys(COMPONENTS).sort());
    const propByEvent = new Map(EVENT_CLASSES.map((type) => [type.eventName, `on${type.name.replace(/Event$/, '')}`]));
    for (const element of elements) {
      const mapped = ELEMENT_EVENT_PROPS[element.tagName as keyof typeof ELEMENT_EVENT_PROPS] as Record<string, string>;
      for (const {name} of element.events ?? []) {
        const prop = propByEvent.get(name);
        expect(prop, `${name} (fired by <${element.tagName}>) has a typed class in src/events`).to.be.a('string');
        expect(mapped[prop!], `<${element.tagName}>'s React component maps ${name} to ${prop}`).to.equal(name);
        expect(FRISE_EVENT_PROPS[prop as keyof typeof FRISE_EVENT_PROPS]).to.equal(name);
      }
    }
  });

  it("calls each component's callback prop when its element fires the event", async () => {
    for (const element of await manifestElements()) {
      for (const {name} of element.events ?? []) {
        const prop = Object.entries(FRISE_EVENT_PROPS).find(([, eventName]) => eventName === name)![0];
        const calls: Event[] = [];
        await renderReact(createElement(COMPONENTS[element.tagName]!, {[prop]: (event: Event) => calls.push(event)}));
        const target = host.querySelector(element.tagName)!;
        const event = new CustomEvent(name, {bubbles: true, composed: true, detail: {}});
        target.dispatchEvent(event);
        expect(calls, `<${element.tagName} ${prop}> heard ${name}`).to.deep.equal([event]);
        await act(async () => root.render(null));
      }
    }
  });
});
