// npm start: installs what is missing, builds, serves the demo site and prints its URL.
import { ensureNodeModules, run } from './lib.mjs';

ensureNodeModules();
run(process.execPath, ['scripts/build.mjs']);
const { serve } = await import('./serve.mjs');
const { strictCsp } = await import('./csp.mjs');
// The demo is served under the strict policy the README recommends, as a careful site would.
const headers = { 'Content-Security-Policy': strictCsp };
const home = '/demo/';
const port = Number(process.env.PORT ?? 8000);
const { url } = await serve({ port, headers, home }).catch(async (error) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.log(`Port ${port} is taken; using a free one.`);
  return serve({ port: 0, headers, home });
});
console.log(`\nDemo: ${url}/demo/ (blog article) and ${url}/demo/apotek.html (pharmacy page). Ctrl+C to stop.`);
