// Unit and component tests in Debian's Chromium (no browser download). CHROME_PATH overrides the path.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import {totalsReporter} from './scripts/wtr-totals-reporter.mjs';
import {sendWheelPlugin} from './scripts/wtr-wheel-plugin.mjs';

export const chromiumArgs = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: {exportConditions: ['production', 'default']},
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'esnext'}), sendWheelPlugin()],
  concurrency: 1,
  browsers: [chromeLauncher({launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
  }})],
  reporters: [defaultReporter(), summaryReporter({flatten: false}), totalsReporter()],
  testFramework: {config: {timeout: 10000}},
};
