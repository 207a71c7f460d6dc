// All four widgets on one page, as a site writes them, from the all-in-one CDN bundle:
// ?copies=2 loads the same bundle a second time from the /copy-b/ prefix (a second Lit beside ours).
// Loaded as a file so it runs under the strict CSP page; builds DOM with DOM APIs only.
const params = new URLSearchParams(location.search);
const root = new URL('../../', import.meta.url); // this page's URL prefix (e.g. /run-…/)
const bundle = 'dist/cdn/magnesium-widgets.js';
if (params.get('lang')) document.documentElement.lang = params.get('lang');

const widgets = [
  ['mg-symptom-checklist', {}],
  ['mg-dose-table', { 'age-group': '18+', sex: 'female' }],
  ['mg-risk-quiz', { 'heading-level': '2' }],
  ['mg-dose-checker', {}],
];
for (const [tag, attributes] of widgets) {
  const section = document.createElement('section');
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  section.append(element);
  document.body.append(section);
}

try {
  await import(new URL(bundle, root).href);
  if (params.get('copies') === '2') await import(new URL(`copy-b/${bundle}`, root).href);
  for (const [tag] of widgets) {
    await customElements.whenDefined(tag);
    await document.querySelector(tag).updateComplete;
  }
  window.__mgMounted = true;
} catch (error) {
  window.__mg.errors.push(`mount: ${error}`);
  window.__mgMounted = true;
}
