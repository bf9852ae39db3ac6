import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  // feeds are served as files so stories can demonstrate `src` loading
  staticDirs: [{from: '../data', to: '/feeds'}],
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  // one copy of d3-selection for d3-zoom, d3-brush and d3-transition (which patches its prototype with
  // interrupt()), and one of lit: pre-bundled separately they would each get their own
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    resolve: {
      ...viteConfig.resolve,
      dedupe: ['d3-selection', 'd3-transition', 'lit', '@lit/reactive-element', 'lit-html'],
    },
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'd3-selection',
        'd3-transition',
        'd3-zoom',
        'd3-brush',
        'lit/directives/ref.js',
        'lit/directives/guard.js',
        'lit/directives/repeat.js',
        'lit/directives/if-defined.js',
      ],
    },
  }),
};
export default config;
