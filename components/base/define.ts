// Guarded registration: a tag that is already defined (a second copy of the library) is skipped, never thrown.

let warnedForThisCopy = false;

/**
 * Defines `tag` unless it is taken. This copy of the library warns once, the first time it finds
 * a tag already registered, so a page with N extra copies logs N warnings.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  if (registry.get(tag)) {
    if (!warnedForThisCopy) {
      warnedForThisCopy = true;
      console.warn(
        `[magnesium-widgets] <${tag}> is already defined: another copy of magnesium-widgets is on this page. ` +
          'This copy is not used; load the library once.',
      );
    }
    return;
  }
  try {
    registry.define(tag, constructor);
  } catch (error) {
    // A name clash with another library's element of the same tag, or a constructor already used.
    console.warn(`[magnesium-widgets] could not define <${tag}>`, error);
  }
}
