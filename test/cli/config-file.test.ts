import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { findConfigFile, parseConfig, settingsWith } from '../../server/src/cli/config-file';
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

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
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

test('findConfigFile: outside any git work tree the search goes up to the filesystem root', async () => {
  const root = tree({ '.kube-svc.json': '{}' }, ['deep/er']);
  const found = await findConfigFile(path.join(root, 'deep/er'));
  assert.equal(found.configFile, path.join(root, '.kube-svc.json'));
  // tmpdir() is normally not inside a git work tree.
  assert.equal(found.gitRoot, undefined);
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
