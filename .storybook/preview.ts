import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with {type: 'json'};

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // axe violations fail the story tests
    a11y: {test: 'error'},
    layout: 'padded',
    options: {storySort: {order: ['Timeline', ['Seed article', '*'], '*']}},
  },
};
export default preview;
