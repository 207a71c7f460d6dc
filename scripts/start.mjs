// npm start: installs what is missing, builds, serves the demo site and prints its URL.
import { ensureNodeModules, run } from './lib.mjs';

ensureNodeModules();
run(process.execPath, ['scripts/build.mjs']);
const { readFileSync } = await import('node:fs');
const { serve } = await import('./serve.mjs');
const { strictCsp, strictCspWithStyleHashes } = await import('./csp.mjs');
// The demo is served under the strict policy the README recommends, as a careful site would; the server-rendered
// article (demo/ssr.html, made by the build) with the widgets' style hashes added.
const ssrCsp = strictCspWithStyleHashes(
  readFileSync(new URL('../dist/html/csp-style-hashes.txt', import.meta.url), 'utf8'),
);
const headers = (path) => ({ 'Content-Security-Policy': path === '/demo/ssr.html' ? ssrCsp : strictCsp });
const home = '/demo/';
const port = Number(process.env.PORT ?? 8000);
const { url } = await serve({ port, headers, home }).catch(async (error) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.log(`Port ${port} is taken; using a free one.`);
  return serve({ port: 0, headers, home });
});
console.log(
  `\nDemo: ${url}/demo/ (blog article), ${url}/demo/ssr.html (the same article server-rendered) and ` +
    `${url}/demo/apotek.html (pharmacy page). Ctrl+C to stop.`,
);
