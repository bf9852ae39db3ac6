import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import seed from '../data/nk-troops-russia-2024.feed.json';
import '../src/components/list/frise-list.js';
import '../src/components/legend/frise-legend.js';
import '../src/components/event-card/frise-event-card.js';
import type {FeedElement} from '../src/components/shared/feed-element.js';
import type {FriseEventCard} from '../src/components/event-card/frise-event-card.js';
import {FEEDS_URL, type SnippetParameters} from './support/snippet.js';

/** The seed's record of the NIS report, as written in the feed: what a page has at hand. */
const rawRecord = seed.events.find((event) => event.id === 'nis-12000-troops-report')!;

const meta: Meta = {
  title: 'Guides/Same inputs everywhere',
  parameters: {
    docs: {
      description: {
        component:
          'Every element takes the same inputs: `feed` as a feed document, its JSON text or a parsed feed, or a `src`. ' +
          'The card takes its `event` as a record written in a feed (or its JSON text, an id, or a parsed event) with its `feed`. ' +
          'Here the list gets the seed as a document, the legend as JSON text, and the card a raw event record with the raw feed.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/** A list given a feed document, a legend given its JSON text, a card given a raw record and its feed. */
export const RawInputs: Story = {
  name: 'Raw JSON to every element',
  parameters: {
    // the legend's JSON text, as a page would have it: the published feed fetched as text
    snippet: {
      feedExpression: `await (await fetch('${FEEDS_URL}nk-troops-russia-2024.feed.json')).text()`,
    } satisfies SnippetParameters,
  },
  render: () => html`
    <div lang="en" style="display: grid; gap: 1rem; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); align-items: start">
      <frise-list .feed=${seed} heading-level="3"></frise-list>
      <div style="display: grid; gap: 1rem">
        <frise-event-card .feed=${seed} .event=${rawRecord}></frise-event-card>
        <frise-legend .feed=${JSON.stringify(seed)} compact></frise-legend>
      </div>
    </div>`,
  play: async ({canvasElement}) => {
    const [list, card, legend] = ['frise-list', 'frise-event-card', 'frise-legend'].map(
      (tag) => canvasElement.querySelector(tag) as FeedElement,
    );
    await waitFor(() => expect(list!.shadowRoot?.querySelectorAll('[part~="item"]').length).toBe(seed.events.length));
    await waitFor(() => expect((card as FriseEventCard).shownEvent?.id).toBe(rawRecord.id));
    await expect(card!.shadowRoot?.querySelector('[part~="title"]')?.textContent).toContain('12,000');
    await waitFor(() => expect(legend!.parsedFeed?.events.length).toBe(seed.events.length));
    for (const element of [list, card, legend])
      await expect(element!.shadowRoot?.querySelector('[part~="issues"]')).toBeNull();
  },
};
