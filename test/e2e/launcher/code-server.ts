import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { cleanEnvironment } from './clean-env';
import type { Tools } from './install-tools';
import { runCommand } from './run-command';

export interface CodeServer {
  readonly url: string;
  readonly port: number;
  /** Everything code-server printed, for the failure report. */
  log(): string;
  stop(): Promise<void>;
}

/** Settings that keep the workbench quiet and off the network. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
};

export interface Dirs {
  readonly userData: string;
  readonly extensions: string;
  readonly xdg: string;
}

export function prepareDirs(root: string): Dirs {
  const dirs = { userData: path.join(root, 'user-data'), extensions: path.join(root, 'extensions'), xdg: path.join(root, 'xdg') };
  mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  mkdirSync(dirs.extensions, { recursive: true });
  writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));
  return dirs;
}

function environment(tools: Tools, dirs: Dirs): NodeJS.ProcessEnv {
  const env = cleanEnvironment();
  return {
    ...env,
    PATH: `${path.dirname(tools.node24)}:${env.PATH ?? ''}`,
    XDG_CONFIG_HOME: path.join(dirs.xdg, 'config'),
    XDG_DATA_HOME: path.join(dirs.xdg, 'data'),
    XDG_CACHE_HOME: path.join(dirs.xdg, 'cache'),
  };
}

/** Installs a .vsix into the fresh extensions folder, as a user would. */
export async function installExtension(tools: Tools, dirs: Dirs, vsix: string): Promise<void> {
  await runCommand(
    tools.node24,
    [tools.codeServerEntry, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix],
    { env: environment(tools, dirs), timeoutMs: 120_000, stdio: ['ignore', 'inherit', 'inherit'] },
  );
}

/** Starts code-server on a free loopback port; `extraArgs` are more of its options (`--locale ko`). */
export async function startCodeServer(tools: Tools, dirs: Dirs, extraArgs: readonly string[] = []): Promise<CodeServer> {
  const port = await freePort();
  const configFile = path.join(dirs.xdg, 'code-server.yaml');
  mkdirSync(dirs.xdg, { recursive: true });
  writeFileSync(configFile, 'auth: none\n');
  const args = [
    tools.codeServerEntry,
    '--config', configFile,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--vscode-option', 'enable-smoke-test-driver',
    ...extraArgs,
  ];
  // Its own process group, so that stopping it ends exactly the processes it started (extension host included).
  const child = spawn(tools.node24, args, { env: environment(tools, dirs), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const server: CodeServer = { url, port, log: () => output, stop: () => stopGroup(child) };
  try {
    await waitHealthy(url, child, 60_000);
  } catch (error) {
    await server.stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\ncode-server said:\n${output}`, { cause: error });
  }
  return server;
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer /healthz within ${timeoutMs / 1000} s`);
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
