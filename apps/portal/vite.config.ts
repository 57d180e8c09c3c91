import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The citizens' portal is served by the gateway at `/portal`, its API at `/portal/api`. The dev server
// (`npm run dev:portal`) proxies the API to a running gateway (GATEWAY_URL).
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/portal/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Closed networks, no CDN: everything the page needs is in these files.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 3000,
  },
  server: {
    port: Number(process.env.PORTAL_DEV_PORT ?? 5174),
    proxy: { '/portal/api': { target: gateway, changeOrigin: true } },
  },
});
