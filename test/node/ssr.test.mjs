// Server rendering: every frise element renders with @lit-labs/ssr in Node, and what the server sends
// reads before any script runs (the feed title, and the events as a list). Run with `node --test`.
//
// The TypeScript sources are bundled with esbuild into a temp dir, together with @lit-labs/ssr and lit
// (Node's `node` export condition: Lit's server build and its DOM shim), so that the renderer and the
// elements share one copy of Lit. @lit-labs/ssr comes first in the bundle, before any element is defined.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {chromium} from 'playwright';
import {generateFeed} from '../../bench/generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rawSeed = JSON.parse(readFileSync(join(root, 'data/nk-troops-russia-2024.feed.json'), 'utf8'));

let dir;
/** The browser bundles: the package's public API (defines the elements), and the same after Lit's hydrate support. */
let clientBundle;
let clientBundleWithHydrateSupport;
/** The bundle's exports: render, collectResult, html, and the package's public API. */
let ssr;
/** The seed feed, parsed (what the list, legend and card take today). */
let seed;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'frise-ssr-'));
  const outfile = join(dir, 'ssr-bundle.mjs');
  await build({
    stdin: {
      contents: [
        "export {render} from '@lit-labs/ssr';",
        "export {collectResult} from '@lit-labs/ssr/lib/render-result.js';",
        "export {html} from 'lit';",
        "export * from './src/index.ts';",
      ].join('\n'),
      resolveDir: root,
      sourcefile: 'ssr-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['node'],
    tsconfig: join(root, 'tsconfig.json'),
    outfile,
    // the package's sideEffects list is for its dist/ files: keep every source module here
    ignoreAnnotations: true,
    logLevel: 'error',
  });
  ssr = await import(pathToFileURL(outfile).href);
  const browserBundle = async (prelude) => {
    const result = await build({
      stdin: {
        contents: `${prelude}\nexport * from './src/index.ts';`,
        resolveDir: root,
        sourcefile: 'client-entry.ts',
        loader: 'ts',
      },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      tsconfig: join(root, 'tsconfig.json'),
      write: false,
      ignoreAnnotations: true,
      logLevel: 'error',
    });
    return result.outputFiles[0].text;
  };
  clientBundle = await browserBundle('');
  // @lit-labs/ssr's own dependency: what a page that hydrates other Lit elements loads before Lit
  clientBundleWithHydrateSupport = await browserBundle("import '@lit-labs/ssr-client/lit-element-hydrate-support.js';");
  seed = ssr.parseFeed(rawSeed).feed;
  assert.ok(seed, 'the seed feed parses');
});

after(() => {
  if (dir) rmSync(dir, {recursive: true, force: true});
});

/** Server HTML of a template: the whole string, as a browser receives it. */
async function serverHtml(template) {
  return ssr.collectResult(ssr.render(template));
}

/** What a reader sees of server HTML before any script: text outside tags, styles and comments, entities decoded. */
function visibleText(markup) {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The text of a localized field in one language (the seed gives fr and en for everything). */
const text = (value, language) => (typeof value === 'string' ? value : value[language]);

/** Like assert.match, without printing hundreds of kilobytes of server HTML when it fails. */
function has(markup, pattern, message = `the server output contains ${pattern}`) {
  assert.ok(pattern.test(markup), message);
}

function hasNot(markup, pattern, message = `the server output has no ${pattern}`) {
  assert.ok(!pattern.test(markup), message);
}

/** A declarative shadow root, which the browser attaches while parsing, before any script. */
const DECLARATIVE_SHADOW_ROOT = /<template shadowroot="open" shadowrootmode="open">/;

describe('server rendering with @lit-labs/ssr', () => {
  describe('<frise-timeline>', () => {
    it('renders the feed title and every event as a list, in a declarative shadow root', async () => {
      const markup = await serverHtml(ssr.html`<frise-timeline .feed=${rawSeed}></frise-timeline>`);
      has(markup, DECLARATIVE_SHADOW_ROOT);
      const shown = visibleText(markup);
      has(markup, /<figcaption part="title" lang="fr">/);
      assert.ok(shown.includes(text(rawSeed.title, 'fr')), 'the feed title is in the server output');
      for (const event of rawSeed.events) {
        assert.ok(shown.includes(text(event.title, 'fr')), `event ${event.id} is listed`);
      }
      // the list is the timeline's own list view (<frise-list>), rendered in its shadow root too
      has(markup, /<frise-list\b[^>]*\bpart="list"[^>]*><template shadowroot="open"/);
      assert.equal((markup.match(/<li part="item"/g) ?? []).length, rawSeed.events.length, 'one list item per event');
    });

    it('draws no chart and no dead buttons on the server: no width is known and no script runs there', async () => {
      // every option that shapes the chart: none of them may reach for a layout, a canvas or computed styles
      const markup =
        await serverHtml(ssr.html`<frise-timeline .feed=${rawSeed} view="timeline" panel="side" lane-by="kind" max-rows="2"
        .filter=${{hiddenKinds: ['context'], query: 'Kim'}}></frise-timeline>`);
      hasNot(markup, /part="chart"/);
      hasNot(markup, /part="toolbar"/);
      hasNot(markup, /part="view-toggle"/);
      const listed = rawSeed.events.filter((event) => event.kind !== 'context');
      assert.ok(listed.length < rawSeed.events.length);
      assert.equal(
        (markup.match(/<li part="item"/g) ?? []).length,
        listed.length,
        'view="timeline" still sends the list, filtered',
      );
    });

    it("shows the element's own lang on the server", async () => {
      const markup = await serverHtml(ssr.html`<frise-timeline lang="en" .feed=${rawSeed}></frise-timeline>`);
      const shown = visibleText(markup);
      assert.ok(shown.includes(text(rawSeed.title, 'en')));
      assert.ok(shown.includes(text(rawSeed.events[1].title, 'en')));
      assert.ok(shown.includes('34 events'), 'the UI strings are English too');
    });

    it("renders the selected event's card and the legend in the panel", async () => {
      const id = rawSeed.events[1].id;
      const markup = await serverHtml(ssr.html`<frise-timeline .feed=${rawSeed} selected=${id}></frise-timeline>`);
      has(markup, new RegExp(`<article part="card"[^>]*data-event-id="${id}"`));
      has(markup, /<frise-legend\b[^>]*\bpart="legend"/);
    });

    it('shows a problem summary instead of throwing on bad input', async () => {
      const markup = await serverHtml(ssr.html`<frise-timeline .feed=${'{"events": ['}></frise-timeline>`);
      has(markup, /<details part="issues"/);
      const empty = await serverHtml(ssr.html`<frise-timeline></frise-timeline>`);
      has(empty, DECLARATIVE_SHADOW_ROOT);
    });
  });

  describe('<frise-list>', () => {
    it('lists every event with its date, under year and month headings, named after the feed', async () => {
      const markup = await serverHtml(ssr.html`<frise-list .feed=${seed}></frise-list>`);
      has(markup, DECLARATIVE_SHADOW_ROOT);
      has(
        markup,
        new RegExp(`aria-label="[^"]*${text(rawSeed.title, 'fr').replace(/[()]/g, '.')}"`),
        'the list is named after the feed',
      );
      const shown = visibleText(markup);
      for (const event of rawSeed.events)
        assert.ok(shown.includes(text(event.title, 'fr')), `event ${event.id} is listed`);
      has(markup, /<time datetime="2024-10-18"/);
      has(markup, /<h3 id="year-2024" part="year"/);
      assert.ok(shown.includes('octobre 2024'), "month headings in the feed's language");
    });

    it('leaves the mark tooltips empty on the server (lit/lit#4405) and keeps the marks', async () => {
      const markup = await serverHtml(ssr.html`<frise-list .feed=${seed}></frise-list>`);
      assert.equal((markup.match(/<svg part="mark"/g) ?? []).length, rawSeed.events.length);
      has(markup, /<title ><\/title>|<title><\/title>/);
    });

    it('renders every event of a long feed: the browser renders only what is near the viewport, the server has none', async () => {
      const long = ssr.parseFeed(generateFeed(600)).feed;
      const markup = await serverHtml(ssr.html`<frise-list .feed=${long} lang="en"></frise-list>`);
      assert.equal((markup.match(/<li part="item"/g) ?? []).length, 600, 'one list item per event');
      hasNot(markup, /class="spacer"/);
      has(markup, /aria-setsize="\d+"/);
    });

    it("renders the selected event's card in its item with expand-selected", async () => {
      const id = 'nis-12000-troops-report';
      const markup = await serverHtml(ssr.html`<frise-list .feed=${seed} selected=${id} expand-selected></frise-list>`);
      has(
        markup,
        new RegExp(
          `<li part="item"[^>]*data-event-id="${id}"[\\s\\S]*?<frise-event-card\\b[^>]*\\bpart="card"[\\s\\S]*?<article part="card"[^>]*data-event-id="${id}"`,
        ),
      );
      assert.equal((markup.match(/<frise-event-card/g) ?? []).length, 1, "one card: the selected event's");
    });

    it('renders without a feed: an empty shadow root, no claim that the feed is empty', async () => {
      const markup = await serverHtml(ssr.html`<frise-list></frise-list>`);
      has(markup, /<template shadowroot(mode)?="open"/);
      assert.doesNotMatch(markup, /class="empty"|part="list"/);
    });
  });

  describe('<frise-legend>', () => {
    it("renders the feed's kinds, statuses and actors with their counts", async () => {
      const markup = await serverHtml(ssr.html`<frise-legend .feed=${seed}></frise-legend>`);
      has(markup, DECLARATIVE_SHADOW_ROOT);
      const shown = visibleText(markup);
      assert.ok(shown.includes('Corée du Sud') || shown.includes('Séoul'), 'an actor of the feed is named');
      has(markup, /data-section="kinds"/);
      has(markup, /data-section="statuses"/);
      has(markup, /part="count"/);
    });
  });

  describe('<frise-event-card>', () => {
    it("renders the event's title, summary and date", async () => {
      const event = seed.events.find((candidate) => candidate.id === 'nis-12000-troops-report');
      const markup = await serverHtml(ssr.html`<frise-event-card .event=${event} .feed=${seed}></frise-event-card>`);
      has(markup, DECLARATIVE_SHADOW_ROOT);
      const raw = rawSeed.events.find((candidate) => candidate.id === event.id);
      const shown = visibleText(markup);
      assert.ok(shown.includes(text(raw.title, 'fr')));
      assert.ok(shown.includes(text(raw.summary, 'fr')));
      has(markup, /<time[^>]*datetime="2024-10-18"/);
    });

    it('renders its hint without an event', async () => {
      const markup = await serverHtml(ssr.html`<frise-event-card></frise-event-card>`);
      has(markup, /class="hint"/);
    });
  });

  describe('in Chromium: the server HTML, then the elements upgrade', () => {
    let browser;
    before(async () => {
      browser = await chromium.launch({
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-dev-shm-usage',
        ],
      });
    });
    after(async () => {
      await browser?.close();
    });

    /** The four elements as a server renders them for a page 1000 px wide. */
    async function serverPage() {
      const card = seed.events.find((event) => event.id === 'nis-12000-troops-report');
      return serverHtml(ssr.html`<main style="width: 1000px">
        <frise-timeline .feed=${rawSeed}></frise-timeline>
        <frise-list .feed=${seed}></frise-list>
        <frise-legend .feed=${seed}></frise-legend>
        <frise-event-card .event=${card} .feed=${seed}></frise-event-card>
      </main>`);
    }

    /**
     * Opens the server HTML as a page served from http://frise.test/, with `script` (a module) after it.
     * Resolves with the page and the errors it reported (uncaught errors and console errors).
     */
    async function open(body, script = '', bundle = clientBundle) {
      const page = await browser.newPage({viewport: {width: 1100, height: 900}});
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.route('http://frise.test/**', (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/') {
          const module = script ? `<script type="module">${script}</script>` : '';
          const head = '<head><meta charset="utf-8"><title>SSR</title></head>';
          const html = `<!doctype html><html lang="fr">${head}<body>${body}${module}</body></html>`;
          return route.fulfill({contentType: 'text/html; charset=utf-8', body: html});
        }
        if (path === '/frise.js') return route.fulfill({contentType: 'text/javascript', body: bundle});
        if (path === '/feed.json')
          return route.fulfill({contentType: 'application/json', body: JSON.stringify(rawSeed)});
        return route.fulfill({status: 404, body: ''});
      });
      await page.goto('http://frise.test/');
      return {page, errors};
    }

    it('shows the feed title and the events before any script runs (declarative shadow DOM)', async () => {
      const {page, errors} = await open(await serverPage());
      const seen = await page.evaluate(() => {
        const timeline = document.querySelector('frise-timeline');
        const list = timeline.shadowRoot?.querySelector('frise-list');
        const visible = (element) => !!element && element.getBoundingClientRect().height > 0;
        return {
          defined: customElements.get('frise-timeline') !== undefined,
          title: timeline.shadowRoot?.querySelector('figcaption')?.textContent,
          items: [...(list?.shadowRoot?.querySelectorAll('li[part~="item"]') ?? [])].filter(visible).length,
          firstTitle: list?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim(),
          standaloneItems: document.querySelector('main > frise-list').shadowRoot?.querySelectorAll('li[part~="item"]')
            .length,
          cardTitle: document
            .querySelector('frise-event-card')
            .shadowRoot?.querySelector('[part~="title"]')
            ?.textContent?.trim(),
        };
      });
      await page.close();
      assert.equal(seen.defined, false, 'no script has run');
      assert.equal(seen.title, text(rawSeed.title, 'fr'));
      assert.equal(seen.items, rawSeed.events.length, 'every event is listed, laid out and visible');
      assert.equal(seen.standaloneItems, rawSeed.events.length);
      assert.ok(
        seen.firstTitle && rawSeed.events.some((event) => text(event.title, 'fr') === seen.firstTitle),
        seen.firstTitle,
      );
      assert.equal(
        seen.cardTitle,
        text(rawSeed.events.find((event) => event.id === 'nis-12000-troops-report').title, 'fr'),
      );
      assert.deepEqual(errors, []);
    });

    // the page's script: defines the elements and sets their properties, as a page with server-rendered frise does
    const UPGRADE = `
      const {parseFeed} = await import('/frise.js');
      const raw = await (await fetch('/feed.json')).json();
      const {feed} = parseFeed(raw);
      document.querySelector('frise-timeline').feed = raw;
      document.querySelector('main > frise-list').feed = feed;
      document.querySelector('main > frise-legend').feed = feed;
      const card = document.querySelector('main > frise-event-card');
      card.feed = feed;
      card.event = feed.eventById.get('nis-12000-troops-report');
      await Promise.all([...document.querySelectorAll('main > *')].map((element) => element.updateComplete));
      window.upgraded = true;
    `;

    /** What each element's shadow root holds once upgraded: one rendering each, the chart drawn. */
    async function upgradedState(page) {
      await page.waitForFunction(() => window.upgraded === true, null, {timeout: 30000});
      await page.waitForFunction(
        () => document.querySelector('frise-timeline').shadowRoot.querySelectorAll('[part~="event"]').length > 0,
        null,
        {timeout: 30000},
      );
      return page.evaluate(() => {
        const root = (selector) => document.querySelector(selector).shadowRoot;
        return {
          hydrateSupport: typeof globalThis.litElementHydrateSupport === 'function',
          figures: root('frise-timeline').querySelectorAll('figure').length,
          serverStyles: [...document.querySelectorAll('main > *')].map(
            (element) => element.shadowRoot.querySelectorAll('style').length,
          ),
          marks: root('frise-timeline').querySelectorAll('[part~="event"]').length,
          timelineLists: root('frise-timeline').querySelectorAll('frise-list').length,
          lists: root('main > frise-list').querySelectorAll('[part="list"], [part~="list"]').length,
          items: root('main > frise-list').querySelectorAll('li[part~="item"]').length,
          legends: root('main > frise-legend').querySelectorAll('[part~="legend"]').length,
          cards: root('main > frise-event-card').querySelectorAll('[part~="card"]').length,
        };
      });
    }

    for (const [name, bundle] of [
      ['plain Lit', () => clientBundle],
      ["Lit's hydrate support loaded first", () => clientBundleWithHydrateSupport],
    ]) {
      it(`upgrades without a page error and replaces the server snapshot by the live rendering (${name})`, async () => {
        const {page, errors} = await open(await serverPage(), UPGRADE, bundle());
        const state = await upgradedState(page);
        await page.close();
        assert.equal(state.hydrateSupport, bundle() === clientBundleWithHydrateSupport);
        assert.equal(state.figures, 1, "one figure: the server's is gone");
        assert.ok(
          state.marks > rawSeed.events.length / 2,
          `the chart is drawn in the browser (${state.marks} marks of the first view)`,
        );
        assert.equal(state.timelineLists, 0, "the server's list view gave way to the chart");
        assert.deepEqual(
          state.serverStyles,
          [0, 0, 0, 0],
          "the snapshot's inline styles are gone (the elements adopt theirs)",
        );
        assert.equal(state.lists, 1);
        assert.equal(state.items, rawSeed.events.length);
        assert.equal(state.legends, 1);
        assert.equal(state.cards, 1);
        assert.deepEqual(errors, []);
      });
    }
  });
});
