// Server-rendered test pages (test/support/ssr-pages.mjs), after record.js: console errors and layout shifts
// (Chromium reports them; other engines have no layout-shift entries). A file, so it also runs under a strict CSP.
(function () {
  const record = window.__mg;
  record.consoleErrors = [];
  const error = console.error.bind(console);
  console.error = (...args) => {
    record.consoleErrors.push(args.map(String).join(' '));
    error(...args);
  };
  record.shifts = [];
  record.shiftSources = [];
  const describe = (node) =>
    node ? `${node.getRootNode().host?.localName ?? ''} ${node.nodeName.toLowerCase()}.${node.className ?? ''}` : '?';
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        record.shifts.push(entry.value);
        record.shiftSources.push(...entry.sources.map((source) => describe(source.node)));
      }
    }).observe({
      type: 'layout-shift',
      buffered: true,
    });
  } catch {
    // no layout-shift entries in this engine
  }
  // scripts=inject: window.__upgrade() adds the hydrate support, waits for it, then the widget files (the order a
  // page's module scripts run in), after the test has looked at the server's DOM.
  const urls = JSON.parse(document.currentScript.dataset.inject ?? '[]');
  window.__upgrade = async () => {
    const add = (src) =>
      new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.type = 'module';
        script.src = src;
        script.onload = resolve;
        script.onerror = reject;
        document.head.append(script);
      });
    const [support, ...widgets] = urls;
    await add(support);
    await Promise.all(widgets.map(add));
  };
})();
