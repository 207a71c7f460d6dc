// Render benchmark probe (both render pages load it last): waits until every <mg-*> element on the page,
// including the ones inside other widgets' shadow roots, has finished its first update, then two animation
// frames (the frame that paints it), and reports the time since navigation start to tachometer.
// On the static copy there are no custom elements, so it reports the first painted frame after parsing. On the
// server-rendered copy (render-ssr.html) the same wait is the widgets' hydration, and `window.benchOk` says whether
// every widget kept the server's DOM (the server's stamp still first in its shadow root) instead of rendering again.
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Every mg-* element in a root and, recursively, in their shadow roots. */
function widgets(root) {
  const found = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.localName.startsWith('mg-') && customElements.get(element.localName)) found.push(element);
    if (element.shadowRoot) found.push(...widgets(element.shadowRoot));
  }
  return found;
}

/** `?measure=paint` (server-rendered and static pages): the first contentful paint, when the reader sees the content. */
const firstPaint = () =>
  new Promise((resolve) =>
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (!entry) return;
      observer.disconnect();
      resolve(entry.startTime);
    }).observe({ type: 'paint', buffered: true }),
  );

const tags = ['mg-symptom-checklist', 'mg-risk-quiz', 'mg-dose-table', 'mg-dose-checker', 'mg-sources'];
if (new URLSearchParams(location.search).get('measure') === 'paint') {
  window.tachometerResult = await firstPaint();
} else if (document.documentElement.dataset.bench !== 'static') {
  await Promise.all(tags.filter((tag) => document.querySelector(tag)).map((tag) => customElements.whenDefined(tag)));
  let count = -1;
  // Widgets can render more widgets (every widget shows an <mg-sources>): repeat until none is added.
  while (widgets(document).length !== count) {
    const all = widgets(document);
    count = all.length;
    await Promise.all(all.map((element) => element.updateComplete));
  }
}
if (window.tachometerResult === undefined) {
  await nextFrame();
  window.tachometerResult = performance.now();
}
if (document.documentElement.hasAttribute('data-ssr'))
  window.benchOk = [...document.querySelectorAll('body *')]
    .filter((element) => element.localName.startsWith('mg-'))
    .every((element) => element.shadowRoot?.firstChild?.data?.startsWith('mg-ssr'));
