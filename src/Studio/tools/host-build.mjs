// What the host's build (src/Studio/Studio.targets) runs: `install` (npm ci, unless node_modules is newer than the
// lock file) and `build` (npm run build); and `ci` (npm ci, always) for scripts/test.sh. Each holds a lock folder while it runs, so builds that run at the same time
// (two configurations, two people in one work tree) never run npm in this folder at once.

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const studio = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const lock = path.join(studio, '.host-build-lock');
const staleAfterMs = 10 * 60_000;

function modified(file) {
  try {
    return statSync(path.join(studio, file)).mtimeMs;
  } catch {
    return null;
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function withLock(action) {
  const deadline = Date.now() + staleAfterMs;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const since = modified('.host-build-lock');
      if (since !== null && Date.now() - since > staleAfterMs) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`${lock} is held by another build; remove it if no build is running.`);
      sleep(500);
    }
  }
  try {
    return action();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function npm(...args) {
  const result = spawnSync('npm', args, { cwd: studio, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

function install({ always }) {
  const installed = modified('node_modules/.package-lock.json');
  const wanted = Math.max(modified('package-lock.json') ?? 0, modified('package.json') ?? 0);
  if (!always && installed !== null && installed >= wanted) return 0; // another build installed it while this one waited
  const status = npm('ci', '--no-audit', '--no-fund', '--loglevel=error');
  if (status === 0) {
    const now = new Date();
    utimesSync(path.join(studio, 'node_modules/.package-lock.json'), now, now);
  }
  return status;
}

const commands = {
  install: () => install({ always: false }),
  ci: () => install({ always: true }),
  build: () => npm('run', 'build', '--silent'),
};
const command = commands[process.argv[2]];
if (!command) {
  console.error(`usage: node tools/host-build.mjs ${Object.keys(commands).join(' | ')}`);
  process.exit(2);
}
process.exit(withLock(command));
