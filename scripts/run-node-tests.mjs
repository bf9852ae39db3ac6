// Runs the Node tests (test/node/*.test.mjs) with node:test, prints them with the spec reporter and
// writes {passed, failed} to $FRISE_NODE_TOTALS when set (.ci/run adds them to its totals).
// Same as `node --test test/node/*.test.mjs`, which Node 20 cannot glob by itself.
import {readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {finished} from 'node:stream/promises';
import {run} from 'node:test';
import {spec} from 'node:test/reporters';

const dir = 'test/node';
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.test.mjs'))
  .sort()
  .map((name) => join(dir, name));
let passed = 0;
let failed = 0;
const stream = run({files, concurrency: 1});
stream.on('test:pass', ({details}) => {
  if (details?.type !== 'suite') passed += 1;
});
stream.on('test:fail', ({details}) => {
  if (details?.type !== 'suite') failed += 1;
});
const report = stream.compose(spec);
report.pipe(process.stdout, {end: false});
await finished(report);
if (files.length === 0) failed += 1; // no test file found is a broken setup, not a pass
console.log(`node tests: ${passed} passed, ${failed} failed (${files.length} files)`);
if (process.env.FRISE_NODE_TOTALS) writeFileSync(process.env.FRISE_NODE_TOTALS, JSON.stringify({passed, failed}));
process.exitCode = failed ? 1 : 0;
