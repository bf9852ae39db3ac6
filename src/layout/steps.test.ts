// Computations made in steps (steps.ts): the same result as at once, in as many steps as the events ask.
import {expect} from '@open-wc/testing';
import {parseFeed} from '../model/parse.js';
import {syntheticFeed} from '../test-support/synthetic-feed.js';
import {timeDomain} from './compute-layout.js';
import {homeWindows, homeWindowsInSteps} from './home-window.js';
import {feedColumnsInSteps} from './lane-columns.js';
import {EVENTS_PER_STEP, finish} from './steps.js';

/** Runs steps to the end, counting the pauses. */
function run<T>(steps: Generator<void, T>): {value: T; pauses: number} {
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return {value: next.value, pauses};
    pauses++;
  }
}

describe('computations made in steps', () => {
  const n = 2 * EVENTS_PER_STEP + 500;
  // most events in one month: a first view narrower than the whole
  const document = syntheticFeed(n, 11, 5) as {events: Array<{start: unknown; end?: unknown}>};
  document.events.forEach((event, i) => {
    if (i % 10 >= 7) return;
    event.start = `2023-03-${String(1 + (i % 28)).padStart(2, '0')}`;
    delete event.end;
  });
  const feed = parseFeed(document).feed!;

  it("gives the first view's windows homeWindows gives, pausing once per EVENTS_PER_STEP events", () => {
    const domain = timeDomain(feed);
    const {value, pauses} = run(homeWindowsInSteps(feed, domain));
    expect(value.chosen).to.not.equal(undefined);
    expect(value).to.deep.equal(homeWindows(feed, domain));
    expect(pauses).to.equal(2);
    // a small feed: no pause
    const small = parseFeed(syntheticFeed(300, 11, 5)).feed!;
    expect(run(homeWindowsInSteps(small, timeDomain(small))).pauses).to.equal(0);
  });

  it('gives the lane columns feedColumns gives, kept by the index, pausing as it reads', () => {
    const laneOf = new Map(feed.events.map((event) => [event.id, event.actors[0]!]));
    const spec = {laneBy: 'actor', language: 'en', labels: {other: 'Other', kind: String, status: String}};
    const grouping = feed.index.keepLanes(spec, {lanes: [], laneOf});
    const {value, pauses} = run(feedColumnsInSteps(feed, grouping));
    // a pass to group the events, a pass to fill the columns
    expect(pauses).to.equal(4);
    expect(value.lanes.reduce((sum, lane) => sum + lane.order.length, 0)).to.equal(n);
    // kept: asked again, the same columns at once
    expect(run(feedColumnsInSteps(feed, grouping))).to.deep.equal({value, pauses: 0});
    expect(finish(feedColumnsInSteps(feed, grouping))).to.equal(value);
  });
});
