import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import seed from '../data/nk-troops-russia-2024.feed.json';
import timelineJs from '../test/import/timelinejs-port-strike.json';
import '../src/components/timeline/frise-timeline.js';
import type {FriseTimeline} from '../src/components/timeline/frise-timeline.js';
import {importTimelineJs} from '../src/import/index.js';

const meta: Meta = {
  title: 'Timeline/Newsroom',
  component: 'frise-timeline',
};
export default meta;
type Story = StoryObj;

async function ready(canvas: HTMLElement): Promise<FriseTimeline> {
  const el = canvas.querySelector('frise-timeline')!;
  await waitFor(() => expect(el.visibleRange).not.toBeNull());
  await el.updateComplete;
  return el;
}

/**
 * Named periods: the feed's `periods` are faint bands behind the lanes, named in a strip under the axis. The seed
 * feed has one, from the treaty's signature (19 June 2024) to its entry into force (4 December 2024).
 */
export const Periods: Story = {
  render: () => html`<frise-timeline lang="fr" .feed=${seed} panel="none" first-view="all"></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    el.zoomTo(Date.UTC(2024, 4, 1), Date.UTC(2025, 0, 15));
    await el.updateComplete;
    const name = el.shadowRoot!.querySelector('[data-period-id="treaty-signature-to-force"] .period-name');
    await waitFor(() => expect(name?.textContent).toBe('Du traité signé à son entrée en vigueur'));
  },
};

/**
 * Export: with the `export` attribute the toolbar has a "Download image" button (a PNG of the chart as shown);
 * `toSVG()` and `toPNG()` give the same picture to a script. Below the timeline, the SVG it exports.
 */
export const Export: Story = {
  render: () => html`<frise-timeline lang="fr" .feed=${seed} panel="none" export></frise-timeline>
    <p>The picture <code>toSVG()</code> gives:</p>
    <img class="exported" alt="" style="max-width: 100%; border: 1px solid #8888" />`,
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part="export"]')).toBeTruthy();
    const svg = el.toSVG()!;
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    await expect(doc.querySelector('parsererror')).toBeNull();
    const img = canvasElement.querySelector<HTMLImageElement>('img.exported')!;
    img.alt = doc.querySelector('title')!.textContent ?? '';
    img.src = URL.createObjectURL(new Blob([svg], {type: 'image/svg+xml'}));
    await waitFor(() => expect(img.naturalWidth).toBeGreaterThan(0));
  },
};

const imported = importTimelineJs(timelineJs);

/**
 * Imported from TimelineJS3: a timeline written in TimelineJS3's JSON format (title slide, eras, media, HTML text
 * with links), read by `importTimelineJs` from `frise/import` and drawn as it is. Eras become periods, links in
 * the text become sources, HTML becomes plain text without being parsed as HTML.
 */
export const ImportedFromTimelineJS3: Story = {
  name: 'Imported from TimelineJS3',
  render: () => html`<frise-timeline lang="en" .feed=${imported.json} first-view="all"></frise-timeline>
    <p>${imported.issues.length} issue(s) from the importer.</p>`,
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    await expect(el.parsedFeed?.events.length).toBe(imported.feed!.events.length);
    await expect(imported.feed!.events.length).toBe(timelineJs.events.length);
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('[part="period"]').length).toBeGreaterThan(0));
  },
};

/**
 * Permalink: with `sync-url`, the address holds the selected event, the window and the filters (here under the key
 * `story`: `#story.event=…&story.from=…`). Opening that address restores them; Back and Forward walk the
 * selections; the card's "Copy link" gives a link to its event.
 */
export const Permalink: Story = {
  render: () => html`<frise-timeline lang="fr" .feed=${seed} sync-url="story"></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    el.select('nis-12000-troops-report');
    await waitFor(() => expect(location.hash).toContain('story.event=nis-12000-troops-report'));
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector('frise-event-card')!;
    await expect(card.getAttribute('link')).toContain('#story.event=nis-12000-troops-report');
    await waitFor(() => expect(card.shadowRoot!.querySelector('[part~="copy-link"]')).toBeTruthy());
    // leave the address as the story found it for the next story
    history.replaceState(null, '', location.href.split('#')[0]);
  },
};
