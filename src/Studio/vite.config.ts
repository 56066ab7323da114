/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The host serves dist/ at / (copied next to its binary as studio/ by Studio.targets, which the host build imports).
// `npm run dev` proxies the API to a host on localhost:5000.
const host = process.env.STUDIO_API ?? 'http://localhost:5000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
  },
  server: {
    proxy: Object.fromEntries(['/api', '/workflows', '/hooks', '/openapi'].map((path) => [path, host])),
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
