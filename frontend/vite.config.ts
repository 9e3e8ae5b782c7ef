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
  },
});
