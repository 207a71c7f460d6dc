// Memory (Chromium): each element is created, rendered (with its preset attributes, like a site), and removed
// 1,000 times; after a forced GC (CDP HeapProfiler.collectGarbage) the JS heap and the DOM node and listener
// counts return to within a small bound of where they started.
//
// Bound: a leak of one element per cycle would retain at least its shadow tree (hundreds of nodes, tens of KB):
// 1,000 cycles would show ≥ 10 MB and ≥ 100,000 nodes. The bound allows 1 MB of heap growth (JIT code,
// inline caches, lit's template cache and the locale's message maps warming up happen in the first cycles)
// — under 1 KB per cycle, well below any per-element leak — and 100 DOM nodes / 20 listeners.
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../components/define.js';
import { allTables } from '../tables/index.js';
import '../support/fresh-page.js';

const cycles = 1000;
const heapBound = 1024 * 1024;

interface Heap {
  usedSize: number;
  nodes: number;
  jsEventListeners: number;
}
const heap = async () => (await executeServerCommand('mg-heap', { gcRounds: 3 })) as Heap;

const tables = allTables.filter((table) => table.tag !== 'mg-test-element');
const growth: string[] = [];

// The deep group runs in Chromium only (web-test-runner.config.mjs): the heap comes from CDP.
describe(`memory: ${cycles} create/remove cycles per element (Chromium, CDP)`, function () {
  this.timeout(180000);
  after(() => console.log(`[memory] ${growth.join('; ')}`));

  for (const table of tables) {
    it(`<${table.tag}>: heap after GC within ${heapBound / 1024} KB, no DOM nodes or listeners left`, async () => {
      const host = await fixture<HTMLDivElement>(document.createElement('div'));
      const cycle = async () => {
        const element = document.createElement(table.tag) as HTMLElement & { updateComplete: Promise<unknown> };
        for (const [name, value] of Object.entries(table.preset)) element.setAttribute(name, value);
        host.append(element);
        await element.updateComplete;
        element.remove();
      };
      // Warm-up: first renders compile templates and load nothing else; measure from a warm state.
      for (let i = 0; i < 20; i++) await cycle();
      const before = await heap();
      for (let i = 0; i < cycles; i++) await cycle();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const after = await heap();
      const grew = after.usedSize - before.usedSize;
      growth.push(
        `<${table.tag}> heap ${(grew / 1024).toFixed(1)} KB, nodes ${after.nodes - before.nodes}, listeners ${after.jsEventListeners - before.jsEventListeners}`,
      );
      expect(grew, `heap growth in bytes over ${cycles} cycles`).to.be.below(heapBound);
      expect(after.nodes - before.nodes, 'DOM nodes').to.be.below(100);
      expect(after.jsEventListeners - before.jsEventListeners, 'JS event listeners').to.be.below(20);
    });
  }
});
