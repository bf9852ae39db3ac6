import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import '../src/components/timeline/frise-timeline.js';
import type {FriseTimeline} from '../src/components/timeline/frise-timeline.js';
import {syntheticFeed} from '../src/test-support/synthetic-feed.js';
import {generatedFeedExpression} from './support/snippet.js';

const meta: Meta = {
  title: 'Timeline/Large feeds',
  component: 'frise-timeline',
};
export default meta;
type Story = StoryObj;

// generated once per page: the same seeded feed as the tests' and close to the benchmark's
const tenThousand = syntheticFeed(10_000, 7);
const twoThousand = syntheticFeed(2_000, 11);

async function ready(canvas: HTMLElement): Promise<FriseTimeline> {
  const el = canvas.querySelector('frise-timeline')!;
  await waitFor(() => expect(el.visibleRange).not.toBeNull(), {timeout: 5000});
  await el.updateComplete;
  return el;
}

/**
 * The feed of "a mix that shifts": n events over 2023–2024 in six lanes. The story unfolds in three
 * movements: first reports and unverified claims, then a contested stretch (denials and disputes peak
 * in the second half of 2023, around a burst of events), then confirmations take over; a second, short
 * burst comes in autumn 2024. Each lane has a main kind (statements, claims…). Deterministic: a hash of
 * the index stands for chance. Self-contained plain JavaScript, so that "Show code" pastes its source.
 */
function shiftingMixFeed(n: number) {
  const chance = (i: number, salt: number) => (Math.imul(i + 1, 2654435761) ^ Math.imul(salt + 7, 40503)) >>> 0;
  const unit = (i: number, salt: number) => (chance(chance(i, salt), salt) % 100000) / 100000;
  const bump = (t: number, centre: number, width: number) => Math.max(0, 1 - Math.abs(t - centre) / width);
  const lanes = [
    ['government', 'Government', 'statement'],
    ['opposition', 'Opposition', 'claim'],
    ['army', 'Armed forces', 'military'],
    ['monitors', 'Monitors', 'report'],
    ['ministries', 'Foreign ministries', 'diplomatic'],
    ['agencies', 'Aid agencies', 'aid'],
  ] as const;
  const kinds = ['statement', 'claim', 'military', 'report', 'diplomatic', 'aid', 'denial', 'reaction'] as const;
  const events = [];
  for (let i = 0; i < n; i++) {
    const pick = unit(i, 1);
    // most events spread over the two years; two bursts: summer 2023, autumn 2024
    const day = Math.floor(
      pick < 0.62 ? unit(i, 2) * 730 : pick < 0.9 ? 200 + (unit(i, 2) - 0.5) * 60 : 640 + (unit(i, 2) - 0.5) * 24,
    );
    const t = day / 730;
    const weights = {
      reported: 0.1 + 0.45 * (1 - t),
      unverified: 0.4 * (1 - t) ** 2,
      disputed: 0.45 * bump(t, 0.35, 0.25),
      denied: 0.4 * bump(t, 0.3, 0.2),
      confirmed: 0.03 + 0.8 * t ** 2,
    };
    let left = unit(i, 3) * Object.values(weights).reduce((a, b) => a + b, 0);
    const status =
      (Object.keys(weights) as Array<keyof typeof weights>).find((key) => (left -= weights[key]) < 0) ?? 'confirmed';
    const lane = lanes[i % lanes.length]!;
    events.push({
      id: `e${i}`,
      title: `${lane[1]}: event ${i + 1}`,
      start: new Date(Date.UTC(2023, 0, 1) + day * 86400000).toISOString().slice(0, 10),
      kind: unit(i, 4) < 0.7 ? lane[2] : kinds[Math.floor(unit(i, 5) * kinds.length)]!,
      status,
      actors: [lane[0]],
      importance: 1 + Math.floor(unit(i, 6) * 5),
    });
  }
  return {
    version: 1,
    title: `${n.toLocaleString('en')} invented events: a mix that shifts`,
    language: 'en',
    actors: lanes.map(([id, name]) => ({id, name, type: 'organisation'})),
    events,
  };
}
const shiftingMix = shiftingMixFeed(10_000);

const inLane = (el: FriseTimeline, lane: string) => [
  ...el.shadowRoot!.querySelectorAll<SVGGElement>(`[part~="event"][data-lane="${lane}"]`),
];

/**
 * 10,000 events over two years in 8 lanes. Where marks would be denser than the eye can separate they
 * gather into clusters: bars of their statuses that show their count and main kind; each is a button
 * named by its count, period, shares of statuses and main kind, and Enter or a click zooms into it. Zoom
 * in and the clusters open into events.
 */
export const TenThousandEvents: Story = {
  name: '10,000 events: clusters',
  parameters: {snippet: {feedExpression: generatedFeedExpression(10_000)}},
  render: () => html`<frise-timeline .feed=${tenThousand} lang="en" panel="none" hide-legend></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    const clusters = el.shadowRoot!.querySelectorAll('[part~="cluster"]');
    await expect(clusters.length).toBeGreaterThan(50);
    await expect(clusters[0]!.getAttribute('aria-label')).toMatch(/\d+ events/);
    // the DOM stays small whatever the feed size
    await expect(el.shadowRoot!.querySelectorAll('*').length).toBeLessThan(3000);
  },
};

/**
 * The keyboard through a dense feed: the chart is one tab stop; ← → step through clusters and marks in
 * time order (a cluster is a stop: its name says its count, period and mix), ↑ ↓ move across lanes,
 * Enter on a cluster zooms into it and the focus goes to the first stop inside, Home and End reach the
 * first and the last event. The focus never falls to the page, even where the view has to move.
 */
export const KeyboardThroughClusters: Story = {
  name: '10,000 events: keyboard through clusters',
  parameters: {snippet: {feedExpression: generatedFeedExpression(10_000)}},
  render: () =>
    html`<frise-timeline .feed=${tenThousand} lang="en" panel="none" hide-legend first-view="all"></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    // the chart's one tab stop, once the chart has settled at its width
    await new Promise((resolve) => setTimeout(resolve, 200));
    await el.updateComplete;
    const stop = el.shadowRoot!.querySelector<SVGElement>('.chart-box [tabindex="0"]')!;
    stop.focus();
    await waitFor(() => expect(el.shadowRoot!.activeElement).toBe(stop));
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(el.shadowRoot!.activeElement?.matches('[part~="cluster"], .mark')).toBe(true));
    const cluster = el.shadowRoot!.activeElement!.closest('[part~="cluster"]');
    if (cluster) {
      const before = el.visibleRange!;
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(el.visibleRange![1] - el.visibleRange![0]).toBeLessThan(before[1] - before[0]));
      await waitFor(() => expect(el.shadowRoot!.activeElement?.matches('[part~="cluster"], .mark')).toBe(true));
    }
  },
};

/**
 * A timeline taller than its box: only the lanes on or near the screen are moved by a zoom; the others
 * keep their marks where they were until they scroll into view (the box here scrolls; a page does too).
 * Zoom, then scroll down: the lower lanes come in with their marks in place.
 */
export const TallTimelineInAScrollingBox: Story = {
  name: 'Tall timeline in a scrolling box',
  parameters: {snippet: {feedExpression: generatedFeedExpression(2_000)}},
  render: () => html`<div class="box" style="height: 260px; overflow: auto; border: 1px solid #ccc">
    <frise-timeline .feed=${twoThousand} lang="en" panel="none" hide-legend></frise-timeline>
  </div>`,
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    const box = canvasElement.querySelector<HTMLDivElement>('.box')!;
    const lanes = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="lane"]')];
    const last = lanes.at(-1)!.dataset['lane']!;
    const first = lanes[0]!.dataset['lane']!;
    const positions = (lane: string) =>
      inLane(el, lane)
        .map((mark) => mark.getAttribute('transform'))
        .join();
    const DAY = 86_400_000;
    el.zoomTo(Date.UTC(2023, 2, 1), Date.UTC(2023, 5, 1));
    await el.updateComplete;
    // let the lanes report where they are
    await new Promise((resolve) => setTimeout(resolve, 150));
    const lastBefore = positions(last);
    const firstBefore = positions(first);
    // a pan a week later (same zoom): the top lane moves, the bottom one, out of the box, is left as it was
    el.zoomTo(Date.UTC(2023, 2, 1) + 7 * DAY, Date.UTC(2023, 5, 1) + 7 * DAY);
    await el.updateComplete;
    await expect(positions(first)).not.toBe(firstBefore);
    await expect(positions(last)).toBe(lastBefore);
    box.scrollTop = box.scrollHeight;
    await waitFor(() => expect(positions(last)).not.toBe(lastBefore));
  },
};

/**
 * 10,000 events whose mix of statuses changes over two years. Each cluster is a bar of its statuses,
 * stacked in the legend's order (reported, confirmed, denied, disputed, unverified) and drawn as the
 * marks are (confirmed filled, disputed dashed, unverified dotted, denied struck through), with its count
 * and its main kind's symbol: along a lane, the eye follows unverified reports giving way to a contested
 * stretch, then to confirmations. The overview's histogram shows the two bursts.
 */
export const ShiftingMix: Story = {
  name: '10,000 events: a mix that shifts',
  parameters: {snippet: {feedExpression: `(${shiftingMixFeed.toString()})(10000)`}},
  render: () => html`<frise-timeline .feed=${shiftingMix} lang="en" panel="none" hide-legend></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    const root = el.shadowRoot!;
    const statuses = new Set(
      [...root.querySelectorAll<SVGPathElement>('.cluster-segments')].map((path) => path.dataset['status']),
    );
    await expect(statuses.size).toBeGreaterThanOrEqual(4);
    const label = root.querySelector('[part~="cluster"]')!.getAttribute('aria-label')!;
    await expect(label).toMatch(/^\d[\d,]* events, .+: \d+% /);
    await expect(root.querySelector('[part~="overview-density"]')!.getAttribute('d')!.length).toBeGreaterThan(200);
    await expect(root.querySelectorAll('*').length).toBeLessThan(3000);
  },
};
