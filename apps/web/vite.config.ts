/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the API, the Yjs sync socket and Socket.IO live on the real server.
const target = process.env.SCALEBOARD_SERVER ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target },
      '/yjs': { target, ws: true },
      '/socket.io': { target, ws: true },
    },
  },
  build: { sourcemap: true, chunkSizeWarningLimit: 1500 },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
