/**
 * Runs the end-to-end suite in a real VS Code (code-server, the VS Code server build from the npm registry) driven
 * by Debian's Chromium: first the extension-host suite (`test/e2e/suite`), then what a person sees in the Problems
 * panel. Installs its tools once into a cache folder outside the repository and exits with the result.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openBrowser, runExtensionTests } from './launcher/browser';
import type { BrowserSession } from './launcher/browser';
import { installExtension, prepareDirs, startCodeServer } from './launcher/code-server';
import type { CodeServer } from './launcher/code-server';
import { cacheDir, ensureKoreanFont, installTools } from './launcher/install-tools';
import { KOREAN_CHECKS } from './launcher/korean-check';
import { koreanLanguagePack, registerLanguagePack } from './launcher/korean-language-pack';
import { runCommand } from './launcher/run-command';
import { ARTIFACTS, runChecks, VISIBLE_CHECKS } from './launcher/visible-check';

const ROOT = path.resolve(__dirname, '..', '..');
const SUITE_TIMEOUT_MS = 4 * 60_000;

async function main(): Promise<number> {
  const started = Date.now();
  const lap = (what: string) => console.log(`e2e: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const tools = await installTools(cacheDir());
  lap('tools ready');
  await runCommand('npm', ['run', 'package', '--silent'], { cwd: ROOT, timeoutMs: 5 * 60_000 });
  await runCommand(process.execPath, ['scripts/build.mjs', '--e2e'], { cwd: ROOT, timeoutMs: 120_000 });
  lap('extension packaged and suite built');

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'kube-svc-e2e-'));
  const dirs = prepareDirs(scratch);
  await installExtension(tools, dirs, path.join(ROOT, 'kube-svc.vsix'));
  const installed = path.join(dirs.extensions, readdirSync(dirs.extensions).find((d) => d.startsWith('kube-svc.kube-svc'))!);
  lap(`installed the .vsix into ${installed}`);

  let server: CodeServer | undefined;
  let browser: BrowserSession | undefined;
  const tally = { passed: 0, failed: 0 };
  try {
    server = await startCodeServer(tools, dirs);
    lap(`code-server listening at ${server.url}`);
    browser = await openBrowser(tools.chromium);
    const suiteWorkspace = freshWorkspace(scratch, 'suite-workspace');
    const testsPath = path.join(ROOT, 'test/e2e/out/suite.js');
    const code = await runExtensionTests(browser, server.url, suiteWorkspace, installed, testsPath, SUITE_TIMEOUT_MS);
    const lines = browser.suiteLines();
    console.log(lines.join('\n'));
    countSuite(lines, tally);
    lap(`extension-host suite finished with code ${code}`);
    if (code !== 0) throw new Error(`the extension-host suite failed (code ${code})`);
    await browser.browser.close();
    browser = await openBrowser(tools.chromium);
    const failures: string[] = [];
    await runChecks(browser.page, server.url, freshWorkspace(scratch, 'visible-workspace'), VISIBLE_CHECKS, (name, error) => {
      console.log(`e2e: visible check ${name}: ${error ? `FAILED: ${error.message}` : 'ok'}`);
      if (error) failures.push(name);
      else tally.passed++;
    });
    tally.failed += failures.length;
    lap(`visible checks done; screenshots in ${ARTIFACTS}`);
    if (failures.length > 0) throw new Error(`visible checks failed: ${failures.join(', ')}`);

    // Korean: a fresh code-server with a Korean language pack, started with --locale ko.
    await browser.browser.close();
    await server.stop();
    await ensureKoreanFont();
    const koDirs = prepareDirs(path.join(scratch, 'ko'));
    await installExtension(tools, koDirs, path.join(ROOT, 'kube-svc.vsix'));
    await installExtension(tools, koDirs, await koreanLanguagePack(path.join(scratch, 'ko-pack')));
    registerLanguagePack(koDirs.userData, koDirs.extensions);
    server = await startCodeServer(tools, koDirs, ['--locale', 'ko']);
    lap(`code-server --locale ko listening at ${server.url}`);
    browser = await openBrowser(tools.chromium);
    await runChecks(browser.page, server.url, freshWorkspace(scratch, 'ko-workspace'), KOREAN_CHECKS, (name, error) => {
      console.log(`e2e: Korean check ${name}: ${error ? `FAILED: ${error.message}` : 'ok'}`);
      if (error) failures.push(name);
      else tally.passed++;
    });
    tally.failed += failures.length;
    lap('Korean checks done');
    if (failures.length > 0) throw new Error(`Korean checks failed: ${failures.join(', ')}`);
    return 0;
  } catch (error) {
    console.error(`e2e: FAILED: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`---- page console (extension host included) ----\n${browser?.consoleLog() ?? '(no page)'}`);
    console.error(`---- code-server log ----\n${server?.log() ?? '(not started)'}`);
    return 1;
  } finally {
    await browser?.browser.close().catch(() => undefined);
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
    console.log(`e2e: ${tally.passed} passed, ${tally.failed} failed`);
  }
}

/** Adds the suite's own closing `[e2e] N passed, N failed` line to the tally. */
function countSuite(lines: readonly string[], tally: { passed: number; failed: number }): void {
  const summary = lines.map((line) => /^\[e2e\] (\d+) passed, (\d+) failed$/.exec(line)).find((m) => m !== null);
  if (!summary) {
    tally.failed++;
    return;
  }
  tally.passed += Number(summary[1]);
  tally.failed += Number(summary[2]);
}

function freshWorkspace(scratch: string, name: string): string {
  const folder = path.join(scratch, name);
  cpSync(path.join(ROOT, 'test/e2e/fixtures'), folder, { recursive: true });
  return folder;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`e2e: could not run: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
