// The page's own script: the loader's API, from the same URL as the page's <script> (one module instance).
window.__autoload = import('../../../dist/cdn/autoload.js');
