// Mounts one element from a bundle, as a site would: ?tag=&bundle=&attrs=<json>&copies=1|2.
// Loaded as a file so it runs under the strict CSP page too; builds DOM with DOM APIs only.
const params = new URLSearchParams(location.search);
const root = new URL('../../', import.meta.url); // this page's URL prefix (e.g. /run-…/)
const tag = params.get('tag');
const bundle = params.get('bundle').replace(/^\//, '');
const attributes = JSON.parse(params.get('attrs') ?? '{}');

const element = document.createElement(tag);
for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
document.body.append(element);

try {
  await import(new URL(bundle, root).href);
  if (params.get('copies') === '2') await import(new URL(`copy-b/${bundle}`, root).href);
  await customElements.whenDefined(tag);
  await element.updateComplete;
  window.__mgMounted = true;
} catch (error) {
  window.__mg.errors.push(`mount: ${error}`);
  window.__mgMounted = true;
}
