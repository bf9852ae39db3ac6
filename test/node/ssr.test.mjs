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

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rawSeed = JSON.parse(readFileSync(join(root, 'data/nk-troops-russia-2024.feed.json'), 'utf8'));

let dir;
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
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
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
      const markup = await serverHtml(ssr.html`<frise-timeline .feed=${rawSeed} view="timeline"></frise-timeline>`);
      hasNot(markup, /part="chart"/);
      hasNot(markup, /part="toolbar"/);
      hasNot(markup, /part="view-toggle"/);
      assert.ok(visibleText(markup).includes(text(rawSeed.events[0].title, 'fr')), 'view="timeline" still sends the list');
    });

    it('shows the element\'s own lang on the server', async () => {
      const markup = await serverHtml(ssr.html`<frise-timeline lang="en" .feed=${rawSeed}></frise-timeline>`);
      const shown = visibleText(markup);
      assert.ok(shown.includes(text(rawSeed.title, 'en')));
      assert.ok(shown.includes(text(rawSeed.events[1].title, 'en')));
      assert.ok(shown.includes('34 events'), 'the UI strings are English too');
    });

    it('renders the selected event\'s card and the legend in the panel', async () => {
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
      has(markup, new RegExp(`aria-label="[^"]*${text(rawSeed.title, 'fr').replace(/[()]/g, '.')}"`), 'the list is named after the feed');
      const shown = visibleText(markup);
      for (const event of rawSeed.events) assert.ok(shown.includes(text(event.title, 'fr')), `event ${event.id} is listed`);
      has(markup, /<time datetime="2024-10-18"/);
      has(markup, /<h3 id="year-2024" part="year"/);
      assert.ok(shown.includes('octobre 2024'), 'month headings in the feed\'s language');
    });

    it('leaves the mark tooltips empty on the server (lit/lit#4405) and keeps the marks', async () => {
      const markup = await serverHtml(ssr.html`<frise-list .feed=${seed}></frise-list>`);
      assert.equal((markup.match(/<svg part="mark"/g) ?? []).length, rawSeed.events.length);
      has(markup, /<title ><\/title>|<title><\/title>/);
    });

    it('renders without a feed', async () => {
      const markup = await serverHtml(ssr.html`<frise-list></frise-list>`);
      has(markup, /class="empty"/);
    });
  });

  describe('<frise-legend>', () => {
    it('renders the feed\'s kinds, statuses and actors with their counts', async () => {
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
    it('renders the event\'s title, summary and date', async () => {
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
});
