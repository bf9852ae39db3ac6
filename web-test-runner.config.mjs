// Unit and component tests in Debian's Chromium (no browser download). CHROME_PATH overrides the path.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fromRollup} from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import {totalsReporter} from './scripts/wtr-totals-reporter.mjs';
import {sendWheelPlugin} from './scripts/wtr-wheel-plugin.mjs';

// React and react-dom ship CommonJS only (for the frise/react tests): converted to modules on the fly,
// with Node's process.env.NODE_ENV replaced by its development value. Nothing else goes through them.
const COMMONJS_PACKAGES = ['react', 'react-dom', 'scheduler'].map((name) => `**/node_modules/${name}/**/*`);
const commonjs = fromRollup(rollupCommonjs);
const nodeEnvPlugin = {
  name: 'frise-node-env',
  transform(context) {
    if (/\/node_modules\/(?:react|react-dom|scheduler)\//.test(context.path)) {
      return {body: context.body.replaceAll('process.env.NODE_ENV', '"development"')};
    }
    return undefined;
  },
};

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // gc() for the tests that check a removed element is collected (nothing keeps it alive)
  '--js-flags=--expose-gc',
];

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: {exportConditions: ['production', 'default']},
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'esnext'}),
    sendWheelPlugin(),
    nodeEnvPlugin,
    commonjs({include: COMMONJS_PACKAGES, strictRequires: false, requireReturnsDefault: 'preferred'}),
  ],
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({flatten: false}), totalsReporter()],
  testFramework: {config: {timeout: 10000}},
};
