import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { ALL_RULES } from '../../server/src/core/rules/registry';
import { WORKSPACE_RULES } from '../../server/src/core/rules/workspace/registry';
import { ruleAdvice } from '../../server/src/core/docs/rule-advice';
import { ENGLISH } from '../../server/src/core/l10n';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'server/out/cli.js');
/** The official SARIF 2.1.0 schema, as @microsoft/jest-sarif ships it (only this file of that package is used). */
const SCHEMA_FILE = path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

const UNNAMED = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - name: http\n    port: 80\n  - port: 443\n';
const NAMED_TARGET = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  selector:\n    app: api\n  ports:\n  - port: 80\n    targetPort: http\n';
const DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n    matchLabels:\n      app: api\n  template:\n    metadata:\n      labels:\n        app: api\n    spec:\n      containers:\n      - name: api\n        image: nginx\n        ports:\n        - name: web\n          containerPort: 8080\n';

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: SarifRegion } }[];
  partialFingerprints: Record<string, string>;
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  properties: { tags: string[] };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: SarifResult[];
  }[];
}

let validator: ValidateFunction | undefined;

/**
 * The schema is draft-04 with `id`; Ajv 8 reads it as draft-07, which differs only in keywords it does not use. Its
 * `language` pattern has a stray `]` that only a non-Unicode RegExp accepts, as JSON Schema's ECMA-262 dialect does.
 */
function validateSarif(log: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
    assert.match(String(schema.title), /SARIF\) Version 2\.1\.0/);
    delete schema.$schema;
    delete schema.id;
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  return validator(log) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** A git work tree (a `.git` folder is what marks its root) with the given files. */
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-svc-sarif-'));
  mkdirSync(path.join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function run(args: string[], cwd: string, input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function sarifOf(args: string[], cwd: string, input?: string): { log: SarifLog; code: number | null; stderr: string } {
  const { code, stdout, stderr } = run(['check', '--format', 'sarif', ...args], cwd, input);
  return { log: JSON.parse(stdout) as SarifLog, code, stderr };
}

test('--format sarif is valid against the official SARIF 2.1.0 schema, and a broken log is not', () => {
  const cwd = repo({
    'k8s/web.yaml': UNNAMED,
    'k8s/apps/api.yaml': NAMED_TARGET,
    'k8s/apps/deploy.yaml': DEPLOYMENT,
    '.kube-svc.json': JSON.stringify({ rules: { 'port-name-required': 'info' } }),
  });
  const { log } = sarifOf(['k8s/'], cwd);
  assert.deepEqual(validateSarif(log), []);
  assert.deepEqual(
    log.runs[0].results.map((r) => [r.ruleId, r.level]),
    [
      ['target-port-name-not-found', 'warning'],
      ['port-name-required', 'note'],
      ['service-selects-nothing', 'warning'],
    ],
    'an info finding (set in .kube-svc.json) and two cross-resource warnings',
  );
  assert.deepEqual(validateSarif({ ...log, version: '2.0.0' }).length > 0, true);
  const broken = structuredClone(log);
  broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
  assert.ok(validateSarif(broken).length > 0, 'the validator refuses a 0-based line');
});

test('the SARIF driver lists every rule with the metadata code scanning shows', () => {
  const { log } = sarifOf(['-'], repo({}), UNNAMED);
  const run0 = log.runs[0];
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  const { driver } = run0.tool;
  assert.equal(driver.name, 'kube-svc');
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; repository?: { url: string } };
  assert.equal(driver.version, pkg.version);
  assert.equal(driver.informationUri, pkg.repository?.url.replace(/\.git$/, ''));
  const ids = driver.rules.map((r) => r.id);
  for (const rule of [...ALL_RULES, ...WORKSPACE_RULES]) assert.ok(ids.includes(rule.id), `rule ${rule.id} is listed`);
  assert.ok(ids.includes('yaml-syntax') && ids.includes('file-too-large'));
  assert.equal(new Set(ids).size, ids.length, 'no id twice');
  for (const rule of driver.rules) {
    assert.match(rule.name, /^[A-Z][A-Za-z0-9]*$/, `${rule.id} name`);
    assert.ok(rule.shortDescription.text.length > 0 && rule.fullDescription.text.length > 0, `${rule.id} descriptions`);
    assert.ok(rule.help.text.includes(rule.shortDescription.text) && rule.help.markdown.includes(rule.id));
    assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), `${rule.id} level`);
    assert.ok(rule.properties.tags.includes('kubernetes'));
    const advice = ruleAdvice(rule.id, ENGLISH);
    if (advice) assert.ok(rule.help.text.includes(advice) && rule.help.markdown.includes(advice), `${rule.id} help has the advice`);
  }
  const byId = new Map(driver.rules.map((r) => [r.id, r]));
  assert.equal(byId.get('port-name-required')?.defaultConfiguration.level, 'error');
  assert.equal(byId.get('target-port-name-not-found')?.defaultConfiguration.level, 'warning');
  assert.equal(byId.get('file-too-large')?.defaultConfiguration.level, 'note');
});

test('results: ruleIndex, level, 1-based regions, URIs relative to the git root with forward slashes', () => {
  const cwd = repo({
    'deploy/k8s/web.yaml': UNNAMED,
    'deploy/k8s/my apps/api.yaml': NAMED_TARGET,
    'deploy/k8s/my apps/deploy.yaml': DEPLOYMENT,
  });
  // Run from a subfolder, as a CI step with a working-directory would.
  const { log, code } = sarifOf(['k8s'], path.join(cwd, 'deploy'));
  assert.equal(code, 1);
  const run0 = log.runs[0];
  assert.equal(run0.originalUriBaseIds['%SRCROOT%'].uri, `${pathToFileURL(cwd).href}/`);
  const rows = run0.results.map((r) => {
    const { artifactLocation, region } = r.locations[0].physicalLocation;
    assert.equal(run0.tool.driver.rules[r.ruleIndex].id, r.ruleId, 'ruleIndex points at the rule');
    assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
    return [r.ruleId, r.level, artifactLocation.uri, region];
  });
  assert.deepEqual(rows, [
    [
      'target-port-name-not-found',
      'warning',
      'deploy/k8s/my%20apps/api.yaml',
      { startLine: 10, startColumn: 17, endLine: 10, endColumn: 21 },
    ],
    ['port-name-required', 'error', 'deploy/k8s/web.yaml', { startLine: 11, startColumn: 5, endLine: 11, endColumn: 14 }],
    ['service-selects-nothing', 'warning', 'deploy/k8s/web.yaml', { startLine: 6, startColumn: 3, endLine: 6, endColumn: 11 }],
  ]);
  // The same positions as the JSON output's 0-based ranges.
  const json = JSON.parse(run(['check', '--format', 'json', 'k8s'], path.join(cwd, 'deploy')).stdout) as {
    range: { start: { line: number; character: number } };
  }[];
  assert.deepEqual(
    json.map((j) => [j.range.start.line + 1, j.range.start.character + 1]),
    [
      [10, 17],
      [11, 5],
      [6, 3],
    ],
  );
});

test('partial fingerprints do not change when a finding only moves down the file', () => {
  const before = sarifOf(['web.yaml'], repo({ 'web.yaml': UNNAMED })).log.runs[0].results[0];
  const after = sarifOf(['web.yaml'], repo({ 'web.yaml': `# a comment\n# another\n${UNNAMED}` })).log.runs[0].results[0];
  assert.notEqual(after.locations[0].physicalLocation.region.startLine, before.locations[0].physicalLocation.region.startLine);
  assert.deepEqual(after.partialFingerprints, before.partialFingerprints);
  const twice = sarifOf(['two.yaml'], repo({ 'two.yaml': `${UNNAMED}---\n${UNNAMED}` })).log.runs[0].results;
  const prints = twice.map((r) => Object.values(r.partialFingerprints)[0]);
  assert.equal(new Set(prints).size, 2, 'two equal findings in one file are told apart');
});

test('sarif: warnings and notes map to SARIF levels; a file over maxFileSize is one note at line 1; summary on stderr', () => {
  const big = `${UNNAMED}# ${'x'.repeat(400)}\n`;
  const cwd = repo({ 'big.yaml': big, 'ok.yaml': UNNAMED, '.kube-svc.json': '{ "maxFileSize": 300 }' });
  const { log, stderr, code } = sarifOf(['.'], cwd);
  assert.deepEqual(validateSarif(log), []);
  const big0 = log.runs[0].results.filter((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'big.yaml');
  assert.equal(big0.length, 1);
  assert.equal(big0[0].ruleId, 'file-too-large');
  assert.equal(big0[0].level, 'note');
  assert.deepEqual(big0[0].locations[0].physicalLocation.region, { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
  assert.ok(big0[0].message.text.startsWith(`not checked: the file is ${Buffer.byteLength(big)} bytes, over the 300 bytes`));
  assert.equal(code, 1, 'ok.yaml still has its error');
  assert.match(stderr, /1 file checked: 1 error, 0 warnings, 1 other finding; 1 file skipped \(over maxFileSize\)/);
});

test('sarif on stdin: --stdin-filename gives the result a path under the root', () => {
  const cwd = repo({});
  const named = sarifOf(['--stdin-filename', 'k8s/web.yaml', '-'], cwd, UNNAMED).log.runs[0].results[0];
  assert.deepEqual(named.locations[0].physicalLocation.artifactLocation, { uri: 'k8s/web.yaml', uriBaseId: '%SRCROOT%' });
  const unnamed = sarifOf(['-'], cwd, UNNAMED).log;
  assert.deepEqual(unnamed.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: 'stdin' });
  assert.deepEqual(validateSarif(unnamed), []);
});
