// The apps share one install in the folder above (test/consumers/run.mjs), so that is Turbopack's root.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @type {import('next').NextConfig} */
export default { turbopack: { root }, outputFileTracingRoot: root };
