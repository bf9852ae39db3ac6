// npm run bench -- [--sizes 1000,10000,100000] [--only frise,vis,canvas] [--timeout 60000]
//                  [--steps 60] [--cycles 20] [--settle 200] [--repeats 5] [--seed N] [--build] [--no-write]
//                  [--selections 20] [--no-list] [--flight-frames 30] [--dwell 400] [--no-driven] [--json FILE]
//
// The benchmark of issue #5: frise, vis-timeline (default options) and a minimal canvas floor drawing
// the same synthetic events, side by side in one run of Debian's Chromium driven by playwright. For each
// library and size, in a fresh browser: the time to first render, the zoom/pan frame times (median, p95)
// over `--steps` real wheel and drag steps, the JS heap after render, the DOM element count, and the heap
// growth over `--cycles` mount/unmount cycles. The page drives the view too (issue 16): `--steps` calls
// of the library's own API, one per animation frame, zooming in and out while the centre sweeps the span,
// and a scrollytelling sequence of flights (`--flight-frames` frames each) between five periods; each call
// timed to the frame painted after it, with the console errors and warnings during them. Each phase has a
// time limit (`--timeout`, ms); a library that does not finish a phase is reported as DNF and its browser
// is killed, and its larger sizes are skipped. frise's list view is measured too (`frise` brings `frise-list` and `frise-timeline-list`, i.e.
// <frise-timeline view="list">, unless --no-list): first render, DOM elements, and the script time of a
// selection change (`selected` set to another event on screen, until the update completes), in a table of
// its own. Prints Markdown tables, ratios and the issue's targets as PASS/FAIL; writes
// bench/results/<timestamp>.json, bench/results/latest.json and latest.md, and the table in bench/README.md.
import {createServer} from 'node:http';
import {existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {cpus, loadavg, totalmem} from 'node:os';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {spawnSync, execSync} from 'node:child_process';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {chromium} from 'playwright';
import {DEFAULT_SEED} from './generate.mjs';
import {SCROLLYTELLING_PERIODS} from './pages/harness.mjs';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const {values: args} = parseArgs({
  options: {
    sizes: {type: 'string', default: '1000,10000,100000'},
    only: {type: 'string', default: 'frise,vis,canvas'},
    timeout: {type: 'string', default: '60000'},
    steps: {type: 'string', default: '60'},
    cycles: {type: 'string', default: '20'},
    settle: {type: 'string', default: '200'},
    repeats: {type: 'string', default: '5'},
    seed: {type: 'string', default: String(DEFAULT_SEED)},
    selections: {type: 'string', default: '20'},
    build: {type: 'boolean', default: false},
    'no-write': {type: 'boolean', default: false},
    'no-list': {type: 'boolean', default: false},
    'flight-frames': {type: 'string', default: '30'},
    dwell: {type: 'string', default: '400'},
    'no-driven': {type: 'boolean', default: false},
    // the results JSON written to this file as well (with --no-write, a trial run's details kept elsewhere)
    json: {type: 'string'},
  },
});
const SIZES = args.sizes
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
const LIST_VIEWS = ['frise-list', 'frise-timeline-list'];
const LIBRARIES = args.only
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean)
  .flatMap((lib) => (lib === 'frise' && !args['no-list'] ? ['frise', ...LIST_VIEWS] : [lib]))
  .filter((lib, i, all) => all.indexOf(lib) === i);
const isListView = (library) => LIST_VIEWS.includes(library);
const SELECTIONS = Number(args.selections);
const TIMEOUT = Number(args.timeout);
const STEPS = Number(args.steps);
const CYCLES = Number(args.cycles);
const SETTLE = Number(args.settle);
const REPEATS = Math.max(1, Number(args.repeats));
const SEED = Number(args.seed);
const FLIGHT_FRAMES = Number(args['flight-frames']);
// ms on each period between two flights: a reader reading, and more than frise's DRIVEN_GESTURE_GAP (250 ms),
// so that each flight is a driven gesture of its own that settles before the next
const DWELL = Number(args.dwell);
const DRIVEN = !args['no-driven'];
// the page-driven sequences (harness.mjs, driven()): the sweep has STEPS calls, the scrollytelling sequence
// flies to SCROLLYTELLING_FLIGHTS periods in turn
const DRIVEN_KINDS = ['sweep', 'scrollytelling'];
const SCROLLYTELLING_FLIGHTS = SCROLLYTELLING_PERIODS.length;
const drivenSteps = (kind) => (kind === 'sweep' ? STEPS : SCROLLYTELLING_FLIGHTS * FLIGHT_FRAMES);
const DRIVEN_NAMES = {sweep: 'page-driven zoomTo', scrollytelling: 'scrollytelling'};
const WHEEL = 160; // px of deltaY per wheel step: ×1.25 in d3-zoom (frise) and the canvas floor, ×1.32 in vis-timeline
const PAN = 150; // px per drag step (after a 20 px start that gets past vis-timeline's drag threshold)
const NAMES = {
  frise: 'frise',
  vis: 'vis-timeline 8.5.4',
  canvas: 'canvas floor',
  'frise-list': '<frise-list>',
  'frise-timeline-list': '<frise-timeline view="list">',
};
const PAGES = {
  frise: 'frise.html',
  vis: 'vis.html',
  canvas: 'canvas.html',
  'frise-list': 'frise-list.html',
  'frise-timeline-list': 'frise-list.html?element=timeline',
};
for (const lib of LIBRARIES)
  if (!NAMES[lib]) throw new Error(`unknown library ${lib} (frise, vis, canvas, frise-list, frise-timeline-list)`);

// ---- build and static server ------------------------------------------------------------------------

const usesBundle = LIBRARIES.some((lib) => lib.startsWith('frise'));
if (usesBundle && (args.build || !existsSync(join(root, 'dist/frise.js')))) {
  console.log('building dist/frise.js (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], {stdio: 'inherit', cwd: root});
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const bundle = existsSync(join(root, 'dist/frise.js')) ? readFileSync(join(root, 'dist/frise.js')) : null;
const bundleTime = bundle ? statSync(join(root, 'dist/frise.js')).mtimeMs : null;
const newestSource = readdirSync(join(root, 'src'), {recursive: true})
  .map((file) => statSync(join(root, 'src', file)))
  .filter((stat) => stat.isFile())
  .reduce((max, stat) => Math.max(max, stat.mtimeMs), 0);
const staleBundle = usesBundle && bundleTime !== null && newestSource > bundleTime;
if (staleBundle)
  console.warn('warning: dist/frise.js is older than src/ (run with --build to measure the current source)');
const gzipBytes = bundle ? gzipSync(bundle, {level: 9}).length : null;

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
};
const server = createServer(async (req, res) => {
  const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!path.startsWith(root)) return res.writeHead(403).end();
  try {
    const body = await readFile(path);
    res
      .writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store'})
      .end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // gc() in the page, and an exact (not bucketed) performance.memory
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
  // never slow down timers or frames of a page nobody looks at
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

// ---- one library at one size -------------------------------------------------------------------------

class Timeout extends Error {
  constructor(phase) {
    super(`${phase}: no result within ${TIMEOUT / 1000} s`);
    this.phase = phase;
  }
}

/** Races a promise against a deadline (ms since epoch); the loser's rejection is swallowed. */
function before(deadline, phase, promise) {
  promise.catch(() => {});
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(phase)), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const quantile = (sorted, q) => {
  if (sorted.length === 0) return null;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
};
const stats = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return {count: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) ?? null};
};

let chromiumVersion = null;

async function runOne(library, size, {warmUp = false} = {}) {
  // the 1-minute load average: other work on this machine (a test run, a build) slows every number down
  const result = {library, size, status: 'ok', phases: {}, errors: [], loadBefore: Number(loadavg()[0].toFixed(2))};
  const started = Date.now();
  const browserServer = await chromium.launchServer({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROME_ARGS,
  });
  // Each phase has the time limit. First render: a library that has not drawn within it is DNF and its
  // browser is killed. Zoom steps and mount/unmount cycles: no new step or cycle starts after the limit
  // (the phase is DNF with what it measured so far); one that hangs for another limit kills the browser.
  const phase = async (name, body) => {
    const t0 = Date.now();
    const soft = t0 + TIMEOUT;
    const hard = t0 + 2 * TIMEOUT;
    try {
      const value = await body({soft, hard});
      const partial = value?.partial === true;
      result.phases[name] = {status: partial ? 'dnf' : 'ok', seconds: (Date.now() - t0) / 1000};
      if (partial && result.status === 'ok') result.status = 'partial';
      return value;
    } catch (error) {
      result.phases[name] = {
        status: error instanceof Timeout ? 'dnf' : 'error',
        seconds: (Date.now() - t0) / 1000,
        error: String(error.message ?? error),
      };
      throw error;
    }
  };
  try {
    const browser = await chromium.connect(browserServer.wsEndpoint());
    chromiumVersion ??= browser.version();
    const page = await browser.newPage({viewport: {width: 1280, height: 800}});
    // errors go to result.errors; errors and warnings during a driven sequence are kept with it too
    let during = null;
    const heard = (type, text) => {
      if (type === 'error') result.errors.push(text);
      if (during) result.driven[during].console.push({type, text});
    };
    page.on('pageerror', (error) => heard('error', String(error)));
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') heard(msg.type(), msg.text());
    });
    await page.goto(`${base}/bench/pages/${PAGES[library]}`);
    await page.waitForFunction(() => window.bench, null, {timeout: 30_000});

    const prepared = await phase('prepare', ({soft}) =>
      before(
        soft,
        'prepare',
        page.evaluate(([n, seed]) => window.bench.prepare(n, seed), [size, SEED]),
      ),
    );
    result.heapWithData = prepared.heapWithData;

    const first = await phase('firstRender', ({soft}) =>
      before(
        soft,
        'first render',
        page.evaluate(() => window.bench.firstRender()),
      ),
    ).catch(async (error) => {
      // a page that still answers was not busy: its marks never showed up (say so rather than DNF quietly)
      if (error instanceof Timeout) {
        const status = await before(
          Date.now() + 2_000,
          'status',
          page.evaluate(() => window.bench.status()),
        ).catch(() => null);
        result.firstRenderStatus = status ?? 'page busy (no answer within 2 s)';
        if (status)
          result.errors.push(
            `first render: the page answered but its ready condition was not met (${JSON.stringify(status)})`,
          );
      }
      throw error;
    });
    result.firstRender = first;
    if (warmUp) return result;
    const afterRender = await phase('snapshot', ({soft}) =>
      before(
        soft,
        'snapshot',
        page.evaluate(() => window.bench.snapshot()),
      ),
    );
    result.heapAfterRender = afterRender.heap;
    result.domNodesAfterRender = afterRender.domNodes;
    result.marksAfterRender = afterRender.marks;

    if (isListView(library)) {
      // a list has no zoom: what it is asked for is to stay small and to change the selection within a frame
      result.selections = await phase('selections', ({soft}) =>
        before(
          soft,
          'selections',
          page.evaluate((n) => window.bench.selections(n), SELECTIONS),
        ),
      );
      const afterSelections = await phase('snapshotAfterSelections', ({soft}) =>
        before(
          soft,
          'snapshot',
          page.evaluate(() => window.bench.snapshot()),
        ),
      );
      result.domNodes = Math.max(result.domNodesAfterRender, afterSelections.domNodes);
    } else {
      // zoom and pan: real wheel and drag input at the plot's centre
      const steps = [];
      result.zoom = {steps};
      await phase('zoom', async ({soft, hard}) => {
        const run = (promise) => before(hard, 'zoom', promise);
        const settle = (ms) => run(page.evaluate((wait) => window.bench.settle(wait), ms));
        const {x, y} = await run(page.evaluate(() => window.bench.target()));
        result.zoom.target = {x, y};
        await run(page.mouse.move(x, y));
        await settle(SETTLE);
        // warm-up (untimed): zoom in three steps so that panning is not clamped at the whole-feed view
        for (let i = 0; i < 3; i++) {
          await run(page.mouse.wheel(0, -WHEEL));
          await settle(SETTLE);
        }
        let lastView = await run(page.evaluate(() => window.bench.view()));
        result.zoom.viewBefore = lastView;
        const kinds = ['zoom-in', 'pan-left', 'zoom-out', 'pan-right'];
        for (let i = 0; i < STEPS; i++) {
          if (Date.now() > soft) return {partial: true};
          const kind = kinds[i % kinds.length];
          let timing;
          if (kind.startsWith('zoom')) {
            await run(page.evaluate(() => window.bench.arm('wheel')));
            await run(page.mouse.wheel(0, kind === 'zoom-in' ? -WHEEL : WHEEL));
            timing = await run(page.evaluate(() => window.bench.stepResult()));
            // d3-zoom ends a wheel gesture 150 ms after the last wheel event (frise then announces the
            // new range): let that happen before the next step
            await settle(SETTLE);
          } else {
            // press, move 20 px (past vis-timeline's drag threshold; untimed), then the timed move
            const sign = kind === 'pan-left' ? -1 : 1;
            await run(page.mouse.down());
            await run(page.mouse.move(x + sign * 20, y));
            await settle(0);
            await run(page.evaluate(() => window.bench.arm('pointermove')));
            await run(page.mouse.move(x + sign * (20 + PAN), y));
            timing = await run(page.evaluate(() => window.bench.stepResult()));
            await run(page.mouse.up());
            await run(page.mouse.move(x, y));
            await settle(0);
          }
          const view = await run(page.evaluate(() => window.bench.view()));
          steps.push({
            kind,
            ms: timing?.ms ?? null,
            changed: view !== null && lastView !== null && (view[0] !== lastView[0] || view[1] !== lastView[1]),
          });
          lastView = view;
        }
        return {partial: false};
      });
      const afterZoom = await phase('snapshotAfterZoom', ({soft}) =>
        before(
          soft,
          'snapshot',
          page.evaluate(() => window.bench.snapshot()),
        ),
      );
      result.domNodesAfterZoom = afterZoom.domNodes;
      result.marksAfterZoom = afterZoom.marks;
      result.domNodes = Math.max(result.domNodesAfterRender, afterZoom.domNodes);

      // the page drives the view (issue 16): one call of the library's API per frame, timed in the page
      if (DRIVEN) {
        result.driven = {};
        // the mouse off the stage: the sequences time the page's calls, not what a hovered mark does
        await before(Date.now() + TIMEOUT, 'driven', page.mouse.move(1275, 795));
        for (const kind of DRIVEN_KINDS) {
          const record = {steps: [], console: [], longFrames: null};
          result.driven[kind] = record;
          await phase(kind, async ({soft, hard}) => {
            during = kind;
            try {
              const options = {
                steps: STEPS,
                frames: FLIGHT_FRAMES,
                dwellMs: DWELL,
                settleMs: SETTLE,
                budgetMs: soft - Date.now(),
              };
              const run = await before(
                hard,
                DRIVEN_NAMES[kind],
                page.evaluate(([which, o]) => window.bench.driven(which, o), [kind, options]),
              );
              Object.assign(record, {steps: run.steps, longFrames: run.longFrames, pageSeconds: run.seconds});
              return {partial: run.partial};
            } finally {
              during = null;
            }
          });
        }
        const afterDriven = await phase('snapshotAfterDriven', ({soft}) =>
          before(
            soft,
            'snapshot',
            page.evaluate(() => window.bench.snapshot()),
          ),
        );
        result.domNodesAfterDriven = afterDriven.domNodes;
        result.domNodes = Math.max(result.domNodes, afterDriven.domNodes);
      }

      // heap growth over mount/unmount cycles of the same data
      const cycles = [];
      result.cycles = {count: 0, ms: cycles};
      if (first.ms * CYCLES > 2 * TIMEOUT) {
        result.cycles.skipped = `${CYCLES} × first render (${((first.ms * CYCLES) / 1000).toFixed(0)} s) is over twice the limit`;
        result.phases.cycles = {status: 'skipped'};
        if (result.status === 'ok') result.status = 'partial';
      } else {
        await phase('cycles', async ({soft, hard}) => {
          const run = (promise) => before(hard, 'mount/unmount cycles', promise);
          // move the mouse off the stage first: the browser holds on to the last node under the mouse
          await run(page.mouse.move(1275, 795));
          await run(page.evaluate(() => window.bench.unmount()));
          result.cycles.heapAfterUnmount = await run(page.evaluate(() => window.bench.heap()));
          // one cycle off the record first, so that what the first mount and the zoom input leave reachable
          // for a while (an earlier build kept the whole unmounted timeline until the next mount after
          // hover or zoom input) is not counted as growth; `heapAfterUnmount` keeps the figure before it
          await run(page.evaluate(() => window.bench.cycle()));
          const heapBefore = await run(page.evaluate(() => window.bench.heap()));
          let partial = false;
          for (let i = 0; i < CYCLES; i++) {
            if (Date.now() > soft) {
              partial = true;
              break;
            }
            const cycle = await run(page.evaluate(() => window.bench.cycle()));
            cycles.push(cycle.ms);
            result.cycles.count = i + 1;
          }
          const heapAfter = await run(page.evaluate(() => window.bench.heap()));
          Object.assign(result.cycles, {heapBefore, heapAfter});
          // the growth over fewer cycles than asked is kept apart: it is not the measure of the target
          result.cycles[partial ? 'partialGrowth' : 'growth'] = heapAfter - heapBefore;
          return {partial};
        });
      }
    }
  } catch (error) {
    if (error instanceof Timeout) {
      result.status = 'dnf';
      result.dnfPhase = error.phase;
    } else {
      result.status = 'error';
      result.error = String(error.stack ?? error);
    }
  } finally {
    if (result.zoom) {
      const steps = result.zoom.steps;
      Object.assign(result.zoom, stats(steps.map((s) => s.ms)));
      result.zoom.stepsWithoutEffect = steps.filter((s) => !s.changed).length;
      result.zoom.stepsWithoutInput = steps.filter((s) => s.ms === null).length;
      result.zoom.byKind = Object.fromEntries(
        ['zoom-in', 'zoom-out', 'pan-left', 'pan-right'].map((kind) => [
          kind,
          stats(steps.filter((s) => s.kind === kind).map((s) => s.ms)),
        ]),
      );
      // the wheel steps alone: what the page-driven sequences compare with
      result.zoom.wheel = stats(steps.filter((s) => s.kind.startsWith('zoom')).map((s) => s.ms));
    }
    for (const record of Object.values(result.driven ?? {})) {
      Object.assign(record, stats(record.steps.map((s) => s.ms)));
      record.frame = stats(record.steps.map((s) => s.frameMs));
      record.call = stats(record.steps.map((s) => s.callMs));
      // a call that threw counts as an error, as an uncaught one would
      const thrown = record.steps.filter((s) => s.error).map((s) => ({type: 'error', text: `call threw: ${s.error}`}));
      record.console.push(...thrown);
      record.errors = record.console.filter((m) => m.type === 'error').length;
      record.warnings = record.console.filter((m) => m.type === 'warning').length;
      // views more than 1 % of the window's width away from the window asked for (clamped by the library)
      record.stepsOffTarget = record.steps.filter((s) => s.off != null && s.off > 0.01).length;
      record.stepsEndedByNextFrame = record.steps.filter((s) => s.endedBy === 'next-frame').length;
    }
    if (result.selections) result.selection = stats(result.selections);
    // each cycle is a first render too (warm): their median is a steadier figure than the single cold one
    if (result.cycles?.ms.length) result.cycles.render = stats(result.cycles.ms);
    await Promise.race([browserServer.close(), sleep(5_000)]).catch(() => {});
    await browserServer.kill().catch(() => {});
  }
  result.seconds = (Date.now() - started) / 1000;
  result.loadAfter = Number(loadavg()[0].toFixed(2));
  return result;
}

// ---- run ---------------------------------------------------------------------------------------------

const results = [];
const dnfAt = new Map(); // library -> smallest size whose first render did not finish
const runStarted = Date.now();
console.log(
  `bench: sizes ${SIZES.join(', ')}; ${LIBRARIES.map((l) => NAMES[l]).join(', ')}; limit ${TIMEOUT / 1000} s per phase; first render: median of ${REPEATS} cold starts; ${STEPS} zoom/pan steps;${DRIVEN ? ` page-driven: ${STEPS} calls, ${SCROLLYTELLING_FLIGHTS} flights of ${FLIGHT_FRAMES} frames;` : ''} ${CYCLES} mount/unmount cycles; seed ${SEED}`,
);
try {
  // a throw-away first render per page, so that the first measured run does not pay for a cold start
  // (Chromium's binary, fonts and the pages' scripts read from disk for the first time)
  for (const library of LIBRARIES) await runOne(library, 200, {warmUp: true});
  for (const size of SIZES) {
    for (const library of LIBRARIES) {
      if (dnfAt.has(library)) {
        const at = dnfAt.get(library);
        results.push({library, size, status: 'skipped', note: `skipped: DNF at ${short(at)}`});
        console.log(`  ${NAMES[library]} × ${size}: skipped (DNF at ${short(at)})`);
        continue;
      }
      process.stdout.write(`  ${NAMES[library]} × ${size}: `);
      const result = await runOne(library, size);
      results.push(result);
      // the first render again, each time in a fresh browser (cold, like the first): on a shared machine
      // one cold start varies by ±40 %, so the figure reported is the median of REPEATS of them
      if (result.firstRender && REPEATS > 1) {
        const samples = [result.firstRender.ms];
        const repeats = [];
        for (let i = 1; i < REPEATS; i++) {
          const again = await runOne(library, size, {warmUp: true});
          if (again.firstRender) {
            samples.push(again.firstRender.ms);
            repeats.push(again.firstRender);
          }
        }
        const longest = [result.firstRender.longTasks?.longestMs ?? null];
        const counts = [result.firstRender.longTasks?.count ?? null];
        for (const again of repeats) {
          longest.push(again.longTasks?.longestMs ?? null);
          counts.push(again.longTasks?.count ?? null);
        }
        result.firstRender = {
          ...result.firstRender,
          firstRunMs: result.firstRender.ms,
          samples,
          // the long tasks of each cold start (the first run's detail stays in longTasks)
          longestTaskSamples: longest,
          longTaskCountSamples: counts,
          ms: quantile(
            [...samples].sort((a, b) => a - b),
            0.5,
          ),
        };
      }
      if (result.status === 'dnf' && !result.firstRender) dnfAt.set(library, size);
      const unfinished = Object.entries(result.phases)
        .filter(([, p]) => p.status !== 'ok')
        .map(([name, p]) => `${name} ${p.status}`);
      const driven = DRIVEN_KINDS.filter((kind) => result.driven?.[kind])
        .map((kind) => `, ${DRIVEN_NAMES[kind]} p95 ${fmtMs(result.driven[kind].p95)} ms`)
        .join('');
      const measured = isListView(library)
        ? `selection median ${fmtMs(result.selection?.median)} ms, DOM ${result.domNodes ?? '–'}`
        : `zoom p95 ${fmtMs(result.zoom?.p95)} ms${driven}`;
      console.log(
        `${result.status}${unfinished.length ? ` (${unfinished.join(', ')})` : ''}; first render ${fmtMs(result.firstRender?.ms)} ms, ${measured} (${result.seconds.toFixed(0)} s)${result.errors.length ? `; page errors: ${result.errors.slice(0, 2).join(' | ')}` : ''}${result.error ? `; ${result.error.split('\n')[0]}` : ''}`,
      );
    }
  }
} finally {
  server.close();
}

// ---- report ------------------------------------------------------------------------------------------

function short(n) {
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}
function fmtMs(ms) {
  if (ms === null || ms === undefined) return '–';
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}
const mb = (bytes) => (bytes === null || bytes === undefined ? '–' : (bytes / 1_048_576).toFixed(1));
const find = (library, size) => results.find((r) => r.library === library && r.size === size);
const limitText = `DNF (>${TIMEOUT / 1000} s)`;

function cells(r) {
  if (!r) return ['not run', '', '', '', '', ''];
  if (r.status === 'skipped') return [r.note, '–', '–', '–', '–', '–'];
  const status = (name) => r.phases[name]?.status;
  const failText = (name) => (status(name) === 'dnf' ? limitText : status(name) === 'error' ? 'error' : '–');
  const first = r.firstRender ? fmtMs(r.firstRender.ms) : failText('firstRender');
  const long = longTaskCell(r);
  let zoom = '–';
  if (r.zoom && r.zoom.count > 0) {
    zoom = `${fmtMs(r.zoom.median)} / ${fmtMs(r.zoom.p95)}`;
    if (status('zoom') !== 'ok') zoom = `${failText('zoom')}: ${r.zoom.steps.length}/${STEPS} steps, ${zoom}`;
    if (r.zoom.stepsWithoutEffect) zoom += ` (${r.zoom.stepsWithoutEffect} steps left the view unchanged)`;
  } else if (status('zoom') && status('zoom') !== 'ok') zoom = `${failText('zoom')}: 0/${STEPS} steps`;
  const heap =
    r.heapAfterRender != null ? `${mb(r.heapAfterRender)} (+${mb(r.heapAfterRender - (r.heapWithData ?? 0))})` : '–';
  const dom = r.domNodes ?? r.domNodesAfterRender ?? '–';
  let growth = '–';
  if (r.cycles?.growth !== undefined) growth = (r.cycles.growth / 1_048_576).toFixed(2);
  else if (r.cycles?.skipped) growth = 'skipped (too slow to mount 20 times)';
  else if (status('cycles') && status('cycles') !== 'ok')
    growth = `${failText('cycles')}: ${r.cycles?.count ?? 0}/${CYCLES} cycles`;
  return [first, long, zoom, heap, String(dom), growth];
}

/** The longest task of the page while the feed loads (to a second after its first drawing), worst of the cold starts. */
const longestTask = (r) => {
  const samples = r?.firstRender?.longestTaskSamples ?? [r?.firstRender?.longTasks?.longestMs ?? null];
  const known = samples.filter((ms) => ms !== null && ms !== undefined);
  return known.length ? Math.max(...known) : null;
};
const longTaskCount = (r) => {
  const samples = r?.firstRender?.longTaskCountSamples ?? [r?.firstRender?.longTasks?.count ?? null];
  const known = samples.filter((n) => n !== null && n !== undefined);
  return known.length
    ? quantile(
        [...known].sort((a, b) => a - b),
        0.5,
      )
    : null;
};
function longTaskCell(r) {
  const longest = longestTask(r);
  if (longest === null) return '–';
  return `${longest === 0 ? '< 50' : fmtMs(longest)} / ${longTaskCount(r)}`;
}

const lines = [];
lines.push(
  `| events | library | first render (ms) | longest task while loading (ms) / tasks ≥ 50 ms | zoom/pan median / p95 (ms) | JS heap after render, MB (+ over data) | DOM elements | heap growth, ${CYCLES} mount/unmount (MB) |`,
);
lines.push('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
const CHARTS = LIBRARIES.filter((library) => !isListView(library));
const LISTS = LIBRARIES.filter(isListView);
if (CHARTS.length)
  for (const size of SIZES)
    for (const library of CHARTS)
      lines.push(`| ${size.toLocaleString('en')} | ${NAMES[library]} | ${cells(find(library, size)).join(' | ')} |`);
/** A driven sequence's cell: median / p95 / max, or what was measured before the limit. */
function drivenCell(r, kind) {
  if (!r) return 'not run';
  if (r.status === 'skipped') return '–';
  const record = r.driven?.[kind];
  const status = r.phases?.[kind]?.status;
  const failText = status === 'dnf' || (r.status === 'dnf' && !status) ? limitText : status ? 'error' : '–';
  if (!record) return failText;
  let text = record.count > 0 ? `${fmtMs(record.median)} / ${fmtMs(record.p95)} / ${fmtMs(record.max)}` : '';
  if (status !== 'ok') text = `${failText}: ${record.count}/${drivenSteps(kind)} steps${text ? `, ${text}` : ''}`;
  if (record.stepsOffTarget) text += ` (${record.stepsOffTarget} views off the window asked)`;
  return text;
}
function drivenConsoleCell(r) {
  const records = Object.values(r?.driven ?? {});
  if (!records.length) return '–';
  const errors = records.reduce((sum, record) => sum + record.errors, 0);
  const warnings = records.reduce((sum, record) => sum + record.warnings, 0);
  return `${errors} / ${warnings}`;
}
const wheelCell = (r) =>
  r?.zoom?.wheel?.count
    ? `${fmtMs(r.zoom.wheel.median)} / ${fmtMs(r.zoom.wheel.p95)} / ${fmtMs(r.zoom.wheel.max)}`
    : '–';
if (CHARTS.length && DRIVEN) {
  lines.push('');
  lines.push(
    `| events | library | wheel steps median / p95 / max (ms) | page-driven zoomTo, ${STEPS} frames: median / p95 / max (ms) | scrollytelling, ${SCROLLYTELLING_FLIGHTS} flights of ${FLIGHT_FRAMES} frames: median / p95 / max (ms) | console errors / warnings during them |`,
  );
  lines.push('| ---: | --- | ---: | ---: | ---: | ---: |');
  for (const size of SIZES)
    for (const library of CHARTS) {
      const r = find(library, size);
      lines.push(
        `| ${size.toLocaleString('en')} | ${NAMES[library]} | ${wheelCell(r)} | ${drivenCell(r, 'sweep')} | ${drivenCell(r, 'scrollytelling')} | ${drivenConsoleCell(r)} |`,
      );
    }
}
if (LISTS.length) {
  if (CHARTS.length) lines.push('');
  lines.push('| events | list view | first render (ms) | DOM elements | selection change median / max (ms) |');
  lines.push('| ---: | --- | ---: | ---: | ---: |');
  for (const size of SIZES) {
    for (const library of LISTS) {
      const r = find(library, size);
      const first = r?.firstRender
        ? fmtMs(r.firstRender.ms)
        : r?.status === 'skipped'
          ? r.note
          : r
            ? limitText
            : 'not run';
      const selection = r?.selection?.count ? `${fmtMs(r.selection.median)} / ${fmtMs(r.selection.max)}` : '–';
      lines.push(
        `| ${size.toLocaleString('en')} | ${NAMES[library]} | ${first} | ${r?.domNodes ?? r?.domNodesAfterRender ?? '–'} | ${selection} |`,
      );
    }
  }
}

// what the ratios and targets compare: a value, whether the run did not finish it, and what it measured
// before the limit (zoom steps) or the bound the limit gives (first render)
const FIRST = {
  value: (r) => r.firstRender?.ms ?? null,
  dnf: (r) => !r.firstRender && r.phases?.firstRender?.status === 'dnf',
  bound: TIMEOUT,
};
const ZOOM = {
  value: (r) => (r.phases?.zoom?.status === 'ok' && r.zoom?.count > 0 ? r.zoom.p95 : null),
  dnf: (r) => r.phases?.zoom?.status === 'dnf' || FIRST.dnf(r),
  partial: (r) => (r.zoom?.count > 0 ? r.zoom.p95 : null),
  count: (r) => r.zoom?.count ?? 0,
};
/** A driven sequence's p95; DNF when its phase was, or when the run ended before it (first render, zoom). */
const drivenMetric = (kind) => ({
  value: (r) => (r.phases?.[kind]?.status === 'ok' && r.driven?.[kind]?.count > 0 ? r.driven[kind].p95 : null),
  dnf: (r) => r.phases?.[kind]?.status === 'dnf' || (r.status === 'dnf' && !r.phases?.[kind]),
  partial: (r) => (r.driven?.[kind]?.count > 0 ? r.driven[kind].p95 : null),
  count: (r) => r.driven?.[kind]?.count ?? 0,
});
const DRIVEN_METRICS = Object.fromEntries(DRIVEN_KINDS.map((kind) => [kind, drivenMetric(kind)]));
const fmtRatio = (value) =>
  `${value < 0.1 ? value.toFixed(3) : value.toFixed(2)} (${value <= 1 ? `${(1 / value).toFixed(1)}× faster` : `${value.toFixed(1)}× slower`})`;

/** frise's value / a peer's; a bound or an estimate from a partial run when one of them did not finish. */
function ratio(friseRun, peerRun, metric) {
  if (!friseRun || !peerRun || peerRun.status === 'skipped') return {text: '–'};
  const fr = metric.value(friseRun);
  const pr = metric.value(peerRun);
  if (fr != null && pr != null) return {value: fr / pr, text: fmtRatio(fr / pr)};
  if (fr != null && metric.dnf(peerRun)) {
    if (metric.bound) {
      const bound = fr / metric.bound;
      return {upper: bound, text: `< ${bound < 0.01 ? bound.toFixed(4) : bound.toFixed(3)} (peer DNF)`};
    }
    const partial = metric.partial?.(peerRun);
    return {
      text:
        partial != null
          ? `≈ ${fmtRatio(fr / partial)} (peer DNF, from its ${metric.count(peerRun)} steps)`
          : 'peer DNF',
    };
  }
  if (metric.dnf(friseRun) && pr != null) {
    if (metric.bound && FIRST.dnf(friseRun))
      return {lower: metric.bound / pr, text: `> ${(metric.bound / pr).toFixed(0)} (frise DNF)`};
    const partial = metric.partial?.(friseRun);
    return {
      text:
        partial != null
          ? `≈ ${fmtRatio(partial / pr)} (frise DNF, from its ${metric.count(friseRun)} steps)`
          : 'frise DNF',
    };
  }
  if (metric.dnf(friseRun) && metric.dnf(peerRun)) {
    const a = metric.partial?.(friseRun);
    const b = metric.partial?.(peerRun);
    return {text: a != null && b != null ? `≈ ${fmtRatio(a / b)} (both DNF, from the steps they made)` : 'both DNF'};
  }
  return {text: '–'};
}
const firstMs = FIRST.value;
const p95 = ZOOM.value;
if (CHARTS.includes('frise') && CHARTS.length > 1) {
  lines.push('');
  lines.push(
    '| events | first render frise/vis-timeline | first render frise/canvas | zoom p95 frise/vis-timeline | zoom p95 frise/canvas |',
  );
  lines.push('| ---: | ---: | ---: | ---: | ---: |');
  for (const size of SIZES) {
    const f = find('frise', size);
    const v = find('vis', size);
    const c = find('canvas', size);
    lines.push(
      `| ${size.toLocaleString('en')} | ${ratio(f, v, FIRST).text} | ${ratio(f, c, FIRST).text} | ${ratio(f, v, ZOOM).text} | ${ratio(f, c, ZOOM).text} |`,
    );
  }
  if (DRIVEN) {
    lines.push('');
    lines.push(
      '| events | page-driven p95 frise/vis-timeline | page-driven p95 frise/canvas | scrollytelling p95 frise/vis-timeline | scrollytelling p95 frise/canvas |',
    );
    lines.push('| ---: | ---: | ---: | ---: | ---: |');
    for (const size of SIZES) {
      const f = find('frise', size);
      const v = find('vis', size);
      const c = find('canvas', size);
      const cellsFor = (kind) => [ratio(f, v, DRIVEN_METRICS[kind]).text, ratio(f, c, DRIVEN_METRICS[kind]).text];
      lines.push(
        `| ${size.toLocaleString('en')} | ${[...cellsFor('sweep'), ...cellsFor('scrollytelling')].join(' | ')} |`,
      );
    }
  }
}

// the targets of issue #5 (item 4)
const targets = [];
const target = (name, verdict, detail) => targets.push({name, verdict, detail});
const judge = (ok) => (ok === null ? 'NOT MEASURED' : ok ? 'PASS' : 'FAIL');
const under = (value, limit) => (value == null ? null : value < limit);
const msText = (v) => (v == null ? 'no result' : `${fmtMs(v)} ms`);
if (CHARTS.length) {
  const f1 = find('frise', 1000);
  const v1 = find('vis', 1000);
  if (f1 && v1) {
    const r = ratio(f1, v1, FIRST);
    const ok =
      r.value !== undefined
        ? 1 / r.value >= 10
        : r.upper !== undefined
          ? 1 / r.upper >= 10
          : firstMs(f1) == null
            ? false
            : null;
    target(
      '1,000 events: first render ≥ 10× faster than vis-timeline',
      judge(ok),
      `frise ${msText(firstMs(f1))}, vis-timeline ${v1.firstRender ? msText(firstMs(v1)) : limitText}`,
    );
  } else
    target('1,000 events: first render ≥ 10× faster than vis-timeline', judge(null), 'needs frise and vis at 1000');
  const zoomDetail = (r) =>
    p95(r) != null
      ? msText(p95(r))
      : ZOOM.dnf(r)
        ? `${limitText}${r.zoom?.count ? `: ${r.zoom.count}/${STEPS} steps, p95 of those ${msText(r.zoom.p95)}` : ''}`
        : 'no result';
  for (const size of [1000, 10000, 100000]) {
    const f = find('frise', size);
    if (size === 10000)
      target(
        '10,000 events: first render < 300 ms',
        judge(f ? (under(firstMs(f), 300) ?? false) : null),
        f ? (firstMs(f) == null ? limitText : msText(firstMs(f))) : 'not run',
      );
    if (size === 100000)
      target(
        '100,000 events: no task of the page ≥ 50 ms from setting the feed to a second after its first drawing (issue 16; worst of the cold starts)',
        judge(f ? (longestTask(f) === null ? null : longestTask(f) < 50) : null),
        f
          ? longestTask(f) === null
            ? 'no result'
            : `longest ${longestTask(f) === 0 ? 'under 50 ms' : msText(longestTask(f))}, ${longTaskCount(f)} long task(s) (median)`
          : 'not run',
      );
    if (size === 100000)
      target(
        '100,000 events: first render < 1 s',
        judge(f ? (under(firstMs(f), 1000) ?? false) : null),
        f ? (firstMs(f) == null ? limitText : msText(firstMs(f))) : 'not run',
      );
    target(
      `${size.toLocaleString('en')} events: zoom/pan p95 < 16 ms`,
      judge(f ? (under(p95(f), 16) ?? false) : null),
      f ? zoomDetail(f) : 'not run',
    );
    if (DRIVEN)
      for (const kind of DRIVEN_KINDS) {
        const metric = DRIVEN_METRICS[kind];
        const detail = (r) =>
          metric.value(r) != null
            ? msText(metric.value(r))
            : metric.dnf(r)
              ? `${limitText}${metric.count(r) ? `: ${metric.count(r)}/${drivenSteps(kind)} steps, p95 of those ${msText(metric.partial(r))}` : ''}`
              : 'no result';
        target(
          `${size.toLocaleString('en')} events: ${DRIVEN_NAMES[kind]} p95 < 16 ms`,
          judge(f ? (under(metric.value(f), 16) ?? false) : null),
          f ? detail(f) : 'not run',
        );
      }
  }
  const f100 = find('frise', 100000);
  const c100 = find('canvas', 100000);
  if (f100 && c100) {
    const fa = firstMs(f100);
    const ca = firstMs(c100);
    target(
      '100,000 events: first render faster than the redraw-everything canvas',
      judge(fa == null ? false : ca == null ? null : fa < ca),
      `frise ${fa == null ? limitText : msText(fa)}, canvas ${msText(ca)}`,
    );
    const fz = p95(f100);
    const cz = p95(c100);
    target(
      '100,000 events: zoom/pan p95 faster than the redraw-everything canvas',
      judge(fz == null ? false : cz == null ? null : fz < cz),
      `frise ${zoomDetail(f100)}, canvas ${zoomDetail(c100)}`,
    );
  } else target('100,000 events: faster than the canvas floor', judge(null), 'needs frise and canvas at 100000');
  const friseRuns = SIZES.map((size) => find('frise', size)).filter(Boolean);
  if (friseRuns.length) {
    const doms = friseRuns.map((r) => r.domNodes ?? r.domNodesAfterRender ?? null);
    target(
      'DOM elements < 3,000 whatever the feed size',
      judge(
        doms.every((d) => d != null)
          ? doms.every((d) => d < 3000)
          : doms.some((d) => d != null && d >= 3000)
            ? false
            : null,
      ),
      friseRuns.map((r, i) => `${short(r.size)}: ${doms[i] ?? 'no result'}`).join(', '),
    );
    const growths = friseRuns.map((r) => r.cycles?.growth ?? null);
    target(
      `heap growth after ${CYCLES} mount/unmount cycles < 1 MB`,
      judge(
        growths.every((g) => g != null)
          ? growths.every((g) => g < 1_048_576)
          : growths.some((g) => g != null && g >= 1_048_576)
            ? false
            : null,
      ),
      friseRuns
        .map(
          (r, i) =>
            `${short(r.size)}: ${growths[i] == null ? 'no result' : `${(growths[i] / 1_048_576).toFixed(2)} MB`}`,
        )
        .join(', '),
    );
    if (DRIVEN) {
      // errors (console, uncaught, or thrown by a call) while the page drove the view; warnings are shown
      const heard = friseRuns.map((r) => {
        const records = Object.values(r.driven ?? {});
        if (!records.length) return null;
        const messages = records.flatMap((record) => record.console);
        return {
          errors: messages.filter((m) => m.type === 'error').length,
          warnings: messages.filter((m) => m.type === 'warning').length,
          first: messages.find((m) => m.type === 'error')?.text ?? null,
        };
      });
      target(
        'no console error during the driven sequences',
        judge(
          heard.every((h) => h != null)
            ? heard.every((h) => h.errors === 0)
            : heard.some((h) => h != null && h.errors > 0)
              ? false
              : null,
        ),
        friseRuns
          .map((r, i) => {
            const h = heard[i];
            if (!h) return `${short(r.size)}: no result`;
            const first = h.first ? ` (first: ${h.first.slice(0, 120)})` : '';
            return `${short(r.size)}: ${h.errors} errors${first}, ${h.warnings} warnings`;
          })
          .join('; '),
      );
    }
  }
}
// the list view's targets: first render at 10k and 100k, DOM size whatever the feed, a selection within a frame
for (const library of LISTS) {
  const runs = SIZES.map((size) => find(library, size)).filter(Boolean);
  for (const [size, limit] of [
    [10000, 500],
    [100000, 1500],
  ]) {
    const r = find(library, size);
    if (!r) continue;
    target(
      `${size.toLocaleString('en')} events, ${NAMES[library]}: first render < ${limit >= 1000 ? `${limit / 1000} s` : `${limit} ms`}`,
      judge(under(firstMs(r), limit) ?? false),
      firstMs(r) == null ? limitText : msText(firstMs(r)),
    );
  }
  if (!runs.length) continue;
  const doms = runs.map((r) => r.domNodes ?? r.domNodesAfterRender ?? null);
  target(
    `${NAMES[library]}: DOM elements < 3,000 whatever the feed size`,
    judge(
      doms.every((d) => d != null)
        ? doms.every((d) => d < 3000)
        : doms.some((d) => d != null && d >= 3000)
          ? false
          : null,
    ),
    runs.map((r, i) => `${short(r.size)}: ${doms[i] ?? 'no result'}`).join(', '),
  );
  const medians = runs.map((r) => r.selection?.median ?? null);
  target(
    `${NAMES[library]}: selection change (script, median) < 16 ms`,
    judge(
      medians.every((m) => m != null)
        ? medians.every((m) => m < 16)
        : medians.some((m) => m != null && m >= 16)
          ? false
          : null,
    ),
    runs
      .map(
        (r, i) =>
          `${short(r.size)}: ${medians[i] == null ? 'no result' : `${fmtMs(medians[i])} ms (max ${fmtMs(r.selection.max)})`}`,
      )
      .join(', '),
  );
}
lines.push('');
for (const t of targets) lines.push(`- **${t.verdict}** ${t.name}: ${t.detail}`);
lines.push('');
lines.push(
  gzipBytes != null
    ? `dist/frise.js: ${(bundle.length / 1024).toFixed(1)} KiB, **${(gzipBytes / 1024).toFixed(1)} KiB gzipped** (gzip -9).`
    : 'dist/frise.js: not built.',
);

let commit = null;
let dirty = null;
try {
  commit = execSync('git rev-parse --short HEAD', {cwd: root, stdio: ['ignore', 'pipe', 'ignore']})
    .toString()
    .trim();
  dirty =
    execSync('git status --porcelain -- src', {cwd: root, stdio: ['ignore', 'pipe', 'ignore']})
      .toString()
      .trim() !== '';
} catch {
  // not a git checkout: the run is described without its commit
}
const date = new Date();
const meta = {
  date: date.toISOString(),
  commit,
  srcDirty: dirty,
  node: process.version,
  chromium: chromiumVersion,
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? null,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  bundleBuilt: bundleTime ? new Date(bundleTime).toISOString() : null,
  bundleOlderThanSrc: staleBundle,
  options: {
    sizes: SIZES,
    libraries: LIBRARIES,
    timeoutMs: TIMEOUT,
    steps: STEPS,
    cycles: CYCLES,
    settleMs: SETTLE,
    firstRenderRepeats: REPEATS,
    seed: SEED,
    wheelDeltaY: WHEEL,
    panPx: PAN,
    driven: DRIVEN,
    flightFrames: FLIGHT_FRAMES,
    scrollytellingFlights: SCROLLYTELLING_FLIGHTS,
    dwellMs: DWELL,
    viewport: '1280x800',
    stage: '1200x700',
  },
  seconds: (Date.now() - runStarted) / 1000,
  loadAverageMax: Math.max(0, ...results.flatMap((r) => [r.loadBefore ?? 0, r.loadAfter ?? 0])),
};
const header = [
  `Benchmark run ${meta.date.slice(0, 16).replace('T', ' ')} UTC, commit ${commit ?? '?'}`,
  dirty ? ' (with uncommitted src changes)' : '',
  `, Chromium ${chromiumVersion ?? '?'}, Node ${process.version}, ${meta.cpus} CPUs (${meta.cpu ?? '?'}); seed ${SEED}`,
  `, limit ${TIMEOUT / 1000} s per phase, first render the median of ${REPEATS} cold starts (each in a fresh browser)`,
  `, ${STEPS} zoom/pan steps`,
  DRIVEN
    ? `, page-driven: ${STEPS} calls and ${SCROLLYTELLING_FLIGHTS} flights of ${FLIGHT_FRAMES} (one a frame, ${DWELL} ms on each period)`
    : '',
  `, ${CYCLES} mount/unmount cycles; run took ${meta.seconds.toFixed(0)} s.`,
  staleBundle ? ' dist/frise.js was older than src/.' : '',
  meta.loadAverageMax > 1.5
    ? ` **Other work was running (1-min load average up to ${meta.loadAverageMax.toFixed(1)} on ${meta.cpus} CPUs): times are inflated.**`
    : '',
].join('');
const markdown = `${header}\n\n${lines.join('\n')}\n`;
console.log(`\n${markdown}`);

const json = JSON.stringify(
  {meta, gzipBytes, bundleBytes: bundle?.length ?? null, results, targets, markdown},
  null,
  2,
);
if (args.json) {
  writeFileSync(args.json, `${json}\n`);
  console.log(`wrote ${args.json}`);
}
if (!args['no-write']) {
  const dir = join(root, 'bench/results');
  mkdirSync(dir, {recursive: true});
  const stamp = meta.date.replace(/[:]/g, '-').replace(/\.\d+Z$/, 'Z');
  writeFileSync(join(dir, `${stamp}.json`), `${json}\n`);
  writeFileSync(join(dir, 'latest.json'), `${json}\n`);
  writeFileSync(join(dir, 'latest.md'), markdown);
  const readme = join(root, 'bench/README.md');
  if (existsSync(readme)) {
    const text = readFileSync(readme, 'utf8');
    const start = '<!-- bench:latest:start -->';
    const end = '<!-- bench:latest:end -->';
    const i = text.indexOf(start);
    const j = text.indexOf(end);
    if (i >= 0 && j > i) {
      writeFileSync(readme, `${text.slice(0, i + start.length)}\n${markdown}${text.slice(j)}`);
      // the tables as the repository's formatter writes them (CI checks the formatting of every file)
      spawnSync('npx', ['prettier', '--write', readme], {cwd: root, stdio: 'ignore'});
    }
  }
  console.log(`wrote bench/results/${stamp}.json, bench/results/latest.json, bench/results/latest.md`);
}
