// toJSONLD in Node, without a DOM: `frise/model` bundled from its source the way a Node or Worker
// consumer gets it (a server can write a page's JSON-LD with no browser), on the seed feed.
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

before(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'frise-json-ld-'));
  const outfile = join(dir, 'model.mjs');
  await build({
    entryPoints: [new URL('src/model/index.ts', root).pathname],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
  });
  model = await import(pathToFileURL(outfile).href);
  await rm(dir, {recursive: true, force: true});
});

test('toJSONLD lists every seed event once and reviews none without a reviewer', () => {
  const {feed} = model.parseFeed(seed);
  const ld = model.toJSONLD(feed, {language: 'en'});
  assert.equal(ld['@context'], 'https://schema.org');
  const [list, ...rest] = ld['@graph'];
  assert.equal(list['@type'], 'ItemList');
  assert.deepEqual(rest, []);
  const ids = list.itemListElement.map((element) => element.item['@id']);
  assert.equal(ids.length, 34);
  assert.equal(new Set(ids).size, 34);
  assert.deepEqual(
    list.itemListElement.map((element) => element.position),
    ids.map((_, i) => i + 1),
  );
});

test('with a reviewer among the actors, rated events get a ClaimReview on the 1–5 scale', () => {
  const reviewed = structuredClone(seed);
  reviewed.actors.push({id: 'fact-checker', name: 'AFP Factuel', type: 'media'});
  reviewed.reviewer = 'fact-checker';
  const {feed, issues} = model.parseFeed(reviewed);
  assert.deepEqual(issues, []);
  const reviews = model.toJSONLD(feed)['@graph'].filter((node) => node['@type'] === 'ClaimReview');
  assert.ok(reviews.length > 0);
  for (const review of reviews) {
    assert.equal(review.author.name, 'AFP Factuel');
    assert.ok([1, 3, 5].includes(review.reviewRating.ratingValue));
    assert.equal(review.reviewRating.bestRating, 5);
    assert.equal(review.reviewRating.worstRating, 1);
  }
});

test('toJSONLDScript has no <, > or & left and reads back as the same JSON', () => {
  const {feed} = model.parseFeed({
    events: [{title: '</script><script>alert(1)</script> & <!--', start: '2024-10-22'}],
  });
  const script = model.toJSONLDScript(feed);
  assert.doesNotMatch(script, /[<>&]/);
  assert.deepEqual(JSON.parse(script), model.toJSONLD(feed));
});
