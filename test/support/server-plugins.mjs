// Test-server plugins: a request log (the only network record that works in every engine),
// a second URL prefix for the "two copies" tests, pages served with a strict CSP header, and a no-op for
// Storybook's Actions panel.
import { strictCsp } from '../../scripts/csp.mjs';

/** Every request the browsers made to the test server, in order: `{ url, referer }`. */
const requestLog = [];

export function testServerPlugins() {
  return [
    {
      name: 'mg-test-server',
      serve(context) {
        if (context.path === '/__requests') {
          const body = JSON.stringify(requestLog);
          if (context.method === 'DELETE' || context.query?.reset !== undefined) requestLog.length = 0;
          return { body, type: 'application/json' };
        }
        return undefined;
      },
      // stories/story-helpers.ts is tested in the browser (test/stories/); its one Storybook runtime import, the
      // Actions panel, needs Storybook's manager and is replaced by a no-op there.
      resolveImport({ source }) {
        return source === 'storybook/actions' ? '/test/support/storybook-actions.js' : undefined;
      },
    },
  ];
}

/**
 * Koa middleware: logs every request; maps the prefixes `/run-<id>/` (one page run, so its requests can be
 * told apart in the log) and `/copy-b/` (a second URL for the same files) onto the real paths; sends the
 * strict CSP header with every page under /test/pages/csp/.
 */
export function testServerMiddleware() {
  return [
    async function logAndMap(context, next) {
      if (!context.path.startsWith('/__')) requestLog.push({ url: context.url, referer: context.get('referer') });
      context.path = context.path.replace(/^\/run-[\w-]+\//, '/').replace(/^\/copy-b\//, '/');
      await next();
      if (context.path.startsWith('/test/pages/')) {
        // The test server injects a live-reload web socket into every HTML page; a site's page has none.
        if (typeof context.body === 'string') {
          context.body = context.body.replace(/<script[^>]*__web-dev-server__web-socket\.js[^>]*><\/script>/g, '');
        }
        if (context.path.startsWith('/test/pages/csp/')) context.set('Content-Security-Policy', strictCsp);
      }
    },
  ];
}
