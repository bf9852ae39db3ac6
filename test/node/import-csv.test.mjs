// frise/import's own CSV format (README, "A spreadsheet (CSV)"), on test/import/newsroom.csv.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {fixture, loadImport, root} from '../import/build.mjs';

let importCsv;
let CSV_COLUMNS;
let result;

before(async () => {
  ({importCsv, CSV_COLUMNS} = (await loadImport()).module);
  result = importCsv(await fixture('newsroom.csv'));
});

const byId = (list, id) => list.find((record) => record.id === id);
const byTitle = (json, title) => json.events.find((event) => event.title === title);

test('every row that can be read is kept: 9 events and 2 periods; the 2 rows that cannot are named', () => {
  assert.equal(result.json.events.length, 9);
  assert.equal(result.feed.events.length, 9);
  assert.equal(result.feed.periods.length, 2);
  assert.deepEqual(
    result.feed.events
      .map((event) => event.record.id)
      .filter(Boolean)
      .sort(),
    ['authority-reply', 'strike', 'union-notice'],
  );
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  assert.deepEqual(
    errors.map((issue) => [issue.record, issue.path, issue.code]),
    [
      ['row 8', '/rows/8/source_url', 'unsafe-url'],
      ['row 10', '/rows/10/start', 'date-syntax'],
      ['row 11', '/rows/11/title', 'missing-property'],
    ],
  );
  assert.ok(byTitle(result.json, 'Ministry offers mediation'), 'the unsafe link costs its row nothing else');
  assert.equal(result.json.title, 'The Marenne port strike');
  assert.equal(result.json.description, 'How a dispute over night shifts closed the port for 23 days.');
});

test('each column lands in its field', () => {
  const notice = byId(result.json.events, 'union-notice');
  assert.deepEqual(notice, {
    id: 'union-notice',
    title: "Dockers' union files a strike notice",
    summary: 'The notice cites the new "night-shift" rota.',
    start: '2024-02-19',
    kind: 'statement',
    status: 'confirmed',
    actors: ['dockers-union'],
    location: {name: 'Marenne', coordinates: {lat: 43.2961, lon: 5.3699}},
    sources: ['wire-example'],
    tags: ['labour', 'port'],
    importance: 4,
    media: {
      type: 'image',
      url: 'https://images.example.org/marenne/notice.png',
      alt: 'A typed notice pinned to a board',
      caption: 'The notice at gate 3',
      credit: 'Union handout',
    },
  });
  assert.deepEqual(byId(result.json.sources, 'wire-example'), {
    id: 'wire-example',
    publisher: 'Wire Example',
    url: 'https://www.wire.example.com/2024/02/19/marenne-notice',
    title: 'Union files notice',
  });
  const reply = byId(result.json.events, 'authority-reply');
  assert.deepEqual(reply.start, {date: '2024-02-21T09:30', wording: '21 February in the morning'});
  assert.deepEqual(reply.actors, ['port-authority', 'ministry-of-transport']);
  assert.deepEqual(reply.attribution, {label: 'according to the port authority'});
  assert.deepEqual(reply.relations, [{type: 'responds-to', target: 'union-notice'}]);
  assert.deepEqual(
    reply.sources.map((id) => byId(result.json.sources, id).publisher),
    ['port.example.net', 'YouTube'],
  );
  assert.equal(byId(result.json.events, 'strike').notes, "The union's figure; the authority said 80% of gates.");
  assert.equal(byTitle(result.json, 'Shippers publish a losses estimate').start, '2024-W11');
  assert.deepEqual(byTitle(result.json, 'Background: Greek traders found a harbour').start, {
    date: '-0599',
    wording: 'c. 600 BCE',
  });
  assert.equal(
    byTitle(result.json, 'Members approve the agreement').summary,
    'Approved with 71% of the vote.\nTurnout was 64%.',
  );
  // relations are checked by parseFeed against the events it keeps
  const parsed = result.feed.events.find((event) => event.id === 'authority-reply');
  assert.deepEqual(parsed.relations, [{type: 'responds-to', target: 'union-notice'}]);
});

test('period and title rows', () => {
  assert.deepEqual(result.json.periods, [
    {
      id: 'strike',
      title: 'The strike',
      start: '2024-03-04',
      end: '2024-03-26',
      description: 'Container terminals closed.',
      color: '#0b3954',
    },
    {id: 'mediation-and-vote', title: 'Mediation and vote', start: '2024-03-27', end: '2024-04'},
  ]);
  assert.ok(result.issues.some((issue) => issue.code === 'invalid-color' && issue.path === '/rows/4/color'));
});

test('cells it cannot read are dropped with a warning naming row and column; the row is kept', () => {
  const warning = (path) => result.issues.find((issue) => issue.path === path && issue.severity === 'warning');
  assert.match(warning('/rows/8/importance').message, /"9" is not a whole number from 1 to 5/);
  assert.equal(byTitle(result.json, 'Ministry offers mediation').importance, undefined);
  assert.match(warning('/rows/9/relations').message, /"flatters:strike"/);
  assert.deepEqual(byTitle(result.json, 'Shippers publish a losses estimate').relations, [
    {type: 'contradicts', target: 'strike'},
  ]);
  assert.match(warning('/rows/1/desk_comment').message, /"desk_comment" is not a column/);
  assert.equal(warning('/rows/12/image_url').code, 'image-without-credit');
});

test('ids that break the id rule are changed, and relations follow them', () => {
  const {json, issues} = importCsv(
    'id,title,start,relations\nPact signed!,Pact signed,2024-06-19,\nreply,Reply,2024-06-20,responds-to:Pact signed!\nreply,Again,2024-06-21,\n',
  );
  assert.deepEqual(
    json.events.map((event) => [event.id, event.relations]),
    [
      ['Pact-signed', undefined],
      ['reply', [{type: 'responds-to', target: 'Pact-signed'}]],
      ['reply-2', undefined],
    ],
  );
  assert.deepEqual(
    issues.filter((issue) => issue.code === 'invalid-id').map((issue) => issue.path),
    ['/rows/2/id', '/rows/4/id'],
  );
});

test('the header needs title and start; kind and status take only the feed values', () => {
  const missing = importCsv('name,date\nPact,2024\n');
  assert.match(missing.issues.find((issue) => issue.code === 'missing-column').message, /"title" and "start"/);
  const values = importCsv('Title,Start,Kind,Status\nA,2024,Report,CONFIRMED\nB,2024,rumour,maybe\n');
  assert.deepEqual(
    values.json.events.map((event) => [event.kind, event.status]),
    [
      ['report', 'confirmed'],
      [undefined, undefined],
    ],
  );
  assert.equal(values.issues.filter((issue) => issue.code === 'invalid-value').length, 2);
  assert.equal(values.feed.events.length, 2);
});

test('every documented column is in the README table, and every column in the table is read', async () => {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### A spreadsheet (CSV)'));
  assert.ok(section.length > 100, 'the README has the section');
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| column')));
  const documented = table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1].matchAll(/`([a-z_]+)`/g)].map((match) => match[1]));
  assert.deepEqual([...documented].sort(), [...CSV_COLUMNS].sort());
});

test('source_url: several URLs, an e-mail address named by itself, a known service by its name', () => {
  const {json, feed, issues} = importCsv(
    'title,start,source_url,source_publisher\nA,2024,https://ex.org/a https://www.youtube.com/watch?v=1;mailto:desk@example.org,Example Daily\n',
  );
  assert.deepEqual(
    json.sources.map((source) => [source.publisher, source.url]),
    [
      ['Example Daily', 'https://ex.org/a'],
      ['YouTube', 'https://www.youtube.com/watch?v=1'],
      ['desk@example.org', 'mailto:desk@example.org'],
    ],
  );
  assert.deepEqual(issues, []);
  assert.equal(feed.sources.length, 3, 'parseFeed keeps them all');
  assert.equal(feed.events[0].sources.length, 3);
});
