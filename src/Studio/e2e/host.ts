// Starts the real host on the embedded default (SQLite in a temporary DataDir, in-memory bus) on a free port, with the
// repository's workflows/ published into tenant default as the host does at start (src/Host/Workflows/WorkflowFolder.cs).

import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { artifactsDir, repositoryRoot, workflowsFolder } from './paths';

export interface RunningHost {
  url: string;
  adminKey: string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilLive(url: string, process: ChildProcess, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (process.exitCode !== null) {
      throw new Error(`The host exited with code ${process.exitCode}; see ${artifactsDir}/host.log`);
    }
    try {
      if ((await fetch(`${url}/health/live`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The host did not answer ${url}/health/live in time; see ${artifactsDir}/host.log`);
}

/**
 * `dotnet run --project src/Host` as the README says, with the configuration the test script built
 * (STUDIO_E2E_CONFIGURATION, Release by default). It builds when needed, which also builds the Studio, unless
 * STUDIO_E2E_NO_BUILD=1 says the caller built it already (scripts/test.sh does).
 */
export async function startHost(): Promise<RunningHost> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'studio-e2e-'));
  mkdirSync(artifactsDir, { recursive: true });
  const log = createWriteStream(path.join(artifactsDir, 'host.log'));
  const configuration = process.env.STUDIO_E2E_CONFIGURATION ?? 'Release';
  const build = process.env.STUDIO_E2E_NO_BUILD === '1' ? ['--no-build'] : [];
  const host = spawn(
    'dotnet',
    ['run', '--project', path.join(repositoryRoot, 'src/Host'), '-c', configuration, ...build, '--', '--Urls', url, '--DataDir', dataDir, '--Workflows:Path', workflowsFolder],
    { cwd: repositoryRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DOTNET_NOLOGO: '1' } },
  );
  host.stdout?.pipe(log);
  host.stderr?.pipe(log);

  const stop = async () => {
    if (host.exitCode === null && host.pid) {
      const exited = new Promise((resolve) => host.once('exit', resolve));
      process.kill(-host.pid, 'SIGTERM'); // the group: dotnet run and the host it started
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (host.exitCode === null) process.kill(-host.pid, 'SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilLive(url, host, Date.now() + 240_000);
    const adminKey = readFileSync(path.join(dataDir, 'admin-key.txt'), 'utf8').trim();
    return { url, adminKey, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
