// Server-rendered test pages for the browser tests (issue 19), made on request by the built magnesium-widgets/ssr
// in a child process (the server renderer installs Lit's DOM shim as globals; the test server stays clean of it).
//   /__ssr/page.html?lang=en-GB&scripts=head|inject|none&build=per-element|all-in-one[&markup=…][&ssrLang=…]
//   [&query=ver%3D6.4][&support=0][&csp=strict]  (csp=strict: the README's policy, without the style hashes;
//   build=autoload: dist/cdn/autoload.js alone)
// - scripts=head: the hydrate support and the widget files in <head>, as a site writes them;
// - scripts=inject: none in the page; the test calls window.__upgrade() after looking at the server's DOM, which
//   adds the hydrate support, waits for it, then the widget files (the order a page's module scripts run in);
// - scripts=none: server-rendered only (JavaScript off).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { strictCsp } from '../../scripts/csp.mjs';

/** The widgets with preset attributes (a first result in each), and `<mg-sources>` open with two sources. */
export const defaultMarkup = [
  '<mg-symptom-checklist selected="muscle-cramps fatigue"></mg-symptom-checklist>',
  '<mg-risk-quiz heading-level="3"></mg-risk-quiz>',
  '<mg-dose-table age-group="18+" sex="female"></mg-dose-table>',
  '<mg-dose-checker product-name="Magnesium Citrat 100 mg" mg-per-unit="100" units-per-day="2" units-per-pack="90"></mg-dose-checker>',
  '<mg-sources source-ids="nnr-2023 efsa-2015-magnesium"></mg-sources>',
].join('\n');

const tags = ['mg-dose-table', 'mg-symptom-checklist', 'mg-risk-quiz', 'mg-dose-checker', 'mg-sources'];

function scriptsFor(build, markup, query) {
  const suffix = query ? `?${query}` : '';
  if (build === 'all-in-one') return ['/dist/cdn/hydrate-support.js', '/dist/cdn/magnesium-widgets.js'];
  if (build === 'autoload') return [`/dist/cdn/autoload.js${suffix}`];
  return [
    `/dist/cdn/hydrate-support.js${suffix}`,
    ...tags.filter((tag) => markup.includes(`<${tag}`)).map((tag) => `/dist/cdn/${tag}.js${suffix}`),
  ];
}

/** The page's HTML (runs in the child process). */
async function page({ lang, scripts, build, markup, ssrLang, query, support }) {
  const { renderToString } = await import(new URL('../../dist/components/ssr.js', import.meta.url));
  const body = await renderToString(markup, { locale: ssrLang ?? lang });
  const urls = scriptsFor(build, markup, query).slice(support === '0' ? 1 : 0);
  const head = scripts === 'head' ? urls.map((url) => `<script type="module" src="${url}"></script>`).join('\n') : '';
  const inject = scripts === 'inject' ? JSON.stringify(urls).replace(/'/g, '&#39;') : '[]';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8" />
<link rel="icon" href="data:," />
<script src="/test/pages/record.js"></script>
<script src="/test/pages/ssr-record.js" data-inject='${inject}'></script>
<style>body { margin: 8px; font: 16px/1.5 'DejaVu Sans', sans-serif; } body > * { display: block; margin-block: 1rem; }</style>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** wtr plugin: serves /__ssr/page.html, rendered in a child process. */
export function ssrPagesPlugin() {
  const script = fileURLToPath(import.meta.url);
  return {
    name: 'mg-ssr-pages',
    async serve(context) {
      if (context.path !== '/__ssr/page.html') return undefined;
      const query = context.query;
      const options = {
        lang: query.lang ?? 'da',
        ssrLang: query.ssrLang,
        scripts: query.scripts ?? 'head',
        build: query.build ?? 'per-element',
        markup: query.markup ?? defaultMarkup,
        query: query.query,
        support: query.support,
      };
      const body = await new Promise((resolve, reject) =>
        execFile(process.execPath, [script, JSON.stringify(options)], { maxBuffer: 1 << 24 }, (error, stdout) =>
          error ? reject(error) : resolve(stdout),
        ),
      );
      return {
        body,
        type: 'text/html',
        headers: query.csp === 'strict' ? { 'Content-Security-Policy': strictCsp } : {},
      };
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(await page(JSON.parse(process.argv[2])));
}
