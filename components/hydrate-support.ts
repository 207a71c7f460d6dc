// dist/cdn/hydrate-support.js: lets widgets rendered on the server (magnesium-widgets/ssr, the dist/html/ fragments)
// take over their declarative shadow DOM instead of rendering again: no flash, same nodes. A page with server-rendered
// widgets loads it before the widget files; a page without them never loads it.
//
// It must run before Lit's LitElement module is evaluated and use the same lit-html as the widgets. In the CDN
// build (rollup.config.mjs) it is an entry of the per-element build, so it shares the widgets' lit-html chunk and
// nothing else: the LitElement chunk comes with the widget files, after it. Module scripts run in document order,
// so `<script type="module" src=".../hydrate-support.js">` placed before the widget files' scripts is enough; a
// loader (dist/cdn/autoload.js) imports it first when a `mg-*` element on the page already has a shadow root.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

// Too late: the widgets' LitElement was evaluated without it (their server DOM is then rendered again).
if (globalThis.customElements?.get('mg-sources'))
  console.warn(
    '[magnesium-widgets] hydrate-support.js was loaded after the widget files; load it first, before any widget file.',
  );
