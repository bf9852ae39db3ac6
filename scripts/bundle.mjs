// After tsc has emitted dist/ (ESM + .d.ts): copy the precompiled validator next to the emitted model,
// and bundle the one-script-tag build dist/frise.js (lit and d3 included, minified). The bundle is made
// from the emitted dist/ modules, the very files and "sideEffects" list a consumer's bundler sees (its
// source map still leads back to src/ through tsc's maps). A warning fails the build.
import {build} from 'esbuild';
import {copyFile, mkdir, readFile} from 'node:fs/promises';
import {gzipSync} from 'node:zlib';

await mkdir('dist/model/generated', {recursive: true});
for (const file of ['validate-feed.js', 'validate-feed.d.ts']) {
  await copyFile(`src/model/generated/${file}`, `dist/model/generated/${file}`);
}

// The script-tag bundle sits at dist/frise.js, one folder above the worker client's module: the address
// it starts the feed worker from is rewritten to stay next to it (dist/worker/feed-worker.js).
const WORKER_CLIENT = /dist\/worker\/feed-worker-client\.js$/;
const WORKER_URL = "new URL('./feed-worker.js', import.meta.url)";
const workerUrlFromBundle = {
  name: 'frise-worker-url',
  setup(esbuild) {
    esbuild.onLoad({filter: WORKER_CLIENT}, async ({path}) => {
      const code = await readFile(path, 'utf8');
      if (!code.includes(WORKER_URL)) throw new Error(`${path} no longer starts the worker with ${WORKER_URL}`);
      return {contents: code.replace(WORKER_URL, "new URL('./worker/feed-worker.js', import.meta.url)"), loader: 'js'};
    });
  },
};

const result = await build({
  entryPoints: ['dist/frise-define.js'],
  plugins: [workerUrlFromBundle],
  outfile: 'dist/frise.js',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'eof',
  // V8's explicit compile hint: compile every function while the script streams in, on a background
  // thread, instead of on first call (most of the bundle runs on a timeline's first drawing anyway).
  banner: {js: '//# allFunctionsCalledOnLoad'},
  conditions: ['production'],
  logLevel: 'warning',
});
if (result.warnings.length > 0) {
  console.error(`scripts/bundle.mjs: ${result.warnings.length} warning(s) from esbuild; the build must print none`);
  process.exit(1);
}
// The feed worker, self-contained (the parser and the precompiled validator, no import): it replaces the
// module tsc emitted at the same place, so that the ESM modules (and the bundlers that copy the file
// `new URL('./feed-worker.js', import.meta.url)` names) and the script-tag bundle start the same file.
const worker = await build({
  entryPoints: ['dist/worker/feed-worker.js'],
  outfile: 'dist/worker/feed-worker.js',
  allowOverwrite: true,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'eof',
  conditions: ['production'],
  logLevel: 'warning',
});
if (worker.warnings.length > 0) {
  console.error(
    `scripts/bundle.mjs: ${worker.warnings.length} warning(s) from esbuild (worker); the build must print none`,
  );
  process.exit(1);
}
const bundle = await readFile('dist/frise.js');
console.log(
  `dist/frise.js: ${(bundle.length / 1024).toFixed(1)} KiB, ${(gzipSync(bundle, {level: 9}).length / 1024).toFixed(1)} KiB gzipped (gzip -9)`,
);
const workerFile = await readFile('dist/worker/feed-worker.js');
console.log(
  `dist/worker/feed-worker.js: ${(workerFile.length / 1024).toFixed(1)} KiB, ${(gzipSync(workerFile, {level: 9}).length / 1024).toFixed(1)} KiB gzipped (gzip -9)`,
);
