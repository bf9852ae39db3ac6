// Every importer of frise/import, fed what a careless export or a hostile page can hand it: none
// throws, none lets a prototype key through, and each keeps the good records next to the bad ones.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {loadImport} from '../import/build.mjs';

let lib;
let importers;

before(async () => {
  lib = (await loadImport()).module;
  importers = {
    timelinejs: lib.importTimelineJs,
    'timelinejs-csv': lib.importTimelineJsCsv,
    csv: lib.importCsv,
    vis: lib.importVisTimeline,
  };
});

/** Runs an importer and checks the result's shape: issues always, feed and json null together. */
function run(name, input, options) {
  let result;
  assert.doesNotThrow(() => {
    result = importers[name](input, options);
  }, `${name} threw`);
  assert.ok(Array.isArray(result.issues), `${name}: issues is a list`);
  for (const issue of result.issues) {
    assert.equal(typeof issue.path, 'string');
    assert.equal(typeof issue.code, 'string');
    assert.equal(typeof issue.message, 'string');
    assert.ok(issue.severity === 'error' || issue.severity === 'warning');
    assert.ok(issue.origin === 'input' || issue.origin === 'feed');
  }
  assert.equal(result.feed === null, result.json === null, `${name}: feed and json are null together`);
  return result;
}

test('null, numbers, booleans, lists, functions and symbols are issues, not exceptions', () => {
  const inputs = [undefined, null, 0, -1, Number.NaN, Infinity, true, [], [null], {}, () => 1, Symbol('x'), 10n];
  for (const name of Object.keys(importers)) {
    for (const input of inputs) {
      const {feed, issues} = run(name, input);
      if (feed === null)
        assert.ok(
          issues.some((issue) => issue.severity === 'error'),
          `${name}(${String(input)})`,
        );
    }
  }
});

test('prototype keys stay data: nothing is polluted, and the records around them are kept', () => {
  const hostile = JSON.parse(
    '{"__proto__": {"polluted": "yes", "events": []}, "constructor": {"prototype": {"polluted": "yes"}},' +
      '"events": [{"__proto__": {"polluted": "yes"}, "start_date": {"year": 2024, "__proto__": {"month": 5}},' +
      '"text": {"headline": "Kept", "__proto__": {"text": "<script>x</script>"}}}]}',
  );
  const {json} = run('timelinejs', hostile);
  assert.equal({}.polluted, undefined);
  assert.equal(Object.prototype.polluted, undefined);
  assert.deepEqual(json.events, [{title: 'Kept', start: '2024'}]);

  const vis = run(
    'vis',
    JSON.parse(
      '{"items": [{"id": "__proto__", "content": "Proto id", "start": "2024"}, {"id": "constructor", "content": "c", "start": "2025", "group": "__proto__"}], "groups": [{"id": "__proto__", "content": "Proto group"}]}',
    ),
  );
  assert.equal({}.polluted, undefined);
  assert.deepEqual(
    vis.json.events.map((event) => event.id),
    ['proto__', 'constructor'],
  );
  assert.deepEqual(vis.json.actors, [{id: 'proto-group', name: 'Proto group', type: 'other'}]);
  assert.equal(vis.feed.events.length, 2);

  const csv = run('csv', 'title,start,__proto__,constructor,toString\nA,2024,x,y,z\n');
  assert.equal(csv.feed.events.length, 1);
  assert.equal(csv.issues.filter((issue) => issue.code === 'unknown-column').length, 3);
  const sheet = run('timelinejs-csv', 'Year,Headline,__proto__,hasOwnProperty\n2024,A,x,y\n');
  assert.equal(sheet.feed.events.length, 1);
});

test('objects that fight back: throwing getters, proxies, cycles, deep nesting', () => {
  const throwing = {
    events: [
      {start_date: {year: 2024}, text: {headline: 'Fine'}},
      {
        get start_date() {
          throw new Error('boom');
        },
      },
    ],
  };
  const one = run('timelinejs', throwing);
  assert.equal(one.feed, null);
  assert.equal(one.issues[0].code, 'unreadable');
  assert.match(one.issues[0].message, /boom/);

  const proxy = new Proxy(
    {},
    {
      ownKeys() {
        throw new Error('trap');
      },
    },
  );
  assert.equal(run('vis', proxy).issues[0].code, 'unreadable');

  const cyclic = {events: [{start_date: {year: 2024}, text: {headline: 'Cycle'}}]};
  cyclic.events[0].self = cyclic;
  cyclic.events.push(cyclic.events);
  const cycle = run('timelinejs', cyclic);
  assert.deepEqual(
    cycle.json.events.map((event) => event.title),
    ['Cycle'],
  );

  let deep = {start_date: {year: 2024}, text: {headline: 'Deep'}};
  for (let i = 0; i < 10_000; i++) deep = {x: deep};
  run('timelinejs', {events: [deep, {start_date: {year: 2024}, text: {headline: 'Shallow'}}]});
  run('vis', JSON.stringify({items: [{content: '['.repeat(5000), start: '2024'}]}));
});

test('huge strings and many records stay bounded: texts are shortened to what a feed holds', () => {
  const long = 'x'.repeat(200_000);
  const result = run('timelinejs', {
    events: [{start_date: {year: 2024}, text: {headline: long, text: `<p>${long}</p>`}}],
  });
  assert.equal(result.feed.events.length, 1);
  assert.ok(result.json.events[0].title.length <= 10_000);
  assert.ok(result.json.events[0].summary.length <= 10_000);
  assert.equal(result.issues.filter((issue) => issue.code === 'text-shortened').length, 2);

  const rows = Array.from({length: 20_000}, (_, i) => `Event ${i},2024-06-${String((i % 28) + 1).padStart(2, '0')}`);
  const start = performance.now();
  const many = run('csv', `title,start\n${rows.join('\n')}\n`);
  assert.equal(many.feed.events.length, 20_000);
  assert.ok(performance.now() - start < 10_000, 'twenty thousand rows in seconds, not minutes');

  const hugeCell = run('csv', `title,start\n"${'a'.repeat(1_000_000)}",2024\n`);
  assert.equal(hugeCell.feed.events.length, 1);
});

test('long runs of one character (spaces in <pre>, dots after a URL, spaces in a Time cell) stay linear', () => {
  const n = 400_000;
  const inputs = [
    [
      'timelinejs',
      {events: [{start_date: {year: 2024}, text: {headline: 'Pre', text: `<pre>a${' \t'.repeat(n)}b</pre>`}}]},
    ],
    [
      'timelinejs',
      {events: [{start_date: {year: 2024}, text: {headline: 'Dots', text: `see http://a.example/${'.'.repeat(n)}x`}}]},
    ],
    [
      'timelinejs',
      {events: [{start_date: {year: 2024}, text: {headline: `Title${' '.repeat(n)}\n${' '.repeat(n)}end`}}]},
    ],
    ['timelinejs-csv', `Year,Time,Headline\n2024,"1${' '.repeat(n)}2",x\n`],
    ['csv', `title,start\nA,"2024-06-19${' '.repeat(n)}x"\n`],
    ['vis', [{content: `a${'-'.repeat(n)}b`, start: '2024', id: `${'-'.repeat(n)}x`}]],
  ];
  for (const [name, input] of inputs) {
    const start = performance.now();
    run(name, input);
    const elapsed = performance.now() - start;
    assert.ok(elapsed < 3000, `${name}: ${elapsed.toFixed(0)} ms`);
  }
});

test('any JSON value given to the JSON importers: no exception, and every issue well formed', () => {
  const date = fc.record(
    {year: fc.oneof(fc.integer(), fc.string(), fc.constant(null)), month: fc.anything()},
    {requiredKeys: []},
  );
  const slide = fc.record(
    {
      start_date: fc.oneof(date, fc.anything()),
      end_date: fc.oneof(date, fc.anything()),
      text: fc.record({headline: fc.oneof(fc.string(), fc.anything()), text: fc.string()}, {requiredKeys: []}),
      media: fc.record(
        {url: fc.oneof(fc.webUrl(), fc.string()), credit: fc.string(), caption: fc.string()},
        {requiredKeys: []},
      ),
      group: fc.anything(),
      unique_id: fc.anything(),
      display_date: fc.anything(),
    },
    {requiredKeys: []},
  );
  const item = fc.record(
    {
      id: fc.oneof(fc.string(), fc.integer(), fc.anything()),
      content: fc.oneof(fc.string(), fc.anything()),
      start: fc.oneof(
        fc.integer(),
        fc.date({noInvalidDate: false}).map((d) => d.getTime()),
        fc.string(),
        fc.anything(),
      ),
      end: fc.anything(),
      type: fc.constantFrom('box', 'point', 'range', 'background', 'other', undefined),
      group: fc.anything(),
      style: fc.string(),
      className: fc.anything(),
    },
    {requiredKeys: []},
  );
  fc.assert(
    fc.property(
      fc.oneof(
        fc.anything(),
        fc.record(
          {events: fc.array(slide), eras: fc.anything(), title: fc.anything(), scale: fc.anything()},
          {requiredKeys: []},
        ),
      ),
      (input) => {
        run('timelinejs', input);
      },
    ),
    {seed: 20240619, numRuns: 300},
  );
  fc.assert(
    fc.property(
      fc.oneof(
        fc.anything(),
        fc.array(item),
        fc.record({items: fc.array(item), groups: fc.anything()}, {requiredKeys: []}),
      ),
      (input) => {
        run('vis', input);
      },
    ),
    {seed: 20240619, numRuns: 300},
  );
});

test('any text given to the CSV importers: no exception; rows that read are kept', () => {
  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom('"', '""', '\r\n', ',', ';', '2024', '13:45', '<b>x</b>', 'javascript:alert(1)'),
  );
  fc.assert(
    fc.property(fc.array(fc.array(cell, {maxLength: 8}), {maxLength: 12}), fc.string(), (rows, noise) => {
      const body = rows.map((row) => row.join(',')).join('\n');
      run('csv', `title,start,end,kind,source_url\n${body}`);
      run('timelinejs-csv', `Year,Month,Day,Time,Headline,Text,Media,Type,Group\n${body}`);
      run('csv', noise);
      run('timelinejs-csv', noise);
    }),
    {seed: 20240619, numRuns: 300},
  );
  // a good row among bad ones is kept
  const mixed = run('csv', 'title,start\n"broken, 2024\nGood,2024-06-19\n');
  assert.ok(mixed.issues.some((issue) => issue.code === 'csv-syntax'));
});

test('bad options are issues, and the import goes on', () => {
  const result = run('csv', 'title,start\nA,2024-06-19T10:00\n', {
    language: 'not a tag!',
    utcOffset: 99,
    defaultCredit: '',
  });
  assert.deepEqual(
    result.issues.filter((issue) => issue.origin === 'input').map((issue) => issue.code),
    ['invalid-language', 'invalid-value', 'invalid-value'],
  );
  assert.equal(result.feed.events.length, 1);
  assert.equal(lib.importFeed('xml', '<x/>').issues[0].code, 'invalid-argument');
  assert.equal(lib.importFeed('csv', 'title,start\nA,2024\n', {language: 'fr'}).json.language, 'fr');
});
