/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const backend = 'http://localhost:5000';

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // The ASP.NET host serves the built SPA and falls back to index.html for client routes.
    outDir: '../src/WbL.Api/wwwroot',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // Vendor code changes less often than ours: separate chunks stay cached across releases.
        manualChunks(id) {
          if (!id.includes('/node_modules/')) return undefined;
          if (/\/node_modules\/(react|react-dom|react-router|scheduler)\//.test(id)) return 'react';
          if (id.includes('/node_modules/@mantine/') || id.includes('/node_modules/@floating-ui/')) return 'mantine';
          return 'vendor';
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': backend,
      '/health': backend,
      '/swagger': backend,
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Filling in the larger Mantine forms in jsdom takes seconds on a two-core machine.
    testTimeout: 20_000,
    unstubGlobals: true,
  },
});
