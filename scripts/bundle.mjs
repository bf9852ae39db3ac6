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

const result = await build({
  entryPoints: ['dist/frise-define.js'],
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
const bundle = await readFile('dist/frise.js');
console.log(
  `dist/frise.js: ${(bundle.length / 1024).toFixed(1)} KiB, ${(gzipSync(bundle, {level: 9}).length / 1024).toFixed(1)} KiB gzipped (gzip -9)`,
);
