// The console's build: admin/src → dist/admin, served by the API server at /admin (src/admin/console.ts).
// `npm run admin:dev` serves it with hot reload and sends /graphql to an API started with `npm start`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/admin/',
  // React's automatic JSX runtime: no import of React in every component.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/admin', import.meta.url)),
    emptyOutDir: true,
    // Hashed file names under assets/ (served as immutable); no inline scripts, which the CSP forbids.
    assetsInlineLimit: 0,
    // Monaco (the API explorer's editor, about 2.8 MB) is its own chunk, loaded only by that page.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      // Mantine marks its modules "use client" for React Server Components, which a single-page app has no use for.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: { '/graphql': process.env.DERMAPLAN_API ?? 'http://127.0.0.1:4000' },
  },
});
