import {expect, fixture, html, waitUntil, aTimeout} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import './frise-timeline.js';
import type {FriseTimeline} from './frise-timeline.js';
import {syntheticFeed} from '../../test-support/synthetic-feed.js';
import {parseFeed} from '../../model/parse.js';

// The keyboard path of a feed too dense to draw one by one: the arrows step through marks and clusters
// in time order, a cluster is a stop with a name, and focus never falls to the page, at 100,000 events.

const big = parseFeed(syntheticFeed(100_000, 5)).feed!;

async function timeline(width = 1200): Promise<FriseTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  wrapper.innerHTML = '<frise-timeline view="timeline" panel="none" hide-legend first-view="all"></frise-timeline>';
  const el = wrapper.querySelector('frise-timeline')!;
  el.feed = big;
  await waitUntil(() => el.visibleRange, 'drawn', {timeout: 60_000});
  await aTimeout(0);
  await el.updateComplete;
  return el;
}

const settle = async (el: FriseTimeline) => {
  await aTimeout(20);
  await el.updateComplete;
  await el.updateComplete;
};

/** What has the focus, seen from the page: a mark's event id, a cluster's span, or where else it went. */
function focusedStop(el: FriseTimeline): {
  kind: 'event' | 'cluster' | 'elsewhere';
  id: string;
  start: number;
  end: number;
} {
  if (document.activeElement !== el)
    return {kind: 'elsewhere', id: document.activeElement?.localName ?? 'none', start: NaN, end: NaN};
  const active = el.shadowRoot!.activeElement;
  const cluster = active?.closest<SVGElement>('[part~="cluster"]');
  if (cluster)
    return {
      kind: 'cluster',
      id: cluster.dataset['cluster']!,
      start: Number(cluster.dataset['start']),
      end: Number(cluster.dataset['end']),
    };
  const id = active?.closest('[data-event-id]')?.getAttribute('data-event-id');
  const event = id ? big.eventById.get(id) : undefined;
  if (event) return {kind: 'event', id: event.id, start: event.interval.start, end: event.interval.end};
  return {kind: 'elsewhere', id: active?.localName ?? 'none', start: NaN, end: NaN};
}

describe('<frise-timeline> keyboard at 100,000 events', function () {
  this.timeout(180_000);
  before(() => setViewport({width: 1300, height: 900}));

  it('steps through clusters and marks in time order with the arrows; each cluster is a named stop', async () => {
    const el = await timeline();
    const root = el.shadowRoot!;
    const stop = root.querySelector<SVGElement>('[part~="cluster"][tabindex="0"], .mark[tabindex="0"]');
    expect(stop, 'the chart has a tab stop at the whole-feed view').to.exist;
    stop!.focus();
    let here = focusedStop(el);
    expect(here.kind).to.equal('cluster');
    const name = root.activeElement!.getAttribute('aria-label')!;
    expect(name, 'a cluster says its count').to.match(/\d[\d,  ]* events/);
    expect(root.activeElement!.getAttribute('role')).to.equal('button');
    const visited = [here];
    for (let i = 0; i < 30; i++) {
      await sendKeys({press: 'ArrowRight'});
      await settle(el);
      const next = focusedStop(el);
      expect(next.kind, `step ${i + 1}: ${next.id}`).not.to.equal('elsewhere');
      expect(next.start, `step ${i + 1} goes forward in time`).to.be.at.least(here.start);
      visited.push(next);
      here = next;
    }
    expect(new Set(visited.map((v) => `${v.kind}:${v.id}`)).size, 'each press moves to another stop').to.equal(
      visited.length,
    );
    for (let i = 0; i < 5; i++) {
      await sendKeys({press: 'ArrowLeft'});
      await settle(el);
    }
    expect(focusedStop(el).id, 'back five stops').to.equal(visited[visited.length - 6]!.id);
  });

  it('keeps the focus on a stop when the page moves the view under it (zoomBy, zoomTo)', async () => {
    const el = await timeline();
    const root = el.shadowRoot!;
    const cluster = [...root.querySelectorAll<SVGElement>('[part~="cluster"]')][20]!;
    const [start, end] = [Number(cluster.dataset['start']), Number(cluster.dataset['end'])];
    cluster.focus();
    el.zoomTo(start - (end - start) * 3, end + (end - start) * 3);
    await settle(el);
    await settle(el);
    const here = focusedStop(el);
    expect(here.kind, `after zoomTo: ${here.id}`).not.to.equal('elsewhere');
    expect(here.start < end && here.end > start, 'a stop inside the block that had the focus').to.equal(true);
    el.zoomBy(0.5);
    await settle(el);
    expect(focusedStop(el).kind, 'after zoomBy').not.to.equal('elsewhere');
  });

  it('Enter on a cluster zooms into it and the focus goes to a stop inside it', async () => {
    const el = await timeline();
    const root = el.shadowRoot!;
    const cluster = [...root.querySelectorAll<SVGElement>('[part~="cluster"]')][10]!;
    const [start, end] = [Number(cluster.dataset['start']), Number(cluster.dataset['end'])];
    cluster.focus();
    const before = el.visibleRange!;
    await sendKeys({press: 'Enter'});
    await settle(el);
    await settle(el);
    const after = el.visibleRange!;
    expect(after[1] - after[0], 'zoomed in').to.be.below((before[1] - before[0]) / 4);
    const here = focusedStop(el);
    expect(here.kind, `focus after Enter: ${here.id}`).not.to.equal('elsewhere');
    expect(here.start < end && here.end > start, 'the stop is inside the cluster it opened').to.equal(true);
  });

  it('from any event, deep in, the arrows, Home and End never drop the focus nor aim inside a cluster', async () => {
    const el = await timeline();
    const root = el.shadowRoot!;
    for (const index of [0, 31_337, 99_999]) {
      const event = big.events[index]!;
      const middle = (event.interval.start + event.interval.end) / 2;
      el.zoomTo(middle - 2 * 86_400_000, middle + 2 * 86_400_000);
      await settle(el);
      el.select(event.id, {pan: false});
      await settle(el);
      // the chart's tab stop: the selected event's mark (placed even when its lane is off screen), or
      // the cluster it is folded into at this zoom
      const stop = root.querySelector<SVGElement>('.chart-box [tabindex="0"]');
      stop!.focus();
      const held = focusedStop(el);
      if (held.kind === 'event') expect(held.id, 'the selected event holds the tab stop').to.equal(event.id);
      else
        expect(
          held.kind === 'cluster' && held.start <= event.interval.start && event.interval.start < held.end,
          `its cluster holds the tab stop (${held.kind} ${held.id})`,
        ).to.equal(true);
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowLeft']) {
        await sendKeys({press: key});
        await settle(el);
        const here = focusedStop(el);
        expect(here.kind, `event ${index}, ${key}: focus on ${here.id}`).not.to.equal('elsewhere');
        // a stop is a mark drawn on screen or a cluster, never an event hidden inside a cluster
        if (here.kind === 'event') expect(root.querySelector(`[data-event-id="${here.id}"] .mark`), here.id).to.exist;
      }
    }
    await sendKeys({press: 'End'});
    await settle(el);
    const last = focusedStop(el);
    expect(last.kind).not.to.equal('elsewhere');
    expect(last.end, 'End reaches the last event').to.be.at.least(big.events[big.events.length - 1]!.interval.start);
    await sendKeys({press: 'Home'});
    await settle(el);
    const first = focusedStop(el);
    expect(first.kind).not.to.equal('elsewhere');
    expect(first.start, 'Home reaches the first event').to.be.at.most(big.events[0]!.interval.start);
  });

  it('steps past the window laid out: from the last stop drawn, the view pans to the next events beyond a gap', async () => {
    // 5,500 events (a large feed: zoomed in, only a window around the view is laid out): most in early
    // January 2023, a few later that month, then nothing until ten in June 2025
    const events = [
      ...Array.from({length: 5480}, (_, i) => ({
        id: `a${i}`,
        title: `A ${i}`,
        start: `2023-01-${String(1 + (i % 10)).padStart(2, '0')}`,
        actors: ['x'],
      })),
      ...Array.from({length: 10}, (_, i) => ({
        id: `b${i}`,
        title: `B ${i}`,
        start: `2023-01-${20 + i}`,
        actors: ['x'],
      })),
      ...Array.from({length: 10}, (_, i) => ({
        id: `c${i}`,
        title: `C ${i}`,
        start: `2025-06-${String(10 + i)}`,
        actors: ['x'],
      })),
    ];
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
    wrapper.innerHTML = '<frise-timeline view="timeline" panel="none" hide-legend first-view="all"></frise-timeline>';
    const el = wrapper.querySelector('frise-timeline')!;
    el.feed = {language: 'en', actors: [{id: 'x', name: 'X'}], events};
    await waitUntil(() => el.visibleRange, 'drawn', {timeout: 60_000});
    el.zoomTo(Date.UTC(2023, 0, 19), Date.UTC(2023, 0, 31));
    await settle(el);
    const root = el.shadowRoot!;
    const first = root.querySelector<SVGElement>('[data-event-id="b0"] .mark');
    expect(first, 'b0 drawn').to.exist;
    first!.focus();
    const visited: string[] = [];
    for (let i = 0; i < 12; i++) {
      await sendKeys({press: 'ArrowRight'});
      await settle(el);
      const here = root.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id');
      expect(document.activeElement, `press ${i + 1}`).to.equal(el);
      visited.push(here ?? `not an event: ${root.activeElement?.localName}`);
    }
    expect(visited.slice(0, 11)).to.deep.equal([...Array.from({length: 9}, (_, i) => `b${i + 1}`), 'c0', 'c1']);
    expect(el.visibleRange![0], 'the view followed to 2025').to.be.greaterThan(Date.UTC(2025, 0, 1));
  });
});
