// dist/cdn/hydrate-support.js and magnesium-widgets/hydrate-support.js: lets widgets rendered on the server
// (magnesium-widgets/ssr, the dist/html/ fragments) take over their declarative shadow DOM instead of rendering
// again: no flash, the same nodes. A page with server-rendered widgets loads it before the widget files; a page
// without them never loads it, and pays nothing for it.
//
// It is @lit-labs/ssr-client's LitElement hydrate support plus one check of ours. It must run before Lit's
// LitElement module is evaluated and use the same lit-html as the widgets: in the CDN build (rollup.config.mjs) it is
// an entry of the per-element build, so it shares the widgets' lit-html chunk and nothing else (the LitElement chunk
// comes with the widget files, after it). Module scripts run in document order, so a
// `<script type="module" src=".../hydrate-support.js">` before the widget files' scripts is enough; a loader
// (dist/cdn/autoload.js) imports it first when a `mg-*` element on the page already has a shadow root.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
// lit/html.js is lit-html alone: `lit` itself would evaluate LitElement before the patch is in place.
import { render } from 'lit/html.js';
import type { LitElement, PropertyValues } from 'lit';

type Support = (lit: { LitElement: typeof LitElement }) => void;
const global = globalThis as { litElementHydrateSupport?: Support };
const litSupport = global.litElementHydrateSupport!;

/** A widget class of ours: it says what its server render depends on (MgElement.renderStamp). */
type Ours = { renderStamp?: () => string };
/** Elements whose shadow root was there before their first update: server-rendered, to be hydrated. */
const serverRendered = new WeakSet<Element>();
/** One warning per kind and page. */
const warned = new Set<string>();
const warn = (text: string) => {
  const kind = text.replace(/^<[\w-]+>/, '').slice(0, 20);
  if (!warned.has(kind)) console.warn(`[magnesium-widgets] ${text}.`);
  warned.add(kind);
};

/**
 * Hydration keeps the server's text as it is and trusts that it is what this page would render. For our widgets
 * that holds only where the server rendered for this page's locale (and, for the symptom checklist, its country's
 * contacts): the stamp renderToString wrote into the shadow root says what it rendered for. Where it differs, or
 * where hydration finds other DOM than this render's, the widget is rendered afresh into its shadow root (the
 * server's styles stay), with one warning: never another language or emergency number than the page's.
 */
global.litElementHydrateSupport = ({ LitElement }) => {
  litSupport({ LitElement });
  const proto = LitElement.prototype as unknown as {
    createRenderRoot(this: LitElement): HTMLElement | DocumentFragment;
    update(this: LitElement, changed: PropertyValues): void;
  };
  const { createRenderRoot, update } = proto;
  proto.createRenderRoot = function () {
    const root = this.shadowRoot;
    if (root && (this.constructor as Ours).renderStamp) {
      serverRendered.add(this);
      // A Content-Security-Policy without the widgets' style hashes blocks the server's <style> (its sheet is null):
      // constructed style sheets are allowed, so the widget adopts its styles after all.
      if (!root.querySelector('style')?.sheet) {
        warn(
          `<${this.localName}>: the page's Content-Security-Policy blocks the server-rendered styles; add the hashes in dist/html/csp-style-hashes.txt to its style-src`,
        );
        root.adoptedStyleSheets = (this.constructor as typeof LitElement).elementStyles.map((style) =>
          style instanceof CSSStyleSheet ? style : style.styleSheet!,
        );
      }
    }
    return createRenderRoot.call(this);
  };
  proto.update = function (changed) {
    if (!serverRendered.delete(this)) return update.call(this, changed);
    const root = this.renderRoot as ShadowRoot;
    const stamp = (root.firstChild as Partial<Comment> | null)?.data;
    const expected = (this.constructor as Ours).renderStamp!();
    let why = stamp === expected ? '' : `for "${stamp}" and this page is "${expected}"`;
    try {
      update.call(this, changed);
    } catch (error) {
      why ||= `its DOM does not match (${String(error)})`;
    }
    if (!why) return;
    warn(`<${this.localName}> was rendered on the server, but ${why}: rendered again`);
    for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
    delete (root as { _$litPart$?: unknown })._$litPart$;
    render((this as unknown as { render(): unknown }).render(), root, this.renderOptions);
  };
};

// Too late: the widgets' LitElement was evaluated without it (their server DOM is then rendered again).
if (globalThis.customElements?.get('mg-sources'))
  console.warn(
    '[magnesium-widgets] hydrate-support.js was loaded after the widget files; load it first, before any widget file.',
  );
