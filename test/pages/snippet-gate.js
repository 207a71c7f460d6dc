// Stands in for the CDN address in the README snippet (test/pages/snippet.js): waits until the page has painted with
// the widgets not yet defined (`delay` ms, 300 by default), records where everything is, loads the real bundle from
// dist/cdn/, waits for every widget's first render, and records again.
const params = new URL(import.meta.url).searchParams;
const state = window.__mgSnippet;
// The paragraphs around the snippet and each widget (each tag appears once in it).
const tracked = () =>
  [...document.body.children].filter((element) => element.id || element.localName.startsWith('mg-'));
const positions = () =>
  Object.fromEntries(
    tracked().map((element) => {
      const box = element.getBoundingClientRect();
      return [element.id || element.localName, { top: box.top + scrollY, height: box.height }];
    }),
  );
const frames = (count) =>
  new Promise((resolve) => {
    const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });

await frames(2);
await new Promise((resolve) => setTimeout(resolve, Number(params.get('delay') ?? 300)));
state.before = positions();
state.viewport = { width: innerWidth, height: innerHeight };
try {
  await import(`/dist/cdn/${params.get('file')}`);
  const widgets = [...document.querySelectorAll('body > *')].filter((element) => element.localName.startsWith('mg-'));
  for (const widget of widgets) {
    await customElements.whenDefined(widget.localName);
    await widget.updateComplete;
  }
  await frames(3);
  state.after = positions();
} catch (error) {
  window.__mg.errors.push(`snippet: ${error}`);
}
state.done = true;
