import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  // feeds are served as files so stories can demonstrate `src` loading
  staticDirs: [{from: '../data', to: '/feeds'}],
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
};
export default config;
