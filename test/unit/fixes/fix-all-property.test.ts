import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FileChecker } from '../../../server/src/core/documents/check-file';
import { fixAll, fixAllText, fixesOf } from '../../../server/src/core/features/code-actions';
import { parseYamlDocument } from '../../../server/src/core/parse/parse-document';
import { splitDocuments } from '../../../server/src/core/parse/split-documents';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import { applyRangeEdits } from './fix-harness';

/** A small deterministic PRNG (mulberry32), so that a failure reproduces. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generator(seed: number) {
  const next = random(seed);
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(next() * choices.length)];
  const field = (key: string, choices: readonly (string | undefined)[], comment = false): string => {
    const value = pick(choices);
    if (value === undefined) return '';
    return `  ${key}: ${value}${comment && next() < 0.5 ? '  # why' : ''}\n`;
  };
  const port = (): string => {
    const parts: [string, string][] = [];
    const name = pick([undefined, undefined, 'web', 'web', 'Web_1', '""', 'metrics']);
    if (name !== undefined) parts.push(['name', name]);
    parts.push(['port', pick(['80', '443', '53', '8080', '9090', '5000'])]);
    const protocol = pick([undefined, undefined, 'TCP', 'tcp', 'UDP', 'udp']);
    if (protocol !== undefined) parts.push(['protocol', protocol]);
    const nodePort = pick([undefined, undefined, '80', '30080', '30081']);
    if (nodePort !== undefined) parts.push(['nodePort', nodePort]);
    const target = pick([undefined, undefined, 'http', '"8443"', '8080']);
    if (target !== undefined) parts.push(['targetPort', target]);
    if (next() < 0.3) parts.push(['appProtocol', pick(['kubernetes.io/h2c', 'http'])]);
    if (next() < 0.5) parts.sort(() => next() - 0.5);
    if (next() < 0.35) return `  - {${parts.map(([k, v]) => `${k}: ${v}`).join(', ')}}\n`;
    const lines = parts.map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}${next() < 0.2 ? ' # note' : ''}`);
    return `${next() < 0.2 ? '  # a port\n' : ''}${lines.join('\n')}\n`;
  };
  const service = (n: number): string => {
    let spec = '';
    spec += field('type', [undefined, 'ClusterIP', 'clusterip', 'NodePort', 'nodeport', 'LoadBalancer', 'loadbalancer'], true);
    spec += field('clusterIP', [undefined, undefined, undefined, 'None']);
    spec += field('externalTrafficPolicy', [undefined, undefined, 'Local', 'local', 'Cluster']);
    spec += field('internalTrafficPolicy', [undefined, undefined, 'local']);
    const affinity = pick([undefined, 'ClientIP', 'clientip', 'none']);
    if (affinity !== undefined) spec += `  sessionAffinity: ${affinity}\n`;
    if (next() < 0.5) spec += `  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: ${pick(['0', '100', '99999'])}\n`;
    let ports = '';
    const count = 1 + Math.floor(next() * 4);
    for (let i = 0; i < count; i++) ports += port();
    spec += `  ports:\n${ports}`;
    return `# service ${n}\napiVersion: v1\nkind: Service\nmetadata:\n  name: s${n}\nspec:\n${spec}`;
  };
  return () => {
    const docs = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, i) => service(i));
    const text = docs.join('---\n');
    return next() < 0.25 ? text.replace(/\n/g, '\r\n') : text;
  };
}

const commentLines = (text: string) => text.split(/\r?\n/).filter((line) => /^\s*#/.test(line));

test('fix-all on 200 generated files: valid YAML, idempotent, no safe fix left, comment lines kept', () => {
  const next = generator(20240611);
  const fixedRules = new Set<string>();
  let changed = 0;
  for (let i = 0; i < 200; i++) {
    const text = next();
    const out = fixAllText(text, DEFAULT_SETTINGS);
    if (out !== text) changed++;
    const fixedNow = new Set(new FileChecker().ruleProblems(out, DEFAULT_SETTINGS).map((p) => p.ruleId));
    for (const p of new FileChecker().ruleProblems(text, DEFAULT_SETTINGS)) if (!fixedNow.has(p.ruleId)) fixedRules.add(p.ruleId);
    const context = `case ${i}:\n${text}\n=>\n${out}`;
    for (const chunk of splitDocuments(out)) assert.deepEqual(parseYamlDocument(chunk.text).syntaxErrors, [], context);
    assert.deepEqual(fixAll(out, DEFAULT_SETTINGS), [], context);
    const left = new FileChecker().ruleProblems(out, DEFAULT_SETTINGS);
    for (const problem of left) assert.ok(!fixesOf(problem).some((fix) => fix.safe), `${problem.ruleId} still has a safe fix\n${context}`);
    assert.deepEqual(commentLines(out), commentLines(text), context);
    const actions = fixAll(text, DEFAULT_SETTINGS);
    assert.equal(actions.length === 0 ? text : applyRangeEdits(text, actions[0].edits), out, context);
    if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(out), `bare LF\n${context}`);
  }
  assert.ok(changed > 150, `only ${changed} files changed`);
  // node-port-range is no longer fixed by fix-all (the cluster's range may not be the default): only offered.
  for (const rule of ['port-name-required', 'port-name-invalid', 'port-name-duplicate', 'port-protocol', 'service-type']) {
    assert.ok(fixedRules.has(rule), `the generator never exercised ${rule}`);
  }
});
