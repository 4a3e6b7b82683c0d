// Builds the React 19 example from the workspace packages (@asf-kit/elements' built modules)
// into examples/react/dist/, static files that `npm start`'s server serves at
// /examples/react/dist/. Run by `npm run build` (scripts/build.mjs).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, publicDir: false },
});
