/// <reference types="vitest/config" />
// Build of the PWA (vite + preact + vite-plugin-pwa) and the test projects (vitest).
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './scripts/precompress';

export default defineConfig({
  resolve: {
    alias: {
      react: 'preact/compat',
      'react-dom': 'preact/compat',
      'react/jsx-runtime': 'preact/jsx-runtime',
    },
  },
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Everything the first paint needs in one chunk (one request, compressed as a whole);
        // each lazily loaded screen in its own. Rolldown would otherwise split the modules
        // that the entry shares with lazy screens into several small chunks, all of them
        // loaded at start anyway (rolldown/rolldown#10731).
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  server: {
    port: Number(process.env.VITE_PORT || 5173),
    proxy: {
      // The API on PORT, as the server reads it (`npm run dev` passes the port it really got).
      // The Host header is kept: the API compares the browser's Origin with it, and a
      // rewritten Host (changeOrigin) would make every sign-in look cross-site.
      '/api': { target: `http://127.0.0.1:${process.env.PORT || 8080}`, changeOrigin: false },
    },
  },
  plugins: [
    preact(),
    precompress(),
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      strategies: 'generateSW',
      filename: 'sw.js',
      manifest: {
        id: '/',
        name: 'Videnbro – videndeling i kommunen',
        short_name: 'Videnbro',
        description: 'Find kollegers kompetencer, tilmeld dig seminarer og del din læring – også uden net.',
        lang: 'da',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0b5c6b',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        shortcuts: [
          { name: 'Find kolleger', short_name: 'Find', url: '/', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
          { name: 'Kompetencekataloget', short_name: 'Kompetencer', url: '/kompetencer', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
          { name: 'Mig', short_name: 'Mig', url: '/mig', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
          { name: 'Scan QR', short_name: 'Scan QR', url: '/scan', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
        ],
        // Made once with headless Chromium at 390 × 844 (see README) and committed.
        screenshots: [
          { src: '/screenshots/find.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'Find kolleger: søg efter kompetence, også uden net' },
          { src: '/screenshots/mig.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'Mig: profil, kompetencer og beskeder' },
        ],
      },
      workbox: {
        // The scanner's zxing .wasm too (1.1 MB, loaded only when the scanner opens): scanning works offline.
        globPatterns: ['**/*.{js,css,html,wasm}'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // Push messages and taps on notifications (issue 22).
        importScripts: ['/sw-push.js'],
      },
    }),
  ],
  test: {
    // The unit, integration and sync files share their worker's modules (`isolate: false`):
    // a fresh module graph per file cost more than the tests themselves (unit: 58 s → 13 s,
    // integration + sync: 227 s → 159 s on two cores). Each file sets up what it uses (its own
    // server and database, its own IndexedDB names); none relies on a module's first load.
    projects: [
      {
        extends: true,
        // Node by default (a jsdom per file costs ~1.5 s, and most unit tests need no DOM);
        // a test of components or of window/document events says `@vitest-environment jsdom`.
        test: { name: 'unit', isolate: false, include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node', setupFiles: ['test/support/setup-dom.ts'] },
      },
      {
        extends: true,
        test: { name: 'integration', isolate: false, include: ['test/integration/**/*.test.ts'], environment: 'node', globalSetup: ['test/support/global-postgres.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: 'sync', isolate: false, include: ['test/sync/**/*.test.ts'], environment: 'node', globalSetup: ['test/support/server-bundle.ts'], setupFiles: ['test/support/setup-idb.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        // Shared modules here too, so the worker's Chromium (support/browser.ts) serves all its
        // files: one launch per worker instead of one per file.
        test: { name: 'e2e', isolate: false, include: ['test/e2e/**/*.test.ts'], environment: 'node', globalSetup: ['test/support/global-e2e.ts', 'test/support/server-bundle.ts'], setupFiles: ['test/support/e2e-file-end.ts'], testTimeout: 120_000, hookTimeout: 180_000 },
      },
    ],
  },
});
