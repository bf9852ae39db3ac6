// Story tests: every story's play function and an axe check, in Debian's Chromium (no browser download).
import {defineConfig} from 'vitest/config';
import {storybookTest} from '@storybook/addon-vitest/vitest-plugin';
import {playwright} from '@vitest/browser-playwright';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({configDir: '.storybook'})],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            instances: [{browser: 'chromium'}],
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
                args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
                  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
              },
            }),
          },
        },
      },
    ],
  },
});
