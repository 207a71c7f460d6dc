// tachometer imports the npm package `chromedriver` before it connects to a remote WebDriver, where it only needs
// the module to resolve: point the import at ./chromedriver/ (Debian's driver). NODE_PATH covers its require.resolve.
const shim = new URL('./chromedriver/index.mjs', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === 'chromedriver') return { url: shim, shortCircuit: true };
  return next(specifier, context);
}
