// Checks the built one-script-tag bundle the way a newsroom page uses it: examples/embed.html loads
// dist/frise.js under a strict Content-Security-Policy with Trusted Types enforced, and draws the seed
// feed from its URL.
// Run after `npm run build`. Writes {passed, failed} to $FRISE_SMOKE_TOTALS when set.
import {createServer} from 'node:http';
import {readFile, writeFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {chromium} from 'playwright';

const root = process.cwd();
const types = {'.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json'};
const server = createServer(async (req, res) => {
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
} finally {
  await browser.close();
  server.close();
}
const passed = checks.filter(Boolean).length;
const failed = checks.length - passed;
console.log(`bundle smoke: ${passed} passed, ${failed} failed`);
if (process.env.FRISE_SMOKE_TOTALS) await writeFile(process.env.FRISE_SMOKE_TOTALS, JSON.stringify({passed, failed}));
process.exit(failed ? 1 : 0);
