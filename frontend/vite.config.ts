/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const backend = 'http://localhost:8080';
const proxied = ['/api', '/login', '/logout', '/oauth2', '/actuator', '/v3', '/swagger-ui'];

export default defineConfig({
  plugins: [react()],
  build: {
    // Maven packs this folder into the jar; the server forwards non-API paths to index.html.
    outDir: '../target/classes/static',
    emptyOutDir: true,
  },
  server: {
    proxy: Object.fromEntries(
      proxied.map((path) => [
        path,
        {
          target: backend,
          // /login is also a page of this app: let Vite serve the page, send only the form post on.
          bypass: (req) => (path === '/login' && req.method === 'GET' ? '/index.html' : undefined),
        },
      ]),
    ),
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    // One document and one module graph per worker, not per file: isolated, each of the 81 files imported the
    // design system and built a jsdom again, and the suite took 280 s instead of about 60 s on two cores. The
    // setup file clears what a test leaves (DOM, storage, cookies, mocks); shuffled orders pass (docs/testing.md).
    pool: 'threads',
    isolate: false,
  },
});
