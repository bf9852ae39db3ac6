import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect, userEvent, waitFor} from 'storybook/test';
import seed from '../data/nk-troops-russia-2024.feed.json';
import {parseFeed} from '../src/model/parse.js';
import {markParsed} from '../src/model/parsed-feed.js';
import type {FriseEvent, FriseFeed, FriseSource} from '../src/model/types.js';
import '../src/components/event-card/frise-event-card.js';
import type {FriseEventCard} from '../src/components/event-card/frise-event-card.js';
import type {FriseSelectEvent} from '../src/events/frise-select.js';

function feedOf(doc: unknown): FriseFeed {
  const {feed} = parseFeed(doc);
  if (!feed) throw new Error('the story feed does not parse');
  return feed;
}

const seedFeed = feedOf(seed);

/** The seed, with an image on the Tsukuryne flag photo event (an invented address: it does not load). */
const imageFeed = feedOf({
  ...seed,
  events: seed.events.map((event) =>
    event.id !== 'nk-flag-photo-tsukuryne'
      ? event
      : {
          ...event,
          media: {
            type: 'image',
            url: 'https://images.frise.example/2024/10/tsukuryne-flag.jpg',
            alt: {
              fr: 'Des soldats posent devant un bâtiment en ruine où flottent les drapeaux russe et nord-coréen.',
              en: 'Soldiers pose in front of a ruined building flying the Russian and North Korean flags.',
            },
            caption: {
              fr: 'La photo diffusée par des comptes Telegram prorusses, présentée comme prise à Tsukuryne.',
              en: 'The photo shared by pro-Russian Telegram accounts, said to be taken in Tsukuryne.',
            },
            credit: {fr: 'Capture d’écran Telegram (non vérifiée)', en: 'Telegram screenshot (unverified)'},
          },
        },
  ),
});

const PAYLOAD = '<img src=x onerror=alert(1)>';

/**
 * A parsed feed built by other code (another copy of frise on the page, say) that carries source URLs
 * parseFeed refuses: the card's own defence is what this shows (only http and https become links; text
 * stays text). A feed document with these URLs never gets this far: parseFeed leaves them out.
 */
function hostileFeed(): FriseFeed {
  const feed = feedOf({
    version: 1,
    title: `Hostile ${PAYLOAD}`,
    language: 'en',
    events: [
      {
        id: 'hostile',
        title: `A title with markup ${PAYLOAD}`,
        summary: `The summary tries <script>alert(1)</script> and ${PAYLOAD}.`,
        start: '2024-10-21',
        kind: 'claim',
        status: 'unverified',
        attribution: {label: `according to ${PAYLOAD}`},
        quotes: [{text: `quoted ${PAYLOAD}`, speaker: `<b>speaker</b>`}],
        notes: `A note with ${PAYLOAD}`,
      },
    ],
  });
  const sources: FriseSource[] = [
    {id: 'js', publisher: 'Script link', title: `javascript: URL ${PAYLOAD}`, url: 'javascript:alert(1)'},
    {id: 'data', publisher: 'Data link', title: 'data: URL', url: 'data:text/html,<script>alert(1)</script>'},
    {id: 'ftp', publisher: 'FTP link', title: 'ftp: URL', url: 'ftp://files.example.org/report.txt'},
    {id: 'mail', publisher: 'Mail link', title: 'mailto: is not a source link', url: 'mailto:desk@example.org'},
    {id: 'ok', publisher: 'Safe link', title: 'an https source', url: 'https://example.org/report'},
  ];
  const event: FriseEvent = {...feed.events[0]!, sources: sources.map((source) => source.id)};
  return markParsed({
    ...feed,
    sources,
    sourceById: new Map(sources.map((s) => [s.id, s])),
    events: [event],
    eventById: new Map([[event.id, event]]),
  });
}

interface Args {
  feed: FriseFeed;
  eventId: string;
  lang: string;
  headingLevel: number;
  closable: boolean;
  theme: '' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Components/Event card',
  component: 'frise-event-card',
  args: {
    feed: seedFeed,
    eventId: 'nk-un-first-committee-denial',
    lang: 'fr',
    headingLevel: 3,
    closable: false,
    theme: '',
  },
  argTypes: {
    feed: {table: {disable: true}},
    eventId: {
      control: 'select',
      options: seedFeed.events.map((event) => event.id),
      description: 'Id of the seed event shown (sets the `event` property).',
    },
    lang: {control: 'inline-radio', options: ['', 'fr', 'en']},
    headingLevel: {control: {type: 'number', min: 2, max: 6}},
    closable: {control: 'boolean'},
    theme: {control: 'inline-radio', options: ['', 'light', 'dark']},
  },
  render: ({feed, eventId, lang, headingLevel, closable, theme}) => html`
    <div style="max-width: 480px">
      <frise-event-card .feed=${feed} .event=${feed.eventById.get(eventId) ?? null} lang=${ifDefined(lang || undefined)}
        heading-level=${headingLevel} ?closable=${closable} theme=${ifDefined(theme || undefined)}></frise-event-card>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

async function cardIn(canvas: HTMLElement): Promise<ShadowRoot> {
  const el = canvas.querySelector<FriseEventCard>('frise-event-card');
  if (!el) throw new Error('no frise-event-card in the story');
  await el.updateComplete;
  return el.shadowRoot!;
}

/** A confirmed denial from the seed: North Korea's denial at the UN, with its quote, notes, sources and related events. */
export const ConfirmedWithQuotes: Story = {
  name: 'Confirmed, with quotes and relations',
  args: {closable: true},
  play: async ({canvasElement}) => {
    const root = await cardIn(canvasElement);
    await expect(root.querySelector('[part~="badge"]')?.textContent).toContain('confirmé');
    await expect(root.querySelectorAll('[part~="quote"] blockquote').length).toBe(1);
    const button = root.querySelector<HTMLButtonElement>(
      '[part~="related-button"][data-event-id="nis-12000-troops-report"]',
    )!;
    await expect(button.textContent).toContain('dément');
    let selected: FriseSelectEvent | undefined;
    canvasElement.addEventListener('frise-select', (e) => (selected = e), {once: true});
    await userEvent.click(button);
    await waitFor(() => expect(selected?.id).toBe('nis-12000-troops-report'));
    await expect(selected?.event).toBe(seedFeed.eventById.get('nis-12000-troops-report'));
  },
};

/** The NIS report, "denied" as of the article's date, and its later confirmations by Moscow and Pyongyang. */
export const DeniedReport: Story = {
  name: 'Denied report, later confirmed',
  args: {eventId: 'nis-12000-troops-report'},
  play: async ({canvasElement}) => {
    const root = await cardIn(canvasElement);
    await expect(root.querySelector('[part~="badge"]')?.textContent).toContain('démenti');
    const updates = [...root.querySelectorAll('.updates li')].map((li) => li.textContent ?? '');
    await expect(updates.length).toBe(2);
    await expect(updates[0]).toContain('confirmé le 26 avril 2025');
    await expect(
      root.querySelector(
        '[part~="related-button"][data-event-id="nk-un-first-committee-denial"][data-direction="inverse"]',
      )?.textContent,
    ).toContain('démenti par');
  },
};

/** An image with alt text, caption and credit. Its address is invented, so the alt text is shown in its place. */
export const WithImage: Story = {
  name: 'With an image',
  args: {feed: imageFeed, eventId: 'nk-flag-photo-tsukuryne'},
  play: async ({canvasElement}) => {
    const root = await cardIn(canvasElement);
    const img = root.querySelector<HTMLImageElement>('[part~="image"] img')!;
    await expect(img.getAttribute('src')).toMatch(/^https:\/\//);
    await expect(img.getAttribute('alt')).toMatch(/^Des soldats posent/);
    await expect(root.querySelector('[part~="image"] figcaption')?.textContent).toContain('Capture d’écran Telegram');
    // the address does not resolve: the alt text takes the image's place
    await waitFor(() => expect(root.querySelector('.image-fallback')?.textContent).toContain('Des soldats posent'), {
      timeout: 5000,
    });
  },
};

/** The same card in English (`lang="en"`): labels, dates, relation names and feed text follow. */
export const English: Story = {
  args: {eventId: 'nis-12000-troops-report', lang: 'en'},
  play: async ({canvasElement}) => {
    const root = await cardIn(canvasElement);
    await expect(root.querySelector('[part~="title"]')?.getAttribute('lang')).toBe('en');
    await expect(root.querySelector('[part~="attribution"]')?.textContent).toContain('according to the NIS');
    await expect(root.querySelector('[part~="date"]')?.textContent).toContain('October 18, 2024');
  },
};

/** Forced dark colours (`theme="dark"`), whatever the page's colour scheme. */
export const Dark: Story = {
  name: 'Dark theme',
  args: {eventId: 'kremlin-fake-news-denial', theme: 'dark', closable: true},
};

/** No event selected: a short hint. */
export const Empty: Story = {
  args: {eventId: ''},
  play: async ({canvasElement}) => {
    const root = await cardIn(canvasElement);
    await expect(root.querySelector('[part~="card"]')).toBeNull();
    await expect(root.querySelector('.hint')?.textContent).toContain('Sélectionnez');
  },
};

/**
 * Hostile data: source URLs with `javascript:`, `data:`, `ftp:` and `mailto:` and text full of markup.
 * Only the https source becomes a link; the others are listed as text; no markup is parsed.
 */
export const Hostile: Story = {
  name: 'Hostile data',
  args: {feed: hostileFeed(), eventId: 'hostile', lang: 'en'},
  play: async ({canvasElement}) => {
    const root = await cardIn(canvasElement);
    const links = [...root.querySelectorAll('a')];
    await expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/report']);
    for (const element of root.querySelectorAll('[href], [src]')) {
      await expect(element.getAttribute('href') ?? element.getAttribute('src')).toMatch(/^https?:\/\//);
    }
    await expect(root.querySelectorAll('[part~="sources"] > li').length).toBe(5);
    await expect(root.querySelector('[part~="sources"]')?.textContent).toContain('Script link');
    await expect(root.querySelector('img, script, b')).toBeNull();
    await expect(root.querySelector('[part~="title"]')?.textContent).toContain(PAYLOAD);
  },
};
