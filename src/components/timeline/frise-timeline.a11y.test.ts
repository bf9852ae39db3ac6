import {expect, fixture, html, waitUntil, aTimeout} from '@open-wc/testing';
import {sendKeys, setViewport, executeServerCommand} from '@web/test-runner-commands';
import seed from '../../../data/nk-troops-russia-2024.feed.json' with {type: 'json'};
import './frise-timeline.js';
import type {FriseTimeline} from './frise-timeline.js';
import {TimelineHarness} from './harness.js';
import {parseFeed} from '../../model/parse.js';

const seedFeed = parseFeed(seed).feed!;

async function timeline(
  width = 1100,
  wrapperAttrs = '',
  attrs = 'panel="bottom"',
): Promise<{el: FriseTimeline; h: TimelineHarness}> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const firstView = attrs.includes('first-view=') ? '' : `first-view="all"`;
  wrapper.innerHTML = `<div ${wrapperAttrs}><frise-timeline view="timeline" ${firstView} ${attrs}></frise-timeline></div>`;
  const el = wrapper.querySelector('frise-timeline')!;
  el.feed = seed;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="chart"]') && el.visibleRange, 'chart rendered');
  await el.updateComplete;
  return {el, h: new TimelineHarness(el)};
}

const settle = async (el: FriseTimeline) => {
  await aTimeout(30);
  await el.updateComplete;
};
const focusedId = (el: FriseTimeline) =>
  el.shadowRoot!.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null;
const liveRegion = (el: FriseTimeline) =>
  el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();

describe('<frise-timeline> keyboard', () => {
  before(() => setViewport({width: 1200, height: 1000}));

  it('is one tab stop: Tab goes from the controls to one event, then out of the chart', async () => {
    const {el, h} = await timeline(1100, '', 'panel="bottom" first-view="story"');
    const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="toolbar"] button, [part~="beyond"]')];
    controls[controls.length - 1]!.focus();
    await sendKeys({press: 'Tab'});
    const first = el.shadowRoot!.activeElement;
    expect(first?.getAttribute('class') ?? 'none', 'after the controls: an event').to.equal('mark');
    await sendKeys({press: 'Tab'});
    const next = el.shadowRoot!.activeElement;
    expect(next !== null && h.chart()!.contains(next), 'the next Tab leaves the chart').to.equal(false);
  });

  it('holds its tab stop on one event, every other event at tabindex -1', async () => {
    const {h} = await timeline();
    const stops = h.marks().filter((mark) => mark.querySelector('.mark')!.getAttribute('tabindex') === '0');
    expect(stops).to.have.length(1);
    expect(h.marks().filter((mark) => mark.querySelector('.mark')!.getAttribute('tabindex') === '-1')).to.have.length(
      33,
    );
  });

  it('walks through every seed event in time order with real arrow presses, panning each into view', async () => {
    const {el, h} = await timeline();
    el.zoomBy(8);
    await settle(el);
    h.marks()[0]!.querySelector<SVGGElement>('.mark')!.focus();
    await sendKeys({press: 'Home'});
    await settle(el);
    const order = seedFeed.events.map((event) => event.id);
    const visited = [focusedId(el)];
    for (let i = 1; i < order.length; i++) {
      await sendKeys({press: 'ArrowRight'});
      await settle(el);
      const id = focusedId(el)!;
      visited.push(id);
      const event = seedFeed.eventById.get(id)!;
      const [a, b] = el.visibleRange!;
      expect((event.interval.start + event.interval.end) / 2, `${id} in view`).to.be.within(a - 1, b + 1);
    }
    expect(visited).to.deep.equal(order);
    await sendKeys({press: 'ArrowRight'});
    await settle(el);
    expect(focusedId(el)).to.equal(order[order.length - 1]);
    await sendKeys({press: 'Home'});
    await settle(el);
    expect(focusedId(el)).to.equal(order[0]);
    await sendKeys({press: 'End'});
    await settle(el);
    expect(focusedId(el)).to.equal(order[order.length - 1]);
  });

  it('zooms with + and − around the focused event, keeps it in view and keeps the focus in the chart', async () => {
    const {el, h} = await timeline();
    const id = 'kremlin-fake-news-denial';
    h.marks()
      .find((mark) => mark.dataset['eventId'] === id)!
      .querySelector<SVGGElement>('.mark')!
      .focus();
    const event = seedFeed.eventById.get(id)!;
    for (const key of ['+', '+', '+']) {
      await sendKeys({press: key});
      await settle(el);
      const [a, b] = el.visibleRange!;
      expect((event.interval.start + event.interval.end) / 2, `after ${key}`).to.be.within(a, b);
      expect(focusedId(el), `after ${key}`).to.equal(id);
    }
    // zooming back out redraws the marks at other levels: the focus stays on the event
    for (let i = 0; i < 6; i++) {
      await sendKeys({press: '-'});
      await settle(el);
      expect(document.activeElement, `after − ${i + 1}`).to.equal(el);
      expect(el.shadowRoot!.activeElement !== null, `focus inside the chart after − ${i + 1}`).to.equal(true);
    }
    // and the keys still work from there
    await sendKeys({press: 'Home'});
    await settle(el);
    expect(focusedId(el)).to.equal(seedFeed.events[0]!.id);
  });

  it('Up and Down move to the nearest event of the neighbouring lane', async () => {
    const {el, h} = await timeline();
    h.mark('nk-un-first-committee-denial')!.querySelector<SVGGElement>('.mark')!.focus();
    await sendKeys({press: 'ArrowUp'});
    await settle(el);
    expect(h.mark(focusedId(el)!)!.dataset['lane']).to.equal('south-korea');
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowDown'});
    await settle(el);
    expect(h.mark(focusedId(el)!)!.dataset['lane']).to.equal('russia');
  });

  it('Enter selects and announces it, Escape closes the card; zooming announces the range', async () => {
    const {el, h} = await timeline();
    h.mark('duma-ratifies-treaty')!.querySelector<SVGGElement>('.mark')!.focus();
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(el.selected).to.equal('duma-ratifies-treaty');
    expect(liveRegion(el)).to.equal('Sélectionné\u00a0: La Douma d’État ratifie le traité avec la Corée du Nord');
    expect(h.card()).to.exist;
    await sendKeys({press: 'Escape'});
    await settle(el);
    expect(h.card()).to.equal(null);
    expect(liveRegion(el)).to.equal('Sélection annulée');
    await sendKeys({press: '+'});
    await settle(el);
    expect(liveRegion(el)).to.match(/^Affichage du .+ au .+$/);
  });

  it('shows a visible focus ring on the focused event', async () => {
    const {el, h} = await timeline();
    h.marks()[0]!.querySelector<SVGGElement>('.mark')!.focus();
    await sendKeys({press: 'ArrowRight'});
    await settle(el);
    const ring = el.shadowRoot!.activeElement!.querySelector('.focus-ring')!;
    expect(getComputedStyle(ring).stroke).to.not.equal('none');
    expect(Number.parseFloat(getComputedStyle(ring).strokeWidth)).to.be.at.least(2);
  });

  it('the toolbar, card and legend are reachable and operable with the keyboard', async () => {
    const {el, h} = await timeline(1100, '', 'panel="bottom" selected="duma-ratifies-treaty"');
    const zoomIn = h.button('zoom-in');
    zoomIn.focus();
    const before = el.visibleRange!;
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(el.visibleRange![1] - el.visibleRange![0]).to.be.below(before[1] - before[0]);
    const legendButton = h.legend()!.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!;
    legendButton.focus();
    await sendKeys({press: 'Space'});
    await settle(el);
    expect(legendButton.getAttribute('aria-pressed')).to.equal('false');
    const related = h.card()!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="related-button"]')!;
    related.focus();
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(el.selected).to.not.equal('duma-ratifies-treaty');
  });
});

describe('<frise-timeline> toolbar and heading', () => {
  before(() => setViewport({width: 1200, height: 1000}));

  const active = (el: FriseTimeline) => el.shadowRoot!.activeElement?.getAttribute('part') ?? 'none';

  it('is one tab stop whose arrows, Home and End move along its buttons (the toolbar pattern)', async () => {
    const {el} = await timeline();
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')];
    expect(buttons.map((button) => button.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    buttons[0]!.focus();
    await sendKeys({press: 'ArrowRight'});
    expect(active(el)).to.equal('zoom-out');
    await sendKeys({press: 'End'});
    expect(active(el)).to.equal('view-toggle');
    await sendKeys({press: 'ArrowRight'});
    expect(active(el), 'wraps').to.equal('zoom-in');
    await sendKeys({press: 'ArrowLeft'});
    expect(active(el)).to.equal('view-toggle');
    await sendKeys({press: 'Home'});
    expect(active(el)).to.equal('zoom-in');
    // the toolbar keeps the button last focused as its one stop
    await sendKeys({press: 'ArrowRight'});
    expect(buttons.map((button) => button.tabIndex)).to.deep.equal([-1, 0, -1, -1]);
    await sendKeys({press: 'Tab'});
    expect(['zoom-in', 'fit', 'view-toggle'].includes(active(el)), 'Tab leaves the toolbar').to.equal(false);
  });

  it('reverses the arrows when the page reads right to left', async () => {
    const {el} = await timeline(1100, 'dir="rtl" lang="ar"');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="zoom-in"]')!.focus();
    await sendKeys({press: 'ArrowLeft'});
    expect(active(el)).to.equal('zoom-out');
  });

  it("makes the feed's title a heading at the level asked for (2 by default, and for a level out of 1–6)", async () => {
    const {el} = await timeline();
    const heading = () => el.shadowRoot!.querySelector('[part~="title"] [role="heading"]')!;
    expect(heading().getAttribute('aria-level')).to.equal('2');
    expect(heading().textContent).to.equal(seed.title.fr);
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(heading().getAttribute('aria-level')).to.equal('3');
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(heading().getAttribute('aria-level')).to.equal('2');
  });
});

describe('<frise-timeline> screen readers', () => {
  it('names the chart by the feed title and describes it; no role="img" on anything interactive', async () => {
    const {el, h} = await timeline();
    const chart = h.chart()!;
    expect(chart.getAttribute('role')).to.equal('group');
    expect(chart.getAttribute('aria-label')).to.equal(
      'Frise chronologique\u00a0: Des soldats nord-coréens pour la Russie : l’article du 22 octobre 2024 et ses faits vérifiés',
    );
    const described = chart
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)!.textContent!)
      .join(' ');
    expect(described).to.contain('34 événements du');
    expect(el.shadowRoot!.querySelectorAll('[role="img"]')).to.have.length(0);
  });

  it('announces each event with its date at its precision, title, lane, kind, status and attribution', async () => {
    const {h} = await timeline();
    const name = (id: string) => h.mark(id)!.querySelector('.mark')!.getAttribute('aria-label')!;
    // the lane (an actor, who the event is about) is said right after the title
    const laneOf = (id: string) =>
      h
        .lanes()
        .find((lane) => lane.dataset['lane'] === h.mark(id)!.dataset['lane'])!
        .querySelector('.lane-name')!.textContent;
    expect(laneOf('putin-kim-treaty-signed')).to.equal('Russie');
    expect(name('putin-kim-treaty-signed')).to.equal(
      '19 juin 2024\u00a0: Poutine et Kim signent en juin un pacte de sécurité d’entraide en cas d’« agression » — Russie, accord, confirmé, selon le Kremlin et la KCNA ; largement rapporté',
    );
    for (const mark of h.marks())
      expect(name(mark.dataset['eventId']!)).to.contain(` — ${laneOf(mark.dataset['eventId']!)}, `);
    expect(name('sk-demining-machines-handover')).to.match(/^décembre 2023\u00a0: /);
    expect(name('sk-nonlethal-aid-to-date')).to.match(/^vers 2022 – vers 22 octobre 2024\u00a0: /);
    expect(name('nk-un-first-committee-denial')).to.contain('démenti, confirmé');
    for (const mark of h.marks()) {
      const label = mark.querySelector('.mark')!.getAttribute('aria-label')!;
      expect(label, mark.dataset['eventId']).to.match(
        /^.+\u00a0: .+ — .+, (rapporté|confirmé|démenti|contesté|non vérifié)/,
      );
    }
  });

  it('says who asserts an event once: a label that says so itself as it is, a bare label or names after "according to"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    wrapper.innerHTML = '<frise-timeline view="timeline" lang="en" first-view="all" panel="bottom"></frise-timeline>';
    const el = wrapper.querySelector('frise-timeline')!;
    el.feed = {
      language: 'en',
      actors: [{id: 'nis', name: 'NIS', type: 'agency'}],
      events: [
        {id: 'a', title: 'Per', start: '2024-10-01', attribution: {label: 'per the britishnews.org mirror'}},
        {id: 'b', title: 'Bare', start: '2024-10-05', attribution: {label: 'an unnamed senior official'}},
        {id: 'c', title: 'Selon', start: '2024-10-09', attribution: {label: {fr: 'selon le NIS'}}},
        {id: 'd', title: 'Names', start: '2024-10-13', attribution: {actors: ['nis']}},
      ],
    };
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="event"]').length === 4, 'drawn');
    const h = new TimelineHarness(el);
    const name = (id: string) => h.mark(id)!.querySelector('.mark')!.getAttribute('aria-label')!;
    expect(name('a')).to.match(/ — per the britishnews\.org mirror$/);
    expect(name('b')).to.match(/ — according to an unnamed senior official$/);
    expect(name('c')).to.match(/ — selon le NIS$/);
    expect(name('d')).to.match(/ — according to NIS$/);
    for (const id of ['a', 'b', 'c', 'd']) expect(name(id)).to.not.match(/according to (per|selon|according)/i);
    // the card says it the same way
    el.select('b');
    await el.updateComplete;
    const card = h.card()!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part~="attribution"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'according to an unnamed senior official',
    );
    el.select('a');
    await el.updateComplete;
    await h.card()!.updateComplete;
    expect(
      h.card()!.shadowRoot!.querySelector('[part~="attribution"]')!.textContent!.replace(/\s+/g, ' ').trim(),
    ).to.equal('per the britishnews.org mirror');
  });

  it('does not repeat a lane the name already says (lanes by kind)', async () => {
    const {h} = await timeline(1100, '', 'panel="bottom" lane-by="kind"');
    const name = h.mark('putin-kim-treaty-signed')!.querySelector('.mark')!.getAttribute('aria-label')!;
    expect(name).to.contain(' — accord, confirmé, ');
    expect(name).to.not.contain('Accord, accord');
  });

  it('has no axe violations in light and dark themes', async () => {
    const {el} = await timeline(1100, '', 'panel="bottom" selected="nis-12000-troops-report"');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('gives every event a target of at least 24 × 24 px', async () => {
    const {h} = await timeline();
    for (const mark of h.marks()) {
      const box = mark.querySelector('.mark')!.getBoundingClientRect();
      expect(box.width, mark.dataset['eventId']).to.be.at.least(24);
      expect(box.height, mark.dataset['eventId']).to.be.at.least(24);
    }
    for (const button of ['zoom-in', 'zoom-out', 'fit'] as const) {
      const box = h.button(button).getBoundingClientRect();
      expect(Math.min(box.width, box.height)).to.be.at.least(24);
    }
  });

  it('in forced-colors mode status is still told apart by fill, outline and strike, not colour', async () => {
    await executeServerCommand('emulate-forced-colors', {active: true});
    try {
      const {h} = await timeline();
      const style = (id: string) => getComputedStyle(h.mark(id)!.querySelector('.symbol')!);
      const confirmed = style('putin-kim-treaty-signed');
      const reported = style('zelensky-10000-troops-claim');
      const disputed = style('nk-flag-photo-tsukuryne');
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      // every outline takes the system text colour, so status must show in fill, dash and strike
      const text = getComputedStyle(
        h
          .marks()
          .map((mark) => mark.querySelector('.label'))
          .find(Boolean)!,
      ).fill;
      expect(confirmed.stroke).to.equal(text);
      expect(confirmed.stroke).to.equal(reported.stroke);
      expect(disputed.stroke).to.equal(reported.stroke);
      expect(confirmed.fill).to.not.equal(reported.fill);
      expect(disputed.strokeDasharray).to.not.equal('none');
      expect(h.mark('nis-12000-troops-report')!.querySelector('.strike')).to.exist;
    } finally {
      await executeServerCommand('emulate-forced-colors', {active: false});
    }
  });
});

describe('<frise-timeline> low vision', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  /** Labels shown on screen, and whether any two of their boxes overlap. */
  const shownLabels = (h: TimelineHarness) =>
    h
      .marks()
      .map((mark) => mark.querySelector<SVGTextElement>('.label'))
      .filter(
        (label): label is SVGTextElement =>
          label !== null &&
          getComputedStyle(label).display !== 'none' &&
          getComputedStyle(label).visibility !== 'hidden' &&
          label.getBBox().width > 0,
      );
  const overlapping = (labels: SVGTextElement[]) => {
    const boxes = labels.map((label) => label.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
          return `${labels[i]!.textContent} × ${labels[j]!.textContent}`;
      }
    }
    return null;
  };

  it('follows the reader’s text size: at 200 % labels, ticks and lane names double, rows grow, nothing overlaps', async () => {
    const {el, h} = await timeline();
    const size = (selector: string) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector(selector)!).fontSize);
    expect(size('.label')).to.equal(12);
    expect(size('.lane-label')).to.equal(12);
    expect(size('.axis')).to.equal(11);
    const height = el.shadowRoot!.querySelector('[part~="chart"]')!.getBoundingClientRect().height;
    // the browser's text size setting is the root font size: set it while the chart is on the page
    document.documentElement.style.fontSize = '200%';
    await waitUntil(
      () =>
        size('.label') === 24 &&
        el.shadowRoot!.querySelector('[part~="chart"]')!.getBoundingClientRect().height > 1.5 * height,
      'the chart follows the new text size',
      {timeout: 5000},
    );
    await el.updateComplete;
    expect(size('.lane-label')).to.equal(24);
    expect(size('.axis')).to.equal(22);
    const labels = shownLabels(h);
    expect(labels.length, 'labels still shown').to.be.greaterThan(5);
    expect(overlapping(labels), 'no two labels overlap').to.equal(null);
    // laid out for the larger text: each label's box is as wide as its text drawn at 24 px
    for (const label of labels.slice(0, 5))
      expect(label.getComputedTextLength()).to.be.at.least(label.textContent!.length * 6);
  });

  it('opens at 200 % text laid out for it from the first drawing', async () => {
    document.documentElement.style.fontSize = '200%';
    const {el, h} = await timeline();
    expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.label')!).fontSize)).to.equal(24);
    expect(overlapping(shownLabels(h)), 'no two labels overlap').to.equal(null);
  });

  /** sRGB channels (0–255) of a computed colour: rgb(), rgba() or color(srgb …). */
  const channels = (value: string): [number, number, number] => {
    const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/.exec(value);
    if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255];
    const rgb = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)/.exec(value);
    if (!rgb) throw new Error(`not a colour: ${value}`);
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  };
  const luminance = (value: string) => {
    const [r, g, b] = channels(value).map((c) => {
      const v = c / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
    return (x + 0.05) / (y + 0.05);
  };

  for (const theme of ['light', 'dark'] as const) {
    it(`draws relation lines, uncertainty spans and range outlines at 3:1 or more against the lanes (${theme})`, async () => {
      const {el, h} = await timeline(1100, '', `panel="bottom" theme="${theme}"`);
      const root = el.shadowRoot!;
      const bands = [...root.querySelectorAll('.lane-band')].map((band) => getComputedStyle(band).fill);
      // every event with relations, selected in turn: its links are drawn, each type in its colour
      const strokes = new Map<string, string>();
      for (const event of seedFeed.events.filter((e) => e.relations.length > 0)) {
        el.select(event.id, {pan: false});
        await el.updateComplete;
        for (const link of h.links())
          strokes.set(`link ${[...link.classList].join('.')}`, getComputedStyle(link).stroke);
      }
      for (const span of root.querySelectorAll('.event .span'))
        strokes.set(`span ${span.parentElement!.dataset['status']}`, getComputedStyle(span).stroke);
      for (const bar of root.querySelectorAll('.event .bar'))
        strokes.set(`bar ${bar.parentElement!.dataset['status']}`, getComputedStyle(bar).stroke);
      expect(
        [...strokes.keys()].filter((key) => key.startsWith('link')).length,
        'relation lines drawn',
      ).to.be.greaterThan(3);
      expect(
        [...strokes.keys()].some((key) => key.startsWith('span')),
        'an uncertainty span drawn',
      ).to.equal(true);
      expect(
        [...strokes.keys()].some((key) => key.startsWith('bar')),
        'a range bar drawn',
      ).to.equal(true);
      for (const [what, stroke] of strokes) {
        for (const band of bands) expect(contrast(stroke, band), `${what} (${stroke}) on ${band}`).to.be.at.least(3);
      }
    });
  }

  it('in forced-colors mode draws bands, bars, spans, the overview window and lane swatches in system colours', async () => {
    await executeServerCommand('emulate-forced-colors', {active: true});
    try {
      const {el} = await timeline(1100, '', 'panel="bottom" lane-by="actor"');
      const root = el.shadowRoot!;
      // what each system colour computes to here
      const probe = document.createElement('span');
      document.body.append(probe);
      const system = new Set(
        ['Canvas', 'CanvasText', 'GrayText', 'Highlight'].map((name) => {
          probe.style.color = name;
          return getComputedStyle(probe).color;
        }),
      );
      probe.remove();
      const paints: Array<[string, string]> = [];
      const add = (selector: string, property: 'fill' | 'stroke') => {
        const element = root.querySelector(selector);
        expect(element, selector).to.exist;
        paints.push([`${selector} ${property}`, getComputedStyle(element!)[property]]);
      };
      add('.lane-band', 'fill');
      add('.lane:nth-child(even) .lane-band', 'fill');
      add('.event.range .bar', 'fill');
      add('.event .span', 'stroke');
      add('.overview-band', 'fill');
      add('.overview .selection', 'fill');
      add('.overview .selection', 'stroke');
      add('.overview-tick', 'stroke');
      add('.lane-swatch rect', 'fill');
      add('.lane-swatch rect', 'stroke');
      for (const [what, paint] of paints)
        expect(system.has(paint), `${what}: ${paint} is a system colour`).to.equal(true);
    } finally {
      await executeServerCommand('emulate-forced-colors', {active: false});
    }
  });

  it('never shrinks below 12 px when the page sets a small root font for its own layout', async () => {
    document.documentElement.style.fontSize = '62.5%';
    const {el} = await timeline();
    expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.label')!).fontSize)).to.equal(12);
  });
});

describe('<frise-timeline> languages', () => {
  it('takes its lang attribute, else the page’s, else the feed’s', async () => {
    const own = await timeline(900, 'lang="fr"', 'panel="none" lang="en"');
    expect(own.h.laneLabels()[0]).to.equal('South Korea');
    const page = await timeline(900, 'lang="en"', 'panel="none"');
    expect(page.h.laneLabels()[0]).to.equal('South Korea');
    expect(page.h.button('fit').textContent).to.equal('Fit');
    const feed = await timeline(900, '', 'panel="none"');
    expect(feed.h.laneLabels()[0]).to.equal('Corée du Sud');
    expect(feed.h.button('fit').textContent).to.equal('Ajuster');
  });

  it('mirrors time right to left on a right-to-left page and isolates bidirectional labels', async () => {
    const {el, h} = await timeline(1000, 'dir="rtl" lang="ar"', 'panel="none" max-rows="16"');
    await settle(el);
    const x = (id: string) => h.mark(id)!.querySelector('.symbol')!.getBoundingClientRect().left;
    expect(x('putin-kim-treaty-signed')).to.be.above(x('treaty-enters-into-force'));
    const label = h
      .marks()
      .map((mark) => mark.querySelector('.label'))
      .find(Boolean)!;
    expect(getComputedStyle(label).unicodeBidi).to.equal('isolate');
    // text is mirrored back: a label's glyphs are not reversed (its box stays where the layout put it)
    expect(getComputedStyle(label).transform).to.not.equal('none');
  });
});

describe('<frise-timeline> list and vertical views', () => {
  it('offers the list as a switchable view that shares selection and filters', async () => {
    const {el, h} = await timeline(1100, '', 'panel="bottom" selected="duma-ratifies-treaty"');
    el.filter = {hiddenKinds: ['context'], hiddenStatuses: [], hiddenActors: [], hiddenRelations: [], query: ''};
    await settle(el);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="view-toggle"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await settle(el);
    expect(h.chart()).to.equal(null);
    const list = el.shadowRoot!.querySelector('frise-list')!;
    await list.updateComplete;
    expect(list.getAttribute('variant')).to.equal('list');
    expect(list.selected).to.equal('duma-ratifies-treaty');
    const articles = list.shadowRoot!.querySelectorAll('article');
    expect(articles.length).to.equal(34 - 3);
    const button = list.shadowRoot!.querySelector<HTMLButtonElement>(
      '#event-putin-kim-treaty-signed [part~="select-button"]',
    )!;
    button.click();
    await settle(el);
    expect(el.selected).to.equal('putin-kim-treaty-signed');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="view-toggle"]')!.click();
    await settle(el);
    expect(h.chart()).to.exist;
    expect(h.mark('putin-kim-treaty-signed')!.classList.contains('selected')).to.equal(true);
  });

  it('switches by itself to a vertical list on a phone-width container', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 375px"><frise-timeline lang="fr"></frise-timeline></div>`,
    );
    const el = wrapper.querySelector('frise-timeline')!;
    el.feed = seed;
    await waitUntil(() => el.shadowRoot?.querySelector('frise-list'), 'list shown');
    await settle(el);
    const list = el.shadowRoot!.querySelector('frise-list')!;
    expect(list.getAttribute('variant')).to.equal('vertical');
    expect(el.shadowRoot!.querySelector('[part~="chart"]')).to.equal(null);
    (wrapper as HTMLElement).style.width = '1000px';
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="chart"]'), 'chart back at 1000 px');
  });
});
