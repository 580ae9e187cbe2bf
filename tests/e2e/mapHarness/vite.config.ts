// Standalone page for looking at map slides (screenshots, WebGL context counts) without the
// editor or a host: npx vite --config tests/e2e/mapHarness/vite.config.ts
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  publicDir: false,
  logLevel: 'warn',
  server: { host: '127.0.0.1', strictPort: true },
});
