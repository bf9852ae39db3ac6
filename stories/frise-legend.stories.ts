import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import seed from '../data/nk-troops-russia-2024.feed.json';
import '../src/components/legend/frise-legend.js';
import '../src/components/timeline/frise-timeline.js';
import type {FriseLegend} from '../src/components/legend/frise-legend.js';
import type {FriseTimeline} from '../src/components/timeline/frise-timeline.js';
import type {FriseFilterChangeEvent} from '../src/events/frise-filterchange.js';
import type {FriseLoadEvent} from '../src/events/frise-load.js';
import type {FriseFilter} from '../src/model/filter.js';
import {parseFeed} from '../src/model/parse.js';

const feed = parseFeed(seed).feed;

interface Args {
  lang: string;
  sections: string;
  compact: boolean;
  theme: '' | 'light' | 'dark';
  width: string;
}

const meta: Meta<Args> = {
  title: 'Components/Legend',
  component: 'frise-legend',
  args: {lang: '', sections: 'search kinds statuses actors relations', compact: false, theme: '', width: '20rem'},
  argTypes: {
    lang: {control: 'inline-radio', options: ['', 'fr', 'en']},
    sections: {control: 'text', description: 'Space-separated: search kinds statuses actors relations.'},
    compact: {control: 'boolean'},
    theme: {control: 'inline-radio', options: ['', 'light', 'dark']},
    width: {control: 'text', description: 'Width of the container.'},
  },
  render: ({lang, sections, compact, theme, width}) => html`
    <div style="width: ${width}">
      <frise-legend .feed=${feed} lang=${lang} sections=${sections} ?compact=${compact} theme=${theme}></frise-legend>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

function legendIn(canvas: HTMLElement): FriseLegend {
  const el = canvas.querySelector('frise-legend');
  if (!el) throw new Error('no frise-legend in the story');
  return el;
}

async function itemOf(el: FriseLegend, section: string, value: string): Promise<HTMLButtonElement> {
  await waitFor(() =>
    expect(
      el.shadowRoot?.querySelector(`[part~="item"][data-section="${section}"][data-value="${value}"]`),
    ).not.toBeNull(),
  );
  return el.shadowRoot!.querySelector<HTMLButtonElement>(
    `[part~="item"][data-section="${section}"][data-value="${value}"]`,
  )!;
}

/** The key of the seed feed: every kind, status, main actor and relation type, with counts. Press one to hide it. */
export const SeedFeed: Story = {
  name: 'Seed feed',
  play: async ({canvasElement}) => {
    const el = legendIn(canvasElement);
    const reported = await itemOf(el, 'statuses', 'reported');
    const fired: FriseFilterChangeEvent[] = [];
    el.addEventListener('frise-filterchange', (event) => fired.push(event));
    await userEvent.click(reported);
    await expect(fired.length).toBe(1);
    await expect(fired[0]!.filter.hiddenStatuses).toEqual(['reported']);
    await waitFor(() => expect(reported.getAttribute('aria-pressed')).toBe('false'));
    await userEvent.click(reported);
    await expect(fired[1]!.filter.hiddenStatuses).toEqual([]);
    await waitFor(() => expect(reported.getAttribute('aria-pressed')).toBe('true'));
  },
};

/** `compact`: groups wrap as rows of small pills, for a toolbar above a timeline or a phone. */
export const Compact: Story = {
  args: {compact: true, width: '36rem'},
  play: async ({canvasElement}) => {
    const el = legendIn(canvasElement);
    const first = await itemOf(el, 'kinds', 'report');
    const second = await itemOf(el, 'kinds', 'claim');
    await expect(Math.round(second.getBoundingClientRect().top)).toBe(Math.round(first.getBoundingClientRect().top));
  },
};

/** `lang="en"`: headings, kind, status and relation names and actor names in English. */
export const English: Story = {
  args: {lang: 'en'},
  play: async ({canvasElement}) => {
    const el = legendIn(canvasElement);
    const denial = await itemOf(el, 'kinds', 'denial');
    await expect(denial.textContent).toContain('Denial');
    await expect(el.shadowRoot!.querySelector('label')!.textContent).toBe('Search');
  },
};

/** `theme="dark"` forces the dark palette; without `theme` the legend follows the reader's preference. */
export const Dark: Story = {
  args: {theme: 'dark'},
};

/** Only the kinds and the search box (`sections="kinds search"`). */
export const KindsAndSearch: Story = {
  name: 'Kinds and search only',
  args: {sections: 'kinds search'},
  play: async ({canvasElement}) => {
    const el = legendIn(canvasElement);
    await itemOf(el, 'kinds', 'report');
    const groups = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="group"]')].map(
      (group) => group.dataset['section'],
    );
    await expect(groups).toEqual(['kinds']);
  },
};

/**
 * A legend next to a timeline: the page passes the timeline's parsed feed to the legend (`frise-load`)
 * and each new filter of the legend to the timeline (`frise-filterchange`).
 */
export const LegendAndTimeline: Story = {
  name: 'Legend + timeline',
  parameters: {
    snippet: {
      feedless: ['frise-legend'],
      script: `
        const legend = document.querySelector('frise-legend');
        const timeline = document.querySelector('frise-timeline');
        // the legend lists what the timeline loaded (already, or once it has), and filters it
        if (timeline.parsedFeed) legend.feed = timeline.parsedFeed;
        timeline.addEventListener('frise-load', (event) => (legend.feed = event.feed));
        legend.addEventListener('frise-filterchange', (event) => (timeline.filter = event.filter));`,
    },
  },
  render: ({lang}) => {
    const onLoad = (event: FriseLoadEvent) => {
      const legend = (event.target as HTMLElement).closest('.frise-demo')?.querySelector('frise-legend');
      if (legend) legend.feed = event.feed;
    };
    const onFilterChange = (event: FriseFilterChangeEvent) => {
      const timeline = (event.target as HTMLElement).closest('.frise-demo')?.querySelector('frise-timeline') as
        (FriseTimeline & {filter?: FriseFilter}) | null;
      if (timeline) timeline.filter = event.filter;
    };
    return html`
      <div class="frise-demo" style="display: grid; grid-template-columns: minmax(14rem, 18rem) minmax(0, 1fr); gap: 1rem; align-items: start">
        <frise-legend lang=${lang} @frise-filterchange=${onFilterChange}></frise-legend>
        <frise-timeline .feed=${seed} lang=${lang} @frise-load=${onLoad}></frise-timeline>
      </div>`;
  },
  play: async ({canvasElement}) => {
    const el = legendIn(canvasElement);
    const claim = await itemOf(el, 'kinds', 'claim');
    const timeline = canvasElement.querySelector('frise-timeline') as (FriseTimeline & {filter?: FriseFilter}) | null;
    await userEvent.click(claim);
    await expect(timeline?.filter?.hiddenKinds).toEqual(['claim']);
  },
};
