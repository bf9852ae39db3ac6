import {expect, fixture, html, oneEvent, waitUntil, aTimeout} from '@open-wc/testing';
import {
  executeServerCommand,
  resetMouse,
  sendKeys,
  sendMouse,
  setViewport,
  emulateMedia,
} from '@web/test-runner-commands';
import seed from '../../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import './frise-timeline.js';
import type {FriseTimeline} from './frise-timeline.js';
import {TimelineHarness} from './harness.js';
import {EventCardHarness} from '../event-card/harness.js';
import {LegendHarness} from '../legend/harness.js';
import type {FriseRangeChangeEvent} from '../../events/frise-rangechange.js';
import type {FriseSelectEvent} from '../../events/frise-select.js';
import type {FriseFilterChangeEvent} from '../../events/frise-filterchange.js';

const DAY = 86_400_000;
const span = (range: [number, number] | null) => (range ? range[1] - range[0] : NaN);

async function timeline(width = 1000, attrs = ''): Promise<{el: FriseTimeline; h: TimelineHarness}> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const defaults = [
    attrs.includes('panel=') ? '' : 'panel="bottom"',
    attrs.includes('view=') ? '' : 'view="timeline"',
    attrs.includes('first-view=') ? '' : 'first-view="all"',
  ];
  wrapper.innerHTML = `<frise-timeline ${defaults.join(' ')} ${attrs}></frise-timeline>`;
  const el = wrapper.querySelector('frise-timeline')!;
  el.feed = seed;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="chart"]') && el.visibleRange, 'chart rendered');
  await el.updateComplete;
  return {el, h: new TimelineHarness(el)};
}

/**
 * Checks that every mark drawn inside the chart's box sits at its date (a point at the middle of its
 * interval, a bar from its start); returns how many were checked. Marks parked off to the left are
 * not drawn. With `only`, only the marks it accepts are checked.
 */
function marksAtTheirDates(
  el: FriseTimeline,
  h: TimelineHarness,
  only: (mark: SVGGElement) => boolean = () => true,
): number {
  const box = h.chart()!.getBoundingClientRect();
  const [start, end] = el.visibleRange!;
  // the plot spans the chart less its 16 px margins; x ↦ time is linear in between
  const timeAt = (x: number) => start + ((x - box.left - 16) / (box.width - 32)) * (end - start);
  const pxPerMs = (box.width - 32) / (end - start);
  let drawn = 0;
  for (const mark of h.marks()) {
    if (!only(mark)) continue;
    const symbol = mark.querySelector('.symbol')!.getBoundingClientRect();
    const centre = symbol.left + symbol.width / 2;
    if (symbol.right < box.left || symbol.left > box.right) continue;
    drawn++;
    const event = el.parsedFeed!.eventById.get(mark.dataset['eventId']!)!;
    const expected = event.isRange ? event.interval.start : (event.interval.start + event.interval.end) / 2;
    // a short range is widened around its centre; a point sits at the middle of its interval
    const tolerance = event.isRange ? Math.max(8, (event.interval.end - event.interval.start) * pxPerMs) + 8 : 2;
    expect(Math.abs(timeAt(centre) - expected) * pxPerMs, mark.dataset['eventId']).to.be.below(tolerance);
  }
  return drawn;
}

const shiftPress = async (key: string) => {
  await sendKeys({down: 'Shift'});
  await sendKeys({press: key});
  await sendKeys({up: 'Shift'});
};

const settle = async (el: FriseTimeline) => {
  await aTimeout(50);
  await el.updateComplete;
};

describe('<frise-timeline> zoom and pan', () => {
  before(() => setViewport({width: 1200, height: 1000}));
  afterEach(() => resetMouse());

  it('a real wheel zooms in around the pointer and fires frise-rangechange with the visible interval', async () => {
    const {el, h} = await timeline();
    const before = el.visibleRange!;
    const fired = oneEvent(el, 'frise-rangechange');
    await executeServerCommand('send-wheel', {position: TimelineHarness.centre(h.chart()!), deltaY: -400});
    const event = (await fired) as unknown as FriseRangeChangeEvent;
    await settle(el);
    const after = el.visibleRange!;
    expect(span(after)).to.be.below(span(before) / 1.5);
    expect([event.start, event.end]).to.deep.equal(after);
    expect(after[0]).to.be.above(before[0]);
    expect(after[1]).to.be.below(before[1]);
  });

  it('after zooms and pans, every mark drawn in the chart sits at its date (marks off screen are not left behind)', async () => {
    const {el, h} = await timeline(1200, 'panel="none"');
    const check = () => marksAtTheirDates(el, h);
    expect(check()).to.be.greaterThan(10);
    el.zoomTo(Date.UTC(2024, 9, 5), Date.UTC(2024, 9, 27));
    await settle(el);
    expect(check()).to.be.greaterThan(5);
    el.zoomBy(0.25);
    await settle(el);
    check();
    await shiftPress('PageUp');
    await settle(el);
    check();
    el.zoomBy(8);
    await settle(el);
    check();
  });

  it('a zoom moves the marks of lanes on or near the screen only; a lane scrolled into view gets its marks at their dates', async () => {
    // a timeline taller than its scrolling box: only the top of it shows
    const box = await fixture<HTMLDivElement>(html`<div style="width: 1200px; height: 200px; overflow: auto"></div>`);
    box.innerHTML = '<frise-timeline panel="none" view="timeline" first-view="all" hide-legend></frise-timeline>';
    const el = box.querySelector('frise-timeline')!;
    el.feed = seed;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="chart"]') && el.visibleRange, 'chart rendered');
    await settle(el);
    await settle(el);
    const h = new TimelineHarness(el);
    const top = h.laneKeys()[0]!;
    const far = h
      .lanes()
      .filter((lane) => lane.getBoundingClientRect().top > box.getBoundingClientRect().bottom + 50)
      .map((lane) => lane.dataset['lane']!)
      .find((lane) => h.marks().some((mark) => mark.dataset['lane'] === lane));
    expect(far, 'a lane with marks well below the box').to.be.a('string');
    const inLane = (lane: string) => h.marks().filter((mark) => mark.dataset['lane'] === lane);
    const positions = (lane: string) => inLane(lane).map((mark) => mark.getAttribute('transform'));
    // every mark has a position from the first drawing, in its lane
    for (const mark of h.marks())
      expect(h.laneContaining(mark.dataset['eventId']!), mark.dataset['eventId']).to.equal(mark.dataset['lane']);

    // zooms that keep the level drawn (a new level draws new marks, each placed once wherever it is)
    const farBefore = positions(far!);
    const topBefore = positions(top);
    el.zoomBy(1.1);
    await settle(el);
    expect(positions(far!), 'the far lane is left as it was').to.deep.equal(farBefore);
    expect(positions(top)).not.to.deep.equal(topBefore);
    expect(marksAtTheirDates(el, h, (mark) => mark.dataset['lane'] === top)).to.be.greaterThan(0);

    const band = h
      .lanes()
      .find((lane) => lane.dataset['lane'] === far)!
      .querySelector('.lane-band')!;
    box.scrollTop += band.getBoundingClientRect().top - box.getBoundingClientRect().top + 10;
    await waitUntil(
      () => positions(far!).join() !== farBefore.join(),
      'the far lane is placed once it scrolls into view',
    );
    expect(marksAtTheirDates(el, h, (mark) => mark.dataset['lane'] === far)).to.be.greaterThan(0);
    await settle(el);
    const topAway = positions(top);
    el.zoomBy(1.05);
    await settle(el);
    expect(positions(top), 'the top lane, now out of view, is left as it was').to.deep.equal(topAway);
    expect(marksAtTheirDates(el, h, (mark) => mark.dataset['lane'] === far)).to.be.greaterThan(0);

    // focus on a mark left behind (here by script) gives it its place before anything measures it
    box.scrollTop = 0;
    await settle(el);
    await settle(el);
    el.zoomBy(1.02);
    await settle(el);
    const [start, end] = el.visibleRange!;
    const target = inLane(far!).find((mark) => {
      const event = el.parsedFeed!.eventById.get(mark.dataset['eventId']!)!;
      return event.interval.start > start && event.interval.end < end;
    })!;
    const before = target.getAttribute('transform');
    target.querySelector<SVGGElement>('.mark')!.focus();
    expect(target.getAttribute('transform')).not.to.equal(before);
    expect(marksAtTheirDates(el, h, (mark) => mark === target)).to.equal(1);
    expect(box.scrollLeft).to.equal(0);
  });

  it('a timeline moved to another place in the page keeps drawing its marks at their dates', async () => {
    const {el, h} = await timeline(1200, 'panel="none"');
    el.zoomTo(Date.UTC(2024, 9, 5), Date.UTC(2024, 9, 27));
    await settle(el);
    const elsewhere = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
    elsewhere.append(el);
    await settle(el);
    await settle(el);
    // a zoom that keeps the level drawn: the same scene, placed again
    const before = h
      .marks()
      .map((mark) => mark.getAttribute('transform'))
      .join();
    el.zoomBy(1.05);
    await settle(el);
    expect(
      h
        .marks()
        .map((mark) => mark.getAttribute('transform'))
        .join(),
    ).not.to.equal(before);
    expect(marksAtTheirDates(el, h)).to.be.greaterThan(5);
  });

  it('once a wheel gesture ends, the drawing is the one its zoom level gives (the level held during the gesture is let go)', async () => {
    const {el, h} = await timeline(1200, 'panel="none"');
    const fired = oneEvent(el, 'frise-rangechange');
    // around October 2024, where most of the seed's events are
    const [, y] = TimelineHarness.centre(h.chart()!);
    const october = h.mark('ru-mod-claims-tsukuryne')!.querySelector('.symbol')!.getBoundingClientRect();
    await executeServerCommand('send-wheel', {
      position: [Math.round(october.left + october.width / 2), y],
      deltaY: -600,
    });
    await fired;
    await settle(el);
    const onScreen = (harness: TimelineHarness) => {
      const box = harness.chart()!.getBoundingClientRect();
      return harness
        .marks()
        .filter((mark) => {
          const symbol = mark.querySelector('.symbol')!.getBoundingClientRect();
          return symbol.right > box.left + 40 && symbol.left < box.right - 40;
        })
        .map((mark) => `${mark.dataset['eventId']}:${mark.classList.contains('label-gave-way') ? 'hidden' : 'label'}`)
        .sort();
    };
    const range = el.visibleRange!;
    const fresh = await timeline(1200, 'panel="none"');
    fresh.el.zoomTo(range[0], range[1]);
    await settle(fresh.el);
    expect(span(fresh.el.visibleRange)).to.be.closeTo(span(range), span(range) * 1e-6);
    // lanes scrolled far away are not moved by a zoom (see the test above): look at each one in view
    const seen = onScreen(h);
    fresh.el.scrollIntoView();
    await settle(fresh.el);
    await settle(fresh.el);
    expect(seen.length).to.be.greaterThan(3);
    expect(onScreen(fresh.h)).to.deep.equal(seen);
  });

  it('a real drag pans the view', async () => {
    const {el, h} = await timeline();
    el.zoomBy(4);
    await settle(el);
    const before = el.visibleRange!;
    const [x, y] = TimelineHarness.centre(h.chart()!);
    await sendMouse({type: 'move', position: [x, y]});
    await sendMouse({type: 'down'});
    await sendMouse({type: 'move', position: [x + 100, y]});
    await sendMouse({type: 'move', position: [x + 200, y]});
    await sendMouse({type: 'up'});
    await settle(el);
    const after = el.visibleRange!;
    expect(span(after)).to.be.closeTo(span(before), DAY);
    expect(after[0]).to.be.below(before[0] - 30 * DAY); // dragged right: earlier dates come into view
  });

  it('keys: + zooms in, − zooms out, Shift+arrows pan, 0 fits', async () => {
    const {el, h} = await timeline();
    const fit = el.visibleRange!;
    h.marks()[0]!.querySelector<SVGGElement>('.mark')!.focus();
    await sendKeys({press: '+'});
    await settle(el);
    const zoomed = el.visibleRange!;
    expect(span(zoomed)).to.be.closeTo(span(fit) / 2, DAY);
    await shiftPress('ArrowRight');
    await settle(el);
    expect(el.visibleRange![0]).to.be.above(zoomed[0]);
    await shiftPress('ArrowLeft');
    await shiftPress('ArrowLeft');
    await settle(el);
    expect(el.visibleRange![0]).to.be.below(zoomed[0] + 1);
    await sendKeys({press: '-'});
    await settle(el);
    expect(span(el.visibleRange)).to.be.closeTo(span(fit), DAY);
    await sendKeys({press: '+'});
    await sendKeys({press: '+'});
    await sendKeys({press: '0'});
    await settle(el);
    expect(el.visibleRange).to.deep.equal(fit);
  });

  it('the on-screen buttons zoom in, out and fit', async () => {
    const {el, h} = await timeline();
    const fit = el.visibleRange!;
    h.button('zoom-in').click();
    h.button('zoom-in').click();
    await settle(el);
    expect(span(el.visibleRange)).to.be.closeTo(span(fit) / 4, DAY);
    h.button('zoom-out').click();
    await settle(el);
    expect(span(el.visibleRange)).to.be.closeTo(span(fit) / 2, DAY);
    h.button('fit').click();
    await settle(el);
    expect(el.visibleRange).to.deep.equal(fit);
  });

  it('zoomTo(start, end) shows that interval; zoom stops at limits derived from the data', async () => {
    const {el} = await timeline();
    const start = Date.UTC(2024, 9, 1);
    const end = Date.UTC(2024, 10, 1);
    el.zoomTo(start, end);
    await settle(el);
    const [a, b] = el.visibleRange!;
    expect(a).to.be.closeTo(start, DAY / 4);
    expect(b).to.be.closeTo(end, DAY / 4);
    // the finest events are days: the view never gets narrower than two days, nor wider than the feed
    el.zoomTo(start, start + 3_600_000);
    await settle(el);
    expect(span(el.visibleRange)).to.be.closeTo(2 * DAY, 60_000);
    el.fit();
    el.zoomBy(0.25);
    await settle(el);
    expect(el.visibleRange![0]).to.be.at.most(Date.UTC(2022, 1, 24));
  });

  it('re-ticks the axis with a fitting format at each level, in the feed language', async () => {
    const {el, h} = await timeline();
    expect(h.axisTickLabels()).to.include('2023');
    el.zoomTo(Date.UTC(2024, 9, 1), Date.UTC(2024, 10, 1));
    await settle(el);
    expect(h.axisTickLabels().some((t) => /^\d{1,2} oct\.$/.test(t))).to.equal(true);
    el.zoomTo(Date.UTC(2024, 9, 21), Date.UTC(2024, 9, 23));
    await settle(el);
    expect(h.axisTickLabels().some((t) => /^\d{1,2}\sh$/.test(t))).to.equal(true);
  });

  it('re-ticks by centuries for a long feed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('frise-timeline');
    el.panel = 'none';
    el.feed = {
      version: 1,
      title: 'Long',
      language: 'en',
      events: [
        {id: 'a', title: 'A', start: '1450', kind: 'context', status: 'confirmed'},
        {id: 'b', title: 'B', start: '2024-10-22T14:00Z', kind: 'report', status: 'reported'},
      ],
    };
    wrapper.append(el);
    await waitUntil(() => el.visibleRange);
    await settle(el);
    const h = new TimelineHarness(el);
    expect(h.axisTickLabels()).to.include.members(['1500', '1600', '2000']);
    el.zoomTo(Date.UTC(2024, 9, 22, 12), Date.UTC(2024, 9, 22, 16));
    await settle(el);
    expect(h.axisTickLabels().some((t) => /PM|AM|:/.test(t))).to.equal(true);
  });
});

describe('<frise-timeline> overview strip', () => {
  afterEach(() => resetMouse());

  it('its window follows the main view', async () => {
    const {el, h} = await timeline();
    const full = h.brushWindow();
    el.zoomBy(4);
    await settle(el);
    const zoomed = h.brushWindow();
    expect(zoomed.width).to.be.closeTo(full.width / 4, 1);
  });

  it('a click beside its window leaves the window showing the main view', async () => {
    const {el, h} = await timeline();
    el.zoomBy(4);
    await settle(el);
    const before = el.visibleRange!;
    const shown = h.brushWindow();
    const selection = h.overview().querySelector('.selection')!.getBoundingClientRect();
    const overview = h.overview().getBoundingClientRect();
    // d3-brush clears its selection on a click without a drag; the timeline puts the window back
    const x = selection.right + 100 < overview.right ? selection.right + 100 : selection.left - 100;
    await sendMouse({type: 'click', position: [Math.round(x), Math.round(overview.top + overview.height / 2)]});
    await settle(el);
    expect(el.visibleRange).to.deep.equal(before);
    const after = h.brushWindow();
    expect(after.width).to.be.closeTo(shown.width, 1);
    expect(after.x).to.be.closeTo(shown.x, 1);
  });

  it('dragging its window moves the main view', async () => {
    const {el, h} = await timeline();
    el.zoomBy(4);
    el.fit();
    el.zoomBy(4);
    await settle(el);
    const before = el.visibleRange!;
    const selection = h.overview().querySelector('.selection')!;
    // the strip sits under every lane's rows: bring it on screen before pressing on it
    selection.scrollIntoView({block: 'center'});
    const [x, y] = TimelineHarness.centre(selection);
    await sendMouse({type: 'move', position: [x, y]});
    await sendMouse({type: 'down'});
    await sendMouse({type: 'move', position: [x - 80, y]});
    await sendMouse({type: 'move', position: [x - 160, y]});
    await sendMouse({type: 'up'});
    await settle(el);
    const after = el.visibleRange!;
    expect(after[0]).to.be.below(before[0] - 60 * DAY);
    expect(span(after)).to.be.closeTo(span(before), 2 * DAY);
  });
});

describe('<frise-timeline> labels', () => {
  for (const width of [375, 768, 1440]) {
    it(`no two visible labels intersect, nor a label and another mark, at ${width} px`, async () => {
      const {h} = await timeline(width);
      const labels = h.marks().flatMap((mark) => {
        const label = mark.querySelector('.label');
        return label ? [{id: mark.dataset['eventId']!, box: label.getBoundingClientRect()}] : [];
      });
      const symbols = h
        .marks()
        .map((mark) => ({id: mark.dataset['eventId']!, box: mark.querySelector('.symbol')!.getBoundingClientRect()}));
      expect(labels.length).to.be.greaterThan(10);
      const hit = (a: DOMRect, b: DOMRect) =>
        a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      for (const label of labels) {
        for (const other of labels)
          if (other !== label) expect(hit(label.box, other.box), `${label.id} / ${other.id}`).to.equal(false);
        for (const symbol of symbols)
          if (symbol.id !== label.id)
            expect(hit(label.box, symbol.box), `${label.id} label on ${symbol.id}`).to.equal(false);
      }
    });
  }

  it('a label that gave way shows on hover', async () => {
    const {el, h} = await timeline(375);
    const quiet = h.marks().find((mark) => !mark.querySelector('.label'))!;
    expect(quiet).to.exist;
    await sendMouse({type: 'move', position: TimelineHarness.centre(quiet.querySelector('.symbol')!)});
    await settle(el);
    const id = quiet.dataset['eventId']!;
    const title = (el.parsedFeed!.eventById.get(id)!.title as Record<string, string>)['fr']!;
    const shown = h.labelFor(id)!.textContent!.replace(/…$/, '');
    expect(shown.length).to.be.greaterThan(3);
    expect(title.startsWith(shown.trimEnd())).to.equal(true);
    expect(h.labelFor(id)!.classList.contains('revealed')).to.equal(true);
  });

  it('draws imprecise dates as soft spans over their interval, day dates as points, ranges as bars', async () => {
    const {el, h} = await timeline(1200);
    const month = h.mark('sk-demining-machines-handover')!;
    const day = h.mark('putin-kim-treaty-signed')!;
    const range = h.mark('nk-first-troop-transport-vladivostok')!;
    expect(day.querySelector('.span')).to.equal(null);
    expect(range.querySelector('.bar')).to.exist;
    const spanBox = month.querySelector('.span')!.getBoundingClientRect();
    // December 2023 is 31 days, drawn to the scale of the plot (2 px of soft edge each side)
    const plot = h.chart()!.getBoundingClientRect().width - 32;
    expect(spanBox.width).to.be.closeTo(((31 * DAY) / span(el.visibleRange)) * plot, 1.5);
    // its ends fade (a CSS mask on its own box: no url(#…) reference to keep a removed chart alive)
    expect(getComputedStyle(month.querySelector('.span')!).maskImage).to.contain('linear-gradient');
  });
});

describe('<frise-timeline> relations', () => {
  afterEach(() => resetMouse());

  it('draws no connector at rest; hovering an event draws its relations, each named on its line, dashed by type, at 3:1 contrast or more', async () => {
    for (const theme of ['light', 'dark']) {
      const {el, h} = await timeline(1200, `theme="${theme}"`);
      el.zoomTo(Date.UTC(2024, 9, 5), Date.UTC(2024, 9, 26));
      await settle(el);
      expect(h.links(), 'no line at rest').to.have.length(0);
      await sendMouse({
        type: 'move',
        position: TimelineHarness.centre(h.mark('nk-un-first-committee-denial')!.querySelector('.symbol')!),
      });
      await settle(el);
      const denies = h
        .links()
        .find(
          (link) =>
            link.dataset['source'] === 'nk-un-first-committee-denial' &&
            link.dataset['target'] === 'nis-12000-troops-report',
        );
      expect(denies, 'denies link').to.exist;
      expect(denies!.dataset['relation']).to.equal('denies');
      expect(denies!.classList.contains('active')).to.equal(true);
      expect(getComputedStyle(denies!).strokeDasharray).to.not.equal('none');
      // the relation's name is written on its line
      const names = [...el.shadowRoot!.querySelectorAll('[part~="link-label"]')].map((label) => label.textContent);
      expect(names).to.include('dément');
      // every line shown stands out from both lane backgrounds
      const bands = [...el.shadowRoot!.querySelectorAll('.lane-band')]
        .slice(0, 2)
        .map((band) => getComputedStyle(band).fill);
      for (const link of h.links()) {
        for (const band of bands)
          expect(
            contrast(getComputedStyle(link).stroke, band),
            `${theme} ${link.dataset['relation']} on ${band}`,
          ).to.be.at.least(3);
      }
      await resetMouse();
      await settle(el);
      expect(h.links(), 'gone again once the pointer leaves').to.have.length(0);
      el.remove();
    }
  });

  it('tells every relation group apart by its dash pattern, not colour alone', async () => {
    const {el, h} = await timeline(1200);
    el.zoomTo(Date.UTC(2024, 5, 1), Date.UTC(2024, 11, 31));
    await settle(el);
    el.select('putin-kim-treaty-signed');
    await settle(el);
    const patterns = new Map<string, string>();
    for (const link of h.links())
      patterns.set(
        [...link.classList].find((name) => name.startsWith('group-'))!,
        getComputedStyle(link).strokeDasharray,
      );
    expect(patterns.size, 'the treaty has links of several groups').to.be.at.least(2);
    expect(new Set(patterns.values()).size).to.equal(patterns.size);
  });
});

/** WCAG contrast ratio of two computed colours (rgb() or rgba() strings). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

describe('<frise-timeline> selection and card', () => {
  it('a click selects: the selected attribute reflects it, frise-select fires, the card shows the event', async () => {
    const {el, h} = await timeline(1200);
    const fired = oneEvent(el, 'frise-select');
    h.mark('putin-kim-treaty-signed')!.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
    const event = (await fired) as unknown as FriseSelectEvent;
    expect(event.id).to.equal('putin-kim-treaty-signed');
    expect(event.event?.kind).to.equal('agreement');
    await settle(el);
    expect(el.getAttribute('selected')).to.equal('putin-kim-treaty-signed');
    const card = h.card()!;
    await card.updateComplete;
    expect(new EventCardHarness(card).title()!.textContent).to.contain('Poutine et Kim');
  });

  it('Enter on a focused event selects it; Escape clears', async () => {
    const {el, h} = await timeline(1200);
    h.mark('duma-ratifies-treaty')!.querySelector<SVGGElement>('.mark')!.focus();
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(el.selected).to.equal('duma-ratifies-treaty');
    await sendKeys({press: 'Escape'});
    await settle(el);
    expect(el.selected).to.equal(null);
    expect(h.card()).to.equal(null);
  });

  it("the card's Close button gives the focus back to the event's mark; the List toggle keeps the focus", async () => {
    const {el, h} = await timeline(1200);
    h.mark('duma-ratifies-treaty')!.querySelector<SVGGElement>('.mark')!.focus();
    await sendKeys({press: 'Enter'});
    await settle(el);
    const card = h.card()!;
    await card.updateComplete;
    const close = card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close"]')!;
    close.focus();
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(el.selected).to.equal(null);
    expect(el.shadowRoot!.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id') ?? 'none').to.equal(
      'duma-ratifies-treaty',
    );
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="view-toggle"]')!;
    toggle.focus();
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(el.shadowRoot!.activeElement?.getAttribute('part') ?? 'none', 'in the list view').to.equal('view-toggle');
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(el.shadowRoot!.activeElement?.getAttribute('part') ?? 'none', 'back in the timeline').to.equal(
      'view-toggle',
    );
  });

  it('the page can select by attribute: the card shows and the view pans to the event', async () => {
    const {el, h} = await timeline(1200);
    el.zoomTo(Date.UTC(2022, 0, 1), Date.UTC(2022, 6, 1));
    await settle(el);
    el.setAttribute('selected', 'treaty-enters-into-force');
    await settle(el);
    const [a, b] = el.visibleRange!;
    expect(Date.UTC(2024, 11, 4)).to.be.within(a, b);
    expect(h.card()!.shownEvent?.id).to.equal('treaty-enters-into-force');
  });

  it("the card's related-event buttons move the selection and pan the view to it", async () => {
    const {el, h} = await timeline(1200);
    el.select('nk-acknowledges-deployment');
    await settle(el);
    el.zoomTo(Date.UTC(2025, 2, 1), Date.UTC(2025, 5, 1));
    await settle(el);
    const card = new EventCardHarness(h.card()!);
    const button = card.relatedButton('nk-un-first-committee-denial')!;
    expect(button).to.exist;
    const fired = oneEvent(el, 'frise-select');
    button.click();
    const event = (await fired) as unknown as FriseSelectEvent;
    expect(event.id).to.equal('nk-un-first-committee-denial');
    await settle(el);
    expect(el.selected).to.equal('nk-un-first-committee-denial');
    const [a, b] = el.visibleRange!;
    expect(Date.UTC(2024, 9, 21, 12)).to.be.within(a, b);
  });

  it('places the card beside the chart when wide and below it when narrow (panel="auto")', async () => {
    const wide = await timeline(1300, 'panel="auto" selected="duma-ratifies-treaty"');
    await settle(wide.el);
    const chartBox = wide.h.chart()!.getBoundingClientRect();
    const cardBox = wide.h.card()!.getBoundingClientRect();
    expect(cardBox.left).to.be.at.least(chartBox.right);
    const narrow = await timeline(600, 'panel="auto" selected="duma-ratifies-treaty"');
    await settle(narrow.el);
    expect(narrow.h.card()!.getBoundingClientRect().top).to.be.at.least(
      narrow.h.chart()!.getBoundingClientRect().bottom,
    );
  });
});

describe('<frise-timeline> legend and filter', () => {
  it('toggling a kind in the built-in legend filters the timeline and fires frise-filterchange', async () => {
    const {el, h} = await timeline(1200);
    const legend = new LegendHarness(h.legend()!);
    const fired = oneEvent(el, 'frise-filterchange');
    legend.item('kinds', 'legislation')!.click();
    const event = (await fired) as unknown as FriseFilterChangeEvent;
    expect(event.filter.hiddenKinds).to.deep.equal(['legislation']);
    await settle(el);
    expect(h.marks().filter((mark) => mark.dataset['kind'] === 'legislation')).to.have.length(0);
    expect(h.marks().length).to.equal(34 - 5);
  });

  it('the filter property hides statuses and actors and relation types; a query dims the rest', async () => {
    const {el, h} = await timeline(1200);
    el.filter = {
      hiddenKinds: [],
      hiddenStatuses: ['confirmed'],
      hiddenActors: ['russia'],
      hiddenRelations: [],
      query: '',
    };
    await settle(el);
    expect(
      h.marks().every((mark) => mark.dataset['status'] !== 'confirmed' && mark.dataset['lane'] !== 'russia'),
    ).to.equal(true);
    el.filter = {
      hiddenKinds: [],
      hiddenStatuses: [],
      hiddenActors: [],
      hiddenRelations: ['denies', 'ratifies'],
      query: 'Kremlin',
    };
    await settle(el);
    expect(h.marks()).to.have.length(34);
    expect(h.links().some((link) => ['denies', 'ratifies'].includes(link.dataset['relation']!))).to.equal(false);
    const dimmed = h.marks().filter((mark) => mark.classList.contains('dimmed'));
    const matches = h.marks().filter((mark) => mark.classList.contains('match'));
    expect(matches.map((mark) => mark.dataset['eventId'])).to.include('kremlin-fake-news-denial');
    expect(dimmed.length + matches.length).to.equal(34);
  });
});

describe('<frise-timeline> theming', () => {
  after(() => emulateMedia({colorScheme: 'light'}));

  it('follows prefers-color-scheme and can be forced with the theme attribute', async () => {
    const {el, h} = await timeline(900);
    const background = () => getComputedStyle(el).backgroundColor;
    await emulateMedia({colorScheme: 'light'});
    expect(background()).to.equal('rgb(255, 255, 255)');
    await emulateMedia({colorScheme: 'dark'});
    expect(background()).to.equal('rgb(13, 17, 23)');
    el.theme = 'light';
    await settle(el);
    expect(background()).to.equal('rgb(255, 255, 255)');
    el.theme = 'dark';
    await emulateMedia({colorScheme: 'light'});
    await settle(el);
    expect(background()).to.equal('rgb(13, 17, 23)');
    const label = h
      .marks()
      .find((mark) => mark.querySelector('.label'))!
      .querySelector('.label')!;
    expect(getComputedStyle(label).fill).to.equal('rgb(230, 237, 243)');
  });

  it('custom properties restyle marks, and the documented parts exist', async () => {
    const {el, h} = await timeline(1200, 'selected="duma-ratifies-treaty"');
    el.style.setProperty('--frise-status-confirmed-color', 'rgb(1, 2, 3)');
    await settle(el);
    expect(getComputedStyle(h.mark('duma-ratifies-treaty')!.querySelector('.symbol')!).fill).to.equal('rgb(1, 2, 3)');
    const root = el.shadowRoot!;
    for (const part of [
      'event',
      'label',
      'event-label',
      'axis',
      'lane',
      'link',
      'card',
      'legend',
      'overview',
      'toolbar',
    ]) {
      expect(root.querySelector(`[part~="${part}"]`), part).to.exist;
    }
  });
});
