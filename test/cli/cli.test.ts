import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, promises as fsp } from 'node:fs';
import type { Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { runCli } from '../../server/src/cli/run-cli';

const CLI = path.resolve(__dirname, '../../server/out/cli.js');

const UNNAMED = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - name: http\n    port: 80\n  - port: 443\n';
const CLEAN = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-svc-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function run(args: string[], cwd: string, input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('check --format json: the unnamed port is reported with field, type and a 0-based range; exit 1', () => {
  const cwd = workspace({ 'k8s/web.yaml': UNNAMED });
  const { code, stdout } = run(['check', '--format', 'json', 'k8s/'], cwd);
  assert.equal(code, 1);
  assert.deepEqual(JSON.parse(stdout), [
    {
      file: path.join('k8s', 'web.yaml'),
      range: { start: { line: 10, character: 4 }, end: { line: 10, character: 13 } },
      severity: 'error',
      code: 'port-name-required',
      message: 'spec.ports[1].name: Required value — a Service with more than one port must name every port',
      field: 'spec.ports[1].name',
      type: 'Required',
    },
  ]);
});

test('check --format text prints file:line:col severity rule message', () => {
  const cwd = workspace({ 'web.yaml': UNNAMED });
  const { code, stdout, stderr } = run(['check', 'web.yaml'], cwd);
  assert.equal(code, 1);
  assert.equal(
    stdout,
    'web.yaml:11:5 error port-name-required spec.ports[1].name: Required value — a Service with more than one port must name every port\n',
  );
  assert.match(stderr, /1 file checked: 1 error/);
});

test('a clean folder exits 0 and prints no findings; non-YAML files are not read', () => {
  const cwd = workspace({ 'a/ok.yaml': CLEAN, 'a/b/ok.yml': CLEAN, 'a/notes.txt': UNNAMED });
  const { code, stdout, stderr } = run(['check', 'a'], cwd);
  assert.equal(code, 0);
  assert.equal(stdout, '');
  assert.match(stderr, /2 files checked: 0 errors/);
});

test('globs select files; stdin is read with -', () => {
  const cwd = workspace({ 'x/one.yaml': UNNAMED, 'x/deep/two.yaml': UNNAMED, 'y/three.yaml': UNNAMED });
  const json = JSON.parse(run(['check', '--format=json', 'x/**/*.yaml'], cwd).stdout) as { file: string }[];
  assert.deepEqual(json.map((f) => f.file).sort(), [path.join('x', 'deep', 'two.yaml'), path.join('x', 'one.yaml')]);
  const piped = run(['check', '--format', 'json', '-'], cwd, UNNAMED);
  assert.equal(piped.code, 1);
  assert.equal((JSON.parse(piped.stdout) as { file: string }[])[0].file, '<stdin>');
});

test('a missing file exits 2 with a clear message', () => {
  const cwd = workspace({});
  const { code, stderr } = run(['check', 'nope.yaml'], cwd);
  assert.equal(code, 2);
  assert.match(stderr, /cannot read 'nope\.yaml': no such file or directory/);
});

test('usage errors exit 2: no paths, unknown option, unknown format', () => {
  const cwd = workspace({});
  assert.equal(run(['check'], cwd).code, 2);
  assert.equal(run(['check', '--frobnicate', 'a.yaml'], cwd).code, 2);
  const bad = run(['check', '--format', 'xml', 'a.yaml'], cwd);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown format 'xml'/);
  assert.equal(run(['lint'], cwd).code, 2);
});

test('--help and rules list exit 0', () => {
  const cwd = workspace({});
  assert.match(run(['--help'], cwd).stdout, /Usage: kube-svc check/);
  assert.match(run(['rules'], cwd).stdout, /port-name-required/);
});

test('check runs the cross-resource checks over the files given together', () => {
  const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: http\n';
  const deployment = (portName: string) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx\n        ports:\n        - name: ${portName}\n          containerPort: 8080\n`;
  const broken = workspace({ 'svc.yaml': service, 'deploy.yaml': deployment('web') });
  const result = run(['check', '--format', 'json', '.'], broken);
  assert.equal(result.code, 0, 'warnings do not fail the run');
  const rows = JSON.parse(result.stdout) as { file: string; code: string; severity: string; field: string }[];
  assert.deepEqual(
    rows.map((r) => [r.file, r.code, r.severity, r.field]),
    [['svc.yaml', 'target-port-name-not-found', 'warning', 'spec.ports[0].targetPort']],
  );
  const fine = workspace({ 'svc.yaml': service, 'deploy.yaml': deployment('http') });
  assert.deepEqual(JSON.parse(run(['check', '--format', 'json', '.'], fine).stdout), []);
});

/**
 * The tests run as root, for whom `chmod 000` hides nothing, so the folder is made unreadable by the reader the
 * CLI lists folders with: it fails for `k8s/private` exactly as `readdir` fails on a folder without read permission.
 */
function readDirDenying(denied: string): (dir: string) => Promise<Dirent[]> {
  return (dir) => {
    if (dir !== denied) return fsp.readdir(dir, { withFileTypes: true });
    const error: NodeJS.ErrnoException = new Error(`EACCES: permission denied, scandir '${dir}'`);
    Object.assign(error, { code: 'EACCES', errno: -13, syscall: 'scandir', path: dir });
    return Promise.reject(error);
  };
}

async function runInProcess(args: string[], cwd: string, readDir: (dir: string) => Promise<Dirent[]>) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: () => Promise.resolve(''),
    version: 'test',
    readDir,
  });
  return { code, stdout, stderr };
}

test('an unreadable subfolder is skipped with a warning and counted; the rest is still checked', async () => {
  const cwd = workspace({ 'k8s/web.yaml': UNNAMED, 'k8s/ok/clean.yaml': CLEAN, 'k8s/private/secret.yaml': CLEAN });
  const result = await runInProcess(['check', 'k8s'], cwd, readDirDenying(path.join(cwd, 'k8s/private')));
  assert.equal(result.code, 1, 'the error in k8s/web.yaml decides the exit status, not the skipped folder');
  assert.match(result.stdout, /^k8s\/web\.yaml:\d+:\d+ error port-name-required /m);
  assert.match(result.stderr, /^2 files checked: 1 error, 0 warnings, 0 other findings; 1 folder skipped \(unreadable\)$/m);
  assert.match(result.stderr, /^kube-svc: warning: skipped folder 'k8s\/private': permission denied$/m);
  assert.doesNotMatch(result.stderr, /cannot read/);

  const sarif = await runInProcess(['check', '--format', 'sarif', 'k8s'], cwd, readDirDenying(path.join(cwd, 'k8s/private')));
  const invocation = (JSON.parse(sarif.stdout) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[] }).runs[0].invocations[0];
  assert.equal(invocation.executionSuccessful, true);
  assert.deepEqual(invocation.toolExecutionNotifications, [{ level: 'warning', message: { text: "skipped folder 'k8s/private': permission denied" } }]);

  // The folder the user named is still an error of its own: nothing of it could be checked.
  const named = await runInProcess(['check', 'k8s'], cwd, readDirDenying(path.join(cwd, 'k8s')));
  assert.equal(named.code, 2);
  assert.match(named.stderr, /kube-svc: cannot read 'k8s': permission denied/);
});

test('a malformed glob exits 2 with why, and the other inputs are still checked', () => {
  const cwd = workspace({ 'k8s/web.yaml': UNNAMED });
  const { code, stdout, stderr } = run(['check', 'k8s/{a', 'k8s/[z-a].yaml', 'k8s/*.yaml'], cwd);
  assert.equal(code, 2);
  assert.match(stderr, /invalid glob 'k8s\/\{a': '\{' at 5 is never closed/);
  assert.match(stderr, /invalid glob 'k8s\/\[z-a\]\.yaml': range z-a out of order at 5/);
  assert.match(stdout, /web\.yaml:11:5 error port-name-required/);
});

test('check: suppressed findings are not printed, are counted in the summary, and do not decide the exit status', async () => {
  const suppressed = UNNAMED.replace('  - port: 443', '  # kube-svc-ignore-next-line port-name-required — one port is internal\n  - port: 443');
  const cwd = workspace({ 'k8s/web.yaml': suppressed, 'k8s/clean.yaml': CLEAN });
  const result = await runInProcess(['check', 'k8s'], cwd, (dir) => fsp.readdir(dir, { withFileTypes: true }));
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /^2 files checked: 0 errors, 0 warnings, 0 other findings; 1 finding suppressed \(kube-svc-ignore\)$/m);
  assert.equal(result.code, 0);
  const json = await runInProcess(['check', '--format', 'json', 'k8s'], cwd, (dir) => fsp.readdir(dir, { withFileTypes: true }));
  assert.deepEqual(JSON.parse(json.stdout), []);
});
