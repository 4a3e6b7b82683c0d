// Builds the Vue 3 example from the workspace packages (@asf-kit/elements' built modules) into
// examples/vue/dist/, static files that `npm start`'s server serves at /examples/vue/dist/.
// Run by `npm run build` (scripts/build.mjs).
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  // <asf-*> are custom elements, not Vue components: Vue renders them as they are.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('asf-') } } })],
  build: { outDir: 'dist', emptyOutDir: true },
});
