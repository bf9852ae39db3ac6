import {aTimeout, expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import seed from '../../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import './frise-timeline.js';
import type {FriseTimeline} from './frise-timeline.js';
import {DRIVEN_GESTURE_END} from '../../controllers/zoom-controller.js';
import {syntheticFeed} from '../../test-support/synthetic-feed.js';

// A page that drives the view every frame (issue 16, point 1): zoomTo calls closer together than a
// frame or so make one gesture, as wheel steps do; the timeline settles, announces and fires
// frise-rangechange once, when the calls stop. A call alone still settles at once.

const DAY = 86_400_000;
// the page's next call: once the last one is drawn (a frame on a quiet machine; on a loaded one, waiting
// for animation frames could leave more than a gesture's gap between calls and split the gesture)
const frame = () => new Promise((resolve) => setTimeout(resolve, 4));

async function mount(): Promise<FriseTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px">
    <frise-timeline view="timeline" panel="none" lang="en" first-view="all" .feed=${seed}></frise-timeline></div>`);
  const el = wrapper.querySelector<FriseTimeline>('frise-timeline')!;
  await waitUntil(() => el.visibleRange !== null, 'drawn');
  await el.updateComplete;
  return el;
}

const onScreen = (el: FriseTimeline) => {
  const box = el.shadowRoot!.querySelector('svg[part="chart"]')!.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="event"]')]
    .filter((mark) => {
      const at = mark.querySelector('.symbol')!.getBoundingClientRect();
      return at.right > box.left && at.left < box.right;
    })
    .map((mark) => mark.dataset['eventId'])
    .sort();
};

describe('<frise-timeline> driven by the page every frame', () => {
  it('fires frise-rangechange and announces once when a sweep of zoomTo calls stops, then draws what that view gives', async () => {
    const el = await mount();
    const ranges: Array<[number, number]> = [];
    el.addEventListener('frise-rangechange', (event) => ranges.push([(event as never as {start: number}).start, 0]));
    const start = Date.UTC(2024, 5, 1);
    for (let i = 0; i < 30; i++) {
      await frame();
      el.zoomTo(start + i * 5 * DAY, start + (i * 5 + 40 - i) * DAY);
    }
    const during = ranges.length;
    expect(during).to.equal(1); // the first call, alone, settled at once; the others are one gesture
    await aTimeout(DRIVEN_GESTURE_END + 100);
    await el.updateComplete;
    expect(ranges.length).to.equal(2);
    const [a, b] = el.visibleRange!;
    expect(a).to.be.closeTo(start + 29 * 5 * DAY, DAY);
    expect(b).to.be.closeTo(start + (29 * 5 + 11) * DAY, DAY);
    const announced = el.shadowRoot!.querySelector('[role="status"][aria-live]')!.textContent!;
    expect(announced).to.match(/2024/);

    // once settled, the drawing is what a single call to that view draws
    const driven = onScreen(el);
    const fresh = await mount();
    fresh.zoomTo(start + 29 * 5 * DAY, start + (29 * 5 + 11) * DAY);
    await fresh.updateComplete;
    expect(onScreen(fresh)).to.deep.equal(driven);
  });

  it('settles at once on a call alone (a button, one zoomTo): the event fires before the call returns', async () => {
    const el = await mount();
    await aTimeout(DRIVEN_GESTURE_END + 50);
    let fired = 0;
    el.addEventListener('frise-rangechange', () => (fired += 1));
    el.zoomTo(Date.UTC(2024, 9, 1), Date.UTC(2024, 10, 1));
    expect(fired).to.equal(1);
  });
});

describe('<frise-timeline> drawing while the page moves the view', () => {
  async function mountDense(): Promise<FriseTimeline> {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px">
      <frise-timeline view="timeline" panel="none" hide-legend lang="en" .feed=${syntheticFeed(1000, 20230101)}></frise-timeline></div>`);
    const el = wrapper.querySelector<FriseTimeline>('frise-timeline')!;
    await waitUntil(() => el.visibleRange !== null, 'drawn');
    await el.updateComplete;
    return el;
  }
  const targets = (el: FriseTimeline) => el.shadowRoot!.querySelectorAll('[part~="cluster"]').length;
  const counts = (el: FriseTimeline) => el.shadowRoot!.querySelectorAll('.cluster-count').length;
  const bars = (el: FriseTimeline) => el.shadowRoot!.querySelectorAll('.cluster-segments').length;
  const YEAR = 365 * DAY;
  const sweep = async (el: FriseTimeline) => {
    // a flight across the span: each frame shows time the last one did not
    const start = Date.UTC(2023, 0, 1);
    const seen: Array<{targets: number; counts: number; bars: number}> = [];
    for (let i = 0; i < 12; i++) {
      await frame();
      el.zoomTo(start + (i * YEAR) / 8, start + (i * YEAR) / 8 + YEAR / 3);
      await el.updateComplete;
      seen.push({targets: targets(el), counts: counts(el), bars: bars(el)});
    }
    return seen;
  };

  it('draws new stretches as bars alone (no cluster targets or counts) until the gesture ends, then whole', async () => {
    const el = await mountDense();
    await aTimeout(DRIVEN_GESTURE_END + 50);
    expect(targets(el)).to.be.above(20);
    const seen = await sweep(el);
    // the first call settled alone, whole; later frames that drew a new stretch drew its bars only
    expect(seen[0]!.targets).to.be.above(0);
    const moving = seen.slice(2);
    expect(moving.some((frame) => frame.targets === 0 && frame.counts === 0)).to.equal(true);
    expect(moving.every((frame) => frame.bars > 0)).to.equal(true);
    await aTimeout(DRIVEN_GESTURE_END + 100);
    await el.updateComplete;
    const settled = {targets: targets(el), counts: counts(el)};
    expect(settled.targets).to.be.above(20);
    expect(settled.counts).to.be.above(10);
    // the same as what one call to that view draws
    const fresh = await mountDense();
    const end = Date.UTC(2023, 0, 1) + (11 * YEAR) / 8;
    fresh.zoomTo(end, end + YEAR / 3);
    await fresh.updateComplete;
    expect({targets: targets(fresh), counts: counts(fresh)}).to.deep.equal(settled);
  });

  it('keeps every cluster target while the focus is in the chart: the focused one stays drawn and focused', async () => {
    const el = await mountDense();
    await aTimeout(DRIVEN_GESTURE_END + 50);
    const [from, to] = el.visibleRange!;
    const middle = (from + to) / 2;
    const target = [...el.shadowRoot!.querySelectorAll<SVGElement>('[part~="cluster"]')].sort(
      (a, b) => Math.abs(Number(a.dataset['start']) - middle) - Math.abs(Number(b.dataset['start']) - middle),
    )[0]!;
    target.focus();
    const at = (Number(target.dataset['start']) + Number(target.dataset['end'])) / 2;
    // the page zooms in on it, frame after frame: the scene is made anew as the view narrows
    const seen: number[] = [];
    let span = to - from;
    for (let i = 0; i < 12; i++) {
      await frame();
      span /= 1.3;
      el.zoomTo(at - span / 2, at + span / 2);
      await el.updateComplete;
      seen.push(targets(el));
    }
    expect(seen.every((count) => count > 0)).to.equal(true);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('cluster');
  });
});

describe('<frise-timeline> cluster paths', () => {
  it('writes the bars with a hundredth of a px at their level, not with every digit of a double', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px">
      <frise-timeline view="timeline" panel="none" hide-legend lang="en" first-view="all" .feed=${syntheticFeed(3000, 11)}></frise-timeline></div>`);
    const el = wrapper.querySelector<FriseTimeline>('frise-timeline')!;
    await waitUntil(() => el.visibleRange !== null, 'drawn');
    await el.updateComplete;
    const numbers = [...el.shadowRoot!.querySelectorAll('.cluster-segments, .cluster-kinds')].flatMap(
      (path) => path.getAttribute('d')!.match(/-?[\d.]+(?:e-?\d+)?/g) ?? [],
    );
    expect(numbers.length).to.be.above(100);
    // the fit view is level 1: two decimals at most
    expect(numbers.filter((n) => !/^-?\d+(\.\d{1,2})?$/.test(n))).to.deep.equal([]);
  });
});

describe('<frise-timeline> flights (zoomTo and fit with a duration)', () => {
  afterEach(() => emulateMedia({reducedMotion: 'no-preference'}));

  it('flies to the view a frame at a time, fires frise-rangechange once on arrival, and resolves there', async () => {
    const el = await mount();
    await aTimeout(DRIVEN_GESTURE_END + 50);
    const changes: number[] = [];
    el.addEventListener('frise-rangechange', (event) => changes.push((event as never as {start: number}).start));
    const [from, to] = [Date.UTC(2024, 9, 1), Date.UTC(2024, 10, 15)];
    // what a screen reader hears: the polite live region's text, each time it changes
    const live = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    const heard: string[] = [];
    const listener = new MutationObserver(() => heard.push(live.textContent!.trim()));
    listener.observe(live, {childList: true, characterData: true, subtree: true});
    const flight = el.zoomTo(from, to, {duration: 400});
    const seen: number[] = [];
    for (let i = 0; i < 6; i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      seen.push(el.visibleRange![1] - el.visibleRange![0]);
    }
    expect(changes).to.deep.equal([]); // still on its way
    expect(heard, 'nothing announced on the way').to.deep.equal([]);
    await flight;
    await el.updateComplete;
    listener.disconnect();
    const [a, b] = el.visibleRange!;
    expect(a).to.be.closeTo(from, DAY);
    expect(b).to.be.closeTo(to, DAY);
    expect(changes.length).to.equal(1);
    // one announcement, on arrival, of the range landed on
    expect(heard.filter((text, i) => text !== heard[i - 1]).length, heard.join(' | ')).to.equal(1);
    expect(heard.at(-1))
      .to.match(/October/)
      .and.to.match(/2024/);
    // the width went through values between where it started and where it landed
    expect(seen.some((width) => width > (to - from) * 1.5)).to.equal(true);
  });

  it('jumps for a reader who asks for reduced motion', async () => {
    await emulateMedia({reducedMotion: 'reduce'});
    const el = await mount();
    const [from, to] = [Date.UTC(2024, 9, 1), Date.UTC(2024, 10, 15)];
    void el.zoomTo(from, to, {duration: 400});
    expect(el.visibleRange![0]).to.be.closeTo(from, DAY);
  });

  it('stops where it is when another call moves the view, and flies home with fit', async () => {
    const el = await mount();
    const first = el.zoomTo(Date.UTC(2024, 9, 1), Date.UTC(2024, 10, 15), {duration: 2000});
    await new Promise((resolve) => requestAnimationFrame(resolve));
    el.zoomTo(Date.UTC(2024, 0, 1), Date.UTC(2024, 2, 1));
    await first; // resolved by the call that took over
    expect(el.visibleRange![0]).to.be.closeTo(Date.UTC(2024, 0, 1), DAY);
    await el.fit({duration: 200});
    const whole = el.visibleRange!;
    el.fit();
    expect(el.visibleRange).to.deep.equal(whole);
  });

  it('reports a duration that is not a number of ms and moves at once', async () => {
    const el = await mount();
    const errors: string[] = [];
    el.addEventListener('frise-error', (event) =>
      errors.push(...(event as never as {issues: Array<{code: string}>}).issues.map((issue) => issue.code)),
    );
    void el.zoomTo(Date.UTC(2024, 9, 1), Date.UTC(2024, 10, 15), {duration: -5});
    expect(errors).to.deep.equal(['invalid-argument']);
    expect(el.visibleRange![0]).to.be.closeTo(Date.UTC(2024, 9, 1), DAY);
  });
});
