// frise/import's vis-timeline importer, on test/import/vis-items.json (groups with nested groups,
// background items, boxes, points and ranges, dates as ISO strings and milliseconds).
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {fixture, loadImport} from '../import/build.mjs';

let importVisTimeline;
let source;
let result;

before(async () => {
  ({importVisTimeline} = (await loadImport()).module);
  source = JSON.parse(await fixture('vis-items.json'));
  result = importVisTimeline(source);
});

const byId = (list, id) => list.find((record) => record.id === id);

test('every item is kept but the one whose date cannot be read: 12 items, 2 periods and 9 events', () => {
  assert.equal(source.items.length, 12);
  assert.equal(result.json.periods.length, 2);
  assert.equal(result.json.events.length, 9);
  assert.equal(result.feed.events.length, 9);
  assert.equal(result.feed.periods.length, 2);
  assert.deepEqual(
    result.json.events.map((event) => event.id),
    ['1', '2', '3', '4', 'five', '7', 'weird-id', '9', undefined],
  );
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  assert.deepEqual(
    errors.map((issue) => [issue.record, issue.path, issue.code]),
    [['/items/7', '/items/7/start', 'date-syntax']],
  );
  assert.match(errors[0].message, /item "6" \(\/items\/7\), start: "15 March 2024" is not a date/);
});

test('background items become periods, named by their content, coloured by their style', () => {
  assert.deepEqual(result.json.periods, [
    {id: 'bg-strike', title: 'The strike', start: '2024-03-04', end: '2024-03-26', color: '#fde68a'},
    {id: 'bg-talks', title: '2024-03-27 – 2024-04-03', start: '2024-03-27', end: '2024-04-03'},
  ]);
  assert.ok(result.issues.some((issue) => issue.code === 'title-derived' && issue.path === '/items/1/content'));
  assert.ok(result.issues.some((issue) => issue.code === 'not-imported' && issue.path === '/items/1/group'));
});

test('groups become actors: content their name, title their description, style their colour, nesting memberOf', () => {
  assert.deepEqual(result.json.actors, [
    {id: 'authorities', name: 'Authorities', type: 'other'},
    {
      id: 'port-authority',
      name: 'Port authority',
      type: 'other',
      description: 'The public body that runs the harbour',
      color: '#1d4ed8',
      memberOf: 'authorities',
    },
    {id: 'ministry-of-transport', name: 'Ministry of Transport', type: 'other', memberOf: 'authorities'},
    {id: 'dockers-union', name: "Dockers' union", type: 'other', color: '#b91c1c'},
  ]);
  const lane = (id) => result.feed.eventById.get(id).actors[0];
  assert.equal(lane('1'), 'dockers-union', 'a numeric group id is found');
  assert.equal(lane('2'), 'port-authority');
  assert.equal(lane('4'), 'ministry-of-transport');
  assert.equal(lane('weird-id'), undefined, 'an unknown group is a warning, and no lane');
  assert.ok(result.issues.some((issue) => issue.code === 'unknown-reference' && issue.path === '/items/9/group'));
});

test('items: content the title (plain text), title the summary, dates at their precision, className tags', () => {
  const events = result.json.events;
  assert.deepEqual(byId(events, '1'), {
    id: '1',
    title: 'Union files a strike notice',
    start: '2024-02-19',
    actors: ['dockers-union'],
    tags: ['labour', 'important'],
  });
  assert.deepEqual(byId(events, '2'), {
    id: '2',
    title: 'Authority calls the notice premature',
    summary: 'Statement read outside the harbour office. Full text',
    start: '2024-02-21T09:30:00+01:00',
    actors: ['port-authority'],
    sources: ['port-example-net'],
  });
  assert.deepEqual(byId(events, '3').end, '2024-03-26T18:30:00Z');
  assert.equal(byId(events, '4').title, 'Mediation offered', 'the script and the image handler are gone');
  assert.equal(byId(events, '4').start, '2024-03-07T00:00Z', 'milliseconds since 1970 are an instant in UTC');
  assert.equal(byId(events, '7').start, '2024-03-26T23:59:30.250Z');
  assert.equal(byId(events, '7').end, undefined, 'a point has no end, as vis-timeline draws it');
  assert.equal(byId(events, '9').start, '2024-04');
  assert.equal(byId(events, 'five').title, 'Ships queue off the coast', 'no content: the tooltip names it');
  const last = events.at(-1);
  assert.deepEqual(last, {title: 'A strike in 1904', start: '1904-05-01', end: '1904-05-20'});
  assert.ok(!JSON.stringify(result.json).includes('alert'));
});

test('a bare list of items, Date objects from a page, and a list of groups that is missing', () => {
  const {json, issues} = importVisTimeline([
    {id: 'a', content: 'From a page', start: new Date(Date.UTC(2024, 5, 19, 13, 45)), group: 'g1'},
    {id: 'b', content: 'Same group', start: '2024-06-20', group: 'g1'},
    {id: 'c', content: 'Invalid date', start: new Date(Number.NaN)},
  ]);
  assert.deepEqual(
    json.events.map((event) => [event.id, event.start, event.actors]),
    [
      ['a', '2024-06-19T13:45Z', ['g1']],
      ['b', '2024-06-20', ['g1']],
    ],
  );
  assert.deepEqual(json.actors, [{id: 'g1', name: 'g1', type: 'other'}]);
  assert.equal(issues.find((issue) => issue.severity === 'error').path, '/2/start');
});

test('input that is not vis-timeline data says what it is', () => {
  assert.match(importVisTimeline({events: []}).issues[0].message, /timelinejs importer/);
  assert.equal(importVisTimeline('not json').issues[0].code, 'json-syntax');
  assert.equal(importVisTimeline(42).feed, null);
  const offset = importVisTimeline([{content: 'Local time', start: '2024-06-19 13:45'}], {utcOffset: '+0200'});
  assert.equal(offset.json.events[0].start, '2024-06-19T13:45+02:00');
});
