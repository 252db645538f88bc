import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkText, FileChecker } from '../../server/src/core/documents/check-file';
import { localizer } from '../../server/src/core/l10n';
import type { LNode } from '../../server/src/core/parse/located-node';
import { DEFAULT_SETTINGS, settingsFrom } from '../../server/src/core/settings';

const svc = (name: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  ports:\n  - port: 80\n  - port: 81\n`;

test('a keystroke re-parses only the document it touched', () => {
  const docs = Array.from({ length: 50 }, (_, i) => svc(`s${i}`));
  const checker = new FileChecker();
  const first = checker.check(docs.join('---\n'), DEFAULT_SETTINGS);
  assert.equal(checker.parsedLastTime, 50);
  assert.equal(first.filter((f) => f.code === 'port-name-required').length, 100);
  docs[25] = docs[25].replace('- port: 80', '- port: 80\n    name: a');
  const second = checker.check(docs.join('---\n'), DEFAULT_SETTINGS);
  assert.equal(checker.parsedLastTime, 1);
  assert.equal(second.filter((f) => f.code === 'port-name-required').length, 99);
});

test('positions of unchanged documents follow lines inserted above them', () => {
  const checker = new FileChecker();
  const before = checker.check(`${svc('a')}---\n${svc('b')}`, DEFAULT_SETTINGS);
  const after = checker.check(`# added\n# lines\n${svc('a')}---\n${svc('b')}`, DEFAULT_SETTINGS);
  assert.deepEqual(
    after.map((f) => f.range.start.line),
    before.map((f) => f.range.start.line + 2),
  );
});

test('files without Kubernetes objects are left alone, even with YAML errors', () => {
  assert.deepEqual(checkText('on:\n  push:\n    branches: [main\n', DEFAULT_SETTINGS), []);
  assert.deepEqual(checkText('services:\n  web:\n    image: nginx\n', DEFAULT_SETTINGS), []);
});

test('a YAML error in a Kubernetes file is reported once, at its place, unless turned off', () => {
  const text = `${svc('a')}---\napiVersion: v1\nkind: Service\nmetadata: {name: b\n`;
  const findings = checkText(text, DEFAULT_SETTINGS);
  const syntax = findings.filter((f) => f.code === 'yaml-syntax');
  assert.ok(syntax.length >= 1);
  assert.ok(syntax.every((f) => f.range.start.line >= 9));
  assert.match(syntax[0].message, /^YAML syntax error: /);
  const quiet = checkText(text, settingsFrom({ reportYamlErrors: false }));
  assert.equal(quiet.filter((f) => f.code === 'yaml-syntax').length, 0);
});

test('Helm template documents are not checked; plain documents beside them are', () => {
  const helm = `{{- if .Values.enabled }}\napiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  ports:\n  - port: 1\n  - port: 2\n{{- end }}\n`;
  assert.deepEqual(checkText(helm, DEFAULT_SETTINGS), []);
  const mixed = checkText(`${helm}---\n${svc('plain')}`, DEFAULT_SETTINGS);
  assert.equal(mixed.length, 2);
  assert.ok(mixed.every((f) => f.range.start.line > 10));
});

test('kind: List items are checked like top-level objects', () => {
  const list = `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata:\n    name: a\n  spec:\n    ports:\n    - port: 1\n    - port: 2\n`;
  const findings = checkText(list, DEFAULT_SETTINGS);
  assert.deepEqual(findings.map((f) => f.field), ['spec.ports[0].name', 'spec.ports[1].name']);
});

test('enable: false turns everything off', () => {
  assert.deepEqual(checkText(svc('a'), settingsFrom({ enable: false })), []);
});

test('alias bombs and deep nesting finish without findings explosion: an alias shares its node, never copies it', () => {
  const levels = Array.from({ length: 20 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`);
  const bomb = `l0: &l0 "lol"\n${levels.join('\n')}\napiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  ports: *l20\n`;
  const [document] = new FileChecker().analyse(bomb);
  // 10^20 paths through the document, but one node per anchor: the tree a rule walks stays small.
  assert.ok(distinctNodes(document.analysis.parsed.root) < 100, `${distinctNodes(document.analysis.parsed.root)} nodes`);
  assert.ok(checkText(bomb, DEFAULT_SETTINGS).length < 200);
  const deep = `apiVersion: v1\nkind: Service\nspec: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
  assert.ok(checkText(deep, DEFAULT_SETTINGS).every((f) => f.code === 'yaml-syntax'));
});

/** The nodes of a located tree, each counted once however many aliases reach it. */
function distinctNodes(root: LNode | undefined): number {
  const seen = new Set<LNode>();
  const stack = root ? [root] : [];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.kind === 'seq') stack.push(...node.items);
    if (node.kind === 'map') stack.push(...node.pairs.map((p) => p.value));
  }
  return seen.size;
}

test('issue 10.5: an alias to an undefined anchor is a yaml-syntax error at the alias, as kubectl refuses it', () => {
  const text = `${svc('a')}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: b\nspec:\n  selector: *nope\n  ports:\n  - port: 80\n`;
  const findings = checkText(text, DEFAULT_SETTINGS).filter((f) => f.code === 'yaml-syntax');
  assert.deepEqual(
    findings.map((f) => [f.severity, f.message, f.range.start]),
    [['error', "YAML syntax error: unknown anchor 'nope' referenced (kubectl stops here: error converting YAML to JSON: yaml: line 15)", { line: 14, character: 12 }]],
  );
  // go-yaml reads in order: an anchor after its alias does not count, a later anchor of the name does not either.
  const late = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: c\n  labels: {a: *x}\n  annotations: {b: &x v}\nspec:\n  ports:\n  - port: 80\n';
  assert.deepEqual(
    checkText(late, DEFAULT_SETTINGS).map((f) => f.message),
    ["YAML syntax error: unknown anchor 'x' referenced (kubectl stops here: error converting YAML to JSON: yaml: line 5)"],
  );
  const defined = late.replace('{a: *x}', '{a: &x v}').replace('{b: &x v}', '{b: *x}');
  assert.deepEqual(checkText(defined, DEFAULT_SETTINGS), []);
  const itself = 'apiVersion: v1\nkind: Service\nmetadata: &m\n  name: d\n  labels: *m\nspec:\n  ports:\n  - port: 80\n';
  assert.deepEqual(
    checkText(itself, DEFAULT_SETTINGS).map((f) => f.message),
    ["YAML syntax error: anchor 'm' value contains itself (kubectl stops here: error converting YAML to JSON: yaml: line 5)"],
  );
});

test('issue 10.6: a file with lone-CR line ends is checked like the same file with LF, at the same lines', () => {
  const lf = `# web\n${svc('a')}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: b\nspec:\n  type: nodeport\n  ports:\n  - port: 80\n    protocol: tcp\n`;
  const expected = checkText(lf, DEFAULT_SETTINGS);
  assert.deepEqual(
    expected.map((f) => [f.code, f.range.start.line]),
    [['port-name-required', 7], ['port-name-required', 8], ['port-protocol', 18], ['service-type', 15]],
  );
  assert.deepEqual(checkText(lf.replace(/\n/g, '\r'), DEFAULT_SETTINGS), expected);
  const mixed = lf.replace(/\n/g, (nl, at: number) => (at % 3 === 0 ? '\r' : at % 3 === 1 ? '\r\n' : nl));
  assert.deepEqual(checkText(mixed, DEFAULT_SETTINGS), expected);
});

test('a Korean finding keeps the API server\'s English text and words its own advice with the English values', () => {
  const text =
    'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ports:\n  - {name: a, port: 80, protocol: tcp}\n' +
    '  - {name: b, port: 81, protocol: TCP, nodePort: 30080}\n  - {name: c, port: 81, targetport: 8080}\n';
  const english = checkText(text, DEFAULT_SETTINGS, localizer('en')).map((f) => f.message);
  const korean = checkText(text, DEFAULT_SETTINGS, localizer('ko')).map((f) => f.message);
  assert.equal(korean.length, english.length);
  const values = (message: string): string[] => [...message.matchAll(/'[^']*'|"[^"]*"|\[\d+\]|\d+/g)].map((m) => m[0]).sort();
  english.forEach((message, i) => {
    const [apiText, advice] = message.split(' — ');
    const [koApiText, koAdvice] = korean[i].split(' — ');
    assert.equal(koApiText, apiText, 'the API server\'s text stays verbatim');
    assert.match(koAdvice, /[\uAC00-\uD7A3]/, `${advice} is worded in Korean`);
    assert.deepEqual(values(koAdvice), values(advice), `${koAdvice} carries the values of ${advice}`);
  });
  assert.ok(korean.some((m) => m.endsWith("'TCP'(으)로 쓰세요: 프로토콜은 대소문자를 구분합니다")), korean.join('\n'));
  assert.ok(korean.some((m) => m.includes('spec.ports[1]가 이미 TCP 포트 81')), korean.join('\n'));
});
