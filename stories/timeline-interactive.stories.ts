import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import seed from '../data/nk-troops-russia-2024.feed.json';
import '../src/components/timeline/frise-timeline.js';
import type {FriseTimeline} from '../src/components/timeline/frise-timeline.js';

const meta: Meta = {
  title: 'Timeline/Explore',
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

const part = (el: FriseTimeline, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const DAY = 86_400_000;

/**
 * Zoom with the wheel, a drag, a pinch, double-click, the buttons or the keys (+, −, arrows, 0). The overview
 * strip below shows the whole feed; drag its window to move.
 */
export const ZoomAndPan: Story = {
  name: 'Zoom, pan and overview',
  render: () => html`<frise-timeline lang="fr" .feed=${seed} panel="none"></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    const [a, b] = el.visibleRange!;
    await userEvent.click(part(el, 'zoom-in'));
    await waitFor(() => expect(el.visibleRange![1] - el.visibleRange![0]).toBeLessThan((b - a) * 0.6));
    // Fit shows the whole feed: wider than the first view, which frames the story
    await userEvent.click(part(el, 'fit'));
    await waitFor(() => expect(el.visibleRange![0]).toBeLessThan(a));
    await waitFor(() => expect(el.visibleRange![1]).toBeGreaterThan(b));
  },
};

/**
 * Keyboard only: Tab reaches the toolbar (one stop: ← → move along it), the edge counts, then the chart
 * (one stop: ← → move through the events in time order, ↑ ↓ across lanes, + − zoom around the focused
 * event and keep it focused, Enter selects). The title is a heading (`heading-level`, 2 by default).
 */
export const KeyboardOnly: Story = {
  name: 'Keyboard only',
  render: () => html`<frise-timeline lang="fr" .feed=${seed} panel="bottom" heading-level="3"></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part~="title"] [role="heading"]')!.getAttribute('aria-level')).toBe(
      '3',
    );
    part(el, 'zoom-in').focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(el.shadowRoot!.activeElement?.getAttribute('part')).toBe('zoom-out');
    const mark = el.shadowRoot!.querySelector<SVGGElement>('[data-event-id="kremlin-fake-news-denial"] .mark')!;
    mark.focus();
    await userEvent.keyboard('+');
    await waitFor(() =>
      expect(el.shadowRoot!.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id')).toBe(
        'kremlin-fake-news-denial',
      ),
    );
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() =>
      expect(el.shadowRoot!.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id')).not.toBe(
        'kremlin-fake-news-denial',
      ),
    );
  },
};

/** Opened on October 2024 with `zoomTo()`: every label has room, and the axis reads in days. */
export const ZoomedOnOctober: Story = {
  name: 'Zoomed on October 2024',
  render: () => html`<frise-timeline lang="fr" .feed=${seed} panel="none"></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    el.zoomTo(Date.UTC(2024, 9, 5), Date.UTC(2024, 9, 27));
    await waitFor(() => expect(el.visibleRange![1] - el.visibleRange![0]).toBeLessThan(25 * DAY));
  },
};

const uncertain = {
  version: 1,
  title: {en: 'How precisely is each date known?', fr: 'Avec quelle précision chaque date est-elle connue ?'},
  language: 'en',
  published: '2024-10-22',
  actors: [{id: 'a', name: 'Dates', type: 'other'}],
  events: [
    {id: 'day', title: 'Day: 19 June 2024', start: '2024-06-19', kind: 'agreement', status: 'confirmed', actors: ['a']},
    {
      id: 'week',
      title: 'Week: "last week"',
      start: {relative: {unit: 'week', offset: -1}, wording: {en: 'last week'}},
      kind: 'report',
      status: 'reported',
      actors: ['a'],
    },
    {
      id: 'month',
      title: 'Month: "in June"',
      start: {date: '2024-06', wording: {en: 'in June'}},
      kind: 'statement',
      status: 'confirmed',
      actors: ['a'],
    },
    {id: 'year', title: 'Year: 2023', start: '2023', kind: 'context', status: 'unverified', actors: ['a']},
    {
      id: 'about',
      title: 'Approximate: around 2022, until the article',
      start: {date: '2022', approximate: true},
      end: '2024-10-22',
      kind: 'aid',
      status: 'confirmed',
      actors: ['a'],
    },
    {
      id: 'range',
      title: 'Range: 8–13 October',
      start: '2024-10-08',
      end: '2024-10-13',
      kind: 'military',
      status: 'disputed',
      actors: ['a'],
    },
  ],
};

/**
 * Honest dates: a day is a point, a week, month, year or approximate date is a soft span over its whole interval,
 * a range is a bar whose imprecise ends fade.
 */
export const DateUncertainty: Story = {
  name: 'Date uncertainty',
  render: () => html`<frise-timeline lang="en" .feed=${uncertain} panel="none" hide-legend></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    const mark = (id: string) => el.shadowRoot!.querySelector(`[data-event-id="${id}"]`)!;
    await expect(mark('day').querySelector('.span')).toBeNull();
    await expect(mark('month').querySelector('.span')).not.toBeNull();
    await expect(mark('week').querySelector('.span')).not.toBeNull();
    await expect(mark('range').querySelector('.bar')).not.toBeNull();
  },
};

/**
 * Who answers whom: connectors from each denial to the report it denies, each confirmation, ratification and
 * update; hover, focus or select an event to highlight its links.
 */
export const Relations: Story = {
  render: () =>
    html`<frise-timeline lang="fr" .feed=${seed} panel="none" selected="nis-12000-troops-report"></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    el.zoomTo(Date.UTC(2024, 9, 1), Date.UTC(2025, 4, 15));
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('[part~="link"].active').length).toBeGreaterThan(2));
  },
};

/**
 * Click, tap or Enter selects an event; its card opens in the side panel (below the chart on narrow screens).
 * Related events in the card move the selection and pan the timeline.
 */
export const SelectionAndCard: Story = {
  name: 'Selection and card',
  render: () => html`<frise-timeline lang="fr" .feed=${seed} selected="nk-un-first-committee-denial"></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('frise-event-card')).not.toBeNull());
    const mark = el.shadowRoot!.querySelector<SVGGElement>('[data-event-id="kremlin-fake-news-denial"]')!;
    await userEvent.click(mark.querySelector('.symbol')!);
    await waitFor(() => expect(el.selected).toBe('kremlin-fake-news-denial'));
  },
};

/** The built-in legend: toggle kinds, statuses, actors and relation types to filter; search to highlight. */
export const LegendFilter: Story = {
  name: 'Legend and search',
  render: () => html`<frise-timeline lang="fr" .feed=${seed} panel="side"></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    el.filter = {hiddenKinds: ['context'], hiddenStatuses: [], hiddenActors: [], hiddenRelations: [], query: 'ratifi'};
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('[part~="event"].match').length).toBeGreaterThan(2));
    await expect(el.shadowRoot!.querySelectorAll('[part~="event"][data-kind="context"]').length).toBe(0);
  },
};

/** Dark theme, forced with `theme="dark"` (by default the timeline follows prefers-color-scheme). */
export const Dark: Story = {
  render: () =>
    html`<div style="background:#0d1117;padding:8px"
      ><frise-timeline lang="fr" .feed=${seed} theme="dark" selected="kremlin-fake-news-denial"></frise-timeline
    ></div>`,
};

/**
 * Low vision: the chart's text follows the reader's text size (a browser set to 200 % text, or a page's
 * root font size): labels, ticks and lane names grow, and the rows, headers and axis grow with them, so
 * nothing overlaps. Here `--frise-label-font-size: 24px` stands for 200 % text. Forced-colours mode
 * (Windows High Contrast) draws lanes, bars, spans, the overview window and swatches in system colours.
 */
export const LargeText: Story = {
  name: 'Large text (200 %)',
  render: () =>
    html`<frise-timeline lang="en" .feed=${seed} panel="none" style="--frise-label-font-size: 24px"></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    const label = el.shadowRoot!.querySelector('[part~="event-label"]')!;
    await expect(getComputedStyle(label).fontSize).toBe('24px');
    await expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="lane-label"]')!).fontSize).toBe('24px');
  },
};

/** Theming from outside: custom properties and ::part(). */
export const CustomTheme: Story = {
  name: 'Custom properties and parts',
  render: () => html`
    <style>
      .newsroom {
        --frise-font-family: Georgia, serif;
        --frise-status-confirmed-color: #005f73;
        --frise-status-denied-color: #ae2012;
        --frise-lane-background: #fdf6e3;
      }
      .newsroom::part(axis) { color: #6c4f00; }
      .newsroom::part(lane-label) { font-variant: small-caps; }
    </style>
    <frise-timeline class="newsroom" lang="fr" .feed=${seed} panel="none"></frise-timeline>`,
};

const arabic = {
  version: 1,
  title: {ar: 'جنود كوريون شماليون في روسيا', en: 'North Korean troops in Russia'},
  language: 'ar',
  published: '2024-10-22',
  actors: [
    {id: 'kr', name: {ar: 'كوريا الجنوبية', en: 'South Korea'}, type: 'state', color: '#0072B2'},
    {id: 'kp', name: {ar: 'كوريا الشمالية', en: 'North Korea'}, type: 'state', color: '#D55E00'},
    {id: 'ru', name: {ar: 'روسيا', en: 'Russia'}, type: 'state', color: '#CC79A7'},
  ],
  events: [
    {
      id: 'pact',
      title: {ar: 'بوتين وكيم يوقعان معاهدة دفاع مشترك', en: 'Putin and Kim sign a defence pact'},
      start: '2024-06-19',
      kind: 'agreement',
      status: 'confirmed',
      actors: ['ru', 'kp'],
      importance: 5,
    },
    {
      id: 'nis',
      title: {ar: 'المخابرات الكورية الجنوبية: 12 ألف جندي (NIS)', en: 'NIS: 12,000 troops'},
      start: '2024-10-18',
      kind: 'report',
      status: 'denied',
      actors: ['kr'],
      importance: 5,
    },
    {
      id: 'un',
      title: {ar: 'بيونغ يانغ تنفي في الأمم المتحدة', en: 'Pyongyang denies at the UN'},
      start: '2024-10-21',
      kind: 'denial',
      status: 'confirmed',
      actors: ['kp'],
      relations: [{type: 'denies', target: 'nis'}],
      importance: 4,
    },
    {
      id: 'duma',
      title: {ar: 'مجلس الدوما يصادق على المعاهدة', en: 'The Duma ratifies the treaty'},
      start: '2024-10-24',
      kind: 'legislation',
      status: 'confirmed',
      actors: ['ru'],
      relations: [{type: 'ratifies', target: 'pact'}],
    },
    {
      id: 'admit',
      title: {ar: 'كوريا الشمالية تعترف بنشر قواتها', en: 'North Korea admits the deployment'},
      start: '2025-04-28',
      kind: 'statement',
      status: 'confirmed',
      actors: ['kp'],
      relations: [{type: 'confirms', target: 'nis'}],
    },
  ],
};

/** A right-to-left page in Arabic: time runs from right to left, labels read naturally, bidirectional text (NIS) is isolated. */
export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  render: () =>
    html`<div dir="rtl" lang="ar"><frise-timeline .feed=${arabic} view="timeline" panel="bottom" selected="un"></frise-timeline></div>`,
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement);
    const x = (id: string) =>
      el.shadowRoot!.querySelector(`[data-event-id="${id}"] .symbol`)!.getBoundingClientRect().left;
    await expect(x('pact')).toBeGreaterThan(x('admit'));
  },
};
