import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

// React JSX is compiled by Vite's built-in transform (no plugin needed).
export default defineConfig({
  root,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1200 },
  oxc: { jsx: { runtime: 'automatic' } },
});
