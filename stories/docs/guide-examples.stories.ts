// The live examples of the guides (Getting started, Writing a feed). Hidden from the sidebar ('!dev'):
// the guide pages show them; the story tests still run them.
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import '../../src/components/timeline/frise-timeline.js';
import type {FriseTimeline} from '../../src/components/timeline/frise-timeline.js';
import {minimalFeed} from './minimal-feed.js';

const meta: Meta = {
  title: 'Guides/Examples',
  component: 'frise-timeline',
  tags: ['!dev', '!autodocs'],
};
export default meta;
type Story = StoryObj;

/** Three events with a title and a start date: drawn as they are, with no problem reported. */
export const MinimalFeed: Story = {
  name: 'Minimal feed',
  render: () => html`<frise-timeline .feed=${minimalFeed}></frise-timeline>`,
  play: async ({canvasElement}) => {
    const el = canvasElement.querySelector<FriseTimeline>('frise-timeline')!;
    await waitFor(() => expect(el.shadowRoot?.querySelectorAll('[part~="event"]').length).toBe(3));
    await expect(el.issues).toEqual([]);
  },
};
