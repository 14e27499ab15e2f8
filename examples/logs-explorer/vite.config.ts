import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The proxy to the emulators is added by scripts/servers.ts, which knows their ports.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    sourcemap: true,
    // React DOM and the clients' compiled request validators (every request is checked against the
    // spec before it is sent) make up most of the main chunk, about 120 kB gzipped in all.
    chunkSizeWarningLimit: 700,
  },
});
