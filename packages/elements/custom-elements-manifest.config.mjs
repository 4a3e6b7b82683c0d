// The custom-elements manifest (custom-elements.json) is generated from the elements' JSDoc.
// Storybook reads it for controls and docs; editors read it for completion; the JSX, Vue and
// Solid declarations (dist/types/frameworks/) are generated from it (scripts/framework-types.mjs).
// scripts/test/manifest.test.mjs checks it against the elements themselves.

/**
 * Events come from the `@fires {Type} name - description` tags only.
 *
 * The analyzer also reads every `this.dispatchEvent(new SomeEvent(arg))` and makes an event of
 * it: without a name when the constructor's first argument is not a string literal, and named
 * after the argument when it is an identifier (`new AsfStatusFilterChangeEvent(next)` became an
 * event `next`). Those have no description; the documented events always have one. Dropping them
 * leaves the documented list, which the manifest test compares with the events the source
 * dispatches, so an undocumented event still fails a test.
 */
function documentedEventsOnly() {
  return {
    name: 'asf-documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || !declaration.events) continue;
          declaration.events = declaration.events.filter((event) => event.name && event.description);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/all.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [documentedEventsOnly()],
};
