/**
 * Runs the same extension-host suite through @vscode/test-electron, for machines that have a desktop VS Code
 * (`VSCODE_EXECUTABLE`) or can download one. Where neither is possible it says so and exits non-zero: a suite that
 * did not run must never look like one that passed.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { runCommand } from './launcher/run-command';

const ROOT = path.resolve(__dirname, '..', '..');
const DOWNLOAD_TIMEOUT_MS = 120_000;

async function vscodeExecutable(): Promise<string> {
  const given = process.env.VSCODE_EXECUTABLE;
  if (given) return given;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${DOWNLOAD_TIMEOUT_MS / 1000} s`)), DOWNLOAD_TIMEOUT_MS);
  });
  try {
    return await Promise.race([downloadAndUnzipVSCode('stable'), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function main(): Promise<number> {
  let executable: string;
  try {
    executable = await vscodeExecutable();
  } catch (error) {
    console.error(
      'e2e (electron): no VS Code is available: VSCODE_EXECUTABLE is not set and downloading VS Code failed ' +
        `(${error instanceof Error ? error.message : String(error)}). The suite did NOT run. ` +
        'Set VSCODE_EXECUTABLE to a desktop VS Code, or run `npm run test:e2e` (code-server).',
    );
    return 1;
  }
  await runCommand(process.execPath, ['scripts/build.mjs', '--e2e'], { cwd: ROOT, timeoutMs: 120_000 });
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'kube-svc-e2e-electron-'));
  cpSync(path.join(ROOT, 'test/e2e/fixtures'), workspace, { recursive: true });
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'test/e2e/out/suite.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`e2e (electron): FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
