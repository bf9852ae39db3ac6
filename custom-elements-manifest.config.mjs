// Custom Elements Manifest from the elements' JSDoc: read by Storybook's autodocs and shipped in the package.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', '**/harness.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
