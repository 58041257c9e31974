import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from '../../scripts/vite-precompress';

const apiTarget = process.env.TOUCHPOINT_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  // Brotli and gzip copies of every text file, served by the server as they are (preCompressed).
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            // Read only when someone uploads a file: its own chunk, loaded on demand, not with the vendor chunk.
            { name: 'csv-parse', test: /node_modules[\\/]csv-parse[\\/]/ },
            // Only the analytics views draw charts: loaded with them, never with the hosted survey page.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api/': { target: apiTarget, changeOrigin: false },
      // The hosted survey page is rendered by the server, with the widget build's script.
      '/s/': { target: apiTarget, changeOrigin: false },
      '/widget/': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api/': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
});
