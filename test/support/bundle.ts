// What "the bundle" is for request checks: an entry's static import closure (DESIGN.md measures size the same
// way) and the chunks it may load later (locale chunks, lazy parts), as server paths.

/** The bundle's static import closure (what "the bundle" is: DESIGN.md measures size the same way), as paths. */
export async function staticClosure(entry: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = await (await fetch(path)).text();
    // Static `import … from "x"`, `import "x"`, `export … from "x"`; dynamic import("x") (lazy chunks) is not matched.
    for (const match of code.matchAll(
      /\b(?:import|export)\s*(?:\{[^}]*\}|\*(?:\s*as\s*[\w$]+)?|[\w$]+(?:\s*,\s*\{[^}]*\})?)?\s*(?:from\s*)?["']([^"'\n]+\.js)["']/g,
    ))
      queue.push(new URL(match[1]!, new URL(path, location.origin)).pathname);
  }
  return seen;
}

/** The chunks the bundle may load later (dynamic import(): locale chunks, lazy parts) and their static closures. */
export async function lazyClosure(closure: Set<string>): Promise<Set<string>> {
  const lazy = new Set<string>();
  for (const path of closure) {
    const code = await (await fetch(path)).text();
    for (const match of code.matchAll(/\bimport\(\s*["']([^"'\n]+\.js)["']\s*\)/g)) {
      const target = new URL(match[1]!, new URL(path, location.origin)).pathname;
      if (!closure.has(target)) for (const file of await staticClosure(target)) lazy.add(file);
    }
  }
  return lazy;
}

/** The locale a chunk carries messages for: `en-….js` (a locale) or `quiz-result.en-….js` (a lazy part's messages). */
export const chunkLocale = (path: string) => /\/chunks\/(?:[\w-]+\.)?(en|sv|nb|fi|de)-[\w-]+\.js$/.exec(path)?.[1];
