// Custom Elements Manifest from the elements' JSDoc: read by Storybook's autodocs and shipped in the package.

/** Keeps the manifest to the public API: TypeScript private/protected members and statics are internals. */
function publicApiOnly() {
  return {
    name: 'frise-public-api-only',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members
            .filter((member) => !member.privacy || member.privacy === 'public')
            .filter((member) => !(member.static && member.name === 'styles'));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', '**/harness.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly()],
};
