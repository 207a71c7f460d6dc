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
  record.shiftsBeforeUpgrade = [];
  const describe = (node) =>
    node ? `${node.getRootNode().host?.localName ?? ''} ${node.nodeName.toLowerCase()}.${node.className ?? ''}` : '?';
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        // Only shifts from the upgrade on count (the tests judge hydration, not how the test page itself loaded);
        // the earlier ones are kept apart, for the message. Entries arrive late under load: their own time decides.
        const early = record.upgradeStart === undefined || entry.startTime < record.upgradeStart;
        const sources = entry.sources.map((source) => describe(source.node));
        if (early) record.shiftsBeforeUpgrade.push({ value: entry.value, sources });
        else {
          record.shifts.push(entry.value);
          record.shiftSources.push(...sources);
        }
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
    record.upgradeStart = performance.now();
    const [support, ...widgets] = urls;
    await add(support);
    await Promise.all(widgets.map(add));
  };
})();
