// The "Writing a feed" page's field tables (stories/docs/schema-table.ts) against the schema they are
// generated from and the seed feed they quote: a field added to the schema, or used by the seed, that
// the page would not show fails here.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(await readFile(new URL('data/frise-feed.schema.json', root), 'utf8'));
const seed = JSON.parse(await readFile(new URL('data/nk-troops-russia-2024.feed.json', root), 'utf8'));

const dir = await mkdtemp(join(tmpdir(), 'frise-schema-docs-'));
await build({
  entryPoints: [new URL('stories/docs/schema-table.ts', root).pathname],
  outfile: join(dir, 'schema-table.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
});
const {feedSections, valueTypes} = await import(pathToFileURL(join(dir, 'schema-table.mjs')).href);
await rm(dir, {recursive: true, force: true});

/** Every node of the schema that has `properties`, found by walking every keyword (not only the ones the generator follows). */
function recordNodes(node, found = new Set()) {
  if (!node || typeof node !== 'object') return found;
  if (Array.isArray(node)) {
    node.forEach((item) => recordNodes(item, found));
    return found;
  }
  if (node.properties && typeof node.properties === 'object') found.add(node);
  for (const [key, value] of Object.entries(node)) {
    // the names under `properties` are field names, not schemas; their values are schemas
    if (key === 'properties') Object.values(value).forEach((property) => recordNodes(property, found));
    else recordNodes(value, found);
  }
  return found;
}

const sections = feedSections(schema, seed, {first: ['feed', 'event']});
const fieldNames = (section) => section.fields.map((field) => field.name);

test('every record of the schema has a section listing exactly its properties, in schema order', () => {
  const records = [...recordNodes(schema)];
  assert.equal(sections.length, records.length, `${records.length} records in the schema, ${sections.length} sections`);
  for (const record of records) {
    const expected = Object.keys(record.properties);
    const matching = sections.filter((section) => JSON.stringify(fieldNames(section)) === JSON.stringify(expected));
    assert.ok(matching.length >= 1, `no section lists ${expected.join(', ')}`);
  }
  assert.deepEqual(fieldNames(sections[0]), Object.keys(schema.properties));
  assert.deepEqual(fieldNames(sections[1]), Object.keys(schema.$defs.event.properties));
});

test('required fields are the ones the schema requires', () => {
  const check = (section, node) => {
    for (const field of section.fields) {
      assert.equal(field.required, (node.required ?? []).includes(field.name), `${section.id}.${field.name}`);
    }
  };
  check(
    sections.find((section) => section.id === 'feed'),
    schema,
  );
  for (const [name, node] of Object.entries(schema.$defs)) {
    if (node.properties)
      check(
        sections.find((section) => section.id === name),
        node,
      );
  }
});

test('defaults, enumerations and descriptions come from the schema', () => {
  for (const section of sections) {
    const node = section.id === 'feed' ? schema : schema.$defs[section.id];
    if (!node) continue;
    for (const field of section.fields) {
      const property = node.properties[field.name];
      const target = property.$ref ? schema.$defs[property.$ref.replace('#/$defs/', '')] : property;
      const defaultValue = property.default ?? target?.default;
      assert.equal(
        field.default,
        defaultValue === undefined ? undefined : JSON.stringify(defaultValue),
        `${section.id}.${field.name} default`,
      );
      // a field says what it is; else the record or enumeration it holds does (general value types have their own table)
      const own = property.description ?? (target?.properties || target?.enum ? target.description : undefined);
      assert.equal(field.description, own, `${section.id}.${field.name} description`);
      if (target?.enum) assert.deepEqual(field.values, target.enum.map(String), `${section.id}.${field.name} values`);
    }
  }
});

test('every field the seed feed uses is in the section of its record, marked as used with an example', () => {
  const byId = new Map(sections.map((section) => [section.id, section]));
  const expectUsed = (sectionId, object, where) => {
    const section = byId.get(sectionId);
    assert.ok(section, `no section ${sectionId}`);
    for (const key of Object.keys(object)) {
      const field = section.fields.find((candidate) => candidate.name === key);
      assert.ok(field, `${where}: "${key}" is not in the ${sectionId} table`);
      assert.ok(field.usedByExample, `${where}: "${key}" is not marked as used by the seed`);
      assert.ok(field.example, `${where}: "${key}" has no example`);
    }
  };
  expectUsed('feed', seed, 'the feed');
  seed.actors.forEach((actor, i) => expectUsed('actor', actor, `/actors/${i}`));
  seed.sources.forEach((source, i) => expectUsed('source', source, `/sources/${i}`));
  seed.events.forEach((event, i) => {
    const at = `/events/${i}`;
    expectUsed('event', event, at);
    for (const date of [event.start, event.end])
      if (date && typeof date === 'object') expectUsed('dateObject', date, `${at} date`);
    if (event.attribution) expectUsed('attribution', event.attribution, `${at}/attribution`);
    if (event.location) expectUsed('location', event.location, `${at}/location`);
    if (event.location?.coordinates)
      expectUsed('location.coordinates', event.location.coordinates, `${at}/location/coordinates`);
    if (event.media) expectUsed('media', event.media, `${at}/media`);
    (event.quotes ?? []).forEach((quote, j) => expectUsed('quote', quote, `${at}/quotes/${j}`));
    (event.relations ?? []).forEach((relation, j) => expectUsed('relation', relation, `${at}/relations/${j}`));
    (event.statusUpdates ?? []).forEach((update, j) => {
      expectUsed('statusUpdate', update, `${at}/statusUpdates/${j}`);
      if (typeof update.date === 'object') expectUsed('dateObject', update.date, `${at}/statusUpdates/${j}/date`);
    });
  });
  // and nothing is marked as used that the seed does not use
  const media = byId.get('media');
  assert.equal(
    seed.events.some((event) => event.media),
    media.fields.some((field) => field.usedByExample),
  );
});

test('every named value type a field refers to is listed, and every link points to a listed anchor', () => {
  const types = valueTypes(schema);
  const anchors = new Set([...sections.map((section) => section.id), ...types.map((type) => type.id)]);
  for (const [name, node] of Object.entries(schema.$defs)) {
    if (!node.properties)
      assert.ok(
        types.some((type) => type.id === name),
        `value type ${name} is not listed`,
      );
  }
  const links = [
    ...sections.flatMap((section) => section.fields.flatMap((field) => field.type)),
    ...types.flatMap((type) => type.type),
  ].filter((part) => typeof part === 'object');
  assert.ok(links.length > 20);
  for (const link of links) assert.ok(anchors.has(link.section), `link to #${link.section} goes nowhere`);
});

test('a schema with defaults, property descriptions and unknown keywords is read without throwing', () => {
  const small = {
    description: 'A small feed.',
    required: ['events'],
    properties: {
      version: {const: 1, default: 1, description: 'Format version.'},
      events: {type: 'array', items: {$ref: '#/$defs/event'}},
      broken: {$ref: '#/$defs/missing'},
    },
    $defs: {
      event: {
        required: ['title'],
        oneOf: [{required: ['start']}, {required: ['date']}],
        properties: {
          title: {type: 'string'},
          kind: {$ref: '#/$defs/kind', description: 'What happened.'},
          importance: {type: 'integer', minimum: 1, maximum: 5, default: 3, 'x-unknown': true},
        },
      },
      kind: {enum: ['report', 'denial'], default: 'report', description: 'The kind.'},
    },
  };
  const [feed, event] = feedSections(small, {version: 1, events: [{title: 'A', kind: 'report'}]});
  assert.equal(feed.description, 'A small feed.');
  assert.deepEqual(
    feed.fields.map((field) => [field.name, field.required, field.default]),
    [
      ['version', false, '1'],
      ['events', true, undefined],
      ['broken', false, undefined],
    ],
  );
  assert.deepEqual(event.rules, ['Exactly one of `start`, `date` is required.']);
  const kind = event.fields.find((field) => field.name === 'kind');
  assert.equal(kind.default, '"report"');
  assert.equal(kind.description, 'What happened.');
  assert.deepEqual(kind.values, ['report', 'denial']);
  assert.equal(kind.example, '"report"');
  assert.equal(event.fields.find((field) => field.name === 'importance').default, '3');
  assert.equal(event.fields.find((field) => field.name === 'importance').usedByExample, false);
});
