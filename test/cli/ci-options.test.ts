import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseArgs } from '../../server/src/cli/parse-args';
import { createProgress, showsProgress } from '../../server/src/cli/progress';
import { runCli } from '../../server/src/cli/run-cli';

const CLI = path.resolve(__dirname, '../../server/out/cli.js');

const UNNAMED = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - name: http\n    port: 80\n  - port: 443\n';
const CLEAN = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n';
/** A Service whose selector matches no workload: one `service-selects-nothing` warning once a workload exists. */
const LONELY = (name: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    app: ${name}\n  ports:\n  - port: 80\n`;
const DEPLOYMENT =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: other\nspec:\n  selector:\n    matchLabels:\n      app: other\n  template:\n    metadata:\n      labels:\n        app: other\n    spec:\n      containers:\n      - name: c\n        image: nginx\n';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-svc-ci-'));
  mkdirSync(path.join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('--max-warnings N: exit 1 with more than N warnings, 0 with N or fewer', () => {
  const cwd = workspace({ 'a.yaml': LONELY('a'), 'b.yaml': LONELY('b'), 'deploy.yaml': DEPLOYMENT });
  const plain = run(['check', '.'], cwd);
  assert.equal(plain.code, 0, 'warnings alone do not fail');
  assert.match(plain.stderr, /3 files checked: 0 errors, 2 warnings, 0 other findings/);
  assert.equal(run(['check', '--max-warnings', '2', '.'], cwd).code, 0);
  const over = run(['check', '--max-warnings=1', '.'], cwd);
  assert.equal(over.code, 1);
  assert.match(over.stderr, /kube-svc: too many warnings: 2, more than --max-warnings 1/);
  assert.equal(run(['check', '--max-warnings', '0', '--format', 'sarif', '.'], cwd).code, 1);
  assert.equal(run(['check', '--max-warnings', '5', 'a.yaml'], workspace({ 'a.yaml': UNNAMED })).code, 1, 'errors still fail');
});

test('the one-line summary goes to stderr for every format; stdout holds only the output', () => {
  const cwd = workspace({ 'web.yaml': UNNAMED });
  for (const format of ['text', 'json', 'sarif']) {
    const { stdout, stderr } = run(['check', '--format', format, 'web.yaml'], cwd);
    assert.equal(stderr, '1 file checked: 1 error, 0 warnings, 0 other findings\n', format);
    if (format !== 'text') JSON.parse(stdout);
  }
});

test('a file over maxFileSize is skipped with one file-too-large note at line 1, in text and JSON', () => {
  const big = `${UNNAMED}# ${'x'.repeat(2000)}\n`;
  const cwd = workspace({ 'big.yaml': big, 'ok.yaml': CLEAN, '.kube-svc.json': '{ "maxFileSize": 1024 }' });
  const text = run(['check', '.'], cwd);
  assert.equal(text.code, 0, 'the skipped file errors are not counted: it was not checked');
  assert.match(text.stdout, /^big\.yaml:1:1 info file-too-large not checked: the file is 2\.1 KiB \(2136 bytes\), over the 1 KiB \(kubeSvc\.maxFileSize\) limit — Raise/);
  assert.equal(text.stdout.split('\n').filter(Boolean).length, 1);
  assert.match(text.stderr, /1 file checked: 0 errors, 0 warnings, 1 other finding; 1 file skipped \(over maxFileSize\)/);
  const json = JSON.parse(run(['check', '--format', 'json', 'big.yaml'], cwd).stdout) as { code: string; range: unknown }[];
  assert.deepEqual(
    json.map((r) => [r.code, r.range]),
    [['file-too-large', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }]],
  );
  // The level follows the rules setting; `off` hides the note but the file stays unchecked.
  writeFileSync(path.join(cwd, '.kube-svc.json'), '{ "maxFileSize": 1024, "rules": { "file-too-large": "off" } }');
  assert.equal(run(['check', 'big.yaml'], cwd).stdout, '');
  // stdin is measured the same way.
  const piped = spawnSync(process.execPath, [CLI, 'check', '--no-config', '-'], { cwd, input: 'a'.repeat(6 * 1024 * 1024), encoding: 'utf8' });
  assert.match(piped.stdout, /^<stdin>:1:1 info file-too-large not checked: the file is 6 MiB \(6291456 bytes\), over the 5 MiB/);
});

test('parseArgs: the new options, and their usage errors', () => {
  const check = parseArgs(['check', '--format', 'sarif', '--config', 'c.json', '--max-warnings', '3', '--stdin-filename', 'k/a.yaml', '-']);
  assert.deepEqual(check, {
    command: 'check',
    inputs: ['-'],
    format: 'sarif',
    nodePortRange: undefined,
    configPath: 'c.json',
    useConfig: true,
    maxWarnings: 3,
    stdinFilename: 'k/a.yaml',
  });
  assert.equal((parseArgs(['check', '--no-config', 'a']) as { useConfig: boolean }).useConfig, false);
  const error = (argv: string[]) => {
    const parsed = parseArgs(argv);
    assert.equal(parsed.command, 'usage-error', argv.join(' '));
    return (parsed as { message: string }).message;
  };
  assert.match(error(['check', '--max-warnings', '-1', 'a']), /--max-warnings needs a whole number/);
  assert.match(error(['check', '--max-warnings', 'many', 'a']), /--max-warnings needs a whole number/);
  assert.match(error(['check', '--max-warnings']), /--max-warnings needs a value/);
  assert.match(error(['check', '--config', 'a.json', '--no-config', 'a']), /cannot be used together/);
  assert.match(error(['check', '--format', 'xml', 'a']), /unknown format 'xml' \(use text, json or sarif\)/);
  const usage = run(['check', '--max-warnings', 'x', 'a.yaml'], workspace({}));
  assert.equal(usage.code, 2);
  const help = run(['--help'], workspace({})).stdout;
  for (const option of ['--format text|json|sarif', '--config PATH', '--no-config', '--max-warnings N', '--stdin-filename NAME']) {
    assert.ok(help.includes(option), option);
  }
});

test('kube-svc rules lists the cross-resource rules and file-too-large too', () => {
  const { stdout } = run(['rules'], workspace({}));
  assert.match(stdout, /^target-port-name-not-found +warning /m);
  assert.match(stdout, /^file-too-large +info /m);
  assert.match(stdout, /^yaml-syntax +error /m);
});

test('progress: only at a terminal outside CI, only after a second, redrawn in place and cleared at the end', async () => {
  assert.equal(showsProgress(true, {}), true);
  assert.equal(showsProgress(true, { CI: 'true' }), false);
  assert.equal(showsProgress(true, { CI: '1' }), false);
  assert.equal(showsProgress(true, { CI: 'false' }), true);
  assert.equal(showsProgress(false, {}), false);
  assert.equal(showsProgress(undefined, {}), false);

  const writes: string[] = [];
  let clock = 0;
  const progress = createProgress({ write: (t) => writes.push(t), enabled: true, now: () => clock });
  progress.update('checking', 1, 10);
  clock = 999;
  progress.update('checking', 2, 10);
  assert.deepEqual(writes, [], 'nothing in the first second');
  clock = 1000;
  progress.update('checking', 3, 10);
  clock = 1050;
  progress.update('checking', 4, 10);
  clock = 1200;
  progress.update('checking', 5, 10);
  progress.end();
  assert.deepEqual(writes, ['\r\x1b[Kkube-svc: checking 3/10 files…', '\r\x1b[Kkube-svc: checking 5/10 files…', '\r\x1b[K']);

  const quiet: string[] = [];
  const fast = createProgress({ write: (t) => quiet.push(t), enabled: true, now: () => 0 });
  fast.update('checking', 1, 2);
  fast.end();
  assert.deepEqual(quiet, [], 'a run under a second shows nothing, and clears nothing');
});

test('progress in a slow interactive run ends cleared before the summary; a piped run never shows it', async () => {
  const cwd = workspace({ 'a.yaml': CLEAN, 'b.yaml': CLEAN, 'c.yaml': CLEAN });
  let stderr = '';
  let clock = 0;
  const code = await runCli(['check', '.'], {
    cwd,
    stdout: () => undefined,
    stderr: (t) => (stderr += t),
    readStdin: () => Promise.resolve(''),
    version: 'test',
    interactive: true,
    now: () => (clock += 400),
  });
  assert.equal(code, 0);
  assert.match(stderr, /\r\x1b\[Kkube-svc: (reading|checking) \d\/3 files…/);
  assert.ok(stderr.endsWith('\r\x1b[K3 files checked: 0 errors, 0 warnings, 0 other findings\n'), JSON.stringify(stderr));
  const piped = run(['check', '.'], cwd, { CI: '' });
  assert.doesNotMatch(piped.stderr, /\r|files…/);
});
