// package.json's entries against the sources: what a bundler keeps (`sideEffects`) and where each
// export points. Checked on the sources so it runs before any build; scripts/test-consumers.mjs checks
// the packed tarball in real Vite and esbuild apps.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const sources = files(join(root, 'src'))
  .map((path) => relative(root, path))
  .filter(
    (path) =>
      path.endsWith('.ts') &&
      !path.endsWith('.test.ts') &&
      !path.includes('/generated/') &&
      !path.startsWith('src/test-support/'),
  );
/** dist/ path tsc emits for a source file */
const emitted = (source) => `./${source.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')}`;
/** the glob subset bundlers agree on: `*` within a path segment, `**` across segments */
const globRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*\//g, '(?:.*/)?')
      .replace(/\*/g, '[^/]*')}$`,
  );
const hasSideEffects = (distPath) => pkg.sideEffects.some((glob) => globRegExp(glob).test(distPath));
const definesElement = (source) =>
  /@customElement\(|customElements\.define\(/.test(readFileSync(join(root, source), 'utf8'));

test('every module that defines an element, and every entry that imports one, is listed in sideEffects', () => {
  const entries = ['src/index.ts', 'src/frise-define.ts', ...sources.filter((path) => path.startsWith('src/entries/'))];
  const defining = sources.filter(definesElement);
  assert.equal(defining.length >= 4, true, `the four elements are found (${defining.join(', ')})`);
  const missing = [...entries, ...defining].filter((source) => !hasSideEffects(emitted(source)));
  assert.deepEqual(missing, [], 'a bundler would drop `import` of these modules');
  // the sources too: a test or tool that bundles src/ (esbuild, Vite) must not drop an element's import
  const missingSources = [...entries, ...defining].filter((source) => !hasSideEffects(`./${source}`));
  assert.deepEqual(missingSources, [], 'a bundler of the sources would drop `import` of these');
  assert.equal(hasSideEffects('./dist/frise.js'), true);
});

test('the pure modules (model, layout, i18n, styles, events, import, element styles) stay tree-shakable', () => {
  const pure = sources.filter(
    (path) => /^src\/(?:model|layout|i18n|styles|events|import)\//.test(path) || path.endsWith('.styles.ts'),
  );
  assert.equal(pure.length > 10, true);
  assert.deepEqual(
    pure.filter((source) => hasSideEffects(emitted(source)) || hasSideEffects(`./${source}`)),
    [],
  );
});

test('the documented entries exist, each with its types first, pointing at a module built from a source', () => {
  const expected = [
    '.',
    './timeline',
    './list',
    './legend',
    './event-card',
    './model',
    './import',
    './react',
    './frise.js',
    './feed-worker.js',
    './schema.json',
    './custom-elements.json',
    './package.json',
  ];
  assert.deepEqual(Object.keys(pkg.exports), expected);
  const sourceOf = {'./frise.js': 'src/frise-define.ts'};
  for (const [entry, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') {
      if (entry === './schema.json') assert.equal(existsSync(join(root, target)), true, `${entry} -> ${target}`);
      // the feed worker is a script of its own, bundled from its source
      if (entry === './feed-worker.js') {
        assert.equal(target, './dist/worker/feed-worker.js');
        assert.equal(existsSync(join(root, 'src/worker/feed-worker.ts')), true, `${entry}: its source exists`);
      }
      continue;
    }
    assert.deepEqual(Object.keys(target), ['types', 'default'], `${entry}: types first`);
    assert.match(target.types, /^\.\/dist\/.*\.d\.ts$/);
    const source = sourceOf[entry] ?? target.default.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts');
    // frise/react's source is written on another branch; until it lands the entry may point ahead of it
    if (entry === './react' && !existsSync(join(root, source))) continue;
    assert.equal(existsSync(join(root, source)), true, `${entry}: ${source} exists`);
    assert.equal(
      target.types,
      sourceOf[entry] ? './dist/frise-define.d.ts' : target.default.replace(/\.js$/, '.d.ts'),
      `${entry}: types match the module`,
    );
  }
});

test('each per-element entry imports its element and re-exports its class', () => {
  const classes = {timeline: 'FriseTimeline', list: 'FriseList', legend: 'FriseLegend', 'event-card': 'FriseEventCard'};
  for (const [name, className] of Object.entries(classes)) {
    const code = readFileSync(join(root, `src/entries/${name}.ts`), 'utf8');
    assert.match(code, new RegExp(`^import '\\.\\./components/${name}/frise-${name}\\.js';$`, 'm'), name);
    assert.match(
      code,
      new RegExp(`export \\{${className}\\} from '\\.\\./components/${name}/frise-${name}\\.js'`),
      name,
    );
  }
});

test('the package ships the built modules, the schema and the seed feed, not the sources', () => {
  assert.deepEqual(
    pkg.files.filter((entry) => /^src|test|stories/.test(entry)),
    [],
  );
  for (const required of ['dist', 'bin', 'data/frise-feed.schema.json', 'data/*.feed.json'])
    assert.ok(pkg.files.includes(required), required);
});

test('the frise command is the package bin: an executable Node script', () => {
  assert.deepEqual(pkg.bin, {frise: './bin/frise.mjs'});
  const bin = join(root, 'bin/frise.mjs');
  assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  assert.notEqual(statSync(bin).mode & 0o111, 0, 'bin/frise.mjs is executable');
});
