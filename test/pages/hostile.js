// The hostile page: ?widgets=0 leaves the widgets out (to compare the page's own computed styles).
const params = new URLSearchParams(location.search);
if (params.get('widgets') === '0') window.__mgMounted = true;
else await import('./all-four.js');
