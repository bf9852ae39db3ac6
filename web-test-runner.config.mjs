// Unit and component tests in Debian's Chromium (no browser download). CHROME_PATH overrides the path.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fromRollup} from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import {totalsReporter} from './scripts/wtr-totals-reporter.mjs';
import {sendWheelPlugin} from './scripts/wtr-wheel-plugin.mjs';
import {existsSync} from 'node:fs';

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

// A module asked for by its address rather than imported: the feed worker, which the page starts with
// new Worker(new URL('./feed-worker.js', import.meta.url)). As for imports, src/….js is served from its .ts.
const tsForJs = (context, next) => {
  if (/^\/src\/.*\.js$/.test(context.path) && !existsSync(`.${context.path}`)) {
    const ts = context.path.replace(/\.js$/, '.ts');
    if (existsSync(`.${ts}`)) context.url = ts + context.search;
  }
  return next();
};

export default {
  files: ['src/**/*.test.ts'],
  middleware: [tsForJs],
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
