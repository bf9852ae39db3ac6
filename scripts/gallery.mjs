// The visual gallery (issue 12, point 7): the seed feed's timeline in French, English and Arabic at
// phone, tablet and desktop widths, light and dark, and the 10,000-event feed at desktop width, taken
// from a running Storybook with Debian's Chromium. Writes docs/gallery/<story>-<width>-<scheme>.png and
// docs/gallery/README.md (the index, with a caption per picture). Look at them after every visual change.
//
//   npx storybook dev -p 6006 --no-open --ci &     # or: npm start
//   npm run gallery                                # every picture
//   npm run gallery -- arabic 375                  # only those whose file name has every word given
//
// STORYBOOK_URL: the Storybook to use (default http://localhost:6006); the script starts none itself.
// CHROME_PATH: the browser (default /usr/bin/chromium).
import {mkdirSync, statSync, writeFileSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {crc32, deflateSync, inflateSync} from 'node:zlib';
import {chromium} from 'playwright';

const STORYBOOK = (process.env.STORYBOOK_URL ?? 'http://localhost:6006').replace(/\/+$/, '');
const OUT = 'docs/gallery';
const VIEWPORT_HEIGHT = 900;
/**
 * Pictures stop at four screens: at phone width the timeline shows its list, whose full page (the seed's
 * 34 events, then the legend) is twenty screens and two megabytes of PNG; the top tells what it looks like.
 */
const MAX_HEIGHT = 4 * VIEWPORT_HEIGHT;
const SCHEMES = ['light', 'dark'];

/** What the gallery shows: each story at each width, in each colour scheme. */
const SETS = [
  {story: 'timeline--seed-article', title: 'Seed feed, French (the feed’s own language)', widths: [375, 768, 1280]},
  {story: 'timeline--english', title: 'Seed feed, English (`lang="en"`)', widths: [375, 768, 1280]},
  {story: 'timeline--arabic', title: 'Seed feed, Arabic page (`dir="rtl" lang="ar"`)', widths: [375, 768, 1280]},
  {story: 'timeline-large-feeds--ten-thousand-events', title: '10,000 synthetic events (clusters)', widths: [1280]},
  {
    story: 'timeline-large-feeds--shifting-mix',
    title: '10,000 events whose mix shifts: clusters as stacked status bars, density in the overview',
    widths: [1280],
  },
];

const shots = SETS.flatMap((set) =>
  set.widths.flatMap((width) =>
    SCHEMES.map((scheme) => ({
      ...set,
      width,
      scheme,
      file: fileOf(set, width, scheme),
    })),
  ),
);

const words = process.argv.slice(2);
const wanted = shots.filter((shot) => words.every((word) => shot.file.includes(word)));
if (wanted.length === 0)
  fail(`No picture matches ${words.join(' ')}. Pictures: ${shots.map((shot) => shot.file).join(', ')}`);

const stories = await storybookIndex();
const missing = [...new Set(wanted.map((shot) => shot.story))].filter((id) => !stories.has(id));
if (missing.length > 0)
  fail(
    `The Storybook at ${STORYBOOK} has no story ${missing.join(', ')}: were the stories renamed? Update SETS in scripts/gallery.mjs.`,
  );

mkdirSync(OUT, {recursive: true});
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
  ],
});
let failed = 0;
try {
  for (const shot of wanted) {
    const started = Date.now();
    try {
      const bytes = await capture(shot);
      console.log(
        `${join(OUT, shot.file)}  ${(bytes / 1024).toFixed(0)} KiB  ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    } catch (error) {
      failed += 1;
      console.error(`${shot.file}: ${error instanceof Error ? error.message : error}`);
    }
  }
} finally {
  await browser.close();
}
writeIndex();
console.log(`${wanted.length - failed} of ${wanted.length} pictures written; index: ${join(OUT, 'README.md')}`);
process.exitCode = failed ? 1 : 0;

/** Takes one picture and returns its size in bytes. */
async function capture({story, width, scheme, file}) {
  const context = await browser.newContext({
    viewport: {width, height: VIEWPORT_HEIGHT},
    deviceScaleFactor: 1,
    colorScheme: scheme,
    reducedMotion: 'reduce',
  });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${STORYBOOK}/iframe.html?id=${encodeURIComponent(story)}&viewMode=story`, {waitUntil: 'load'});
    // the story page itself has no background: give it the scheme's canvas colour, so that a dark
    // picture is dark to its edges (the elements draw their own backgrounds)
    await page.addStyleTag({content: ':root { color-scheme: light dark; background: Canvas; }'});
    await page.waitForFunction(drawn, undefined, {timeout: 60_000, polling: 100}).catch(() => {
      throw new Error(
        `the timeline was not drawn within 60 s${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`,
      );
    });
    // settled: fonts loaded, Lit updates done, and two frames for the axis and placement drawn after them
    await page.evaluate(async () => {
      await document.fonts.ready;
      for (const el of document.querySelectorAll('frise-timeline')) await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const png = await page.screenshot({
      fullPage: true,
      scale: 'css',
      animations: 'disabled',
      caret: 'hide',
      ...(height > MAX_HEIGHT ? {clip: {x: 0, y: 0, width, height: MAX_HEIGHT}} : {}),
    });
    const small = recompress(png);
    writeFileSync(join(OUT, file), small);
    return small.length;
  } finally {
    await context.close();
  }
}

/**
 * Runs in the page: true once the story's timeline shows events: marks or clusters in the chart, or
 * items in the list it shows on narrow screens.
 */
function drawn() {
  const root = document.querySelector('frise-timeline')?.shadowRoot;
  if (!root) return false;
  if (root.querySelector('[part~="event"], [part~="cluster"]')) return true;
  return Boolean(root.querySelector('frise-list')?.shadowRoot?.querySelector('[part~="item"]'));
}

/** The ids of the Storybook's stories; says clearly what to do when no Storybook answers. */
async function storybookIndex() {
  let response;
  try {
    response = await fetch(`${STORYBOOK}/index.json`, {signal: AbortSignal.timeout(10_000)});
  } catch (error) {
    fail(`No Storybook answers at ${STORYBOOK} (${error.cause?.code ?? error.message}).
Start one in this checkout, then run the gallery again:
  npx storybook dev -p 6006 --no-open --ci &
or point STORYBOOK_URL at a running one: STORYBOOK_URL=http://localhost:6013 npm run gallery`);
  }
  if (!response.ok)
    fail(`${STORYBOOK}/index.json answered ${response.status}: is this a Storybook (version 7 or later)?`);
  const index = await response.json();
  return new Set(Object.keys(index.entries ?? index.stories ?? {}));
}

/**
 * The same picture, smaller and lossless. Chromium writes PNG with fast compression and a predictor per
 * row; screenshots are mostly flat areas and text, which deflate best unpredicted. The rows are decoded,
 * written again without predictor and deflated at the highest level, and the smaller of that and the
 * original kept. Other chunks are kept as they are. Only 8-bit RGB or RGBA without interlacing, which is
 * what Chromium writes; anything else is left alone.
 */
function recompress(png) {
  const chunks = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    chunks.push({type: png.toString('latin1', at + 4, at + 8), body: png.subarray(at + 8, at + 8 + length)});
    at += 12 + length;
  }
  const header = chunks[0]?.type === 'IHDR' ? chunks[0].body : undefined;
  if (!header || header[8] !== 8 || (header[9] !== 2 && header[9] !== 6) || header[12] !== 0) return png;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const bytesPerPixel = header[9] === 6 ? 4 : 3;
  const rows = unpredict(
    inflateSync(Buffer.concat(chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.body))),
    width * bytesPerPixel,
    height,
    bytesPerPixel,
  );
  const idat = {type: 'IDAT', body: deflateSync(rows, {level: 9, memLevel: 9})};
  const others = chunks.filter((chunk) => chunk.type !== 'IDAT');
  const end = others.findIndex((chunk) => chunk.type === 'IEND');
  const out = Buffer.concat([
    png.subarray(0, 8),
    ...[...others.slice(0, end), idat, ...others.slice(end)].map(({type, body}) => {
      const head = Buffer.alloc(8);
      head.writeUInt32BE(body.length, 0);
      head.write(type, 4, 'latin1');
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(body, crc32(type)) >>> 0, 0);
      return Buffer.concat([head, body, crc]);
    }),
  ]);
  return out.length < png.length ? out : png;
}

/** PNG scanlines (a predictor byte, then the row) decoded into the same rows with predictor 0 (none). */
function unpredict(data, stride, height, bytesPerPixel) {
  const out = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const predictor = data[y * (stride + 1)];
    const from = y * (stride + 1) + 1;
    const row = y * (stride + 1) + 1;
    const above = row - (stride + 1);
    for (let x = 0; x < stride; x++) {
      const left = x >= bytesPerPixel ? out[row + x - bytesPerPixel] : 0;
      const up = y > 0 ? out[above + x] : 0;
      const upLeft = y > 0 && x >= bytesPerPixel ? out[above + x - bytesPerPixel] : 0;
      let guess = 0;
      if (predictor === 1) guess = left;
      else if (predictor === 2) guess = up;
      else if (predictor === 3) guess = (left + up) >> 1;
      else if (predictor === 4) {
        const p = left + up - upLeft;
        const [dl, du, dul] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        guess = dl <= du && dl <= dul ? left : du <= dul ? up : upLeft;
      }
      out[row + x] = (data[from + x] + guess) & 0xff;
    }
  }
  return out;
}

/** docs/gallery/README.md: every picture of the gallery with its caption, those not taken yet marked. */
function writeIndex() {
  const lines = [
    '# Gallery',
    '',
    '<!-- written by scripts/gallery.mjs (`npm run gallery`); edit the script, not this file -->',
    '',
    'The timeline as readers see it: the seed feed (`data/nk-troops-russia-2024.feed.json`) in French,',
    'English and Arabic at 375, 768 and 1280 px, light and dark, and a synthetic feed of 10,000 events.',
    'Taken from the Storybook stories with Chromium (`npm run gallery`, Storybook running); look at them',
    'after every visual change. At 375 px the timeline shows its list view (`view="auto"`). Each picture is',
    `the full page, or its top ${MAX_HEIGHT.toLocaleString('en')} px when the page is taller (the lists at 375 px).`,
    '',
  ];
  // the index: one row per story, a link per picture
  const columns = [...new Set(SETS.flatMap((set) => set.widths))]
    .sort((a, b) => a - b)
    .flatMap((width) => SCHEMES.map((scheme) => ({width, scheme})));
  lines.push(
    `| story | ${columns.map(({width, scheme}) => `${width} ${scheme}`).join(' | ')} |`,
    `| --- |${' --- |'.repeat(columns.length)}`,
  );
  for (const set of SETS) {
    const cells = columns.map(({width, scheme}) =>
      set.widths.includes(width) ? `[▣](#${anchor(set, width, scheme)})` : '',
    );
    lines.push(`| ${set.title} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  for (const set of SETS) {
    lines.push(`## ${set.title}`, '', `Story \`${set.story}\`.`, '');
    for (const width of set.widths) {
      for (const scheme of SCHEMES) {
        const file = fileOf(set, width, scheme);
        const caption = `${set.title.replace(/ \(.*\)$/, '')}, ${width} px, ${scheme}`;
        lines.push(`### ${caption}`, '');
        lines.push(
          exists(join(OUT, file)) ? `![${caption}](${file})` : `_${file} not taken yet: run \`npm run gallery\`._`,
          '',
        );
        lines.push(`*${caption} (\`${file}\`).*`, '');
      }
    }
  }
  const text = `${lines.join('\n').replace(/\n+$/, '')}\n`;
  const path = join(OUT, 'README.md');
  if (!exists(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
}

/** The picture of a story at a width in a scheme: docs/gallery/<story>-<width>-<scheme>.png. */
function fileOf(set, width, scheme) {
  return `${set.story.split('--')[1]}-${width}-${scheme}.png`;
}

/** The anchor GitHub gives the heading of a picture in the index. */
function anchor(set, width, scheme) {
  return `${set.title.replace(/ \(.*\)$/, '')}, ${width} px, ${scheme}`
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replaceAll(' ', '-');
}

function exists(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
