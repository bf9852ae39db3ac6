// Builds what the import and command-line tests run, from the sources (no `npm run build` needed):
// `frise/import` bundled by esbuild as a Node consumer would load it, and a throwaway copy of the
// package's layout (bin/frise.mjs as it is, dist/import and dist/model bundled, the schema, package.json)
// for spawning the real command.
import assert from 'node:assert/strict';
import {copyFile, mkdir, mkdtemp, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const fixtures = join(root, 'test/import');

async function bundle(entry, outfile) {
  const result = await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    metafile: true,
    logLevel: 'silent',
  });
  assert.deepEqual(result.warnings, [], `esbuild warns while bundling ${entry}`);
  return Object.keys(result.metafile.inputs);
}

/** `frise/import` (src/import/index.ts) bundled and imported; `inputs` lists the modules it holds. */
export async function loadImport() {
  const dir = await mkdtemp(join(tmpdir(), 'frise-import-'));
  const outfile = join(dir, 'import.mjs');
  const inputs = await bundle('src/import/index.ts', outfile);
  return {module: await import(pathToFileURL(outfile).href), inputs, text: await readFile(outfile, 'utf8')};
}

/** A directory laid out as the installed package is, for spawning its bin/frise.mjs. */
export async function packageCopy() {
  const dir = await mkdtemp(join(tmpdir(), 'frise-cli-'));
  await mkdir(join(dir, 'bin'));
  await mkdir(join(dir, 'data'));
  await copyFile(join(root, 'bin/frise.mjs'), join(dir, 'bin/frise.mjs'));
  await copyFile(join(root, 'package.json'), join(dir, 'package.json'));
  await copyFile(join(root, 'data/frise-feed.schema.json'), join(dir, 'data/frise-feed.schema.json'));
  await bundle('src/import/index.ts', join(dir, 'dist/import/index.js'));
  await bundle('src/model/index.ts', join(dir, 'dist/model/index.js'));
  return dir;
}

/** A fixture's text. */
export function fixture(name) {
  return readFile(join(fixtures, name), 'utf8');
}
