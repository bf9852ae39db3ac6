import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with {type: 'json'};
import {pasteableSource, type SnippetContext} from '../stories/support/snippet.js';

setCustomElementsManifest(manifest);

/**
 * True in the story tests, where every story's snippet is also pasted and checked: @storybook/addon-vitest
 * defines VITEST_STORYBOOK ("true" or "false") in the tests' environment only.
 */
const inStoryTests = (import.meta as {env?: Record<string, unknown>}).env?.['VITEST_STORYBOOK'] !== undefined;

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // axe violations fail the story tests
    a11y: {test: 'error'},
    layout: 'padded',
    // Storybook opens on the first entry: the seed feed's timeline (its Docs page comes next), then the
    // guides. includeNames sorts the stories of a file too, so the docs entry does not come first.
    options: {
      storySort: {
        includeNames: true,
        order: ['Timeline', ['Seed article', '*'], 'Guides', ['Getting started', 'Writing a feed', '*'], '*'],
      },
    },
    // "Show code" is a page that works when pasted: the bundle's script tag, the story's markup and its
    // feed (a src, or a script setting .feed), built from the story's template and args
    docs: {source: {language: 'html', format: false, transform: pasteableSource}},
  },
  afterEach: async (context) => {
    // once per story: the dark-scheme run renders the same snippet
    if (inStoryTests && !matchMedia('(prefers-color-scheme: dark)').matches) {
      const {checkStorySnippet} = await import('../stories/support/snippet-check.js');
      await checkStorySnippet(context as unknown as SnippetContext & {id: string});
    }
  },
};
export default preview;
