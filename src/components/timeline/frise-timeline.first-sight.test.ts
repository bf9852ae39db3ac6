import {expect, fixture, html, waitUntil, aTimeout} from '@open-wc/testing';
import {resetMouse, sendMouse, sendKeys} from '@web/test-runner-commands';
import seed from '../../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import './frise-timeline.js';
import type {FriseTimeline} from './frise-timeline.js';
import {TimelineHarness} from './harness.js';
import {graphemes} from '../../layout/text-fit.js';

// What a reader sees before touching anything: the first view, its labels, its marks, its relations.

const DAY = 86_400_000;

async function timeline(
  pageWidth: number,
  attrs = '',
  feed: unknown = seed,
): Promise<{el: FriseTimeline; h: TimelineHarness}> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${pageWidth}px"></div>`);
  wrapper.innerHTML = `<frise-timeline view="timeline" ${attrs}></frise-timeline>`;
  const el = wrapper.querySelector('frise-timeline')!;
  el.feed = feed;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="chart"]') && el.visibleRange, 'chart rendered');
  await settle(el);
  return {el, h: new TimelineHarness(el)};
}

const settle = async (el: FriseTimeline) => {
  await aTimeout(50);
  await el.updateComplete;
};

interface Box {
  id: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** What is drawn in the chart's box, on screen: each visible label's box and each mark's symbol box. */
function drawn(
  el: FriseTimeline,
  h: TimelineHarness,
): {chart: DOMRect; labels: Array<Box & {text: string; title: string}>; marks: Box[]} {
  const chart = h.chart()!.getBoundingClientRect();
  const inside = (box: DOMRect) => box.right > chart.left && box.left < chart.right;
  const labels: Array<Box & {text: string; title: string}> = [];
  const marks: Box[] = [];
  for (const mark of h.marks()) {
    const id = mark.dataset['eventId']!;
    const symbol = mark.querySelector('.symbol')!.getBoundingClientRect();
    if (inside(symbol))
      marks.push({id, left: symbol.left, right: symbol.right, top: symbol.top, bottom: symbol.bottom});
    const label = mark.querySelector<SVGTextElement>('.label');
    if (!label || label.getAttribute('visibility') === 'hidden') continue;
    const box = label.getBoundingClientRect();
    if (box.width === 0 || !inside(box)) continue;
    const title = el.parsedFeed!.eventById.get(id)!.title;
    labels.push({
      id,
      left: box.left,
      right: box.right,
      top: box.top,
      bottom: box.bottom,
      text: label.textContent ?? '',
      title: typeof title === 'string' ? title : (title['fr'] ?? ''),
    });
  }
  return {chart, labels, marks};
}

const overlap = (a: Box, b: Box, slack = 0.5) =>
  a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;

describe('<frise-timeline> at first sight', () => {
  afterEach(() => resetMouse());

  it('opens the seed on the story (October–November 2024) at every width, not on the 2022–2025 span its context ranges stretch to', async () => {
    for (const width of [375, 768]) {
      const narrow = await timeline(width);
      const [from, to] = narrow.el.visibleRange!;
      expect(from, `start at ${width} px`).to.be.at.least(Date.UTC(2024, 8, 15));
      expect(to, `end at ${width} px`).to.be.at.most(Date.UTC(2024, 11, 1));
    }
    const {el} = await timeline(1280);
    const [start, end] = el.visibleRange!;
    expect(start).to.be.at.least(Date.UTC(2024, 8, 15));
    expect(end).to.be.at.most(Date.UTC(2024, 11, 1));
    // most of the events are in view
    const inView = el.parsedFeed!.events.filter((event) => event.interval.end >= start && event.interval.start <= end);
    expect(inView.length / el.parsedFeed!.events.length).to.be.at.least(0.8);
    el.fit();
    await settle(el);
    const [fitStart, fitEnd] = el.visibleRange!;
    expect(fitStart).to.be.below(Date.UTC(2022, 2, 1));
    expect(fitEnd).to.be.above(Date.UTC(2025, 3, 28));
  });

  it('counts the events beyond each edge, and pressing a count pans to the nearest of them', async () => {
    const {el} = await timeline(1280);
    const [start, end] = el.visibleRange!;
    const events = el.parsedFeed!.events;
    const before = events.filter((event) => event.interval.end < start).length;
    const after = events.filter((event) => event.interval.start > end).length;
    expect(before).to.be.greaterThan(0);
    expect(after).to.be.greaterThan(0);
    const earlier = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="beyond-earlier"]')!;
    const later = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="beyond-later"]')!;
    expect(earlier.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`‹ ${before} avant`);
    expect(later.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${after} après ›`);
    // the visible count is the button's name; what it does is its description
    expect(earlier.getAttribute('title')).to.match(new RegExp(`^${before} événements? avant cette vue`));
    const nearest = Math.max(
      ...events.filter((event) => event.interval.end < start).map((event) => event.interval.end),
    );
    earlier.click();
    await settle(el);
    const [panned, pannedEnd] = el.visibleRange!;
    expect(pannedEnd - panned, 'the zoom is kept').to.be.closeTo(end - start, (end - start) * 0.01);
    expect(nearest).to.be.within(panned, pannedEnd);
  });

  it('opens a small feed whole when the whole labels as many events as its densest stretch would', async () => {
    // a hand-typed feed: three weeks, one busy week; at the whole view every title still has room
    const small = {
      actors: [
        {id: 'a', name: 'A'},
        {id: 'b', name: 'B'},
      ],
      events: [
        {title: 'First report', start: '2024-10-02', actors: ['a']},
        {title: 'Convoy seen', start: '2024-10-08', actors: ['b']},
        {title: 'Intelligence estimate', start: '2024-10-18', actors: ['a']},
        {title: 'Video released', start: '2024-10-19', actors: ['b']},
        {title: 'Flag photographed', start: '2024-10-21', actors: ['a']},
        {title: 'Article published', start: '2024-10-22', actors: ['b']},
      ],
    };
    const {el} = await timeline(1000, '', small);
    const [start, end] = el.visibleRange!;
    expect(start).to.be.at.most(Date.UTC(2024, 9, 2));
    expect(end).to.be.at.least(Date.UTC(2024, 9, 22));
    expect(el.shadowRoot!.querySelector('[part~="beyond"]')).to.equal(null);
  });

  it('takes the first view the feed names (view), and reports a bad one', async () => {
    const {el} = await timeline(1000, '', {...seed, view: {start: '2024-06', end: '2024-07'}});
    const [start, end] = el.visibleRange!;
    expect(start).to.be.closeTo(Date.UTC(2024, 5, 1), DAY);
    expect(end).to.be.closeTo(Date.UTC(2024, 6, 31), DAY);
    const bad = await timeline(1000, '', {...seed, view: {start: '2024-13', end: '2024-07'}});
    expect(bad.el.issues.some((issue) => issue.path.startsWith('/view/start'))).to.equal(true);
    expect(bad.el.parsedFeed!.events.length).to.equal(seed.events.length);
  });

  it('first-view="all" shows the whole feed', async () => {
    const {el} = await timeline(1000, 'first-view="all"');
    const [start, end] = el.visibleRange!;
    expect(start).to.be.below(Date.UTC(2022, 2, 1));
    expect(end).to.be.above(Date.UTC(2025, 3, 28));
    expect(el.shadowRoot!.querySelector('[part~="beyond"]')).to.equal(null);
  });

  for (const pageWidth of [1280, 768]) {
    it(`at ${pageWidth} px no label is cut by an edge, no label covers another label or a mark, no two marks overlap`, async () => {
      const {el, h} = await timeline(pageWidth);
      const {chart, labels, marks} = drawn(el, h);
      expect(labels.length).to.be.greaterThan(10);
      for (const label of labels) {
        expect(label.left, `${label.id} starts inside`).to.be.at.least(chart.left - 0.5);
        expect(label.right, `${label.id} ends inside`).to.be.at.most(chart.right + 0.5);
        for (const other of labels)
          if (other !== label) expect(overlap(label, other), `${label.id} label on ${other.id} label`).to.equal(false);
        for (const mark of marks)
          if (mark.id !== label.id)
            expect(overlap(label, mark), `${label.id} label on ${mark.id} mark`).to.equal(false);
      }
      const feed = el.parsedFeed!;
      for (const a of marks) {
        for (const b of marks) {
          if (a === b || feed.eventById.get(a.id)!.interval.start === feed.eventById.get(b.id)!.interval.start)
            continue;
          expect(overlap(a, b, 1), `${a.id} and ${b.id}`).to.equal(false);
        }
      }
    });
  }

  it('at 1280 px labels at least 9 in 10 of the events in view, each with at least 24 characters (or its whole title)', async () => {
    const {el, h} = await timeline(1280);
    const {chart, labels} = drawn(el, h);
    const symbols = h.marks().filter((mark) => {
      const box = mark.querySelector('.symbol')!.getBoundingClientRect();
      return box.left >= chart.left && box.right <= chart.right;
    });
    expect(symbols.length).to.be.greaterThan(20);
    const labelled = new Set(labels.map((label) => label.id));
    const share = symbols.filter((mark) => labelled.has(mark.dataset['eventId']!)).length / symbols.length;
    expect(share).to.be.at.least(0.9);
    for (const label of labels) {
      const kept = graphemes(label.text.replace(/…$/, '')).length;
      expect(kept >= 24 || label.text === label.title, `${label.id}: "${label.text}"`).to.equal(true);
    }
  });

  it('never clusters a small feed at its first view, whatever the lanes', async () => {
    for (const laneBy of ['actor', 'kind', 'status', 'attribution']) {
      const {el} = await timeline(1280, `lane-by="${laneBy}"`);
      expect(el.shadowRoot!.querySelectorAll('[part~="cluster"]').length, laneBy).to.equal(0);
      el.remove();
    }
  });

  it('shows the whole title of a shortened label on hover and on focus', async () => {
    const {el, h} = await timeline(1280);
    const chartBox = h.chart()!.getBoundingClientRect();
    const shortened = h.marks().find((mark) => {
      const symbol = mark.querySelector('.symbol')!.getBoundingClientRect();
      return (
        mark.querySelector('.label')?.textContent?.endsWith('…') &&
        symbol.left > chartBox.left &&
        symbol.right < chartBox.right
      );
    });
    expect(shortened, 'a shortened label in view').to.exist;
    const id = shortened!.dataset['eventId']!;
    const title = (el.parsedFeed!.eventById.get(id)!.title as Record<string, string>)['fr'];
    await sendMouse({type: 'move', position: TimelineHarness.centre(shortened!.querySelector('.symbol')!)});
    await settle(el);
    const full = () => el.shadowRoot!.querySelector('.full-title-text')?.textContent;
    expect(full()).to.equal(title);
    const box = el.shadowRoot!.querySelector('.full-title-back')!.getBoundingClientRect();
    const chart = h.chart()!.getBoundingClientRect();
    expect(box.left).to.be.at.least(chart.left);
    expect(box.right).to.be.at.most(chart.right + 0.5);
    await resetMouse();
    await settle(el);
    expect(full()).to.equal(undefined);
    shortened!.querySelector<SVGGElement>('.mark')!.focus();
    await settle(el);
    expect(full()).to.equal(title);
  });

  it('moves a label to the other side of its mark, or shortens it, rather than cut it at the edge while panning', async () => {
    const {el, h} = await timeline(1000);
    const [start, end] = el.visibleRange!;
    const step = (end - start) / 7;
    for (let i = 1; i <= 6; i++) {
      el.zoomTo(start + i * step, end + i * step);
      await settle(el);
      const {chart, labels} = drawn(el, h);
      for (const label of labels) {
        expect(label.left, `${label.id} at step ${i}`).to.be.at.least(chart.left - 0.5);
        expect(label.right, `${label.id} at step ${i}`).to.be.at.most(chart.right + 0.5);
      }
    }
  });

  it('opens a cluster of events at one instant into their list at the deepest zoom, by keyboard; Escape gives the focus back', async () => {
    const sameDay = {
      events: Array.from({length: 40}, (_, i) => ({
        title: `Statement ${i + 1} of the day`,
        start: '2024-10-22',
        actors: ['a'],
      })).concat([
        {title: 'A week before', start: '2024-10-15', actors: ['a']},
        {title: 'A week after', start: '2024-10-29', actors: ['a']},
      ]),
      actors: [{id: 'a', name: 'Actor'}],
    };
    // forty at one instant: more than a small feed's lane grows rows for, so they stay one block at every zoom
    const {el} = await timeline(1000, 'first-view="all"', sameDay);
    el.zoomTo(Date.UTC(2024, 9, 21), Date.UTC(2024, 9, 23));
    await settle(el);
    const cluster = el.shadowRoot!.querySelector<SVGRectElement>('[part~="cluster"]');
    expect(cluster, 'the forty form a cluster').to.not.equal(null);
    cluster!.focus();
    await sendKeys({press: 'Enter'});
    await settle(el);
    const items = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="cluster-list"] .cluster-list-item')];
    expect(items.map((item) => item.textContent)).to.have.members(
      Array.from({length: 40}, (_, i) => `Statement ${i + 1} of the day`),
    );
    expect(el.shadowRoot!.activeElement === items[0]).to.equal(true);
    await sendKeys({press: 'Escape'});
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="cluster-list"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('cluster');
  });
});

describe('<frise-timeline> at first sight, right to left', () => {
  it('puts the count of earlier events at the inline start: on the right when time runs right to left', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: 1000px"></div>`);
    wrapper.innerHTML = '<frise-timeline view="timeline" panel="none"></frise-timeline>';
    const el = wrapper.querySelector('frise-timeline')!;
    el.feed = seed;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="beyond-earlier"]'), 'edge counts drawn');
    const earlier = el.shadowRoot!.querySelector('[part~="beyond-earlier"]')!.getBoundingClientRect();
    const later = el.shadowRoot!.querySelector('[part~="beyond-later"]')!.getBoundingClientRect();
    expect(earlier.left).to.be.greaterThan(later.left);
  });

  it('writes the axis dates in the direction of their language, not the page\'s: French "10 nov." on a right-to-left page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 1000px"></div>`);
    wrapper.innerHTML = '<frise-timeline view="timeline" panel="none" lang="fr"></frise-timeline>';
    const el = wrapper.querySelector('frise-timeline')!;
    el.feed = seed;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="axis"] .tick text'), 'axis drawn');
    const tick = el.shadowRoot!.querySelector('[part~="axis"] .tick text')!;
    expect(getComputedStyle(tick).direction).to.equal('ltr');
    const arabic = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 1000px"></div>`);
    arabic.innerHTML = '<frise-timeline view="timeline" panel="none" lang="ar"></frise-timeline>';
    const inArabic = arabic.querySelector('frise-timeline')!;
    inArabic.feed = seed;
    await waitUntil(() => inArabic.shadowRoot?.querySelector('[part~="axis"] .tick text'), 'axis drawn');
    expect(getComputedStyle(inArabic.shadowRoot!.querySelector('[part~="axis"] .tick text')!).direction).to.equal(
      'rtl',
    );
  });
});
