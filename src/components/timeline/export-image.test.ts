import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import './frise-timeline.js';
import type {FriseTimeline} from './frise-timeline.js';
import {TimelineHarness} from './harness.js';
import {parseLinearGradient, rasterizeSVG, serializeChartSVG} from './export-image.js';
import type {FriseFeedDocument} from '../../model/types.js';

const HOSTILE = '<script>alert(1)</script>]]>&amp;';

/** A few events of every status, an imprecise point (a soft span), a range with faded ends, and a hostile title. */
const feed: FriseFeedDocument = {
  title: 'Export',
  language: 'en',
  published: '2024-10-22',
  actors: [
    {id: 'kr', name: 'South Korea', type: 'state', color: '#1f77b4'},
    {id: 'ru', name: 'Russia', type: 'state'},
  ],
  events: [
    {id: 'report', title: 'Report', start: '2024-10-18', kind: 'report', status: 'confirmed', actors: ['kr']},
    {id: 'denial', title: 'Denial', start: '2024-10-10', kind: 'denial', status: 'denied', actors: ['ru']},
    {id: 'pact', title: 'Pact', start: '2024-08-19', kind: 'agreement', status: 'disputed', actors: ['ru', 'kr']},
    {id: 'month', title: 'Some time in June', start: '2024-06', kind: 'military', status: 'reported', actors: ['ru']},
    {id: 'range', title: 'A long stretch', start: '2024-07', end: '2024-09', kind: 'context', status: 'unverified'},
    {id: 'hostile', title: HOSTILE, start: '2024-09-20', kind: 'claim', status: 'reported', actors: ['kr']},
  ],
};

async function timeline(
  attrs: {theme?: 'light' | 'dark'; dir?: 'ltr' | 'rtl'} = {},
): Promise<{el: FriseTimeline; h: TimelineHarness; chart: SVGSVGElement}> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px" dir=${attrs.dir ?? 'ltr'}>
    <frise-timeline view="timeline" first-view="all" max-rows="16" hide-legend panel="none" .feed=${feed}
      theme=${attrs.theme ?? 'light'}></frise-timeline></div>`);
  const el = wrapper.querySelector('frise-timeline')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="chart"]') && el.visibleRange, 'chart drawn');
  await el.updateComplete;
  const h = new TimelineHarness(el);
  return {el, h, chart: h.chart()!};
}

function parse(svg: string): XMLDocument {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.querySelector('parsererror'), 'parses as XML').to.equal(null);
  return document;
}

const options = {title: 'Export: a timeline', description: 'Six events from June to October 2024.'};

/** Text shown on screen in the chart: its labels, lane names and axis ticks (displayed, inside the chart). */
function visibleTexts(chart: SVGSVGElement): string[] {
  const screen = chart.getBoundingClientRect();
  return [...chart.querySelectorAll('text')]
    .filter((text) => {
      const style = getComputedStyle(text);
      const box = text.getBoundingClientRect();
      return (
        style.display !== 'none' &&
        style.visibility === 'visible' &&
        box.width > 0 &&
        box.right > screen.left &&
        box.left < screen.right &&
        (text.textContent ?? '').trim() !== ''
      );
    })
    .map((text) => text.textContent!.trim());
}

const rgb = (color: string): [number, number, number] => {
  const canvas = document.createElement('canvas').getContext('2d')!;
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0] = canvas.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
};

function expectClose(
  actual: [number, number, number],
  expected: [number, number, number],
  tolerance: number,
  what: string,
) {
  const off = actual.map((channel, i) => Math.abs(channel - expected[i]!));
  expect(Math.max(...off), `${what}: ${actual} vs ${expected}`).to.be.at.most(tolerance);
}

/** The exported group of an event's mark, found by its label's text (the picture keeps no data-* attribute). */
function exportedMark(document: XMLDocument, title: string): Element {
  const label = [...document.querySelectorAll('text')].find((text) => text.textContent === title);
  expect(label, `label "${title}" in the picture`).to.not.equal(undefined);
  return label!.parentElement!;
}

describe('serializeChartSVG', () => {
  it('is an SVG document of the drawn size, an image named by its <title> and described by its <desc>', async () => {
    const {chart} = await timeline();
    const svg = serializeChartSVG(chart, options);
    const root = parse(svg).documentElement;
    expect(root.localName).to.equal('svg');
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(svg).to.match(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(root.getAttribute('role')).to.equal('img');
    const [title, desc] = [...root.children];
    expect(title!.localName).to.equal('title');
    expect(title!.textContent).to.equal(options.title);
    expect(desc!.localName).to.equal('desc');
    expect(desc!.textContent).to.equal(options.description);
    expect(root.getAttribute('aria-labelledby')).to.equal(`${title!.id} ${desc!.id}`);
    expect(Number(root.getAttribute('width'))).to.equal(chart.clientWidth);
    expect(Number(root.getAttribute('height'))).to.equal(chart.clientHeight);
    expect(root.getAttribute('viewBox')).to.equal(`0 0 ${chart.clientWidth} ${chart.clientHeight}`);
  });

  it('scales to a width or height asked for, keeping the drawn view box and proportions', async () => {
    const {chart} = await timeline();
    const root = parse(serializeChartSVG(chart, {...options, width: chart.clientWidth * 2})).documentElement;
    expect(Number(root.getAttribute('width'))).to.equal(chart.clientWidth * 2);
    expect(Number(root.getAttribute('height'))).to.be.closeTo(chart.clientHeight * 2, 0.01);
    expect(root.getAttribute('viewBox')).to.equal(`0 0 ${chart.clientWidth} ${chart.clientHeight}`);
  });

  it('shows every text on screen: each visible mark’s label, the lanes’ names and the axis', async () => {
    const {chart, h} = await timeline();
    const shown = visibleTexts(chart);
    expect(shown.length).to.be.greaterThan(10);
    for (const id of ['report', 'denial', 'pact', 'month', 'range', 'hostile'])
      expect(shown, `label of ${id} on screen`).to.include(h.labelFor(id)!.textContent!.trim());
    const exported = [...parse(serializeChartSVG(chart, options)).querySelectorAll('text')].map((text) =>
      (text.textContent ?? '').trim(),
    );
    for (const text of shown) expect(exported, text).to.include(text);
  });

  it('keeps feed text as text: a title of markup, a CDATA end and an entity stay characters', async () => {
    const {chart} = await timeline();
    const svg = serializeChartSVG(chart, {title: HOSTILE, description: `</desc>${HOSTILE}`});
    const document = parse(svg);
    expect(document.querySelectorAll('script')).to.have.length(0);
    expect(svg).not.to.include('<script');
    expect(svg).not.to.include(']]>');
    expect(exportedMark(document, HOSTILE).localName).to.equal('g');
    expect(document.querySelector('title')!.textContent).to.equal(HOSTILE);
    expect(document.querySelector('desc')!.textContent).to.equal(`</desc>${HOSTILE}`);
  });

  it('carries nothing that runs, nothing for a page’s scripts or styles, and no reference to something missing', async () => {
    const {chart, h, el} = await timeline();
    // relations drawn, a selected mark
    el.select('pact');
    await el.updateComplete;
    expect(h.marks().length).to.be.greaterThan(0);
    const document = parse(serializeChartSVG(chart, options));
    const root = document.documentElement;
    const everything = [root, ...root.querySelectorAll('*')];
    expect(
      everything.filter((element) => ['script', 'foreignObject', 'style', 'a', 'image'].includes(element.localName)),
    ).to.deep.equal([]);
    const ids = new Set(everything.map((element) => element.id).filter(Boolean));
    for (const element of everything) {
      for (const {name, value} of element.attributes) {
        const where = `${element.localName}[${name}="${value}"]`;
        expect(name, where).not.to.match(/^on/i);
        expect(name, where).not.to.match(/^data-/);
        expect(['class', 'style', 'tabindex', 'part'], where).not.to.include(name);
        if (element !== root) expect(name, where).not.to.match(/^(?:aria-|role$)/);
        for (const [, id] of value.matchAll(/url\(#([^)]+)\)/g))
          expect(ids.has(id!), `${where} points at #${id}`).to.equal(true);
        if (/href$/.test(name)) expect(value, where).to.match(/^#/);
      }
    }
  });

  it('replaces the faded ends of imprecise dates (CSS masks) by SVG masks in the file', async () => {
    const {chart} = await timeline();
    const masked = [...chart.querySelectorAll('[class*="fade-"]')];
    expect(masked.length, 'faded spans and bars on screen').to.be.greaterThan(1);
    const document = parse(serializeChartSVG(chart, options));
    const users = [...document.querySelectorAll('[mask]')];
    expect(users.length).to.equal(masked.length);
    for (const user of users) {
      const id = /^url\(#(.+)\)$/.exec(user.getAttribute('mask')!)![1]!;
      const mask = document.getElementById(id)!;
      expect(mask.localName).to.equal('mask');
      const gradient = document.getElementById(`${id}-gradient`)!;
      expect(gradient.localName).to.equal('linearGradient');
      expect(gradient.querySelectorAll('stop').length).to.be.greaterThan(1);
    }
  });

  it('leaves out focus rings and hit targets, and keeps the selected event’s ring', async () => {
    const {chart, h, el} = await timeline();
    el.select('pact');
    await el.updateComplete;
    // the keyboard moves the focus from the selected event to the next one in time
    h.mark('pact')!.querySelector<SVGGElement>('.mark')!.focus();
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.closest('[part~="event"]')!.getAttribute('data-event-id')).to.equal('hostile');
    expect(focused.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(focused.querySelector('.focus-ring')!).stroke, 'a ring on screen').not.to.equal('none');
    expect(chart.querySelectorAll('.focus-ring').length).to.equal(h.marks().length);
    const document = parse(serializeChartSVG(chart, options));
    // the marks' symbols are paths: the only circles the chart draws are its rings and hit targets
    const circles = [...document.querySelectorAll('circle')];
    expect(circles).to.have.length(1);
    expect(exportedMark(document, h.labelFor('pact')!.textContent!).querySelector('circle')).to.equal(circles[0]);
    expect(inherited(circles[0]!, 'stroke-dasharray')).to.equal('3, 2');
  });

  it('leaves out marks parked off screen as keyboard stops, and what lies beyond the edges', async () => {
    const {chart, h, el} = await timeline();
    // zoomed on August: June's and October's events are beyond the edges
    el.zoomTo(Date.UTC(2024, 7, 1), Date.UTC(2024, 8, 1));
    await waitUntil(() => el.visibleRange && el.visibleRange[1] - el.visibleRange[0] < 40 * 86_400_000, 'zoomed');
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const away = ['report', 'denial', 'month'].filter((id) => h.labelFor(id));
    expect(away.length, 'marks beyond the edges drawn as keyboard stops').to.be.greaterThan(0);
    const document = parse(serializeChartSVG(chart, options));
    const texts = [...document.querySelectorAll('text')].map((text) => text.textContent);
    expect(texts).to.include(h.labelFor('pact')!.textContent);
    for (const id of away) expect(texts, `${id} is off screen`).not.to.include(h.labelFor(id)!.textContent);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`paints marks, lanes and labels in the colours on screen (${theme})`, async () => {
      const {chart, h} = await timeline({theme});
      const document = parse(serializeChartSVG(chart, options));
      for (const id of ['report', 'denial', 'month']) {
        const symbol = h.mark(id)!.querySelector('.symbol')!;
        const style = getComputedStyle(symbol);
        const exported = exportedMark(document, h.labelFor(id)!.textContent!).querySelector('path')!;
        expectClose(rgb(exported.closest('[fill]')!.getAttribute('fill')!), rgb(style.fill), 1, `${id} fill`);
        expectClose(rgb(inherited(exported, 'stroke')), rgb(style.stroke), 1, `${id} stroke`);
      }
      const label = h.labelFor('report')!;
      const exportedLabel = [...document.querySelectorAll('text')].find(
        (text) => text.textContent === label.textContent,
      )!;
      expectClose(rgb(inherited(exportedLabel, 'fill')), rgb(getComputedStyle(label).fill), 1, 'label');
      // the page's font stack, then generic families for a reader that has none of its fonts
      const families = inherited(exportedLabel, 'font-family').split(/,\s*/);
      expect(families.join(', ')).to.include(getComputedStyle(label).fontFamily);
      expect(families).to.include('system-ui');
      expect(families.at(-1)).to.equal('sans-serif');
      // the background is the timeline's surface: white in light, near black in dark
      const background = document.documentElement.querySelector(':scope > rect')!;
      expectClose(
        rgb(background.getAttribute('fill')!),
        theme === 'light' ? [255, 255, 255] : [13, 17, 23],
        1,
        'background',
      );
    });
  }

  it('follows the page’s own styling: a custom colour, and a part it hides', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <style>
        .styled {
          --frise-status-confirmed-color: #ff00aa;
        }
        .styled::part(lane-label) {
          visibility: hidden;
        }
      </style>
      <frise-timeline class="styled" view="timeline" first-view="all" hide-legend panel="none" .feed=${feed}></frise-timeline>
    </div>`);
    const el = wrapper.querySelector('frise-timeline')!;
    await waitUntil(() => el.visibleRange, 'chart drawn');
    await el.updateComplete;
    const h = new TimelineHarness(el);
    const document = parse(serializeChartSVG(h.chart()!, options));
    const texts = [...document.querySelectorAll('text')].map((text) => text.textContent ?? '');
    for (const lane of h.laneLabels()) expect(texts.join('|'), lane).not.to.include(lane);
    const symbol = exportedMark(document, h.labelFor('report')!.textContent!).querySelector('path')!;
    expect(inherited(symbol, 'fill')).to.equal('#ff00aa');
  });

  it('paints the background asked for, or none', async () => {
    const {chart} = await timeline();
    const rectsFirst = (svg: string) => parse(svg).documentElement.querySelector(':scope > rect');
    expect(rectsFirst(serializeChartSVG(chart, {...options, background: 'transparent'}))).to.equal(null);
    expect(
      rectsFirst(serializeChartSVG(chart, {...options, background: 'rebeccapurple'}))!.getAttribute('fill'),
    ).to.equal('#663399');
  });

  it('mirrors the chart of a right-to-left page as on screen, its texts read the right way', async () => {
    const {chart, h} = await timeline({dir: 'rtl'});
    expect(getComputedStyle(chart).transform).not.to.equal('none');
    const document = parse(serializeChartSVG(chart, options));
    const mirror = document.documentElement.querySelector(':scope > g[transform]')!;
    expect(mirror.getAttribute('transform')).to.match(/^matrix\(-1 0 0 1 /);
    const label = exportedLabelElement(document, h.labelFor('report')!.textContent!);
    expect(label.getAttribute('transform')).to.match(/^matrix\(-1 0 0 1 /);
  });
});

describe('parseLinearGradient', () => {
  it('reads the computed gradients of faded ends: direction, stops and alphas', () => {
    expect(parseLinearGradient('linear-gradient(to right, rgba(0, 0, 0, 0.15), rgb(0, 0, 0) 15%)')).to.deep.equal({
      x1: 0,
      y1: 0.5,
      x2: 1,
      y2: 0.5,
      stops: [
        {offset: 0, alpha: 0.15},
        {offset: 0.15, alpha: 1},
      ],
    });
    const spread = parseLinearGradient(
      'linear-gradient(rgba(0, 0, 0, 0), rgb(0, 0, 0), rgb(0, 0, 0) 90%, rgba(0, 0, 0, 0.5))',
    )!;
    expect(spread.stops.map((stop) => stop.offset)).to.deep.equal([0, 0.45, 0.9, 1]);
    expect(spread.y2).to.be.closeTo(1, 1e-9);
    expect(parseLinearGradient('radial-gradient(red, blue)')).to.equal(undefined);
    expect(parseLinearGradient('url(#mask)')).to.equal(undefined);
  });
});

describe('rasterizeSVG', () => {
  for (const setting of [
    {theme: 'light', dir: 'ltr'},
    {theme: 'dark', dir: 'ltr'},
    {theme: 'light', dir: 'rtl'},
  ] as const) {
    it(`draws a PNG of width × scale whose pixel at a mark’s centre is the mark’s colour (${setting.theme}, ${setting.dir})`, async () => {
      const {chart, h} = await timeline(setting);
      const width = chart.clientWidth;
      const height = chart.clientHeight;
      const svg = serializeChartSVG(chart, options);
      const blob = await rasterizeSVG(svg, {width, height, scale: 2});
      expect(blob.type).to.equal('image/png');
      const bitmap = await createImageBitmap(blob);
      expect([bitmap.width, bitmap.height]).to.deep.equal([width * 2, height * 2]);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const screen = chart.getBoundingClientRect();
      // a confirmed report is a filled circle in its status colour
      const symbol = h.mark('report')!.querySelector('.symbol')!;
      const box = symbol.getBoundingClientRect();
      const x = Math.round((box.left + box.width / 2 - screen.left) * 2);
      const y = Math.round((box.top + box.height / 2 - screen.top) * 2);
      const [r = 0, g = 0, b = 0] = context.getImageData(x, y, 1, 1).data;
      expectClose([r, g, b], rgb(getComputedStyle(symbol).fill), 6, 'centre of the report mark');
      // and the lane band around it, a few px above the mark
      const [br = 0, bg = 0, bb = 0] = context.getImageData(x, Math.round(y - box.height * 2), 1, 1).data;
      expect([br, bg, bb]).not.to.deep.equal([r, g, b]);
    });
  }

  it('refuses sizes and scales that are not positive numbers, or too large to draw', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
    for (const bad of [
      {width: 0, height: 10},
      {width: 10, height: NaN},
      {width: 10, height: 10, scale: -1},
      {width: 100_000, height: 10},
      {width: 16_000, height: 16_000, scale: 2},
    ]) {
      let error: unknown;
      try {
        await rasterizeSVG(svg, bad);
      } catch (caught) {
        error = caught;
      }
      expect(error, JSON.stringify(bad)).to.be.instanceOf(RangeError);
    }
  });

  it('rejects, saying why, what cannot be loaded as an image', async () => {
    let error: unknown;
    try {
      await rasterizeSVG('not an svg', {width: 10, height: 10});
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).to.include('img-src');
  });

  describe('under the strict Content-Security-Policy of examples/embed.html', () => {
    // the test server compiles the TypeScript source it is asked for
    const moduleUrl = new URL('./export-image.ts', import.meta.url).pathname;
    // embed.html's policy but img-src, with a nonce for the frame's one inline module
    const strict = [
      "default-src 'self'",
      "script-src 'self' 'nonce-frise'",
      "style-src 'self'",
      "connect-src 'self'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html',
    ].join('; ');

    /** A page with this CSP running rasterizeSVG: the image is made in its realm, so its img-src applies. */
    async function rasterizeUnder(csp: string): Promise<string> {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}">
        <script type="module" nonce="frise">
          import {rasterizeSVG} from '${moduleUrl}';
          const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="#0a0"/></svg>';
          rasterizeSVG(svg, {width: 4, height: 4}).then((blob) => 'png ' + blob.type, (error) => 'error ' + error.message)
            .then((result) => { document.body.dataset.result = result; });
        </script>`;
      document.body.append(frame);
      try {
        await waitUntil(() => frame.contentDocument?.body?.dataset['result'], 'rasterized in the frame', {
          timeout: 5000,
        });
        return frame.contentDocument!.body.dataset['result']!;
      } finally {
        frame.remove();
      }
    }

    it('fails with img-src as embed.html has it (self and https:), naming the directive', async () => {
      const result = await rasterizeUnder(`${strict}; img-src 'self' https:`);
      expect(result).to.match(/^error .*img-src must allow blob: \(or data:\)/);
    });

    it('works once img-src allows blob:, or data:', async () => {
      expect(await rasterizeUnder(`${strict}; img-src 'self' https: blob:`)).to.equal('png image/png');
      expect(await rasterizeUnder(`${strict}; img-src 'self' https: data:`)).to.equal('png image/png');
    });
  });
});

/** An attribute as it applies to an element: its own, else its nearest ancestor's. */
function inherited(element: Element, name: string): string {
  return element.closest(`[${name}]`)?.getAttribute(name) ?? '';
}

function exportedLabelElement(document: XMLDocument, text: string): Element {
  return [...document.querySelectorAll('text')].find((element) => element.textContent === text)!;
}
