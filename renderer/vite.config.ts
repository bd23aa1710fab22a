import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// base './' so the same build loads from file:// in Electron and from the local HTTP host.
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // bulletin.html: the bulletin alone, for duban bulletin's PDF (renderer/bulletin-print.tsx).
    rollupOptions: { input: { index: fileURLToPath(new URL('index.html', import.meta.url)), bulletin: fileURLToPath(new URL('bulletin.html', import.meta.url)) } },
  },
});
