// The feed controller with the feed worker, through a real element (<frise-legend>, the lightest that
// reads a feed) in Chromium: a large feed, set as a property or fetched from `src`, is parsed in the worker
// while the element shows a progress line, and ends as the same parsed feed and issues as on the page's
// thread; `no-worker` keeps it on the page's thread; a worker that cannot start changes nothing but timing.
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../components/legend/frise-legend.js';
import type {FriseLegend} from '../components/legend/frise-legend.js';
import type {FriseLoadEvent} from '../events/frise-load.js';
import {parseFeed} from '../model/parse.js';
import {materializeEvent} from '../model/lazy-event.js';
import type {FriseFeed} from '../model/types.js';
import {WORKER_MIN_EVENTS} from '../worker/feed-worker-client.js';
// @ts-expect-error: a plain module of the benchmark, no types
import {generateFeed} from '../../bench/generate.mjs';

/** A generated feed just over the worker's threshold, with one bad record (an issue to report). */
function largeFeed(): Record<string, unknown> & {events: Record<string, unknown>[]} {
  const feed = generateFeed(WORKER_MIN_EVENTS + 500, 5) as Record<string, unknown> & {
    events: Record<string, unknown>[];
  };
  feed.events[17] = {...feed.events[17], start: '2024-02-31'};
  return feed;
}

/** The feed with every event read (a feed from the worker reads its events' fields on first use). */
function read(feed: FriseFeed | null): FriseFeed | null {
  feed?.events.forEach(materializeEvent);
  return feed;
}

const statusLine = (el: FriseLegend) =>
  el.shadowRoot!.querySelector('.loading-line[role="status"]')?.textContent?.trim() ?? '';

describe('FeedController with the feed worker', function () {
  this.timeout(30_000);

  it('parses a large feed set as a property in the worker, showing progress, as the page would', async () => {
    const feed = largeFeed();
    const onPage = parseFeed(feed);
    const el = await fixture<FriseLegend>(html`<frise-legend></frise-legend>`);
    const loaded = oneEvent(el, 'frise-load') as Promise<FriseLoadEvent>;
    const errors: unknown[][] = [];
    el.addEventListener('frise-error', (event) => errors.push([...(event as unknown as {issues: unknown[]}).issues]));
    el.feed = feed;
    await el.updateComplete;
    // not parsed yet: the worker has it, and the element says it is loading
    expect(el.parsedFeed).to.equal(null);
    expect(statusLine(el)).to.match(/^Loading the timeline…/);
    const lines = new Set<string>();
    const watch = new MutationObserver(() => lines.add(statusLine(el)));
    watch.observe(el.shadowRoot!, {subtree: true, childList: true, characterData: true});
    const {feed: parsed} = await loaded;
    await el.updateComplete;
    watch.disconnect();
    expect([...lines].filter((line) => /^Loading the timeline… [\d,]+ of 5,499 events$/.test(line))).to.not.be.empty;
    expect(statusLine(el)).to.equal('');
    expect(parsed).to.equal(el.parsedFeed);
    expect(read(parsed)).to.deep.equal(onPage.feed);
    expect(el.issues).to.deep.equal(onPage.issues);
    expect(errors).to.deep.equal([onPage.issues]);
  });

  it('parses on the page thread with no-worker, and below the threshold', async () => {
    const feed = largeFeed();
    const el = await fixture<FriseLegend>(html`<frise-legend no-worker></frise-legend>`);
    el.feed = feed;
    await el.updateComplete;
    expect(el.parsedFeed?.events.length).to.equal(WORKER_MIN_EVENTS + 499);
    const small = await fixture<FriseLegend>(html`<frise-legend></frise-legend>`);
    small.feed = generateFeed(WORKER_MIN_EVENTS - 1, 5);
    await small.updateComplete;
    expect(small.parsedFeed?.events.length).to.equal(WORKER_MIN_EVENTS - 1);
  });

  it('fetches a large src and parses its bytes in the worker, with the same issues', async () => {
    const feed = largeFeed();
    const text = JSON.stringify(feed);
    const onPage = parseFeed(text);
    const url = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
    try {
      const el = await fixture<FriseLegend>(html`<frise-legend></frise-legend>`);
      const loaded = oneEvent(el, 'frise-load') as Promise<FriseLoadEvent>;
      el.src = url;
      await waitUntil(() => / of 5,499 events$/.test(statusLine(el)), 'a count of the events received', {
        timeout: 20_000,
        interval: 5,
      });
      const {feed: parsed} = await loaded;
      expect(read(parsed)).to.deep.equal(onPage.feed);
      expect(el.issues).to.deep.equal(onPage.issues);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('falls back to the page thread when the worker script is missing, quietly and with the same feed', async () => {
    const feed = largeFeed();
    const onPage = parseFeed(feed);
    const consoleErrors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => consoleErrors.push(args);
    try {
      const el = await fixture<FriseLegend>(html`<frise-legend worker-src="/no/such/worker.js"></frise-legend>`);
      const loaded = oneEvent(el, 'frise-load') as Promise<FriseLoadEvent>;
      el.feed = feed;
      const {feed: parsed} = await loaded;
      expect(read(parsed)).to.deep.equal(onPage.feed);
      expect(el.issues).to.deep.equal(onPage.issues);
    } finally {
      console.error = original;
    }
    expect(consoleErrors).to.deep.equal([]);
  });

  it('a newer feed wins over one still in the worker, and a removed element parses again when put back', async () => {
    const el = await fixture<FriseLegend>(html`<frise-legend></frise-legend>`);
    const loads: number[] = [];
    el.addEventListener('frise-load', (event) => loads.push((event as FriseLoadEvent).feed.events.length));
    el.feed = largeFeed();
    await el.updateComplete;
    el.feed = {events: [{title: 'Only', start: '2024-01-01'}]};
    await el.updateComplete;
    expect(el.parsedFeed?.events.length).to.equal(1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(loads).to.deep.equal([1]);
    // removed while its feed is in the worker: parsed again once back
    el.feed = largeFeed();
    await el.updateComplete;
    const parent = el.parentElement!;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 200));
    parent.append(el);
    await waitUntil(() => loads.length === 2, 'the feed parsed once back', {timeout: 20_000});
    expect(loads).to.deep.equal([1, WORKER_MIN_EVENTS + 499]);
  });
});
