// The strict Content-Security-Policy the widgets are tested under and the README recommends.
// lit-html's Trusted Types policy needs 'allow-duplicates' when a second Lit (a second copy, or the host's own) is on the page.
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

/**
 * The same policy for a page with server-rendered widgets: their declarative shadow roots carry the widgets' styles
 * as inline <style> elements, allowed by hash (`npm run build` writes them to dist/html/csp-style-hashes.txt).
 */
export const strictCspWithStyleHashes = (hashes) =>
  strictCsp.replace("style-src 'self'", `style-src 'self' ${hashes.trim()}`);
