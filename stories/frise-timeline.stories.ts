import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import seed from '../data/nk-troops-russia-2024.feed.json';
import '../src/components/timeline/frise-timeline.js';
import type {FriseTimeline} from '../src/components/timeline/frise-timeline.js';
import {FEEDS_URL, type SnippetParameters} from './support/snippet.js';

interface Args {
  laneBy: 'actor' | 'kind' | 'status' | 'attribution';
  lang: string;
  width: string;
}

const meta: Meta<Args> = {
  title: 'Timeline',
  component: 'frise-timeline',
  args: {laneBy: 'actor', lang: 'fr', width: '100%'},
  argTypes: {
    laneBy: {control: 'inline-radio', options: ['actor', 'kind', 'status', 'attribution']},
    lang: {control: 'inline-radio', options: ['', 'fr', 'en', 'ar']},
    width: {control: 'text', description: 'Width of the container (the timeline follows it).'},
  },
  render: ({laneBy, lang, width}) => html`
    <div style="width: ${width}">
      <frise-timeline .feed=${seed} lane-by=${laneBy} lang=${lang}></frise-timeline>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

function timelineIn(canvas: HTMLElement): FriseTimeline {
  const el = canvas.querySelector('frise-timeline');
  if (!el) throw new Error('no frise-timeline in the story');
  return el;
}

async function marksOf(el: FriseTimeline): Promise<Element[]> {
  await waitFor(() => expect(el.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0).toBeGreaterThan(0));
  return [...el.shadowRoot!.querySelectorAll('[part~="event"]')];
}

/**
 * The seed feed: the French article on North Korean troops in Russia, checked against the fact sheet.
 * It opens on the story (October–November 2024) rather than on the 2022–2025 span its context ranges
 * reach; the counts at the edges ("‹ 3 avant", "3 après ›") pan to the events beyond; Ajuster (Fit)
 * shows everything. Hover or focus an event to see its relations, named on their lines.
 */
export const SeedArticle: Story = {
  name: 'Seed article',
  play: async ({canvasElement}) => {
    const el = timelineIn(canvasElement);
    const marks = await marksOf(el);
    await expect(marks.length).toBeGreaterThan(25);
    await expect(el.issues.length).toBe(0);
    const [start, end] = el.visibleRange!;
    await expect(start).toBeGreaterThan(Date.UTC(2024, 8, 15));
    await expect(end).toBeLessThan(Date.UTC(2024, 11, 1));
    await expect(el.shadowRoot!.querySelectorAll('[part~="beyond"]').length).toBe(2);
  },
};

/** A feed that names its own first view (`"view": {"start": "2024-06", "end": "2024-07"}`): the pact of June 2024. */
export const FeedNamesItsFirstView: Story = {
  name: 'Feed names its first view',
  render: ({lang}) =>
    html`<frise-timeline lang=${lang} .feed=${{...seed, view: {start: '2024-06', end: '2024-07'}}}></frise-timeline>`,
  parameters: {
    snippet: {
      feedExpression: `{...(await (await fetch('${FEEDS_URL}nk-troops-russia-2024.feed.json')).json()), view: {start: '2024-06', end: '2024-07'}}`,
    } satisfies SnippetParameters,
  },
  play: async ({canvasElement}) => {
    const el = timelineIn(canvasElement);
    await marksOf(el);
    const [start, end] = el.visibleRange!;
    await expect(start).toBeGreaterThanOrEqual(Date.UTC(2024, 4, 31));
    await expect(end).toBeLessThanOrEqual(Date.UTC(2024, 7, 1));
  },
};

/** `first-view="all"`: the whole feed first, as the Fit button shows it (dense stretches cluster there). */
export const WholeFeedFirst: Story = {
  name: 'Whole feed first',
  render: ({lang, laneBy}) =>
    html`<frise-timeline lang=${lang} lane-by=${laneBy} first-view="all" .feed=${seed}></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = timelineIn(canvasElement);
    await marksOf(el);
    const [start, end] = el.visibleRange!;
    await expect(start).toBeLessThan(Date.UTC(2022, 2, 1));
    await expect(end).toBeGreaterThan(Date.UTC(2025, 3, 28));
  },
};

/**
 * Forty statements on one day in one lane: more than a lane stacks, so at the deepest zoom they stay one block, and
 * activating it (click, tap, or Enter when focused) opens their list; choosing one selects it.
 */
export const SameDayEvents: Story = {
  name: 'Same-day events (cluster list)',
  render: () =>
    html`<frise-timeline lang="en" first-view="all" .feed=${{
      title: 'Statements of 22 October 2024',
      actors: [{id: 'seoul', name: 'South Korea'}],
      events: [
        ...Array.from({length: 40}, (_, i) => ({
          title: `Statement ${i + 1} of the day`,
          start: '2024-10-22',
          actors: ['seoul'],
        })),
        {title: 'A week before', start: '2024-10-15', actors: ['seoul']},
        {title: 'A week after', start: '2024-10-29', actors: ['seoul']},
      ],
    }}></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = timelineIn(canvasElement);
    await waitFor(() => expect(el.visibleRange).not.toBe(null));
    el.zoomTo(Date.UTC(2024, 9, 21), Date.UTC(2024, 9, 23));
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="cluster"]')).not.toBe(null));
    el.shadowRoot!.querySelector('[part~="cluster"]')!.dispatchEvent(new MouseEvent('click', {bubbles: true}));
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('.cluster-list-item').length).toBe(40));
  },
};

/** The same feed in English (`lang="en"`): titles, lane names and axis ticks follow. */
export const English: Story = {
  args: {lang: 'en'},
  play: async ({canvasElement}) => {
    const el = timelineIn(canvasElement);
    await marksOf(el);
    const lanes = [...el.shadowRoot!.querySelectorAll('[part~="lane-label"] .lane-name')].map(
      (name) => name.textContent,
    );
    await expect(lanes).toContain('South Korea');
  },
};

/**
 * The same feed on an Arabic page (`dir="rtl" lang="ar"`): an Arabic interface (toolbar, counts, dates with
 * Arabic month names, legend), time running from right to left; the feed's French titles keep their language.
 */
export const Arabic: Story = {
  args: {lang: 'ar'},
  render: ({laneBy, lang, width}) => html`
    <div dir="rtl" lang=${lang} style="width: ${width}">
      <frise-timeline .feed=${seed} lane-by=${laneBy}></frise-timeline>
    </div>`,
  play: async ({canvasElement}) => {
    const el = timelineIn(canvasElement);
    await marksOf(el);
    await expect(el.shadowRoot!.querySelector('.meta')?.textContent).toBe(`${seed.events.length} حدثًا`);
  },
};

/** One lane per kind of event: reports, denials, reactions, agreements, legislation… */
export const LanesByKind: Story = {
  args: {laneBy: 'kind'},
  play: async ({canvasElement}) => {
    const el = timelineIn(canvasElement);
    await marksOf(el);
    const lanes = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="lane"]')].map(
      (lane) => lane.dataset['lane'],
    );
    await expect(lanes).toContain('denial');
    await expect(lanes).toContain('report');
  },
};

/** One lane per status: what was confirmed, reported, denied or disputed as of the article's date. */
export const LanesByStatus: Story = {args: {laneBy: 'status'}};

/** One lane per source of the assertion: who says so. */
export const LanesByAttribution: Story = {args: {laneBy: 'attribution'}};

/** A phone-width container: the timeline follows its container's width. */
export const Narrow: Story = {args: {width: '375px'}};

/** Loaded with the `src` attribute from a URL instead of the `feed` property. */
export const FromUrl: Story = {
  name: 'From a URL (src)',
  render: () => html`<frise-timeline lang="fr" src="feeds/nk-troops-russia-2024.feed.json"></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = timelineIn(canvasElement);
    await waitFor(() => expect(el.parsedFeed?.events.length).toBe(seed.events.length), {timeout: 5000});
  },
};

/** The feed a newcomer types first: events with a title and a start, nothing else. Kind and status are not said, so marks are neutral. */
export const MinimalFeed: Story = {
  name: 'Minimal feed',
  render: () =>
    html`<frise-timeline .feed=${{
      events: [
        {title: 'Pact signed', start: '2024-06-19'},
        {title: 'Troops seen in Russia', start: '2024-10-18'},
        {title: 'Ratification', start: '2024-11-12'},
      ],
    }}></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = timelineIn(canvasElement);
    const marks = await marksOf(el);
    await expect(marks.length).toBe(3);
    await expect(el.issues.length).toBe(0);
    await expect(marks.every((mark) => mark.getAttribute('data-status') === 'unspecified')).toBe(true);
  },
};

const brokenFeed = {
  ...seed,
  events: [
    ...seed.events.slice(0, 5),
    {id: 'bad-date', title: 'Impossible date', start: '2024-02-30', kind: 'report', status: 'reported'},
    {id: 'bad-kind', title: 'Unknown kind', start: '2024-10-01', kind: 'rumour', status: 'reported'},
    {
      id: 'bad-link',
      title: 'Bad relation',
      start: '2024-10-02',
      kind: 'claim',
      status: 'reported',
      relations: [{type: 'denies', target: 'nowhere'}],
    },
  ],
};

/** A feed with bad records: they are left out and listed with their path; every valid record is drawn. */
export const FeedWithProblems: Story = {
  name: 'Feed with problems',
  render: () => html`<frise-timeline lang="fr" .feed=${brokenFeed}></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = timelineIn(canvasElement);
    const marks = await marksOf(el);
    await expect(marks.length).toBe(6);
    const errors = el.issues.filter((issue) => issue.severity === 'error');
    await expect(errors.map((issue) => `${issue.path} ${issue.code}`).sort()).toEqual([
      '/events/5/start date-calendar',
      '/events/6/kind invalid-value',
    ]);
    // relations to events not in this cut-down feed are dropped with a warning; their events are kept
    const warnings = el.issues.filter((issue) => issue.severity === 'warning');
    await expect(warnings.every((issue) => issue.code === 'unknown-reference')).toBe(true);
    await expect(warnings.some((issue) => issue.path === '/events/7/relations/0/target')).toBe(true);
    await expect(el.shadowRoot!.querySelector('[part~="issues"]')).not.toBeNull();
  },
};
