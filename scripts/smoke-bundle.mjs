// Checks the built one-script-tag bundle the way a newsroom page uses it: examples/embed.html loads
// dist/frise.js under a strict Content-Security-Policy with Trusted Types enforced, and draws the seed
// feed from its URL. Then a large feed (12,000 events, from `src` and as a property) under the same kind
// of policy with `worker-src 'self'` and the `frise-worker` Trusted Types policy allowed: it is parsed in
// the packaged worker (dist/worker/feed-worker.js: no blob:, no eval); and under `worker-src 'none'`,
// where the worker is refused, it is parsed on the page's thread with the same result.
// Run after `npm run build`. Writes {passed, failed} to $FRISE_SMOKE_TOTALS when set.
import {createServer} from 'node:http';
import {readFile, writeFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {chromium} from 'playwright';

const root = process.cwd();
// pages made for the worker checks: /__smoke/<name> (the policy is sent as a header)
const LARGE = 12_000;
const {generateFeed} = await import('../bench/generate.mjs');
const largeText = JSON.stringify(generateFeed(LARGE, 20230101));
const strictPolicy = (workerSrc, trusted) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; connect-src 'self'; worker-src ${workerSrc}; require-trusted-types-for 'script'; trusted-types ${trusted}`;
const workerPage = (how) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>frise: a large feed</title>
<script type="module" src="/dist/frise.js"></script>
<script type="module" src="/__smoke/large-${how}.js"></script></head>
<body><frise-timeline panel="none" hide-legend${how === 'src' ? ' src="/__smoke/large.feed.json"' : ''}></frise-timeline></body></html>`;
// records what the element says while it loads, and the feed it ends with
const pageScript = (how) => `
const el = document.querySelector('frise-timeline');
window.smoke = {lines: [], events: null, issues: null};
new MutationObserver(() => {
  const line = el.shadowRoot?.querySelector('.loading-line')?.textContent.trim();
  if (line && !window.smoke.lines.includes(line)) window.smoke.lines.push(line);
}).observe(el.shadowRoot ?? el, {subtree: true, childList: true, characterData: true});
el.addEventListener('frise-load', (event) => { window.smoke.events = event.feed.events.length; window.smoke.issues = el.issues.length; });
${how === 'property' ? "el.feed = await (await fetch('/__smoke/large.feed.json')).json();" : ''}
`;
const smokeFiles = {
  '/__smoke/large.feed.json': ['application/json', largeText],
  '/__smoke/large-src.js': ['text/javascript', pageScript('src')],
  '/__smoke/large-property.js': ['text/javascript', pageScript('property')],
  '/__smoke/worker-src.html': ['text/html', workerPage('src'), strictPolicy("'self'", 'lit-html frise-worker')],
  '/__smoke/worker-property.html': [
    'text/html',
    workerPage('property'),
    strictPolicy("'self'", 'lit-html frise-worker'),
  ],
  '/__smoke/no-worker.html': ['text/html', workerPage('src'), strictPolicy("'none'", 'lit-html frise-worker')],
};
const requested = [];
const types = {'.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json'};
const server = createServer(async (req, res) => {
  const pathname = new URL(req.url, 'http://x').pathname;
  requested.push(pathname);
  const made = smokeFiles[pathname];
  if (made) {
    const [type, body, policy] = made;
    return res.writeHead(200, {'content-type': type, ...(policy ? {'content-security-policy': policy} : {})}).end(body);
  }
  const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!path.startsWith(root)) return res.writeHead(403).end();
  try {
    const body = await readFile(path);
    res.writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream'}).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const {port} = server.address();

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
});
const checks = [];
const check = (name, ok, detail = '') => {
  checks.push(ok);
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? ` (${detail})` : ''}`);
};
try {
  const page = await browser.newPage({viewport: {width: 1200, height: 900}});
  const violations = [];
  const errors = [];
  // CSP and Trusted Types violations (the page enforces both: see examples/embed.html)
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to|Trusted ?(?:HTML|Script|Type)|trusted-types/i.test(msg.text()))
      violations.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`http://127.0.0.1:${port}/examples/embed.html`);
  const seed = JSON.parse(await readFile(join(root, 'data/nk-troops-russia-2024.feed.json'), 'utf8'));
  // the first view frames the story: every seed event is drawn there or counted beyond its edges
  const accounted = () => {
    const root = document.querySelector('frise-timeline')?.shadowRoot;
    if (!root) return {marks: 0, beyond: 0};
    const beyond = [...root.querySelectorAll('[part~="beyond"]')].reduce(
      (sum, button) => sum + Number(/\d+/.exec(button.textContent ?? '')?.[0] ?? 0),
      0,
    );
    // drawn on screen: the symbol or bar within the chart's box (the nearest events beyond each edge are
    // drawn off screen too, as stops for the keyboard; the edge buttons count them)
    const chart = root.querySelector('[part~="chart"]')?.getBoundingClientRect();
    const marks = chart
      ? [...root.querySelectorAll('[part~="event"]')].filter((group) =>
          [...group.querySelectorAll(':scope > .bar, :scope > .mark > .symbol')].some((part) => {
            const box = part.getBoundingClientRect();
            return part.classList.contains('bar')
              ? box.right > chart.left && box.left < chart.right
              : (box.left + box.right) / 2 >= chart.left && (box.left + box.right) / 2 <= chart.right;
          }),
        ).length
      : 0;
    return {marks, beyond};
  };
  const drawn = await page
    .waitForFunction(
      `(() => { const {marks, beyond} = (${accounted})(); return marks + beyond === ${seed.events.length}; })()`,
      undefined,
      {timeout: 10000},
    )
    .then(() => true)
    .catch(() => false);
  const {marks, beyond} = await page.evaluate(accounted);
  check(
    'dist/frise.js defines <frise-timeline> and draws every seed event in its first view or counts it beyond the edges',
    drawn && marks > 0,
    `${marks} marks drawn and ${beyond} counted beyond the edges, of ${seed.events.length} events`,
  );
  const ticks = await page.evaluate(
    () => document.querySelector('frise-timeline')?.shadowRoot?.querySelectorAll('[part~="axis"] .tick').length ?? 0,
  );
  check('the axis is drawn', ticks > 2, `${ticks} ticks`);
  check(
    'no Content-Security-Policy or Trusted Types violation (validator precompiled, no eval, no HTML parsing)',
    violations.length === 0,
    violations.join(' | '),
  );
  check('no uncaught error', errors.length === 0, errors.join(' | '));
  // V8 reads the compile hint only as the script's first line (a banner moved by minification is lost)
  const firstLine = (await readFile(join(root, 'dist/frise.js'), 'utf8')).split('\n', 1)[0];
  check('the bundle opens with the compile hint', firstLine === '//# allFunctionsCalledOnLoad', firstLine.slice(0, 60));
  if (process.env.FRISE_SMOKE_SCREENSHOT)
    await page.screenshot({path: process.env.FRISE_SMOKE_SCREENSHOT, fullPage: true});

  // a large feed under a strict policy that lets the worker run: it is parsed there
  for (const [name, what] of [
    ['worker-src', `${LARGE.toLocaleString('en')} events from src`],
    ['worker-property', `${LARGE.toLocaleString('en')} events set as a property`],
    ['no-worker', `${LARGE.toLocaleString('en')} events from src, worker-src 'none'`],
  ]) {
    const large = await browser.newPage({viewport: {width: 1200, height: 900}});
    const messages = [];
    const pageErrors = [];
    large.on('console', (msg) => messages.push(`${msg.type()}: ${msg.text()}`));
    large.on('pageerror', (error) => pageErrors.push(String(error)));
    const before = requested.length;
    await large.goto(`http://127.0.0.1:${port}/__smoke/${name}.html`);
    const loaded = await large
      .waitForFunction(() => window.smoke?.events !== null && window.smoke?.events !== undefined, undefined, {
        timeout: 30000,
      })
      .then(() => true)
      .catch(() => false);
    const smoke = await large.evaluate(() => window.smoke);
    const workerLoaded = requested.slice(before).includes('/dist/worker/feed-worker.js');
    const counted = smoke.lines.some((line) => / of 12,000 events$/.test(line));
    if (name === 'no-worker') {
      check(
        `${what}: the worker is refused and the feed parsed on the page's thread, all of it, no issue`,
        loaded && smoke.events === LARGE && smoke.issues === 0 && !counted,
        JSON.stringify(smoke),
      );
      // the browser itself reports the refused worker; frise adds nothing to the console
      const others = messages.filter((text) => !/Content Security Policy|Refused to create a worker/i.test(text));
      check(
        `${what}: nothing in the console but the browser's own CSP report`,
        others.length === 0,
        others.join(' | '),
      );
    } else {
      check(
        `${what}: parsed in dist/worker/feed-worker.js under script-src 'self', worker-src 'self' and Trusted Types, with its progress shown`,
        loaded && workerLoaded && counted && smoke.events === LARGE && smoke.issues === 0,
        `${JSON.stringify(smoke.lines.slice(-2))}, ${smoke.events} events, worker script ${workerLoaded ? '' : 'not '}loaded`,
      );
      check(
        `${what}: no CSP or Trusted Types violation, nothing in the console`,
        messages.length === 0,
        messages.join(' | '),
      );
    }
    check(`${what}: no uncaught error`, pageErrors.length === 0, pageErrors.join(' | '));
    await large.close();
  }
} finally {
  await browser.close();
  server.close();
}
const passed = checks.filter(Boolean).length;
const failed = checks.length - passed;
console.log(`bundle smoke: ${passed} passed, ${failed} failed`);
if (process.env.FRISE_SMOKE_TOTALS) await writeFile(process.env.FRISE_SMOKE_TOTALS, JSON.stringify({passed, failed}));
process.exit(failed ? 1 : 0);
