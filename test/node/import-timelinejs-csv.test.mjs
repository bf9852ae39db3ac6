// frise/import's TimelineJS3 sheet importer, on a CSV export of the Google Sheets template
// (test/import/timelinejs-sheet.csv: CRLF line ends, a quoted cell over two lines, doubled quotes,
// HTML in Text, times written several ways, a blank row and three rows with mistakes).
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {fixture, loadImport} from '../import/build.mjs';

let importTimelineJsCsv;
let text;
let result;

before(async () => {
  ({importTimelineJsCsv} = (await loadImport()).module);
  text = await fixture('timelinejs-sheet.csv');
  result = importTimelineJsCsv(text);
});

const byTitle = (json, title) => json.events.find((event) => event.title === title);

test('every row that can be read is kept: 7 events, 2 periods, the title; the 3 bad rows are named by number', () => {
  assert.ok(text.includes('\r\n'), 'the fixture has CRLF line ends');
  assert.equal(result.json.events.length, 7);
  assert.equal(result.feed.events.length, 7);
  assert.equal(result.feed.periods.length, 2);
  assert.equal(result.json.title, 'The Marenne port strike');
  assert.equal(result.json.description, 'How a dispute over night shifts closed the port for 23 days.');
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  assert.deepEqual(
    errors.map((issue) => [issue.record, issue.path, issue.code]),
    [
      ['row 11', '/rows/11/Year', 'date-syntax'],
      ['row 12', '/rows/12/Year', 'missing-property'],
      ['row 13', '/rows/13/Month', 'date-syntax'],
    ],
  );
  assert.match(errors[0].message, /^row 11 \("A row with a typo in its year"\), column "Year": the year "20x4"/);
  assert.match(errors[1].message, /column "Time": a time needs a date/);
  assert.deepEqual(
    result.json.events.map((event) => event.title),
    [
      "Dockers' union files a strike notice",
      'Port authority calls the notice premature',
      'Strike: container terminals stop',
      'Ministry offers mediation',
      'Background: the port opens its first dock',
      'Agreement in principle',
      'Members approve the agreement with 71% of the vote.',
    ],
  );
});

test('Time is read as the sheet writes it: "9:30 AM", "06:00", "1:45 p.m.", "2359"; End Time too', () => {
  assert.deepEqual(byTitle(result.json, 'Port authority calls the notice premature').start, {
    date: '2024-02-21T09:30',
    wording: '21 February, morning',
  });
  const strike = byTitle(result.json, 'Strike: container terminals stop');
  assert.equal(strike.start, '2024-03-04T06:00');
  assert.equal(strike.end, '2024-03-26T18:30');
  assert.equal(byTitle(result.json, 'Ministry offers mediation').start, '2024-03-07T13:45');
  assert.equal(byTitle(result.json, 'Agreement in principle').start, '2024-03-26T23:59');
  assert.equal(byTitle(result.json, 'Background: the port opens its first dock').start, '1865', '"1,865" is 1865');
  const offset = importTimelineJsCsv(text, {utcOffset: '-05:00'});
  assert.equal(byTitle(offset.json, 'Ministry offers mediation').start, '2024-03-07T13:45-05:00');
});

test('quoted cells: doubled quotes, commas and a line break inside; HTML in Text made plain, links made sources', () => {
  const notice = byTitle(result.json, "Dockers' union files a strike notice");
  assert.equal(notice.summary, 'The notice, seen by the wire service, cites the new "night-shift" rota.');
  assert.equal(
    result.json.sources.find((s) => s.id === notice.sources[0]).url,
    'https://www.wire.example.com/2024/02/19/marenne-notice',
  );
  assert.deepEqual(notice.media, {
    type: 'image',
    url: 'https://images.example.org/marenne/notice.png',
    alt: 'The notice as posted at gate 3',
    caption: 'The notice as posted at gate 3',
    credit: 'Union handout',
  });
  // the row whose Text spans two lines of the file is one row (row 6), and the next row is row 7
  assert.equal(
    byTitle(result.json, 'Port authority calls the notice premature').summary,
    "Statement read to reporters outside the harbour office. Full text on the authority's site.",
  );
  const strike = byTitle(result.json, 'Strike: container terminals stop');
  assert.equal(strike.summary, 'Pickets at the three gates.', 'the script is gone with its content');
  assert.equal(result.issues.find((issue) => issue.code === 'media-not-embedded').record, 'row 6');
});

test('Type title and era rows; Group makes the lanes; Background and Media Thumbnail are not data', () => {
  assert.deepEqual(result.json.periods, [
    {id: 'the-strike', title: 'The strike', start: '2024-03-04', end: '2024-03-26'},
    {id: 'mediation-vote', title: 'Mediation & vote', start: '2024-03-27', end: '2024-04'},
  ]);
  assert.deepEqual(
    result.json.actors.map((actor) => actor.name),
    ["Dockers' union", 'Port authority', 'Ministry of Transport'],
  );
  assert.equal(byTitle(result.json, 'Strike: container terminals stop').actors[0], 'dockers-union');
  assert.ok(!JSON.stringify(result.json).includes('#ff0000'));
  assert.ok(!JSON.stringify(result.json).includes('notice-thumb'));
  assert.deepEqual(
    result.issues.filter((issue) => issue.code === 'unknown-column'),
    [],
    'every column of the template is known',
  );
});

test('a semicolon-separated export with a byte order mark reads the same', () => {
  const csv =
    '\ufeffYear;Month;Day;Time;End Year;End Month;End Day;Headline;Text;Type\n' +
    '2024;3;4;;2024;3;26;The strike;;era\n' +
    '2024;3;7;1:45 PM;;;;Mediation;"a; b";\n';
  const {json, issues} = importTimelineJsCsv(csv, {utcOffset: 'Z'});
  assert.deepEqual(issues, []);
  assert.deepEqual(json.periods, [{id: 'the-strike', title: 'The strike', start: '2024-03-04', end: '2024-03-26'}]);
  assert.deepEqual(json.events, [{title: 'Mediation', summary: 'a; b', start: '2024-03-07T13:45Z'}]);
});

test('the older sheet (Start Date, End Date, Tag) is read too', () => {
  const {json} = importTimelineJsCsv(
    'Start Date,End Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Tag\n' +
      '6/19/2024,,Pact signed,,,,,,,Russia\n' +
      '2024-10-18 13:45,2024-10-20,Troops seen,,,,,,,\n',
  );
  assert.deepEqual(
    json.events.map((event) => [event.title, event.start, event.end, event.actors]),
    [
      ['Pact signed', '2024-06-19', undefined, ['russia']],
      ['Troops seen', '2024-10-18T13:45', '2024-10-20', undefined],
    ],
  );
});

test('a second title row is an event, as in TimelineJS3; a sheet without the template header says so', () => {
  const two = importTimelineJsCsv('Year,Headline,Type\n,First,title\n2024,Second,title\n');
  assert.equal(two.json.title, 'First');
  assert.deepEqual(
    two.json.events.map((event) => event.title),
    ['Second'],
  );
  const generic = importTimelineJsCsv('title,start\nPact,2024-06-19\n');
  assert.equal(generic.json.events.length, 0);
  const missing = generic.issues.find((issue) => issue.code === 'missing-column');
  assert.match(missing.message, /no "Year" column.*csv importer/);
  assert.equal(importTimelineJsCsv('').issues.at(-1).code, 'missing-column');
  assert.equal(importTimelineJsCsv(null).feed, null);
});
