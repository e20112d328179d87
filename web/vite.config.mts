import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The storefront (React, Apollo Client): `npm start` serves it from a Vite dev server on
 * http://localhost:3000, and `npm run build:web` writes web/dist, which each stage serves from
 * S3 through CloudFront. `config.json` (the API's URL, sign-in) is served next to it per stage.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  appType: 'spa',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      // react-router marks its modules "use client" for React Server Components; a client bundle has no use for it
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
});
