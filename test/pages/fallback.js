// test/pages/fallback.html: loads the widgets when the test asks (after it has looked at the fallback content).
window.__upgrade = () =>
  new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/cdn/magnesium-widgets.js';
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
