// `frise/model` in Node, without a DOM: its source (src/model/index.ts) bundled by esbuild the way a
// Node or Worker consumer would, then imported. It must load with no lit and no element, and parse
// feeds (good and bad) the way the browser does.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = new URL('../../', import.meta.url);
const seed = JSON.parse(await readFile(new URL('data/nk-troops-russia-2024.feed.json', root), 'utf8'));
let model;
let inputs;
let bundleText;

before(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'frise-model-'));
  const outfile = join(dir, 'model.mjs');
  const result = await build({
    entryPoints: [new URL('src/model/index.ts', root).pathname],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    metafile: true,
    logLevel: 'silent',
  });
  assert.deepEqual(result.warnings, [], 'esbuild warns while bundling src/model/index.ts');
  inputs = Object.keys(result.metafile.inputs);
  bundleText = await readFile(outfile, 'utf8');
  model = await import(pathToFileURL(outfile).href);
  await rm(dir, {recursive: true, force: true});
});

test('the model bundle pulls in no lit, no element and no DOM-bound d3 module', () => {
  const offending = inputs.filter((path) =>
    /node_modules\/(?:lit|lit-html|lit-element|@lit|d3-selection|d3-zoom|d3-brush)\/|src\/(?:components|controllers|events|entries)\//.test(
      path,
    ),
  );
  assert.deepEqual(offending, []);
  assert.ok(
    inputs.some((path) => path.endsWith('src/model/parse.ts')),
    `parse.ts is bundled (inputs: ${inputs.join(', ')})`,
  );
  assert.doesNotMatch(bundleText, /customElements|litElementVersions|reactiveElementVersions/);
});

test('importing it defines nothing and loads no lit', () => {
  assert.equal(globalThis.customElements, undefined);
  assert.equal(globalThis.litElementVersions, undefined);
  assert.equal(globalThis.reactiveElementVersions, undefined);
  assert.equal(globalThis.litHtmlVersions, undefined);
});

test('it exports the model API and nothing element-shaped', () => {
  for (const name of [
    'parseFeed',
    'resolveDateSpec',
    'resolveEventInterval',
    'parseIsoDate',
    'pickText',
    'safeUrl',
    'checkUrl',
    'normalizeFilter',
    'isShown',
  ]) {
    assert.equal(typeof model[name], 'function', name);
  }
  assert.ok(model.KINDS.includes('report'));
  assert.ok(model.STATUSES.includes('denied'));
  assert.ok(model.RELATION_TYPES.includes('denies'));
  assert.deepEqual(
    Object.keys(model).filter((name) => /^Frise[A-Z]/.test(name)),
    [],
  );
});

test('parseFeed parses the seed feed in Node with no issue', () => {
  const {feed, issues} = model.parseFeed(seed);
  assert.deepEqual(issues, []);
  assert.equal(feed.events.length, seed.events.length);
  const first = feed.events.find((event) => event.id === seed.events[0].id);
  assert.ok(first, 'the first seed event is kept');
  assert.ok(
    Number.isFinite(first.start.start) && first.start.end > first.start.start,
    'its start resolves to an interval',
  );
  assert.equal(model.pickText(feed.title, 'en'), seed.title.en);
});

test('parseFeed returns the issues of a broken feed and keeps its valid events', () => {
  const broken = structuredClone(seed);
  broken.events[1].start = '2024-02-30';
  broken.events[2].sources = [...(broken.events[2].sources ?? []), 'no-such-source'];
  const {feed, issues} = model.parseFeed(broken);
  const calendar = issues.find((issue) => issue.path === '/events/1/start');
  assert.ok(calendar, `an issue at /events/1/start (got ${JSON.stringify(issues.map((issue) => issue.path))})`);
  assert.equal(calendar.severity, 'error');
  assert.match(calendar.message, new RegExp(broken.events[1].id));
  assert.ok(
    issues.some((issue) => issue.path.startsWith('/events/2/sources')),
    'the dangling source reference is reported',
  );
  assert.equal(feed.events.length, seed.events.length - 1, 'only the event with the impossible date is left out');
  assert.equal(
    model.parseFeed('not json at all {').issues.length > 0,
    true,
    'text that is not a feed is an issue, not a throw',
  );
});

test('the date helpers resolve ISO dates at their precision', () => {
  const day = model.parseIsoDate('2024-10-18');
  assert.equal(day.ok, true);
  assert.equal(day.precision, 'day');
  assert.equal(day.end - day.start, 86_400_000);
  assert.equal(model.parseIsoDate('2024-02-30').ok, false);
  assert.equal(model.safeUrl('javascript:alert(1)'), undefined);
  assert.equal(model.safeUrl('https://example.org/a'), 'https://example.org/a');
});
