import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect, userEvent, waitFor} from 'storybook/test';
import seed from '../data/nk-troops-russia-2024.feed.json';
import {parseFeed} from '../src/model/parse.js';
import {EMPTY_FILTER, type FriseFilter} from '../src/model/filter.js';
import type {FriseFeed} from '../src/model/types.js';
import '../src/components/list/frise-list.js';
import type {FriseList} from '../src/components/list/frise-list.js';
import type {FriseSelectEvent} from '../src/events/frise-select.js';
import {syntheticFeed} from '../src/test-support/synthetic-feed.js';
import {generatedFeedExpression} from './support/snippet.js';

function feedOf(doc: unknown): FriseFeed {
  const {feed} = parseFeed(doc);
  if (!feed) throw new Error('the story feed does not parse');
  return feed;
}

const seedFeed = feedOf(seed);

/**
 * A small invented feed in Arabic (with English titles too): a report that the city port is closing,
 * the ministry's denial, and what followed. For right-to-left layout only; not real news.
 */
const arabicFeed = feedOf({
  version: 1,
  title: {ar: 'ميناء المدينة: تقرير ونفي', en: 'The city port: a report and a denial'},
  language: 'ar',
  published: '2024-04-15',
  actors: [
    {id: 'ministry', name: {ar: 'وزارة النقل', en: 'Ministry of Transport'}, type: 'government'},
    {id: 'paper', name: {ar: 'صحيفة محلية', en: 'A local newspaper'}, type: 'media'},
    {id: 'union', name: {ar: 'نقابة عمال الميناء', en: 'Port workers’ union'}, type: 'organisation'},
  ],
  events: [
    {
      id: 'maintenance',
      title: {ar: 'بداية أعمال الصيانة في الميناء', en: 'Maintenance work begins at the port'},
      start: '2023-11-20',
      end: '2024-02-29',
      kind: 'context',
      status: 'confirmed',
      actors: ['ministry'],
      attribution: {actors: ['ministry']},
    },
    {
      id: 'closure-report',
      title: {ar: 'تقرير عن إغلاق ميناء المدينة', en: 'Report of the city port closing'},
      start: '2024-03-04',
      kind: 'report',
      status: 'denied',
      actors: ['paper'],
      attribution: {actors: ['paper']},
    },
    {
      id: 'ministry-denial',
      title: {ar: 'الوزارة تنفي إغلاق الميناء', en: 'The ministry denies the port closure'},
      summary: {ar: 'قالت الوزارة إن الميناء مفتوح.', en: 'The ministry said the port is open.'},
      start: '2024-03-05',
      kind: 'denial',
      status: 'confirmed',
      actors: ['ministry'],
      attribution: {actors: ['ministry']},
      relations: [{type: 'denies', target: 'closure-report'}],
    },
    {
      id: 'port-normal',
      title: {ar: 'الميناء يعمل بشكل طبيعي', en: 'The port operates normally'},
      start: '2024-03-12',
      kind: 'statement',
      status: 'confirmed',
      actors: ['ministry'],
      attribution: {actors: ['ministry']},
      relations: [{type: 'follows', target: 'ministry-denial'}],
    },
    {
      id: 'union-questions',
      title: {ar: 'نقابة العمال تطالب بتوضيحات', en: 'The workers’ union asks for clarification'},
      start: '2024-04',
      kind: 'reaction',
      status: 'disputed',
      actors: ['union'],
      attribution: {actors: ['union']},
      relations: [{type: 'responds-to', target: 'ministry-denial'}],
    },
  ],
});

interface Args {
  feed: FriseFeed;
  filter: FriseFilter;
  selected: string;
  lang: string;
  variant: 'list' | 'vertical';
  theme: '' | 'light' | 'dark';
  headingLevel: number;
  expandSelected: boolean;
  width: string;
}

const meta: Meta<Args> = {
  title: 'Components/List',
  component: 'frise-list',
  args: {
    feed: seedFeed,
    filter: EMPTY_FILTER,
    selected: '',
    lang: 'fr',
    variant: 'list',
    theme: '',
    headingLevel: 3,
    expandSelected: false,
    width: '1000px',
  },
  argTypes: {
    feed: {table: {disable: true}},
    filter: {control: 'object', description: 'hiddenKinds, hiddenStatuses, hiddenActors, hiddenRelations, query.'},
    selected: {control: 'select', options: ['', ...seedFeed.events.map((event) => event.id)]},
    lang: {control: 'inline-radio', options: ['', 'fr', 'en']},
    variant: {control: 'inline-radio', options: ['list', 'vertical']},
    theme: {control: 'inline-radio', options: ['', 'light', 'dark']},
    headingLevel: {control: {type: 'number', min: 1, max: 4}},
    expandSelected: {
      control: 'boolean',
      description: 'The selected event’s card opens inside its item (expand-selected).',
    },
    width: {control: 'text', description: 'Width of the container.'},
  },
  render: ({feed, filter, selected, lang, variant, theme, headingLevel, expandSelected, width}) => html`
    <div style="max-width: ${width}">
      <frise-list .feed=${feed} .filter=${filter} selected=${ifDefined(selected || undefined)} lang=${ifDefined(lang || undefined)}
        variant=${variant} theme=${ifDefined(theme || undefined)} heading-level=${headingLevel} ?expand-selected=${expandSelected}></frise-list>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

async function listIn(canvas: HTMLElement): Promise<FriseList> {
  const el = canvas.querySelector<FriseList>('frise-list');
  if (!el) throw new Error('no frise-list in the story');
  await el.updateComplete;
  return el;
}

/** Follows a relation link: the selection and the focus move to the related event. */
async function followRelation(canvas: HTMLElement, from: string, to: string, label: string): Promise<void> {
  const el = await listIn(canvas);
  const root = el.shadowRoot!;
  const link = root.querySelector<HTMLAnchorElement>(
    `[data-event-id="${from}"] .relation[data-target-id="${to}"] [part~="relation-link"]`,
  );
  await expect(link).not.toBeNull();
  await expect(link!.textContent).toContain(label);
  let fired: FriseSelectEvent | undefined;
  el.addEventListener('frise-select', (event) => (fired = event), {once: true});
  await userEvent.click(link!);
  await waitFor(() => expect(el.selected).toBe(to));
  await expect(fired?.id).toBe(to);
  await waitFor(() => expect(root.activeElement?.id).toBe(`event-${to}`));
  await expect(root.getElementById(`event-${to}`)?.getAttribute('aria-current')).toBe('true');
}

/** The seed article's events in French, by year and month. Click "dément …" under North Korea's UN denial: the NIS report is selected and focused. */
export const SeedList: Story = {
  name: 'Seed list (fr)',
  play: async ({canvasElement}) => {
    const el = await listIn(canvasElement);
    const years = [...el.shadowRoot!.querySelectorAll('[part~="year"]')].map((h) => h.textContent?.trim());
    await expect(years).toEqual(['2022', '2023', '2024', '2025']);
    await followRelation(canvasElement, 'nk-un-first-committee-denial', 'nis-12000-troops-report', 'dément');
  },
};

/** The same feed in English (`lang="en"`): headings, dates, kinds, statuses and relation labels. */
export const English: Story = {
  args: {lang: 'en'},
  play: async ({canvasElement}) => {
    const el = await listIn(canvasElement);
    const months = [...el.shadowRoot!.querySelectorAll('.year[data-year="2024"] [part~="month"]')].map((h) =>
      h.textContent?.trim(),
    );
    await expect(months[0]).toBe('June 2024');
    await followRelation(canvasElement, 'nis-12000-troops-report', 'nk-un-first-committee-denial', 'denied by');
  },
};

/** `variant="vertical"` at phone width (375 px): a rail with each event's symbol in its status style. Tap a mark to select its event. */
export const Vertical: Story = {
  args: {variant: 'vertical', width: '375px'},
  play: async ({canvasElement}) => {
    const el = await listIn(canvasElement);
    const root = el.shadowRoot!;
    await expect(root.querySelector('[part~="rail"]')).not.toBeNull();
    const mark = root.querySelector<SVGSVGElement>('[data-event-id="nk-flag-photo-tsukuryne"] [part~="mark"]')!;
    const box = mark.getBoundingClientRect();
    await expect(box.width).toBeGreaterThanOrEqual(24);
    await expect(box.height).toBeGreaterThanOrEqual(24);
    await userEvent.click(mark);
    await waitFor(() => expect(el.selected).toBe('nk-flag-photo-tsukuryne'));
    await expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
  },
};

/** An invented Arabic feed in a `dir="rtl" lang="ar"` page: the rail is on the right, Arabic titles, dates, headings and UI words. */
export const Rtl: Story = {
  name: 'RTL (Arabic)',
  args: {feed: arabicFeed, lang: '', variant: 'vertical', width: '414px'},
  render: ({feed, variant, theme, width}) => html`
    <div dir="rtl" lang="ar" style="max-width: ${width}">
      <frise-list .feed=${feed} variant=${variant} theme=${ifDefined(theme || undefined)}></frise-list>
    </div>`,
  play: async ({canvasElement}) => {
    const el = await listIn(canvasElement);
    const root = el.shadowRoot!;
    const rail = root.querySelector('[part~="rail"]')!.getBoundingClientRect();
    const list = el.getBoundingClientRect();
    await expect(rail.left).toBeGreaterThan(list.left + list.width / 2);
    await expect(root.querySelector('#title-ministry-denial bdi')?.textContent).toBe('الوزارة تنفي إغلاق الميناء');
    await followRelation(canvasElement, 'ministry-denial', 'closure-report', 'ينفي');
  },
};

/** Reports hidden by the filter, and a search for "Peskov": matching events are marked, the others dimmed, none hidden. */
export const FilteredSearch: Story = {
  name: 'Filtered + search',
  args: {filter: {...EMPTY_FILTER, hiddenStatuses: ['reported'], query: 'Peskov'}},
  play: async ({canvasElement}) => {
    const el = await listIn(canvasElement);
    const root = el.shadowRoot!;
    await expect(root.querySelector('[data-status="reported"]')).toBeNull();
    const matched = [...root.querySelectorAll<HTMLElement>('[part~="item"][data-match]')].map(
      (li) => li.dataset['eventId'],
    );
    await expect(matched).toEqual(['kremlin-fake-news-denial', 'peskov-contradictory-information']);
    await expect(root.querySelectorAll('[part~="item"].dimmed').length).toBeGreaterThan(10);
    await expect(root.querySelector('.query-status')?.textContent).toContain('2 événements');
  },
};

/** `theme="dark"`, with a selected event, in the list and the vertical variants. */
export const Dark: Story = {
  args: {theme: 'dark', selected: 'nk-un-first-committee-denial'},
  render: ({feed, theme, selected, lang}) => html`
    <div style="display: grid; grid-template-columns: minmax(0, 1fr) 375px; gap: 16px; background: #0d1117; padding: 8px">
      <frise-list .feed=${feed} selected=${selected} lang=${lang} theme=${ifDefined(theme || undefined)}></frise-list>
      <frise-list .feed=${feed} selected=${selected} lang=${lang} variant="vertical" theme=${ifDefined(theme || undefined)}></frise-list>
    </div>`,
  play: async ({canvasElement}) => {
    const el = await listIn(canvasElement);
    const article = el.shadowRoot!.getElementById('event-nk-un-first-committee-denial')!;
    await expect(article.getAttribute('aria-current')).toBe('true');
  },
};

/**
 * `expand-selected` (the timeline's list and phone views use it): the selected event's card opens inside
 * its item, under its title, where the reader is. The title button opens and closes it; the card's Close
 * button and Escape close it and give the focus back to the title; a related event of the card opens
 * its own card where it is listed.
 */
export const CardInPlace: Story = {
  name: 'Card in place (expand-selected)',
  args: {expandSelected: true, variant: 'vertical', width: '375px', selected: 'nis-12000-troops-report'},
  play: async ({canvasElement}) => {
    const el = await listIn(canvasElement);
    const root = el.shadowRoot!;
    const item = root.querySelector('[data-event-id="nis-12000-troops-report"]')!;
    await waitFor(() => expect(item.querySelector('frise-event-card')).not.toBeNull());
    const button = item.querySelector<HTMLButtonElement>('[part~="select-button"]')!;
    await expect(button.getAttribute('aria-expanded')).toBe('true');
    await userEvent.click(button);
    await waitFor(() => expect(el.selected).toBeNull());
    await expect(item.querySelector('frise-event-card')).toBeNull();
  },
};

// generated once per page: the same seeded feed as the tests'
const tenThousand = feedOf(syntheticFeed(10_000, 7));

/**
 * 10,000 events: only the rows near the viewport are in the DOM (scroll, and the list draws the events
 * that come into view, under their year and month headings); each item says its place in its month
 * (`aria-posinset`, `aria-setsize`). Tab goes from event to event however far, and the selected event's
 * card opens in place. Scroll the canvas: the DOM stays under 3,000 elements.
 */
export const TenThousandEvents: Story = {
  name: '10,000 events, card in place',
  parameters: {snippet: {feedExpression: generatedFeedExpression(10_000)}},
  args: {feed: tenThousand, lang: 'en', expandSelected: true, selected: tenThousand.events[40]!.id},
  argTypes: {selected: {control: 'text'}},
  play: async ({canvasElement}) => {
    const el = await listIn(canvasElement);
    const root = el.shadowRoot!;
    const selected = tenThousand.events[40]!.id;
    await waitFor(() => expect(root.querySelector(`[data-event-id="${selected}"] frise-event-card`)).not.toBeNull());
    const count = (node: ParentNode): number =>
      [...node.querySelectorAll('*')].reduce(
        (sum, element) => sum + 1 + (element.shadowRoot ? count(element.shadowRoot) : 0),
        0,
      );
    await expect(count(root)).toBeLessThan(3000);
    await expect(root.querySelectorAll('[part~="item"]').length).toBeLessThan(200);
    await expect(root.querySelector('[part~="item"]')!.getAttribute('aria-setsize')).toMatch(/^\d+$/);
  },
};
