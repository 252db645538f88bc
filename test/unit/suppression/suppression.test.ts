/**
 * Suppressions as a user writes them: `# kube-svc-ignore <rule>` on the finding's line, `# kube-svc-ignore-next-line
 * <rule>[,<rule>]` above it, and the `kube-svc.io/ignore` annotation on the object; the same filter for the CLI's
 * findings (checkFile) and the editor's diagnostics, per-file and cross-resource alike.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService } from '../../../server/src/core/language-service';
import type { Finding, LanguageService } from '../../../server/src/core/language-service';

const HOST = { nextTurn: () => Promise.resolve() };

/** A Service with two lowercase protocols (two port-protocol errors) and a selector. */
function service(name: string, extra: { annotations?: string; first?: string; second?: string } = {}): string {
  return [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${name}`,
    ...(extra.annotations ? ['  annotations:', `    ${extra.annotations}`] : []),
    'spec:',
    '  selector:',
    `    app: ${name}`,
    '  ports:',
    ...(extra.first !== undefined ? [extra.first] : []),
    '    - name: http',
    '      port: 80',
    `      protocol: tcp${extra.second ?? ''}`,
    '    - name: dns',
    '      port: 53',
    '      protocol: udp',
    '',
  ].join('\n');
}

/** A Deployment whose pods are labelled `app: other`: no Service above selects them. */
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: other
spec:
  selector:
    matchLabels:
      app: other
  template:
    metadata:
      labels:
        app: other
    spec:
      containers:
        - name: c
          image: nginx
`;

function serviceWith(files: Record<string, string>): LanguageService {
  const service = createLanguageService({ host: HOST });
  for (const [name, text] of Object.entries(files)) service.setFile(name, text);
  return service;
}

/** The 0-based line of the `nth` line holding `needle`. */
function lineOf(text: string, needle: string, nth = 0): number {
  const lines = text.split('\n');
  return lines.map((line, i) => (line.includes(needle) ? i : -1)).filter((i) => i >= 0)[nth];
}

function where(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.range.start.line} ${f.code}`);
}

test('# kube-svc-ignore <rule> hides that rule on its own line only; the CLI keeps what it hid apart', () => {
  const text = service('web', { second: ' # kube-svc-ignore port-protocol — the old controller writes it' });
  const { findings, suppressed } = serviceWith({ 'svc.yaml': text }).checkFile('svc.yaml');
  assert.deepEqual(where(findings), [`${lineOf(text, 'protocol: udp')} port-protocol`], 'the same rule on another line is still reported');
  assert.deepEqual(
    suppressed.map((s) => [s.finding.range.start.line, s.finding.code, s.justification]),
    [[lineOf(text, 'protocol: tcp'), 'port-protocol', 'the old controller writes it']],
  );
});

test('# kube-svc-ignore-next-line <rule>,<rule> hides them on the next line that is not a comment; a rule not named stays', () => {
  const base = service('web').split('\n');
  const tcp = lineOf(service('web'), 'protocol: tcp');
  const stacked = [...base.slice(0, tcp), '      # kube-svc-ignore-next-line port-name-invalid, port-protocol — legacy', '      # why: see the ticket', ...base.slice(tcp)].join('\n');
  const { findings, suppressed } = serviceWith({ 'svc.yaml': stacked }).checkFile('svc.yaml');
  assert.deepEqual(where(suppressed.map((s) => s.finding)), [`${lineOf(stacked, 'protocol: tcp')} port-protocol`]);
  assert.deepEqual(where(findings), [`${lineOf(stacked, 'protocol: udp')} port-protocol`]);
  const above = [...base.slice(0, tcp - 1), '      # kube-svc-ignore-next-line port-protocol', ...base.slice(tcp - 1)].join('\n');
  assert.deepEqual(
    where(serviceWith({ 'svc.yaml': above }).checkFile('svc.yaml').findings),
    [`${lineOf(above, 'protocol: tcp')} port-protocol`, `${lineOf(above, 'protocol: udp')} port-protocol`],
    'above `port: 80` it applies to that line, not to the protocol below it',
  );
});

test('kube-svc.io/ignore on an object hides the named rules anywhere in it, per-file and cross-resource, and nowhere else', () => {
  const ignored = service('web', { annotations: 'kube-svc.io/ignore: "port-protocol, service-selects-nothing"' });
  const text = `${ignored}---\n${service('api')}`;
  const checked = serviceWith({ 'svc.yaml': text, 'deploy.yaml': DEPLOYMENT }).checkFile('svc.yaml');
  assert.deepEqual(
    checked.suppressed.map((s) => s.finding.code).sort(),
    ['port-protocol', 'port-protocol', 'service-selects-nothing'],
  );
  assert.deepEqual(
    checked.findings.map((f) => f.code).sort(),
    ['port-protocol', 'port-protocol', 'service-selects-nothing'],
    'the second Service, without the annotation, keeps all of its findings',
  );
  assert.ok(checked.findings.every((f) => f.range.start.line > ignored.split('\n').length - 1));
});

test('the editor shows what the CLI shows: suppressed findings are not diagnostics, cross-resource ones neither', async () => {
  const text = service('web', { annotations: 'kube-svc.io/ignore: service-selects-nothing', second: ' # kube-svc-ignore port-protocol' });
  const service_ = createLanguageService({ host: HOST });
  service_.setFile('file:///w/deploy.yaml', DEPLOYMENT);
  service_.setDocument('file:///w/svc.yaml', text, 1);
  assert.deepEqual(where(service_.diagnostics('file:///w/svc.yaml')?.findings ?? []), [`${lineOf(text, 'protocol: udp')} port-protocol`]);
  const edited = text.replace('kube-svc.io/ignore: service-selects-nothing', 'kube-svc.io/ignore: port-protocol');
  service_.setDocument('file:///w/svc.yaml', edited, 2);
  assert.deepEqual(
    where(service_.diagnostics('file:///w/svc.yaml')?.findings ?? []),
    [`${lineOf(edited, 'selector:')} service-selects-nothing`],
    'the annotation edited: the cross-resource finding is back, both protocols hidden',
  );
});

test('a # inside a quoted value is text, not a suppression', () => {
  const text = service('web', { second: '', first: '    - name: "x # kube-svc-ignore port-name-invalid"\n      port: 81' });
  const { findings, suppressed } = serviceWith({ 'svc.yaml': text }).checkFile('svc.yaml');
  assert.deepEqual(suppressed, []);
  assert.ok(findings.some((f) => f.code === 'port-name-invalid'), where(findings).join());
});

test('a suppression naming an unknown rule hides nothing and says the closest id; one naming none says an id is required', () => {
  const text = service('web', {
    annotations: 'kube-svc.io/ignore: ""',
    second: ' # kube-svc-ignore prot-protocol',
    first: '    # kube-svc-ignore-next-line — I know',
  });
  const korean = createLanguageService({ host: HOST, locale: 'ko' });
  korean.setFile('svc.yaml', text);
  for (const [service_, unknown, required] of [
    [serviceWith({ 'svc.yaml': text }), /^`prot-protocol` is not a kube-svc rule id, so nothing is suppressed: did you mean `port-protocol`\?$/, /^`kube-svc-ignore` names no rule/],
    [korean, /^`prot-protocol`은\(는\) kube-svc 규칙 ID가 아니어서 .* `port-protocol`을\(를\) 뜻했나요\?$/, /^`kube-svc-ignore`에 규칙 ID가 없어/],
  ] as const) {
    const { findings, suppressed } = service_.checkFile('svc.yaml');
    assert.deepEqual(suppressed, []);
    const notes = findings.filter((f) => f.code.startsWith('suppression-'));
    assert.deepEqual(notes.map((f) => [f.code, f.severity, f.range.start.line]), [
      ['suppression-rule-required', 'info', lineOf(text, 'kube-svc.io/ignore')],
      ['suppression-rule-required', 'info', lineOf(text, 'kube-svc-ignore-next-line')],
      ['suppression-unknown-rule', 'info', lineOf(text, 'prot-protocol')],
    ]);
    assert.match(notes[2].message, unknown);
    assert.equal(notes[2].range.start.character, text.split('\n')[lineOf(text, 'prot-protocol')].indexOf('prot-protocol'));
    assert.match(notes[1].message, required);
    assert.match(notes[0].message, /^`kube-svc\.io\/ignore`/);
    assert.equal(findings.filter((f) => f.code === 'port-protocol').length, 2, 'nothing was suppressed');
  }
});

test('the notes follow the rule levels; a word of a reason far from every id gets no suggestion', () => {
  const text = service('web', { second: ' # kube-svc-ignore because' });
  const [note] = serviceWith({ 'svc.yaml': text }).checkFile('svc.yaml').findings.filter((f) => f.code.startsWith('suppression-'));
  assert.equal(note.message, '`because` is not a kube-svc rule id, so nothing is suppressed: `kube-svc rules` lists the ids');
  const quiet = createLanguageService({ host: HOST, settings: { ...createLanguageService({ host: HOST }).settings, rules: { 'suppression-unknown-rule': 'off' } } });
  quiet.setFile('svc.yaml', text);
  assert.ok(!quiet.checkFile('svc.yaml').findings.some((f) => f.code.startsWith('suppression-')));
});
