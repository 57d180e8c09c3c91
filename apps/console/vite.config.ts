import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The console is served by the gateway at `/`, same origin as /graphql, /session and /exports. The dev
// server (`npm run dev:console`) proxies those to a running gateway (GATEWAY_URL).
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One government intranet, no CDN: everything the page needs is in these files.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 3000,
  },
  server: {
    port: Number(process.env.CONSOLE_DEV_PORT ?? 5173),
    proxy: {
      '/graphql': { target: gateway, changeOrigin: true },
      '/session': { target: gateway, changeOrigin: true },
      '/exports': { target: gateway, changeOrigin: true },
      '/files': { target: gateway, changeOrigin: true },
    },
  },
});
