// Story tests: every story's play function and an axe check, in Debian's Chromium (no browser download),
// once with the page in light mode and once with prefers-color-scheme: dark (the elements follow it).
import {defineConfig} from 'vitest/config';
import {storybookTest} from '@storybook/addon-vitest/vitest-plugin';
import {playwright} from '@vitest/browser-playwright';

const launchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
};

const storyProject = (name: string, colorScheme: 'light' | 'dark') => ({
  extends: true as const,
  plugins: [storybookTest({configDir: '.storybook'})],
  test: {
    name,
    browser: {
      enabled: true,
      headless: true,
      instances: [{browser: 'chromium' as const}],
      provider: playwright({launchOptions, contextOptions: {colorScheme}}),
    },
  },
});

export default defineConfig({
  test: {
    projects: [storyProject('storybook', 'light'), storyProject('storybook-dark', 'dark')],
  },
});
