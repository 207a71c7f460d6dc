// Loaded first by test pages (as a file, so it also runs under a strict CSP): records warnings, errors and CSP violations.
(function () {
  const record = { warnings: [], errors: [], violations: [] };
  window.__mg = record;
  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    record.warnings.push(args.map(String).join(' '));
    warn(...args);
  };
  window.addEventListener('error', (event) => record.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => record.errors.push(String(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) =>
    record.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
})();
