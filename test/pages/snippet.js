// Writes the README's "Embedding" snippet into the page where this script stands, so the parser meets it exactly as
// if a site had pasted it (test/elements/layout-shift.test.ts, scripts/reserve-space.mjs). Only the CDN address
// changes: the module loads through snippet-gate.js, which lets the page paint first, as a slow network would.
// ?nostyle=1 leaves the snippet's <style> out (to show what happens without it). Records layout shifts (Chromium).
(function () {
  var params = new URLSearchParams(location.search);
  var state = { shifts: [], snippet: '' };
  window.__mgSnippet = state;
  if (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes.indexOf('layout-shift') >= 0) {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        state.shifts.push({
          value: entry.value,
          hadRecentInput: entry.hadRecentInput,
          sources: (entry.sources || []).map(function (source) {
            var node = source.node;
            return (node && (node.id || node.localName)) + ' ' + source.previousRect.y + '→' + source.currentRect.y;
          }),
        });
      });
    }).observe({ type: 'layout-shift', buffered: true });
  }
  var request = new XMLHttpRequest();
  request.open('GET', '/README.md', false);
  request.send();
  var readme = request.responseText;
  var section = readme.slice(readme.indexOf('\n## Embedding'));
  var start = section.indexOf('```html\n') + '```html\n'.length;
  var snippet = section.slice(start, section.indexOf('\n```', start));
  var cdn = 'https://YOUR-CDN/magnesium-widgets@0.1.0/dist/cdn/';
  if (snippet.indexOf(cdn) < 0) throw new Error('the README snippet no longer loads ' + cdn);
  snippet = snippet.split(cdn).join('/test/pages/snippet-gate.js?delay=' + (params.get('delay') || '300') + '&file=');
  if (params.get('nostyle') === '1') snippet = snippet.replace(/<style>[\s\S]*?<\/style>/, '');
  state.snippet = snippet;
  document.write(snippet);
})();
