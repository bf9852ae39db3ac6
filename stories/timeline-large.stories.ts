import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
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

const inLane = (el: FriseTimeline, lane: string) => [...el.shadowRoot!.querySelectorAll<SVGGElement>(`[part~="event"][data-lane="${lane}"]`)];

/**
 * 10,000 events over two years in 8 lanes. Where marks would be denser than the eye can separate they
 * gather into blocks that show their count; each block is a button named by its count, period, dominant
 * kind and status, and Enter or a click zooms into it. Zoom in and the blocks open into events.
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
    const positions = (lane: string) => inLane(el, lane).map((mark) => mark.getAttribute('transform')).join();
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
