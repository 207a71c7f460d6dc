// Test-server plugins: a request log (the only network record that works in every engine),
// a second URL prefix for the "two copies" tests, and pages served with a strict CSP header.

/** Every URL the browsers asked the test server for, in order, since the last reset. */
const requestLog = [];

/** The strict policy of the shared suites; lit-html's Trusted Types policy needs 'allow-duplicates' with two copies. */
export const strictCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
].join('; ');

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
    },
  ];
}

/** Koa middleware: logs requests, maps /copy-b/* onto /* (a second URL for the same files), adds the CSP header to /csp/ pages. */
export function testServerMiddleware() {
  return [
    async function logRequests(context, next) {
      if (!context.path.startsWith('/__') && !context.path.startsWith('/__web-dev-server')) {
        requestLog.push(context.url);
      }
      await next();
    },
    async function secondCopy(context, next) {
      if (context.path.startsWith('/copy-b/')) context.path = context.path.slice('/copy-b'.length);
      await next();
    },
    async function cspPages(context, next) {
      await next();
      if (context.path.startsWith('/test/pages/csp/')) context.set('Content-Security-Policy', strictCsp);
    },
  ];
}
