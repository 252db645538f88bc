import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { grammarText } from '../../scripts/generate-grammar';

/**
 * The TextMate injection grammar for Service keys and values. vscode-textmate would need the YAML grammar, which is
 * not available offline, so the rules' regexes are run directly: they are written in the subset that Oniguruma and
 * JavaScript read alike, and the grammar's patterns are tried in order at the start of a line, as an `L:` injection is.
 */

const ROOT = join(__dirname, '..', '..');
const GRAMMAR_PATH = './syntaxes/kube-svc-service.injection.json';

interface Capture {
  readonly name: string;
}

interface Rule {
  readonly match?: string;
  readonly include?: string;
  readonly captures?: Readonly<Record<string, Capture>>;
}

interface Grammar {
  readonly scopeName: string;
  readonly injectionSelector: string;
  readonly patterns: readonly Rule[];
  readonly repository: Readonly<Record<string, Rule>>;
}

interface GrammarContribution {
  readonly scopeName: string;
  readonly path: string;
  readonly injectTo?: readonly string[];
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
}

const grammar = readJson(GRAMMAR_PATH) as Grammar;
const manifest = readJson('package.json') as { contributes: { grammars?: readonly GrammarContribution[] } };

/** The grammar's top-level rules in order, includes resolved. */
function rules(): Rule[] {
  return grammar.patterns.map((p) => {
    if (!p.include) return p;
    const rule = grammar.repository[p.include.replace(/^#/, '')];
    assert.ok(rule, `${p.include} is in the repository`);
    return rule;
  });
}

/** Scope → text for one line: the first rule that matches wins, as TextMate picks the first of equal matches. */
function scopesOf(line: string): Map<string, string> {
  const scopes = new Map<string, string>();
  for (const rule of rules()) {
    if (!rule.match) continue;
    const match = new RegExp(rule.match, 'd').exec(line);
    if (!match) continue;
    for (const [group, capture] of Object.entries(rule.captures ?? {})) {
      const text = match[Number(group)];
      if (text) scopes.set(capture.name, text);
    }
    return scopes;
  }
  return scopes;
}

const KEY = 'entity.name.tag.yaml.kube-svc.service-key';

test('the injection grammar is the one package.json contributes, injected into YAML', () => {
  assert.equal(grammar.injectionSelector, 'L:source.yaml');
  assert.equal(grammar.scopeName, 'kube-svc.service.injection');
  assert.deepEqual(manifest.contributes.grammars, [
    { scopeName: grammar.scopeName, path: GRAMMAR_PATH, injectTo: ['source.yaml'] },
  ]);
  assert.ok(existsSync(join(ROOT, GRAMMAR_PATH)));
});

test('every rule is reachable, has a match that compiles in JavaScript and names its captures', () => {
  const included = new Set(grammar.patterns.map((p) => p.include));
  for (const [name, rule] of Object.entries(grammar.repository)) {
    assert.ok(included.has(`#${name}`), `${name} is included`);
    assert.equal(typeof rule.match, 'string', name);
    const source = rule.match ?? '';
    assert.doesNotThrow(() => new RegExp(source), name);
    // Constructs that one engine reads differently from the other, or not at all.
    assert.doesNotMatch(source, /\\[hHAGzZ]|\(\?<[^=!]|\(\?[imx]+\)|\+\+|\*\+|\?\+|\\p\{/, name);
    assert.ok(source.startsWith('^'), `${name} is anchored to the start of a line`);
    const groups = new RegExp(`${source}|`).exec('')?.length ?? 0;
    for (const group of Object.keys(rule.captures ?? {})) assert.ok(Number(group) < groups, `${name} capture ${group}`);
    for (const capture of Object.values(rule.captures ?? {})) assert.match(capture.name, /^[a-z][\w.-]*$/);
  }
});

test('Service keys get their own scope, whole words only', () => {
  for (const key of ['port', 'targetPort', 'nodePort', 'selector', 'clusterIP', 'externalName', 'type', 'sessionAffinity']) {
    assert.equal(scopesOf(`  ${key}: x`).get(KEY), key, key);
  }
  assert.equal(scopesOf('  targetPort: 8080').get(KEY), 'targetPort');
  assert.equal(scopesOf('    - port: 80').get(KEY), 'port');
  assert.equal(scopesOf('    - port: 80').get('punctuation.definition.block.sequence.item.yaml'), '-');
  assert.equal(scopesOf('  ports:').get(KEY), 'ports');
  assert.equal(scopesOf('  externalTrafficPolicy: Local # keep client IPs').get(KEY), 'externalTrafficPolicy');
  for (const line of ['  targetPortX: 1', '  mytype: NodePort', '  # port: 80', '  port80: x', '  image: nginx:1.27']) {
    assert.equal(scopesOf(line).size, 0, line);
  }
  assert.equal(scopesOf('  description: "port: 80"').size, 0);
});

test('type values get the service-type scope, exact values only', () => {
  const nodePort = scopesOf('  type: NodePort');
  assert.equal(nodePort.get('support.constant.kube-svc.service-type'), 'NodePort');
  assert.equal(nodePort.get(KEY), 'type');
  assert.equal(nodePort.get('punctuation.separator.key-value.mapping.yaml'), ':');
  for (const type of ['ClusterIP', 'LoadBalancer', 'ExternalName']) {
    assert.equal(scopesOf(`  type: ${type}`).get('support.constant.kube-svc.service-type'), type);
  }
  assert.equal(scopesOf('  type: "LoadBalancer"  # cloud').get('support.constant.kube-svc.service-type'), 'LoadBalancer');
  assert.equal(scopesOf("  type: 'ExternalName'").get('support.constant.kube-svc.service-type'), 'ExternalName');
  for (const line of ['  type: NodePorts', '  type: nodeport', '  type: "NodePort\'', '  type: NodePort#x']) {
    const scopes = scopesOf(line);
    assert.equal(scopes.get('support.constant.kube-svc.service-type'), undefined, line);
    assert.equal(scopes.get(KEY), 'type', `${line}: the key keeps its scope`);
  }
});

test('protocol, policy and headless values get their own scopes', () => {
  const cases: Array<[string, string, string]> = [
    ['    protocol: UDP', 'support.constant.kube-svc.protocol', 'UDP'],
    ['  - protocol: SCTP', 'support.constant.kube-svc.protocol', 'SCTP'],
    ['  externalTrafficPolicy: Local', 'support.constant.kube-svc.traffic-policy', 'Local'],
    ['  internalTrafficPolicy: Cluster', 'support.constant.kube-svc.traffic-policy', 'Cluster'],
    ['  sessionAffinity: ClientIP', 'support.constant.kube-svc.session-affinity', 'ClientIP'],
    ['  ipFamilyPolicy: PreferDualStack', 'support.constant.kube-svc.ip-family-policy', 'PreferDualStack'],
    ['  trafficDistribution: PreferClose', 'support.constant.kube-svc.traffic-distribution', 'PreferClose'],
    ['  clusterIP: None', 'support.constant.kube-svc.headless', 'None'],
  ];
  for (const [line, scope, value] of cases) assert.equal(scopesOf(line).get(scope), value, line);
  assert.equal(scopesOf('    protocol: tcp').get('support.constant.kube-svc.protocol'), undefined);
  assert.equal(scopesOf('  clusterIP: 10.0.0.1').get('support.constant.kube-svc.headless'), undefined);
  assert.equal(scopesOf('  type: TCP').get('support.constant.kube-svc.protocol'), undefined);
});

test('the committed grammar is what scripts/generate-grammar.ts writes from the enumerations of model/enums.ts', () => {
  assert.equal(
    readFileSync(join(ROOT, GRAMMAR_PATH), 'utf8'),
    grammarText(),
    'run: node --import tsx scripts/generate-grammar.ts --write',
  );
});
