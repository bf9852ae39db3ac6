// Screenshots a page (default: a Storybook story) at a given viewport width with Debian's Chromium,
// full page. Usage: node scripts/screenshot.mjs <story-id | url> <width> <out.png> [colorScheme]
// (STORYBOOK_URL: the Storybook to use, http://localhost:6006 by default)
import {chromium} from 'playwright';

const [target = 'timeline--seed-article', width = '1200', out = 'shot.png', scheme = 'light'] = process.argv.slice(2);
const storybook = process.env.STORYBOOK_URL ?? 'http://localhost:6006';
const url = /^https?:/.test(target) ? target : `${storybook}/iframe.html?id=${target}&viewMode=story`;
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
try {
  const page = await browser.newPage({
    viewport: {width: Number(width), height: 800},
    colorScheme: scheme === 'dark' ? 'dark' : 'light',
  });
  await page.goto(url);
  // drawn: a timeline's marks or list, or any other frise element's shadow content (a busy machine
  // takes its time: wait for the drawing, not a fixed delay)
  await page
    .waitForFunction(
      () => {
        const elements = [...document.querySelectorAll('frise-timeline, frise-list, frise-legend, frise-event-card')];
        return (
          elements.length > 0 &&
          elements.every(
            (el) =>
              el.shadowRoot &&
              el.shadowRoot.querySelector(
                '[part~="event"], [part~="cluster"], frise-list, li, [part~="card"], [part~="issues"], section, ul',
              ),
          )
        );
      },
      undefined,
      {timeout: 60_000},
    )
    .catch(() => console.warn('nothing drawn after 60 s: taking the picture anyway'));
  await page.waitForTimeout(800);
  // SCREENSHOT_HEIGHT limits the picture to the top of the page (for reading details at phone width)
  const height = Number(process.env.SCREENSHOT_HEIGHT);
  await page.screenshot(
    height ? {path: out, clip: {x: 0, y: 0, width: Number(width), height}} : {path: out, fullPage: true},
  );
  console.log(`${out}: ${url} at ${width}px (${scheme})`);
} finally {
  await browser.close();
}
