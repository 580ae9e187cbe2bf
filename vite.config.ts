import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer build: one static bundle served by both hosts (file:// in Electron via
// a custom protocol, 127.0.0.1 in the browser host). base './' keeps URLs relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
});
