/**
 * Proves that a machine that never ran the e2e suite can install it: runs the installer under `npm run` (whose
 * exported `npm_config_*` once broke code-server's postinstall) into an empty cache folder, starts the installed
 * code-server and asks it for its health and its workbench page. `.ci/run` runs it before the suite. The folder is
 * removed, or, when the suite's cache has no tools yet, becomes the suite's.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { prepareDirs, startCodeServer } from './launcher/code-server';
import { cacheDir, installTools } from './launcher/install-tools';

async function main(): Promise<number> {
  if (!process.env.npm_config_user_agent) {
    console.error('e2e install check: run it as `npm run test:e2e:install`: it proves the install works under npm run');
    return 2;
  }
  const cache = mkdtempSync(path.join(os.tmpdir(), 'kube-svc-e2e-install-'));
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(0);
  try {
    console.log(`e2e install check: installing into the empty folder ${cache} (under ${process.env.npm_config_user_agent})`);
    const tools = await installTools(cache);
    console.log(`e2e install check: installed in ${seconds()} s`);
    const dirs = prepareDirs(path.join(cache, 'run'));
    const server = await startCodeServer(tools, dirs);
    try {
      const page = await fetch(server.url, { signal: AbortSignal.timeout(30_000) });
      const html = await page.text();
      if (!page.ok || !html.includes('workbench')) throw new Error(`code-server's page answered ${page.status} without a workbench`);
    } finally {
      await server.stop();
    }
    console.log(`e2e install check: code-server started and served its workbench (${seconds()} s in all)`);
    handOver(cache, cacheDir());
    return 0;
  } catch (error) {
    console.error(`e2e install check: FAILED after ${seconds()} s: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

/**
 * Moves the tools just installed into the suite's cache when that has none yet, so that a new machine installs them
 * once, not twice. Only within one filesystem (a rename); otherwise the suite installs its own.
 */
function handOver(from: string, to: string): void {
  if (existsSync(path.join(to, 'cs', 'ok'))) return;
  try {
    mkdirSync(to, { recursive: true });
    for (const part of ['node24', 'cs']) {
      rmSync(path.join(to, part), { recursive: true, force: true });
      renameSync(path.join(from, part), path.join(to, part));
    }
    console.log(`e2e install check: the tools are now the suite's, in ${to}`);
  } catch (error) {
    console.log(`e2e install check: the suite installs its own tools (${error instanceof Error ? error.message : String(error)})`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`e2e install check: could not run: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
