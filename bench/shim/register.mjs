// node --import=bench/shim/register.mjs: installs the resolve hook in ./hooks.mjs (scripts/bench.mjs, tachometer).
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
