// Small helpers shared by the project scripts (Node built-ins only: they run before npm ci).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';

export const root = new URL('..', import.meta.url).pathname;

/** Runs a command in the project root, inheriting stdio; exits the process on failure. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
  return result;
}

/** `npm ci` when node_modules is missing or older than the lock file. */
export function ensureNodeModules() {
  const marker = `${root}node_modules/.package-lock.json`;
  const lock = `${root}package-lock.json`;
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installing npm packages (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * Flags for Debian's Chromium as root on a machine with no network but the registries: without the
 * networking flags Chromium floods the closed network with refused connections (TOOLCHAIN.md).
 */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-extensions',
];

/**
 * Installs the Debian packages whose files are missing (`{ file: package }`), as root with apt; elsewhere
 * prints the one apt line needed (`what` says what they are for) and exits.
 */
export function ensureDebianPackages(filesToPackages, what) {
  const missing = [
    ...new Set(
      Object.entries(filesToPackages)
        .filter(([file]) => !existsSync(file))
        .map(([, pkg]) => pkg),
    ),
  ];
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`${what} need Debian packages. Install them as root, then run again:\n  ${command}`);
    process.exit(1);
  }
  console.log(`Installing Debian packages: ${missing.join(' ')}…`);
  const result = spawnSync('sh', ['-c', command], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`Could not install ${missing.join(' ')}; run as root: ${command}`);
    process.exit(1);
  }
}
