// npm run storybook / npm run build-storybook: installs what is missing, builds the messages and
// custom-elements.json the docs read, then runs Storybook (dev on :6006, or a static build in storybook-static/).
import { ensureNodeModules, run, root } from './lib.mjs';

ensureNodeModules();
run(process.execPath, ['scripts/build.mjs']);
const mode = process.argv[2];
const storybook = `${root}node_modules/.bin/storybook`;
if (mode === 'build') run(storybook, ['build', '--quiet', '--disable-telemetry', '-o', 'storybook-static']);
else run(storybook, ['dev', '-p', process.env.PORT ?? '6006', '--no-open', '--disable-telemetry']);
