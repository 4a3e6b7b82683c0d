// The custom-elements manifest (custom-elements.json) is generated from the elements' JSDoc.
// Storybook reads it for controls and docs; editors read it for completion.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/all.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
