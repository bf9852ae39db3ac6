// frise as its users get it: build, `npm pack`, install the tarball into fresh projects from the npm
// registry, and use it the ways the README says.
//  - a Vite app (`import 'frise'`, the seed feed from public/ by `src`): `vite build` served, and `vite` dev;
//  - an esbuild app (`frise` + `frise/timeline` + `frise/model`, the seed feed imported as JSON) and a
//    second esbuild page that imports `frise/list` only; the app's imports type-check under TypeScript;
//  - the README's "Getting started" followed literally: its page (dist/frise.js by a script tag) with
//    its three-event feed, and its Node snippet (`frise/model`);
//  - Node: `frise/model` from the installed package parses the seed feed and loads no Lit.
// Each build must print no warning; each page must define its elements, draw, raise no page or console
// error and hold one copy of Lit. Also checks the tarball's contents and the README's bundle size.
// Writes {passed, failed} to $FRISE_CONSUMER_TOTALS when set. FRISE_CONSUMERS_BUILD_LOG=<file> checks
// the output of a build just made instead of building again (CI); FRISE_CONSUMERS_NO_BUILD=1 reuses dist/
// unchecked; FRISE_CONSUMERS_KEEP=1 keeps the projects; FRISE_CONSUMER_SCREENSHOTS=<dir> saves each page.
import {spawn} from 'node:child_process';
import {createServer} from 'node:http';
import {copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {extname, join, normalize} from 'node:path';
import {gzipSync} from 'node:zlib';
import {chromium} from 'playwright';

const root = process.cwd();
const ourPackage = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const seedName = 'nk-troops-russia-2024.feed.json';
const seed = JSON.parse(await readFile(join(root, 'data', seedName), 'utf8'));
const work = await mkdtemp(join(tmpdir(), 'frise-consumers-'));
const installFlags = ['--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=warn'];
// a line a build or an install prints that is a warning (npm, Vite/Rollup "(!)", esbuild "▲ [WARNING]")
const WARNING = /\bwarn(?:ing)?s?\b|\(!\)|▲/i;

const checks = [];
function check(name, ok, detail = '') {
  checks.push(Boolean(ok));
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? ` (${detail})` : ''}`);
}
const timings = [];
async function timed(label, action) {
  const started = performance.now();
  try {
    return await action();
  } finally {
    timings.push(`${label} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
/** Runs a command; resolves with its exit code and its stdout and stderr interleaved. */
function run(command, args, {cwd = root, env = {}} = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {cwd, env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', (error) => resolve({code: -1, output: `${output}${error}`}));
    child.on('close', (code) => resolve({code, output}));
  });
}
const warningLines = (output) =>
  output
    .split('\n')
    .filter((line) => WARNING.test(line))
    .map((line) => line.trim());
const short = (text, length = 400) => (text.length > length ? `${text.slice(0, length)}…` : text);
async function checkedRun(name, command, args, options) {
  const {code, output} = await run(command, args, options);
  check(`${name}: succeeds`, code === 0, code === 0 ? '' : short(output, 2000));
  return {code, output};
}
function checkNoWarning(name, output) {
  const warnings = warningLines(output);
  check(`${name}: prints no warning`, warnings.length === 0, short(warnings.join(' | '), 1500));
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};
/** A static file server over one folder (index.html for folders); resolves with its base URL. */
async function serve(folder) {
  const server = createServer(async (request, response) => {
    let path = normalize(join(folder, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    if (!path.startsWith(folder)) return response.writeHead(403).end();
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      response.writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream'}).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}/`;
}
const servers = [];
const children = [];
/** A port nobody listens on now (for the Vite dev server, which takes a fixed port). */
async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const {port} = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Code blocks of one README section (from its heading to the next heading of the same level or higher). */
function readmeBlocks(readme, heading) {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) return [];
  const level = heading.match(/^#+/)[0].length;
  const rest = readme.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`^#{1,${level}} `, 'm'));
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(([, lang, code]) => ({lang, code}));
}

// ── what each app is made of ──────────────────────────────────────────────────────────────────────
/** Events of the Vite app's large feed: above the feed worker's threshold (5,000). */
const LARGE_FEED_EVENTS = 12_000;
const viteApp = {
  'package.json': JSON.stringify({name: 'frise-vite-consumer', private: true, type: 'module'}, null, 2),
  'index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>frise in a Vite app</title></head>
  <body>
    <frise-timeline src="/${seedName}"></frise-timeline>
    <script type="module" src="/main.js"></script>
  </body>
</html>
`,
  'main.js': `import 'frise';\n`,
  // a large feed handed over as a document, as a newsroom's app does: parsed in frise's feed worker,
  // whose script the bundler must serve (the page records each worker it starts)
  'large.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>a large feed in a Vite app</title></head>
  <body>
    <script>
      window.friseWorkers = [];
      const PageWorker = window.Worker;
      window.Worker = class extends PageWorker {
        constructor(url, options) {
          super(url, options);
          window.friseWorkers.push(String(url));
        }
      };
    </script>
    <frise-timeline></frise-timeline>
    <script type="module" src="/large.js"></script>
  </body>
</html>
`,
  'large.js': `import 'frise';

const actors = ['north', 'south', 'east'].map((id) => ({id, name: id}));
const day = 86_400_000;
const events = Array.from({length: ${LARGE_FEED_EVENTS}}, (_, i) => ({
  id: 'e' + i,
  title: 'Event ' + i,
  start: new Date(Date.UTC(2023, 0, 1) + Math.floor(i / 20) * day).toISOString().slice(0, 10),
  actors: [actors[i % 3].id],
}));
const timeline = document.querySelector('frise-timeline');
timeline.addEventListener('frise-load', () => (window.friseLoaded = true));
timeline.feed = {version: 1, title: 'A large feed', language: 'en', actors, events};
`,
  'vite.config.js': `export default {build: {rollupOptions: {input: ['index.html', 'large.html']}}};\n`,
};
const esbuildApp = {
  'package.json': JSON.stringify({name: 'frise-esbuild-consumer', private: true, type: 'module'}, null, 2),
  'index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>frise in an esbuild app</title><script type="module" src="dist/main.js"></script></head>
  <body><p id="summary"></p><frise-timeline></frise-timeline></body>
</html>
`,
  'main.js': `import 'frise';
import {FriseTimeline} from 'frise/timeline';
import {parseFeed, pickText} from 'frise/model';
import seed from './${seedName}' with {type: 'json'};

const {feed, issues} = parseFeed(seed);
document.querySelector('#summary').textContent = \`\${pickText(feed.title, 'en')}: \${feed.events.length} events, \${issues.length} issues\`;
document.querySelector('frise-timeline').feed = seed;
window.friseApp = {sameClass: customElements.get('frise-timeline') === FriseTimeline};
`,
  'list.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>frise/list only</title><script type="module" src="dist/list-only.js"></script></head>
  <body><frise-list></frise-list></body>
</html>
`,
  'list-only.js': `import {FriseList} from 'frise/list';
import {parseFeed} from 'frise/model';
import seed from './${seedName}' with {type: 'json'};

document.querySelector('frise-list').feed = parseFeed(seed).feed;
window.friseApp = {sameClass: customElements.get('frise-list') === FriseList};
`,
  // what a TypeScript user writes: every entry resolves with its types (checked with tsc, not bundled)
  'types.ts': `import {FriseTimeline, parseFeed as parseFromMain, type FriseFeedDocument} from 'frise';
import {FriseTimeline as TimelineClass, FriseSelectEvent, type LaneBy} from 'frise/timeline';
import {FriseList} from 'frise/list';
import {FriseLegend} from 'frise/legend';
import {FriseEventCard, FriseCloseEvent} from 'frise/event-card';
import {parseFeed, resolveDateSpec, KINDS, type FriseFeed, type FeedIssue, type ParseResult} from 'frise/model';

const timeline: FriseTimeline = document.createElement('frise-timeline');
const same: typeof TimelineClass = FriseTimeline;
const laneBy: LaneBy = 'actor';
timeline.laneBy = laneBy;
timeline.addEventListener('frise-select', (event: FriseSelectEvent) => console.log(event.id));
document.createElement('frise-event-card').addEventListener('frise-close', (event: FriseCloseEvent) => console.log(event.id));
const list: FriseList = document.createElement('frise-list');
const legend: FriseLegend = document.createElement('frise-legend');
const card: FriseEventCard = document.createElement('frise-event-card');
const doc: FriseFeedDocument = {version: 1, title: 't', language: 'en', events: []};
const result: ParseResult = parseFeed(doc);
const feed: FriseFeed | null = result.feed;
const issues: FeedIssue[] = parseFromMain('{}').issues;
list.feed = feed;
console.log(same, legend, card, issues, KINDS, resolveDateSpec('2024-10-18'));
`,
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        types: [],
        // the strictest consumer: frise's own .d.ts files are checked too (their d3 types must come installed)
        skipLibCheck: false,
      },
      files: ['types.ts'],
    },
    null,
    2,
  ),
  // a Node TypeScript user: frise/model's types under nodenext resolution, with no DOM library at all
  'model-types.mts': `import {parseFeed, resolveDateSpec, type FriseFeed, type FeedIssue} from 'frise/model';

const {feed, issues}: {feed: FriseFeed | null; issues: FeedIssue[]} = parseFeed('{"events": []}');
export const summary = [feed?.events.length, issues.length, resolveDateSpec('2024-10')];
`,
  'tsconfig.node.json': JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2023'],
        strict: true,
        noEmit: true,
        types: [],
        skipLibCheck: false,
      },
      files: ['model-types.mts'],
    },
    null,
    2,
  ),
  // Node: `frise/import` from the installed package: a two-row CSV, with nothing else loaded
  'import-in-node.mjs': `const {importCsv} = await import('frise/import');
const {feed, issues, json} = importCsv('title,start\\nPact signed,2024-06-19\\nTroops seen,2024-10-18\\n');
console.log(JSON.stringify({
  resolved: import.meta.resolve('frise/import'),
  events: feed?.events.length ?? -1,
  written: json?.events.length ?? -1,
  issues: issues.map((issue) => issue.message),
  litLoaded: ['litElementVersions', 'reactiveElementVersions', 'litHtmlVersions'].filter((name) => name in globalThis),
}));
`,
  // Node: `frise/model` from the installed package, with nothing else loaded
  'model-in-node.mjs': `import {readFile} from 'node:fs/promises';
const {parseFeed, pickText} = await import('frise/model');
const seedUrl = new URL('data/${seedName}', import.meta.resolve('frise/package.json'));
const {feed, issues} = parseFeed(await readFile(seedUrl, 'utf8'));
console.log(JSON.stringify({
  resolved: import.meta.resolve('frise/model'),
  events: feed?.events.length ?? -1,
  issues: issues.map((issue) => issue.message),
  title: feed ? pickText(feed.title, 'en') : '',
  customElements: typeof globalThis.customElements,
  litLoaded: ['litElementVersions', 'reactiveElementVersions', 'litHtmlVersions'].filter((name) => name in globalThis),
}));
`,
};

async function writeApp(folder, files) {
  await mkdir(folder, {recursive: true});
  for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
}

/**
 * Loads a page and waits until `ready` (a predicate run in the page) holds; returns what `inspect`
 * (run in the page) reports plus the page's errors, console errors and warnings, and frise-error events.
 */
async function visit(browser, url, {ready, inspect}) {
  const page = await browser.newPage({viewport: {width: 1200, height: 900}});
  const pageErrors = [];
  const consoleErrors = [];
  const consoleWarnings = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    // the browser asks every site for /favicon.ico; its 404 says nothing about frise
    if (message.location().url?.endsWith('/favicon.ico')) return;
    if (message.type() === 'error') consoleErrors.push(message.text());
    if (message.type() === 'warning') consoleWarnings.push(message.text());
  });
  page.on('requestfailed', (request) => consoleErrors.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      consoleErrors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(() => {
    window.friseErrors = [];
    window.addEventListener('frise-error', (event) => {
      const issues = event.issues ?? event.detail?.issues ?? [];
      window.friseErrors.push(...issues.map((issue) => `${issue.severity} ${issue.path}: ${issue.message}`));
    });
  });
  let waited = true;
  try {
    await page.goto(url);
    await page.waitForFunction(ready, undefined, {timeout: 20000});
  } catch {
    waited = false;
  }
  const report = await page.evaluate(inspect).catch((error) => ({inspectError: String(error)}));
  const friseErrors = await page.evaluate(() => window.friseErrors ?? []).catch(() => []);
  if (process.env.FRISE_CONSUMER_SCREENSHOTS) {
    await page.screenshot({
      path: join(
        process.env.FRISE_CONSUMER_SCREENSHOTS,
        `${new URL(url).port}-${new URL(url).pathname.replace(/\W+/g, '_')}.png`,
      ),
      fullPage: true,
    });
  }
  await page.close();
  return {waited, report, pageErrors, consoleErrors, consoleWarnings, friseErrors};
}

const TAGS = ['frise-timeline', 'frise-list', 'frise-legend', 'frise-event-card'];

/** The Vite app's large feed: parsed in the feed worker its bundler serves, and drawn, with no error. */
async function checkLargeFeed(name, url, options = {}) {
  const visited = await visit(browser, url, {
    ready: `window.friseLoaded === true &&
      document.querySelector('frise-timeline')?.shadowRoot?.querySelectorAll('[part~="cluster"]').length > 0`,
    inspect: `(() => {
      const timeline = document.querySelector('frise-timeline');
      return {
        ...(${inspectPageWith})(${onScreenMarks}),
        workers: window.friseWorkers ?? [],
        events: timeline?.parsedFeed?.events.length ?? 0,
        clusters: timeline?.shadowRoot?.querySelectorAll('[part~="cluster"]').length ?? 0,
      };
    })()`,
  });
  const {workers = [], events = 0, clusters = 0} = visited.report;
  check(
    `${name}: a feed of ${LARGE_FEED_EVENTS.toLocaleString('en')} events is parsed in the feed worker the bundler serves, and drawn`,
    visited.waited &&
      workers.length === 1 &&
      /feed-worker/.test(workers[0]) &&
      events === LARGE_FEED_EVENTS &&
      clusters > 0,
    `workers ${JSON.stringify(workers)}, ${events} events, ${clusters} clusters`,
  );
  checkPage(`${name}, large feed`, visited, {tags: ['frise-timeline'], ...options});
}
/**
 * The events drawn on screen: their symbol or bar centred within the chart's box (the nearest events
 * beyond each edge are drawn off screen too, as stops for the keyboard; the edge buttons count them).
 * Self-contained: it runs in the page.
 */
function onScreenMarks(root) {
  const chart = root?.querySelector('[part~="chart"]')?.getBoundingClientRect();
  if (!chart) return 0;
  return [...root.querySelectorAll('[part~="event"]')].filter((group) =>
    [...group.querySelectorAll(':scope > .bar, :scope > .mark > .symbol')].some((part) => {
      const box = part.getBoundingClientRect();
      const middle = (box.left + box.right) / 2;
      // a bar is on screen when any of it is; a point when its centre is
      return part.classList.contains('bar')
        ? box.right > chart.left && box.left < chart.right
        : middle >= chart.left && middle <= chart.right;
    }),
  ).length;
}
// evaluated in the page as an expression, with the one on-screen count above passed in
const inspectPageWith = (onScreenMarks) => ({
  defined: Object.fromEntries(
    ['frise-timeline', 'frise-list', 'frise-legend', 'frise-event-card'].map((tag) => [
      tag,
      Boolean(customElements.get(tag)),
    ]),
  ),
  marks: onScreenMarks(document.querySelector('frise-timeline')?.shadowRoot),
  // the first view frames the story: the events beyond its edges are counted there, not drawn
  beyond: [
    ...(document.querySelector('frise-timeline')?.shadowRoot?.querySelectorAll('[part~="beyond"]') ?? []),
  ].reduce((sum, button) => sum + Number(/\d+/.exec(button.textContent ?? '')?.[0] ?? 0), 0),
  items: document.querySelector('frise-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0,
  lit: {
    litElement: window.litElementVersions?.length ?? 0,
    reactiveElement: window.reactiveElementVersions?.length ?? 0,
    litHtml: window.litHtmlVersions?.length ?? 0,
  },
  app: window.friseApp ?? null,
  summary: document.querySelector('#summary')?.textContent ?? '',
});
const inspectPage = `(${inspectPageWith})(${onScreenMarks})`;

/**
 * A page expression: the timeline accounts for `count` events, each drawn as a mark or counted beyond the
 * first view's edges.
 */
const timelineDrawn = (count) => `(() => {
  const root = document.querySelector('frise-timeline')?.shadowRoot;
  if (!root) return false;
  const beyond = [...root.querySelectorAll('[part~="beyond"]')].reduce((sum, button) => sum + Number(/\\d+/.exec(button.textContent ?? '')?.[0] ?? 0), 0);
  return (${onScreenMarks})(root) + beyond === ${count};
})()`;

/** The checks every page shares: defined elements, one Lit, no page or console error. */
function checkPage(name, visited, {tags = TAGS, allowWarning = () => false} = {}) {
  const {report, pageErrors, consoleErrors, consoleWarnings} = visited;
  const defined = report.defined ?? {};
  const missing = tags.filter((tag) => !defined[tag]);
  check(
    `${name}: defines ${tags.length === 4 ? 'all four elements' : tags.join(', ')}`,
    missing.length === 0 && !report.inspectError,
    report.inspectError ?? (missing.length ? `undefined: ${missing.join(', ')}` : ''),
  );
  const lit = report.lit ?? {};
  check(
    `${name}: one copy of Lit`,
    lit.litElement === 1 && lit.reactiveElement === 1 && lit.litHtml === 1,
    JSON.stringify(lit),
  );
  check(`${name}: no page error`, pageErrors.length === 0, short(pageErrors.join(' | ')));
  check(`${name}: no console error or failed request`, consoleErrors.length === 0, short(consoleErrors.join(' | ')));
  const warnings = consoleWarnings.filter((text) => !allowWarning(text));
  check(`${name}: no console warning`, warnings.length === 0, short(warnings.join(' | ')));
}

let browser;
try {
  // ── build and pack ──────────────────────────────────────────────────────────────────────────────
  if (process.env.FRISE_CONSUMERS_BUILD_LOG) {
    // .ci/run has just built (its build step's output is in this file): check that output, build no more
    checkNoWarning('npm run build', await readFile(process.env.FRISE_CONSUMERS_BUILD_LOG, 'utf8'));
  } else if (process.env.FRISE_CONSUMERS_NO_BUILD !== '1') {
    const build = await timed('build', () => checkedRun('npm run build', 'npm', ['run', 'build']));
    checkNoWarning('npm run build', build.output);
  }
  const bundle = await readFile(join(root, 'dist/frise.js'));
  const kib = (bytes) => bytes / 1024;
  const actual = {raw: kib(bundle.length), gzip: kib(gzipSync(bundle, {level: 9}).length)};
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const figures = [...readme.matchAll(/(\d+(?:\.\d+)?) KiB, \**(\d+(?:\.\d+)?) KiB gzipped/g)].map(
    ([text, raw, gzip]) => ({text, raw: Number(raw), gzip: Number(gzip)}),
  );
  const stale = figures.filter(
    (figure) => Math.abs(figure.raw - actual.raw) > 1 || Math.abs(figure.gzip - actual.gzip) > 1,
  );
  check(
    'README: every dist/frise.js size figure is current (±1 KiB)',
    figures.length > 0 && stale.length === 0,
    `dist/frise.js is ${actual.raw.toFixed(1)} KiB, ${actual.gzip.toFixed(1)} KiB gzip -9; README says ${figures.map((figure) => figure.text).join(' and ') || 'nothing'}`,
  );

  const packed = await timed('npm pack', () => run('npm', ['pack', '--json', '--pack-destination', work]));
  let tarball = '';
  let packedFiles = [];
  try {
    const [info] = JSON.parse(packed.output.slice(packed.output.indexOf('[')));
    tarball = join(work, info.filename);
    packedFiles = info.files.map((file) => file.path);
    console.log(
      `  ${info.filename}: ${info.entryCount} files, ${(info.size / 1024).toFixed(0)} KiB packed, ${(info.unpackedSize / 1024).toFixed(0)} KiB unpacked`,
    );
  } catch {
    // reported just below
  }
  check(
    'npm pack: makes a tarball',
    packed.code === 0 && tarball !== '',
    packed.code === 0 ? '' : short(packed.output),
  );
  const required = [
    'package.json',
    'README.md',
    'custom-elements.json',
    'data/frise-feed.schema.json',
    `data/${seedName}`,
    'dist/index.js',
    'dist/index.d.ts',
    'dist/frise.js',
    'dist/model/index.js',
    'dist/model/index.d.ts',
    'dist/model/generated/validate-feed.js',
    'dist/import/index.js',
    'dist/import/index.d.ts',
    'bin/frise.mjs',
    ...['timeline', 'list', 'legend', 'event-card'].flatMap((name) => [
      `dist/entries/${name}.js`,
      `dist/entries/${name}.d.ts`,
    ]),
  ];
  const absent = required.filter((path) => !packedFiles.includes(path));
  check(
    'the tarball holds every entry, its types, the schema and the seed feed',
    absent.length === 0,
    absent.join(', '),
  );
  const stray = packedFiles.filter((path) =>
    /^(?:src|test|stories|scripts|bench|examples)\/|\.test\.|\.tsbuildinfo$/.test(path),
  );
  check('the tarball holds no sources, tests or scripts', stray.length === 0, short(stray.join(', ')));
  const targets = Object.entries(ourPackage.exports).flatMap(([entry, target]) =>
    typeof target === 'string' ? [[entry, target]] : Object.values(target).map((path) => [entry, path]),
  );
  // frise/react is checked once its source exists (the exports entry came before it)
  const reactSource = await stat(join(root, 'src/react/index.ts')).then(
    () => true,
    () => false,
  );
  const hasReact = packedFiles.includes('dist/react/index.js');
  const dangling = targets.filter(
    ([entry, path]) => !(entry === './react' && !reactSource) && !packedFiles.includes(path.replace(/^\.\//, '')),
  );
  check(
    `every exports target is in the tarball${reactSource ? '' : ' (no src/react/index.ts yet: frise/react skipped)'}`,
    dangling.length === 0,
    dangling.map(([entry, path]) => `${entry} -> ${path}`).join(', '),
  );

  // ── fresh projects, installed from the registry ────────────────────────────────────────────────
  const vite = join(work, 'vite-app');
  const esbuild = join(work, 'esbuild-app');
  const start = join(work, 'getting-started');
  await writeApp(vite, viteApp);
  await writeApp(esbuild, esbuildApp);
  await writeApp(start, {
    'package.json': JSON.stringify({name: 'my-timeline', private: true, type: 'module'}, null, 2),
  });
  const installs = await timed('npm install (3 projects, in parallel)', () =>
    Promise.all([
      run('npm', ['install', tarball, `vite@${ourPackage.devDependencies.vite}`, ...installFlags], {cwd: vite}),
      run('npm', ['install', tarball, `esbuild@${ourPackage.devDependencies.esbuild}`, ...installFlags], {
        cwd: esbuild,
      }),
      run('npm', ['install', tarball, ...installFlags], {cwd: start}),
    ]),
  );
  for (const [name, install] of [
    ['Vite app', installs[0]],
    ['esbuild app', installs[1]],
    ['Getting started project', installs[2]],
  ]) {
    check(
      `${name}: npm install <tarball> succeeds`,
      install.code === 0,
      install.code === 0 ? '' : short(install.output, 2000),
    );
  }
  checkNoWarning('npm install frise alone', installs[2].output);
  await mkdir(join(vite, 'public'), {recursive: true});
  await copyFile(join(vite, 'node_modules/frise/data', seedName), join(vite, 'public', seedName));
  await copyFile(join(esbuild, 'node_modules/frise/data', seedName), join(esbuild, seedName));
  const litCopies = async (folder) =>
    (await readdir(folder, {recursive: true})).filter((path) =>
      /(?:^|\/)node_modules\/lit-html\/package\.json$/.test(`node_modules/${path}`),
    ).length;
  check('Vite app: npm installs one lit-html', (await litCopies(join(vite, 'node_modules'))) === 1);

  // ── builds ─────────────────────────────────────────────────────────────────────────────────────
  const viteBuild = await timed('vite build', () =>
    checkedRun('Vite app: vite build', join(vite, 'node_modules/.bin/vite'), ['build'], {cwd: vite}),
  );
  checkNoWarning('Vite app: vite build', viteBuild.output);
  const esbuildBuild = await timed('esbuild', () =>
    checkedRun(
      'esbuild app: esbuild --bundle',
      join(esbuild, 'node_modules/.bin/esbuild'),
      ['main.js', 'list-only.js', '--bundle', '--format=esm', '--minify', '--outdir=dist'],
      {cwd: esbuild},
    ),
  );
  checkNoWarning('esbuild app: esbuild --bundle', esbuildBuild.output);
  if (hasReact) {
    // frise/react's wrappers and their typed callback props (@types/react comes with @lit/react's peer)
    await writeFile(
      join(esbuild, 'react-types.ts'),
      `import {FriseTimeline, type FriseTimelineProps} from 'frise/react';
import type {FriseSelectEvent} from 'frise/timeline';

const props: FriseTimelineProps = {laneBy: 'kind', onFriseSelect: (event: FriseSelectEvent) => console.log(event.detail.id)};
export const timeline = [FriseTimeline, props];
`,
    );
    const config = JSON.parse(esbuildApp['tsconfig.json']);
    await writeFile(
      join(esbuild, 'tsconfig.json'),
      JSON.stringify({...config, files: [...config.files, 'react-types.ts']}, null, 2),
    );
  }
  const typeCheck = await timed('tsc', () =>
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {cwd: esbuild}),
  );
  check(
    `TypeScript: every entry${hasReact ? ', frise/react included,' : ''} resolves with its types (moduleResolution bundler, strict, skipLibCheck off)`,
    typeCheck.code === 0 && typeCheck.output.trim() === '',
    short(typeCheck.output, 2000),
  );
  const nodeTypeCheck = await timed('tsc (Node)', () =>
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.node.json'], {cwd: esbuild}),
  );
  check(
    "TypeScript in Node: frise/model's types resolve under NodeNext with no DOM library",
    nodeTypeCheck.code === 0 && nodeTypeCheck.output.trim() === '',
    short(nodeTypeCheck.output, 2000),
  );
  const size = async (path) => (await stat(path).catch(() => ({size: 0}))).size;
  const [mainSize, listSize] = [
    await size(join(esbuild, 'dist/main.js')),
    await size(join(esbuild, 'dist/list-only.js')),
  ];
  check(
    'esbuild app: frise/list alone bundles less than frise (no timeline, no d3 zoom/brush)',
    listSize > 0 && listSize < mainSize * 0.75,
    `list-only.js ${(listSize / 1024).toFixed(0)} KiB, main.js ${(mainSize / 1024).toFixed(0)} KiB`,
  );

  // ── Node ───────────────────────────────────────────────────────────────────────────────────────
  const inNode = await run(process.execPath, ['model-in-node.mjs'], {cwd: esbuild});
  let nodeReport = {};
  try {
    nodeReport = JSON.parse(inNode.output.trim().split('\n').at(-1));
  } catch {
    /* reported below */
  }
  check(
    "Node: import('frise/model') resolves to the installed dist/model/index.js",
    /node_modules\/frise\/dist\/model\/index\.js$/.test(nodeReport.resolved ?? ''),
    nodeReport.resolved ?? short(inNode.output),
  );
  check(
    'Node: frise/model parses the packaged seed feed with no issue',
    nodeReport.events === seed.events.length && nodeReport.issues?.length === 0 && nodeReport.title === seed.title.en,
    `${nodeReport.events} events, issues: ${short(JSON.stringify(nodeReport.issues))}`,
  );
  check(
    'Node: frise/model defines nothing and loads no Lit',
    nodeReport.customElements === 'undefined' && nodeReport.litLoaded?.length === 0,
    JSON.stringify({customElements: nodeReport.customElements, lit: nodeReport.litLoaded}),
  );

  const inNodeImport = await run(process.execPath, ['import-in-node.mjs'], {cwd: esbuild});
  let importReport = {};
  try {
    importReport = JSON.parse(inNodeImport.output.trim().split('\n').at(-1));
  } catch {
    /* reported below */
  }
  check(
    'Node: frise/import resolves to the installed dist/import/index.js and imports a CSV, loading no Lit',
    /node_modules\/frise\/dist\/import\/index\.js$/.test(importReport.resolved ?? '') &&
      importReport.events === 2 &&
      importReport.written === 2 &&
      importReport.issues?.length === 0 &&
      importReport.litLoaded?.length === 0,
    short(JSON.stringify(importReport) || inNodeImport.output),
  );
  // the command, as npx runs it: the bin npm linked into node_modules/.bin
  const command = await run(
    join(esbuild, 'node_modules/.bin/frise'),
    ['validate', `node_modules/frise/data/${seedName}`],
    {
      cwd: esbuild,
    },
  );
  check(
    'npx frise validate: the installed command checks the packaged seed feed (exit 0, no issue)',
    command.code === 0 && command.output.trim().endsWith(`${seed.events.length} events, no issue`),
    short(command.output),
  );

  // ── the README's "Getting started", literally ──────────────────────────────────────────────────
  const scriptTag = readmeBlocks(readme, '### A page with one script tag (no build step)');
  const page = scriptTag.find((block) => block.lang === 'html');
  const feedBlock = scriptTag.find((block) => block.lang === 'json');
  const nodeBlock = readmeBlocks(readme, '### In Node: check a feed').find((block) => block.lang === 'js');
  const install = scriptTag.find((block) => block.lang === 'sh');
  check(
    'README Getting started: has the install command, the feed, the page and the Node snippet',
    install?.code.trim() === 'npm install frise' && page && feedBlock && nodeBlock,
    `${scriptTag.length} blocks in the script-tag section`,
  );
  const feedFile =
    /as `([\w.-]+\.json)`/.exec(readme.slice(readme.indexOf('### A page with one script tag')))?.[1] ?? 'my-feed.json';
  let readmeFeed = {events: []};
  try {
    readmeFeed = JSON.parse(feedBlock?.code ?? '');
  } catch {
    /* an empty feed fails the checks below */
  }
  await writeFile(join(start, feedFile), feedBlock?.code ?? '');
  await writeFile(join(start, 'index.html'), page?.code ?? '');
  await writeFile(join(start, 'check-feed.mjs'), nodeBlock?.code ?? '');
  const nodeSnippet = await run(process.execPath, ['check-feed.mjs'], {cwd: start});
  check(
    "README Getting started (Node): the snippet runs and counts the feed's events with no issue",
    nodeSnippet.code === 0 && nodeSnippet.output.trim() === `${readmeFeed.events.length} events`,
    short(nodeSnippet.output.trim(), 1500),
  );

  // ── in Chromium ────────────────────────────────────────────────────────────────────────────────
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  await timed('Chromium checks', async () => {
    const startUrl = await serve(start);
    const started = await visit(browser, startUrl, {
      ready: timelineDrawn(readmeFeed.events.length || -1),
      inspect: inspectPage,
    });
    check(
      `README Getting started (script tag): the page draws the feed's ${readmeFeed.events.length} events`,
      readmeFeed.events.length === 3 && started.report.marks === 3,
      `${started.report.marks} marks; frise-error: ${short(started.friseErrors.join(' | '), 1500)}`,
    );
    check(
      'README Getting started (script tag): no problem reported (frise-error)',
      started.friseErrors.length === 0,
      short(started.friseErrors.join(' | '), 1500),
    );
    checkPage('README Getting started (script tag)', started);

    const seedDrawn = timelineDrawn(seed.events.length);
    const viteBuilt = await visit(browser, await serve(join(vite, 'dist')), {ready: seedDrawn, inspect: inspectPage});
    check(
      "Vite app (vite build): the seed feed is drawn in the timeline (each event in view, or counted beyond the first view's edges)",
      viteBuilt.report.marks > 0 && viteBuilt.report.marks + viteBuilt.report.beyond === seed.events.length,
      `${viteBuilt.report.marks} marks and ${viteBuilt.report.beyond} beyond, of ${seed.events.length} events`,
    );
    checkPage('Vite app (vite build)', viteBuilt);
    await checkLargeFeed('Vite app (vite build)', `${await serve(join(vite, 'dist'))}large.html`);

    const esbuilt = await visit(browser, await serve(esbuild), {ready: seedDrawn, inspect: inspectPage});
    check(
      "esbuild app: the seed feed is drawn in the timeline (each event in view, or counted beyond the first view's edges)",
      esbuilt.report.marks > 0 && esbuilt.report.marks + esbuilt.report.beyond === seed.events.length,
      `${esbuilt.report.marks} marks and ${esbuilt.report.beyond} beyond, of ${seed.events.length} events`,
    );
    check(
      'esbuild app: frise and frise/timeline share one FriseTimeline; frise/model parses in the page',
      esbuilt.report.app?.sameClass === true &&
        esbuilt.report.summary === `${seed.title.en}: ${seed.events.length} events, 0 issues`,
      `${JSON.stringify(esbuilt.report.app)} "${esbuilt.report.summary}"`,
    );
    checkPage('esbuild app', esbuilt);

    const listOnly = await visit(browser, `${await serve(esbuild)}list.html`, {
      ready: `document.querySelector('frise-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length === ${seed.events.length}`,
      inspect: inspectPage,
    });
    check(
      'esbuild app, frise/list only: the list shows every seed event',
      listOnly.report.items === seed.events.length,
      `${listOnly.report.items} items`,
    );
    // the list opens the selected event's card in place: it brings <frise-event-card>, and nothing else
    const others = TAGS.filter(
      (tag) => tag !== 'frise-list' && tag !== 'frise-event-card' && listOnly.report.defined?.[tag],
    );
    check(
      'esbuild app, frise/list only: defines <frise-list> and the card it opens in place, no other element',
      others.length === 0 &&
        listOnly.report.defined?.['frise-event-card'] === true &&
        listOnly.report.app?.sameClass === true,
      others.join(', '),
    );
    checkPage('esbuild app, frise/list only', listOnly, {tags: ['frise-list']});

    // `vite` (dev server), what a Vite user runs first: Lit's development build, dependencies pre-bundled
    const devServer = await timed('vite dev', async () => {
      const port = await freePort();
      const child = spawn(
        join(vite, 'node_modules/.bin/vite'),
        ['--host', '127.0.0.1', '--port', String(port), '--strictPort', '--clearScreen', 'false'],
        {cwd: vite, stdio: ['ignore', 'pipe', 'pipe']},
      );
      children.push(child);
      let output = '';
      const url = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve(''), 30000);
        const read = (chunk) => {
          output += chunk;
          // eslint-disable-next-line no-control-regex
          const found = /Local:\s+(http:\/\/\S+)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
          if (found) {
            clearTimeout(timer);
            resolve(found[1]);
          }
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
      });
      check('Vite app: the vite dev server starts', url !== '', url || short(output));
      if (!url) return output;
      const dev = await visit(browser, url, {ready: seedDrawn, inspect: inspectPage});
      check(
        "Vite app (vite dev): the seed feed is drawn in the timeline (each event in view, or counted beyond the first view's edges)",
        dev.report.marks > 0 && dev.report.marks + dev.report.beyond === seed.events.length,
        `${dev.report.marks} marks and ${dev.report.beyond} beyond, of ${seed.events.length} events`,
      );
      // Lit's development build announces itself once; any other warning (e.g. several Lit copies) fails
      checkPage('Vite app (vite dev)', dev, {
        allowWarning: (text) => /^Lit is in dev mode\. Not recommended for production!/.test(text),
      });
      await checkLargeFeed('Vite app (vite dev)', `${url}large.html`, {
        allowWarning: (text) => /^Lit is in dev mode\. Not recommended for production!/.test(text),
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      child.kill();
      return output;
    });
    checkNoWarning('Vite app: vite dev server output', devServer);
  });
} catch (error) {
  check('the consumer tests ran to the end', false, String(error?.stack ?? error));
} finally {
  await browser?.close();
  for (const server of servers) server.close();
  for (const child of children) if (child.exitCode === null) child.kill();
  if (process.env.FRISE_CONSUMERS_KEEP !== '1') await rm(work, {recursive: true, force: true});
  else console.log(`kept ${work}`);
}

const passed = checks.filter(Boolean).length;
const failed = checks.length - passed;
console.log(`times: ${timings.join(', ')}`);
console.log(`consumers: ${passed} passed, ${failed} failed`);
if (process.env.FRISE_CONSUMER_TOTALS)
  await writeFile(process.env.FRISE_CONSUMER_TOTALS, JSON.stringify({passed, failed}));
process.exit(failed ? 1 : 0);
