import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { findConfigFile, MAX_CONFIG_DEPTH, parseConfig, settingsWith } from '../../server/src/workspace/config-file';
import { RULE_IDS } from '../../server/src/core/rules/rule-catalog';

const CLI = path.resolve(__dirname, '../../server/out/cli.js');

const UNNAMED = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - name: http\n    port: 80\n  - port: 443\n';
const NODE_PORT = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: np\nspec:\n  type: NodePort\n  selector:\n    app: np\n  ports:\n  - port: 80\n    nodePort: 20080\n';

function tree(files: Record<string, string>, dirs: string[] = []): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'kube-svc-config-')));
  for (const dir of dirs) mkdirSync(path.join(root, dir), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

// The timeout only ends a run that would otherwise read without end; no test asserts how long a run takes.
function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('findConfigFile: the nearest .kube-svc.json from the start folder up to the git root', async () => {
  const root = tree(
    { 'repo/.kube-svc.json': '{}', 'repo/a/b/.kube-svc.json': '{}', '.kube-svc.json': '{}' },
    ['repo/.git', 'repo/a/b/c', 'repo/x/y'],
  );
  const repo = path.join(root, 'repo');
  assert.deepEqual(await findConfigFile(path.join(repo, 'a/b/c')), {
    configFile: path.join(repo, 'a/b/.kube-svc.json'),
    gitRoot: repo,
  });
  assert.deepEqual(await findConfigFile(path.join(repo, 'x/y')), { configFile: path.join(repo, '.kube-svc.json'), gitRoot: repo });
  assert.deepEqual(await findConfigFile(repo), { configFile: path.join(repo, '.kube-svc.json'), gitRoot: repo });
});

test('findConfigFile: a settings file above the git root does not apply; a .git file (worktree) is a root too', async () => {
  const root = tree({ '.kube-svc.json': '{}', 'repo/.git': 'gitdir: ../elsewhere\n' }, ['repo/src']);
  assert.deepEqual(await findConfigFile(path.join(root, 'repo/src')), { configFile: undefined, gitRoot: path.join(root, 'repo') });
});

// This test used to assert the old behaviour, a search up to the filesystem root outside a git work tree (issue 10).
test('findConfigFile: outside any git work tree only the start folder counts; a file above is reported as ignored', async () => {
  const root = tree({ '.kube-svc.json': '{}', 'own/.kube-svc.json': '{}' }, ['deep/er']);
  // tmpdir() is normally not inside a git work tree.
  assert.deepEqual(await findConfigFile(path.join(root, 'deep/er')), {
    configFile: undefined,
    gitRoot: undefined,
    ignored: path.join(root, '.kube-svc.json'),
  });
  assert.deepEqual(await findConfigFile(path.join(root, 'own')), { configFile: path.join(root, 'own/.kube-svc.json'), gitRoot: undefined });
});

test('parseConfig takes the editor settings without the kubeSvc. prefix, through settingsFrom', () => {
  const text = JSON.stringify({
    $schema: 'ignored',
    rules: { 'port-name-required': 'warning', 'service-selects-nothing': 'off', 'file-too-large': 'warning' },
    nodePortRange: '20000-22767',
    defaultNamespace: 'shop',
    language: 'ko',
    reportYamlErrors: false,
    maxFileSize: 1000,
    enable: true,
    nodes: [{ name: 'worker-1', address: '192.168.1.10' }],
  });
  const loaded = parseConfig(text, '.kube-svc.json', RULE_IDS);
  assert.ok(loaded.ok);
  const settings = settingsWith(loaded.raw, {});
  assert.deepEqual(settings.rules, { 'port-name-required': 'warning', 'service-selects-nothing': 'off', 'file-too-large': 'warning' });
  assert.deepEqual(settings.nodePortRange, { min: 20000, max: 22767 });
  assert.equal(settings.defaultNamespace, 'shop');
  assert.equal(settings.language, 'ko');
  assert.equal(settings.reportYamlErrors, false);
  assert.equal(settings.maxFileSize, 1000);
  assert.deepEqual(settings.nodes, [{ name: 'worker-1', address: '192.168.1.10' }]);
  assert.deepEqual(settingsWith(loaded.raw, { nodePortRange: '1000-2000' }).nodePortRange, { min: 1000, max: 2000 });
});

test('parseConfig refuses malformed files with a message that names the file and the setting', () => {
  const problem = (text: string) => {
    const loaded = parseConfig(text, 'k/.kube-svc.json', RULE_IDS);
    assert.ok(!loaded.ok, text);
    return loaded.message;
  };
  assert.match(problem('{ "rules": '), /^k\/\.kube-svc\.json: not valid JSON/);
  assert.match(problem('[]'), /must hold one JSON object of settings/);
  assert.match(problem('"x"'), /must hold one JSON object/);
  assert.match(problem('{ "nodeportRange": "1-2" }'), /unknown setting "nodeportRange" \(known: .*nodePortRange/);
  assert.match(problem('{ "kubeSvc.rules": {} }'), /unknown setting "kubeSvc\.rules" \(write it as "rules"\)/);
  assert.match(problem('{ "rules": ["a"] }'), /"rules" must be an object/);
  assert.match(problem('{ "rules": { "port-name-requird": "off" } }'), /unknown rule "port-name-requird"/);
  assert.match(problem('{ "rules": { "port-name-required": "warn" } }'), /"rules\.port-name-required" must be one of "off", "hint", "info", "warning", "error", got "warn"/);
  assert.match(problem('{ "nodePortRange": "30000" }'), /"nodePortRange" must look like "30000-32767"/);
  assert.match(problem('{ "maxFileSize": "5MB" }'), /"maxFileSize" must be a whole number of bytes/);
  assert.match(problem('{ "maxFileSize": 0 }'), /"maxFileSize"/);
  assert.match(problem('{ "language": "de" }'), /"language" must be "auto", "en" or "ko"/);
  assert.match(problem('{ "defaultNamespace": "Shop" }'), /"defaultNamespace" must be a namespace name/);
  assert.match(problem('{ "reportYamlErrors": "no" }'), /"reportYamlErrors" must be true or false/);
  assert.match(problem('{ "nodes": [{ "address": "http://10.0.0.1:80" }] }'), /"nodes" must be a list of/);
  // An editor setting the command line would silently ignore: refused, saying why.
  assert.match(problem('{ "maxDiagnostics": 100 }'), /"maxDiagnostics" is an editor setting .*: the command line reports every finding/);
  assert.doesNotMatch(problem('{ "nodeportRange": "1-2" }'), /maxDiagnostics/);
});

test('the CLI finds .kube-svc.json above the cwd and applies its rule levels and node-port range', () => {
  const root = tree(
    {
      '.kube-svc.json': JSON.stringify({ rules: { 'port-name-required': 'warning' }, nodePortRange: '20000-22767' }),
      'k8s/web.yaml': UNNAMED,
      'k8s/np.yaml': NODE_PORT,
    },
    ['.git'],
  );
  const result = run(['check', '--format', 'json', '.'], path.join(root, 'k8s'));
  const rows = JSON.parse(result.stdout) as { code: string; severity: string }[];
  assert.deepEqual(
    rows.filter((r) => r.code !== 'service-selects-nothing').map((r) => [r.code, r.severity]),
    [['port-name-required', 'warning']],
  );
  assert.equal(result.code, 0, 'warnings only');
  // The flag wins over the file: 20080 is outside 30000-32767.
  const flagged = run(['check', '--format', 'json', '--node-port-range', '30000-32767', '.'], path.join(root, 'k8s'));
  assert.ok((JSON.parse(flagged.stdout) as { code: string }[]).some((r) => r.code === 'node-port-range'));
  assert.equal(flagged.code, 1);
  // --no-config: the defaults.
  const bare = run(['check', '--format', 'json', '--no-config', 'web.yaml'], path.join(root, 'k8s'));
  assert.deepEqual((JSON.parse(bare.stdout) as { severity: string; code: string }[]).find((r) => r.code === 'port-name-required')?.severity, 'error');
});

test('--config PATH names the settings file; language ko gives Korean advice', () => {
  const root = tree({ 'ci/strict.json': '{ "language": "ko" }', 'web.yaml': UNNAMED, '.kube-svc.json': '{ "rules": { "port-name-required": "off" } }' });
  const result = run(['check', '--config', 'ci/strict.json', 'web.yaml'], root);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /port-name-required .*[\uAC00-\uD7A3]/);
  writeFileSync(path.join(root, 'ci/small.json'), '{ "language": "ko", "maxFileSize": 50 }');
  const skipped = run(['check', '--config', 'ci/small.json', 'web.yaml'], root);
  assert.equal(skipped.code, 0);
  assert.match(skipped.stdout, /^web\.yaml:1:1 info file-too-large 이 파일은 검사하지 않았습니다: 크기 \d+ 바이트, 한도 50 바이트 \(kubeSvc\.maxFileSize\) 초과 — 검사하려면/);
  const missing = run(['check', '--config', 'nope.json', 'web.yaml'], root);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /kube-svc: cannot read settings file 'nope\.json': no such file/);
});

test('a malformed .kube-svc.json exits 2 with a clear message and checks nothing', () => {
  const root = tree({ '.kube-svc.json': '{ "rules": { "port-name-required": "warn" } }', 'web.yaml': UNNAMED }, ['.git']);
  const result = run(['check', 'web.yaml'], root);
  assert.equal(result.code, 2);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr, 'kube-svc: .kube-svc.json: "rules.port-name-required" must be one of "off", "hint", "info", "warning", "error", got "warn"\n');
  const broken = tree({ '.kube-svc.json': '{ rules: {} }', 'web.yaml': UNNAMED }, ['.git']);
  const syntax = run(['check', 'web.yaml'], broken);
  assert.equal(syntax.code, 2);
  assert.match(syntax.stderr, /^kube-svc: \.kube-svc\.json: not valid JSON \(/);
});

test('outside a git work tree a .kube-svc.json above the current folder does not apply, and the run says so', () => {
  const root = tree({ '.kube-svc.json': '{ "rules": { "port-name-required": "off" } }', 'k8s/web.yaml': UNNAMED });
  const result = run(['check', 'web.yaml'], path.join(root, 'k8s'));
  assert.equal(result.code, 1, 'port-name-required keeps its level: error');
  assert.match(result.stdout, /web\.yaml:\d+:\d+ error port-name-required/);
  assert.match(result.stderr, /^kube-svc: not using \.\.\/\.kube-svc\.json: outside a git work tree only the current folder's \.kube-svc\.json applies/m);
  assert.doesNotMatch(result.stderr, /settings from/);
});

test('the summary names the settings file used and every rule and report it turns off', () => {
  const config = { rules: { 'service-selects-nothing': 'off', 'port-name-required': 'off', 'target-port': 'warning' }, reportYamlErrors: false };
  const root = tree({ '.kube-svc.json': JSON.stringify(config), 'web.yaml': UNNAMED }, ['.git']);
  const result = run(['check', 'web.yaml'], root);
  assert.equal(result.code, 0);
  assert.equal(
    result.stderr,
    'settings from .kube-svc.json: rules off: service-selects-nothing, port-name-required; ' +
      'YAML syntax errors not reported ("reportYamlErrors": false)\n1 file checked: 0 errors, 0 warnings, 0 other findings\n',
  );
  const plain = tree({ 'ci/kube-svc.json': '{ "nodePortRange": "20000-22767" }', 'web.yaml': UNNAMED }, ['.git']);
  assert.match(run(['check', '--config', 'ci/kube-svc.json', 'web.yaml'], plain).stderr, /^settings from ci\/kube-svc\.json\n1 file checked/);
  assert.doesNotMatch(run(['check', '--no-config', 'web.yaml'], root).stderr, /settings from/);
});

test('"enable": false in a settings file does not pass CI silently: exit 2, saying which file turned checking off', () => {
  const root = tree({ '.kube-svc.json': '{ "enable": false }', 'web.yaml': UNNAMED }, ['.git']);
  const result = run(['check', 'web.yaml'], root);
  assert.equal(result.code, 2);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /^kube-svc: settings from \.kube-svc\.json: checking is off \("enable": false\)\. Nothing would be checked/);
  assert.match(result.stderr, /remove "enable" from \.kube-svc\.json .*or run with --no-config/);
  const bare = run(['check', '--no-config', 'web.yaml'], root);
  assert.equal(bare.code, 1, '--no-config checks with the defaults');
});

test('a settings file over 1 MiB, or not a regular file, is refused before it is read, naming it', () => {
  const root = tree({ '.kube-svc.json': '', 'web.yaml': UNNAMED }, ['.git']);
  // A sparse 100 MB file: its size is on disk in an instant, its bytes are not.
  truncateSync(path.join(root, '.kube-svc.json'), 100 * 1024 * 1024);
  const big = run(['check', 'web.yaml'], root);
  assert.equal(big.code, 2);
  assert.equal(big.stderr, "kube-svc: cannot read settings file '.kube-svc.json': is 104857600 bytes, more than the 1048576 bytes allowed\n");
  const endless = run(['check', '--config', '/dev/zero', 'web.yaml'], root);
  assert.equal(endless.code, 2);
  assert.equal(endless.stderr, "kube-svc: cannot read settings file '/dev/zero': is not a regular file\n");
});

test('a settings file nested without end is refused before it is parsed, naming it', () => {
  const deep = `{ "nodes": ${'['.repeat(200_000)}${']'.repeat(200_000)} }`;
  const root = tree({ '.kube-svc.json': deep, 'web.yaml': UNNAMED }, ['.git']);
  const result = run(['check', 'web.yaml'], root);
  assert.equal(result.code, 2);
  assert.equal(result.stderr, `kube-svc: .kube-svc.json: nested deeper than ${MAX_CONFIG_DEPTH} levels of { } and [ ]; settings need 3 at most\n`);
  // Brackets inside strings are text, not nesting.
  const text = parseConfig(`{ "defaultNamespace": "${'['.repeat(100)}" }`, 'x.json', RULE_IDS);
  assert.ok(!text.ok && /"defaultNamespace" must be a namespace name/.test(text.message));
});

test('a settings file saved with a UTF-8 byte-order mark is read as JSON', () => {
  const root = tree({ '.kube-svc.json': '\uFEFF{ "rules": { "port-name-required": "warning" } }', 'web.yaml': UNNAMED }, ['.git']);
  const result = run(['check', 'web.yaml'], root);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /web\.yaml:\d+:\d+ warning port-name-required/);
});

test('values in settings-file messages are cut short and show hidden characters', () => {
  const loaded = parseConfig(JSON.stringify({ language: `\u202e\x1b[2J${'x'.repeat(500)}` }), 'x.json', RULE_IDS);
  assert.ok(!loaded.ok);
  assert.equal(loaded.message, `x.json: "language" must be "auto", "en" or "ko", got "\\u202e\\x1b[2J${'x'.repeat(75)}…"`);
});
