// frise/import's CSV reader (src/import/csv-parse.ts): RFC 4180 and what spreadsheets really write.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {loadImport} from '../import/build.mjs';

let parseCsv;
let detectDelimiter;
let importers;
let bundle;
let modules;

before(async () => {
  const loaded = await loadImport();
  ({parseCsv, detectDelimiter} = loaded.module);
  importers = loaded.module;
  modules = loaded.inputs;
  bundle = loaded.text;
});

test('cells, quoted cells, doubled quotes and empty cells', () => {
  assert.deepEqual(parseCsv('a,b,c\n1,"two, 2","say ""hi"""\n,,\n').rows, [
    ['a', 'b', 'c'],
    ['1', 'two, 2', 'say "hi"'],
    ['', '', ''],
  ]);
  assert.deepEqual(parseCsv('"",x').rows, [['', 'x']]);
  assert.deepEqual(parseCsv('a,').rows, [['a', '']], 'a trailing separator ends with an empty cell');
});

test('line ends: CRLF, LF and CR; with or without a last line end; embedded line breaks kept in quotes', () => {
  const expected = [
    ['h1', 'h2'],
    ['x', 'y'],
  ];
  for (const text of ['h1,h2\r\nx,y\r\n', 'h1,h2\nx,y\n', 'h1,h2\rx,y\r', 'h1,h2\r\nx,y'])
    assert.deepEqual(parseCsv(text).rows, expected, JSON.stringify(text));
  assert.deepEqual(parseCsv('a,"line one\r\nline two\nthree"\r\nb,c').rows, [
    ['a', 'line one\r\nline two\nthree'],
    ['b', 'c'],
  ]);
});

test('a byte order mark is not part of the first cell; blank lines are rows (for row numbers) that hold nothing', () => {
  const {rows} = parseCsv('\ufeffYear,Headline\n\n2024,Pact\n');
  assert.deepEqual(rows, [['Year', 'Headline'], [''], ['2024', 'Pact']]);
});

test('ragged rows keep the cells they have', () => {
  assert.deepEqual(parseCsv('a,b,c\n1\n1,2,3,4\n').rows, [['a', 'b', 'c'], ['1'], ['1', '2', '3', '4']]);
});

test('broken quoting is reported with its row, and the parse goes on', () => {
  const unclosed = parseCsv('a,b\n1,"never closed\n2,3\n');
  assert.deepEqual(unclosed.rows, [
    ['a', 'b'],
    ['1', 'never closed\n2,3\n'],
  ]);
  assert.equal(unclosed.problems.length, 1);
  assert.equal(unclosed.problems[0].row, 2);
  assert.match(unclosed.problems[0].message, /never closed/);
  const stray = parseCsv('a\n"he said "hi" there"\nnext');
  assert.deepEqual(stray.rows, [['a'], ['he said "hi" there'], ['next']]);
  assert.equal(stray.problems.length, 2);
  assert.equal(stray.problems[0].row, 2);
  // a quote inside an unquoted cell is just a character
  assert.deepEqual(parseCsv('5" screen,x').rows, [['5" screen', 'x']]);
  assert.deepEqual(parseCsv('5" screen,x').problems, []);
});

test('the separator: a comma, else semicolons or tabs when the header has no comma', () => {
  assert.equal(detectDelimiter('Year;Month;Headline\n2024;6;"a, b"'), ';');
  assert.equal(detectDelimiter('Year\tMonth\n'), '\t');
  assert.equal(detectDelimiter('title,start\n'), ',');
  assert.equal(detectDelimiter('title\n'), ',');
  assert.deepEqual(parseCsv('Year;Headline\n2024;"a; b"\n').rows, [
    ['Year', 'Headline'],
    ['2024', 'a; b'],
  ]);
});

test('nothing is compiled: no Function constructor and no eval, and no d3-dsv in the bundle', () => {
  const original = {Function: globalThis.Function, eval: globalThis.eval};
  const refuse = () => {
    throw new Error('code compiled at run time');
  };
  globalThis.Function = new Proxy(original.Function, {construct: refuse, apply: refuse});
  globalThis.eval = refuse;
  try {
    const {rows} = parseCsv('title,start\n"Pact, signed",2024-06-19\n');
    assert.deepEqual(rows[1], ['Pact, signed', '2024-06-19']);
    // the importers too, parseFeed's precompiled validator included
    const own = importers.importCsv('title,start\n"Pact, signed",2024-06-19\n');
    assert.equal(own.feed.events.length, 1);
    const sheet = importers.importTimelineJsCsv('Year,Month,Day,Headline\n2024,6,19,"Pact, signed"\n');
    assert.equal(sheet.feed.events.length, 1);
  } finally {
    globalThis.Function = original.Function;
    globalThis.eval = original.eval;
  }
  assert.deepEqual(
    modules.filter((path) => path.includes('d3-dsv')),
    [],
  );
  assert.doesNotMatch(bundle, /new Function\(|\beval\(/);
});

test('a large file is read in one linear pass', () => {
  const row =
    '2024,6,19,13:45,,,,,,"A headline, with a comma","Text with ""quotes""\nand a line break",https://ex.org/x.jpg\n';
  const text = `Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media\n${row.repeat(50_000)}`;
  const start = performance.now();
  const {rows, problems} = parseCsv(text);
  const elapsed = performance.now() - start;
  assert.equal(rows.length, 50_001);
  assert.deepEqual(problems, []);
  assert.equal(rows[50_000][10], 'Text with "quotes"\nand a line break');
  assert.ok(elapsed < 3000, `took ${elapsed.toFixed(0)} ms for ${(text.length / 1e6).toFixed(1)} MB`);
});
