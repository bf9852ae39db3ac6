// The `frise` command (bin/frise.mjs), spawned as npx would run it from an installed package: a copy
// of the package's layout with bin/frise.mjs as it is and dist/ built from the sources.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fixtures, packageCopy, root} from '../import/build.mjs';

let pkgDir;
let work;
const seed = join(root, 'data/nk-troops-russia-2024.feed.json');
const fixture = (name) => join(fixtures, name);

before(async () => {
  pkgDir = await packageCopy();
  work = await mkdtemp(join(tmpdir(), 'frise-cli-work-'));
});

/** Runs `frise …args`; resolves with its exit code and output. */
function frise(args, {stdin, cwd = work} = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(pkgDir, 'bin/frise.mjs'), ...args], {cwd});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, stdout, stderr}));
    if (stdin !== undefined) child.stdin.end(stdin);
    else child.stdin.end();
  });
}

test('frise --help and --version; no command is a usage error', async () => {
  const help = await frise(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: frise <command>/);
  for (const word of ['validate', 'import', 'schema', 'timelinejs-csv', '--utc-offset', 'Exit status'])
    assert.ok(help.stdout.includes(word), word);
  const version = await frise(['--version']);
  assert.equal(version.code, 0);
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  assert.equal(version.stdout.trim(), pkg.version);
  const none = await frise([]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /Usage/);
  const unknown = await frise(['publish']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command "publish"/);
});

test('frise schema prints the absolute path of the installed JSON Schema', async () => {
  const {code, stdout} = await frise(['schema']);
  assert.equal(code, 0);
  const path = stdout.trim();
  assert.equal(path, join(pkgDir, 'data/frise-feed.schema.json'));
  const schema = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(schema.title, 'FriseFeedDocument');
  assert.equal((await frise(['schema', 'extra'])).code, 2);
});

test('validate: a good feed is exit 0 with a one-line summary', async () => {
  const seedFeed = JSON.parse(await readFile(seed, 'utf8'));
  const {code, stdout, stderr} = await frise(['validate', seed]);
  assert.equal(code, 0, stderr);
  assert.equal(stdout.trim(), `${seed}: ${seedFeed.events.length} events, no issue`);
});

test('validate: issues are printed with their path and message, exit 1; --json for machines', async () => {
  const broken = JSON.parse(await readFile(seed, 'utf8'));
  broken.events[1].start = '2024-02-30';
  broken.events[2].strat = 'typo';
  const file = join(work, 'broken.feed.json');
  await writeFile(file, JSON.stringify(broken));
  const {code, stdout} = await frise(['validate', file]);
  assert.equal(code, 1);
  const lines = stdout.trim().split('\n');
  assert.ok(
    lines.some((line) => line.startsWith(`${file}:/events/1/start: error: `) && line.endsWith('[date-calendar]')),
    stdout,
  );
  assert.ok(lines.some((line) => line.includes(': warning: ') && /"strat".*did you mean "start"/.test(line)));
  assert.match(
    lines.at(-1),
    new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+ events, 1 error, \\d+ warnings$`),
  );

  const json = await frise(['validate', '--json', file, seed]);
  assert.equal(json.code, 1);
  const report = JSON.parse(json.stdout);
  assert.deepEqual(
    report.files.map((entry) => entry.file),
    [file, seed],
  );
  assert.equal(report.files[0].issues.length, lines.length - 1, 'the same issues as the text output');
  assert.ok(report.files[0].issues.some((issue) => issue.path === '/events/1/start' && issue.code === 'date-calendar'));
  assert.deepEqual(report.files[1].issues, []);
  // warnings alone can be allowed
  const typoOnly = structuredClone(broken);
  typoOnly.events[1].start = '2024-02-28';
  await writeFile(file, JSON.stringify(typoOnly));
  assert.equal((await frise(['validate', file])).code, 1);
  assert.equal((await frise(['validate', '--allow-warnings', file])).code, 0);
});

test('validate: a file that cannot be read, or no file, is exit 2; text that is not JSON is an issue (1)', async () => {
  const missing = await frise(['validate', join(work, 'nope.json')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read .*nope\.json: no such file/);
  const mixed = await frise(['validate', seed, join(work, 'nope.json')]);
  assert.equal(mixed.code, 2, 'an unreadable file wins over the others');
  assert.equal((await frise(['validate'])).code, 2);
  assert.equal((await frise(['validate', '--strict', seed])).code, 2);
  const notJson = join(work, 'not.json');
  await writeFile(notJson, '{"events": [');
  const bad = await frise(['validate', notJson]);
  assert.equal(bad.code, 1);
  assert.match(bad.stdout, /error: the feed is not valid JSON/);
});

test('validate reads standard input as -', async () => {
  const {code, stdout} = await frise(['validate', '-'], {
    stdin: '{"events": [{"title": "Pact", "start": "2024-06-19"}]}',
  });
  assert.equal(code, 0);
  assert.equal(stdout.trim(), '-: 1 event, no issue');
});

test('import --from timelinejs -o: writes the feed, prints the issues to stderr, exit 1 when there are some', async () => {
  const out = join(work, 'strike.feed.json');
  const {code, stdout, stderr} = await frise([
    'import',
    '--from',
    'timelinejs',
    fixture('timelinejs-port-strike.json'),
    '-o',
    out,
  ]);
  assert.equal(code, 1);
  assert.equal(stdout, '', 'the feed goes to the file');
  const feed = JSON.parse(await readFile(out, 'utf8'));
  assert.equal(feed.events.length, 14);
  assert.equal(feed.periods.length, 2);
  assert.ok(stderr.includes(`${fixture('timelinejs-port-strike.json')}:/events/3/text/text: error: `));
  assert.match(stderr, /\[unsafe-url\]/);
  assert.match(stderr, /and the same for 6 other records \[media-not-embedded\]/);
  assert.ok(stderr.includes(`${out}:/events/1/start/date: warning: `), 'parseFeed issues point into the written feed');
  assert.match(
    stderr.trim().split('\n').at(-1),
    /: 14 events, 2 periods imported into .*strike\.feed\.json, 2 errors, 5 warnings$/,
  );
  // the written feed validates with only what parseFeed said during the import
  const check = await frise(['validate', '--allow-warnings', out]);
  assert.equal(check.code, 0, check.stdout);
});

test('import to standard output; options reach the importer; a clean import is exit 0', async () => {
  const csv = join(work, 'clean.csv');
  await writeFile(
    csv,
    'title,start,image_url,image_caption\nPact signed,2024-06-19 10:00,https://ex.org/pact.jpg,The signing\n',
  );
  const {code, stdout, stderr} = await frise([
    'import',
    '--from',
    'csv',
    csv,
    '--language',
    'fr',
    '--utc-offset',
    '+03:00',
    '--default-credit',
    'Desk photo',
  ]);
  assert.equal(code, 0, stderr);
  const feed = JSON.parse(stdout);
  assert.equal(feed.language, 'fr');
  assert.equal(feed.events[0].start, '2024-06-19T10:00+03:00');
  assert.equal(feed.events[0].media.credit, 'Desk photo');
  assert.match(stderr, /1 event imported, no issue/);
});

test('import of each format from the fixtures keeps every event it can', async () => {
  for (const [format, file, events] of [
    ['timelinejs-csv', 'timelinejs-sheet.csv', 7],
    ['csv', 'newsroom.csv', 9],
    ['vis', 'vis-items.json', 9],
  ]) {
    const {code, stdout, stderr} = await frise(['import', '--from', format, fixture(file), '--json']);
    assert.equal(code, 1, `${format}: its fixture has issues`);
    assert.equal(JSON.parse(stdout).events.length, events, format);
    const report = JSON.parse(stderr);
    assert.equal(report.events, events);
    assert.ok(report.issues.every((issue) => typeof issue.path === 'string' && issue.message));
  }
});

test('import usage errors are exit 2: no --from, an unknown format, no file, an unreadable file, an unwritable output', async () => {
  const csv = fixture('newsroom.csv');
  assert.match((await frise(['import', csv])).stderr, /--from is needed/);
  const unknown = await frise(['import', '--from', 'xml', csv]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /not a format frise imports/);
  assert.equal((await frise(['import', '--from', 'csv'])).code, 2);
  assert.equal((await frise(['import', '--from', 'csv', join(work, 'nope.csv')])).code, 2);
  const unwritable = await frise(['import', '--from', 'csv', csv, '-o', join(work, 'no-such-dir', 'out.json')]);
  assert.equal(unwritable.code, 2);
  assert.match(unwritable.stderr, /cannot write/);
  // input that is not the format: issues, exit 1, nothing written
  const out = join(work, 'never.json');
  const wrong = await frise(['import', '--from', 'timelinejs', csv, '-o', out]);
  assert.equal(wrong.code, 1);
  assert.match(wrong.stderr, /not valid JSON/);
  await assert.rejects(readFile(out));
});
