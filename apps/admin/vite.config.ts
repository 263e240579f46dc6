import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: { outDir: '../../dist/apps/admin', emptyOutDir: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
