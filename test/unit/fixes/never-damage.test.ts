/**
 * Issue 10, "Never damage a file": fix-all runs on save, so a fix that breaks the YAML, loses an anchor, loops or
 * deletes what the author meant damages the user's file on Ctrl+S. Each test is built from a reproduction.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { checkText } from '../../../server/src/core/documents/check-file';
import { fixAllText } from '../../../server/src/core/features/code-actions';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import { applyQuickFix, codes, fixTitles, service } from './fix-harness';

/** The file loads as kubectl's YAML reader loads it: every alias finds its anchor. */
function loads(text: string): void {
  for (const doc of text.split(/^---$/m)) {
    assert.doesNotThrow(() => parseDocument(doc, { version: '1.1', merge: true }).toJS(), `does not load:\n${text}`);
  }
  assert.deepEqual(codes(text).filter((code) => code === 'yaml-syntax'), [], text);
}

const fixAll = (text: string): string => fixAllText(text, DEFAULT_SETTINGS);

test('issue 10.1: fix-all never removes a key whose anchor an alias uses, and the file still loads', () => {
  const cases = [
    service('  ports:\n  - port: 80\n    nodePort: &np 30080\n    targetPort: *np\n'),
    service('  externalTrafficPolicy: &pol Local\n  internalTrafficPolicy: *pol\n  ports:\n  - port: 80\n'),
    // Removing the default `Cluster` is a safe fix; here its anchor is used, so it is not made.
    service('  externalTrafficPolicy: &pol Cluster\n  internalTrafficPolicy: *pol\n  ports:\n  - port: 80\n'),
  ];
  for (const text of cases) {
    const out = fixAll(text);
    loads(out);
    assert.equal(out, text);
  }
});

test('issue 10.1: a removal that would lose a used anchor is not offered as a quick fix either', () => {
  const text = service('  ports:\n  - port: 80\n    nodePort: &np 30080\n    targetPort: *np\n');
  assert.deepEqual(fixTitles(text, 'node-port-forbidden'), ['Change type to NodePort']);
  const policy = service('  externalTrafficPolicy: &pol Cluster\n  internalTrafficPolicy: *pol\n  ports:\n  - port: 80\n');
  assert.deepEqual(fixTitles(policy, 'external-traffic-policy'), []);
  // Without the alias the same removals are offered.
  assert.deepEqual(fixTitles(text.replace('*np', '8080'), 'node-port-forbidden'), ['Remove nodePort', 'Change type to NodePort']);
  assert.deepEqual(fixTitles(policy.replace('*pol', 'Local'), 'external-traffic-policy'), ['Remove externalTrafficPolicy']);
});

test('issue 10.2: naming a port written with an explicit key (? port / : 81) puts the name before the ?', () => {
  const text = service('  ports:\n  - ? port\n    : 81\n  - name: web\n    port: 80\n');
  const out = fixAll(text);
  assert.equal(out, service('  ports:\n  - name: tcp-81\n    ? port\n    : 81\n  - name: web\n    port: 80\n'));
  assert.deepEqual(codes(out), []);
  const both = service('  ports:\n  - ? port\n    : 80\n  - port: 81\n');
  const named = applyQuickFix(both, 'port-name-required', 'Name every port (http, tcp-81)');
  assert.equal(named, service('  ports:\n  - name: http\n    ? port\n    : 80\n  - name: tcp-81\n    port: 81\n'));
  assert.deepEqual(codes(named), []);
});

test('issue 10.2: an entry with an explicit key or an anchored key is removed whole', () => {
  const explicit = service('  ports:\n  - port: 80\n    ? nodePort\n    : 30080\n');
  assert.equal(applyQuickFix(explicit, 'node-port-forbidden', 'Remove nodePort'), service('  ports:\n  - port: 80\n'));
  const first = service('  ports:\n  - ? nodePort\n    : 30080\n    port: 80\n');
  assert.equal(applyQuickFix(first, 'node-port-forbidden', 'Remove nodePort'), service('  ports:\n  - port: 80\n'));
  const flow = service('  ports: [{? nodePort : 30080, port: 80}]\n');
  assert.equal(applyQuickFix(flow, 'node-port-forbidden', 'Remove nodePort'), service('  ports: [{port: 80}]\n'));
  const anchoredKey = service('  ports:\n  - name: a\n    &k port: 80\n  - name: b\n    port: 81\n  - port: 82\n');
  assert.equal(
    applyQuickFix(anchoredKey.replace('  - port: 82', '  - &k2 port: 82'), 'port-name-required'),
    anchoredKey.replace('  - port: 82', '  - name: tcp-82\n    &k2 port: 82'),
  );
});

test('issue 10.3: an aliased port item gets no name that would be shared, and fix-all is idempotent', () => {
  const text = service('  ports:\n  - &p1\n    port: 80\n  - *p1\n');
  const once = fixAll(text);
  assert.equal(fixAll(once), once, 'a second fix-all changes more');
  assert.ok(!codes(once).includes('port-name-duplicate'), once);
  // Both items are one port map: any name written there names both, so no name fixes it.
  assert.equal(once, text);
  assert.deepEqual(fixTitles(text, 'port-name-required'), []);
});

test('issue 10.3: a duplicate name that is an alias of the other is not renamed through its anchor', () => {
  const text = service('  ports:\n  - name: &n web\n    port: 80\n  - name: *n\n    port: 81\n');
  assert.deepEqual(fixTitles(text, 'port-name-duplicate'), []);
  const once = fixAll(text);
  assert.equal(once, text);
  assert.equal(fixAll(once), once);
});

test('issue 10.4: fix-all keeps what the author wrote on purpose; each fix is still offered one by one', () => {
  const cases: [string, string, string][] = [
    ['headless-type', '  type: NodePort\n  clusterIP: None # I want headless\n  ports:\n  - port: 80\n', 'Remove clusterIP: None'],
    ['node-port-range', '  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 8080  # our cluster uses 1-65535\n', 'Remove nodePort (let the cluster allocate one)'],
    ['node-port-forbidden', '  ports:\n  - port: 80\n    nodePort: 30080  # exposed on the nodes\n', 'Remove nodePort'],
    ['session-affinity-timeout', '  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 0  # forever\n  ports:\n  - port: 80\n', 'Set timeoutSeconds to 1 (the minimum)'],
    ['external-traffic-policy', '  externalTrafficPolicy: Local  # keep client IPs\n  ports:\n  - port: 80\n', 'Remove externalTrafficPolicy'],
    ['external-name-forbidden-fields', '  type: ExternalName\n  externalName: db.example.com\n  clusterIP: 10.96.0.20  # pinned\n', 'Remove clusterIP'],
  ];
  for (const [ruleId, spec, title] of cases) {
    const text = service(spec);
    assert.ok(codes(text).includes(ruleId), ruleId);
    assert.equal(fixAll(text), text, `fix-all changed it (${ruleId})`);
    assert.ok(fixTitles(text, ruleId).includes(title), `${ruleId}: ${JSON.stringify(fixTitles(text, ruleId))}`);
    assert.ok(!codes(applyQuickFix(text, ruleId, title)).includes(ruleId), ruleId);
  }
});

test('issue 10.4: the fixes with one right answer stay in fix-all', () => {
  const timeout = service('  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 99999\n  ports:\n  - port: 80\n');
  assert.equal(fixAll(timeout), timeout.replace('99999', '86400'));
  const policy = service('  externalTrafficPolicy: Cluster  # the default\n  ports:\n  - port: 80\n');
  assert.equal(fixAll(policy), service('  ports:\n  - port: 80\n'));
});

test('issue 10.6: fix-all on a file with lone-CR line ends gives the LF result with CR, and nothing else', () => {
  const lf = service('  type: nodeport\n  ports:\n  - port: 80\n    protocol: tcp\n  - port: 81\n    targetport: 8081\n');
  const cr = lf.replace(/\n/g, '\r');
  const out = fixAll(cr);
  assert.notEqual(out, cr);
  assert.equal(out, fixAll(lf).replace(/\n/g, '\r'));
  assert.ok(!out.includes('\n'), 'a \\n was written into a \\r file');
  assert.deepEqual(checkText(out, DEFAULT_SETTINGS), []);
});

test('a fix never edits text that aliases share: what is right for one use may be wrong for another', () => {
  // Quoting the label value would make the targetPort that aliases it a port name.
  const label = service('  ports:\n  - port: 7077\n    targetPort: &a 7077\n  selector:\n    component: *a\n');
  assert.ok(codes(label).includes('field-type'));
  assert.deepEqual(fixTitles(label, 'field-type'), []);
  assert.equal(fixAll(label), label);
  // The protocol comes into the second port by a merge key: changing it there changes both.
  const merged = service('  ports:\n  - name: a\n    <<: &web {port: 80, protocol: tcp}\n  - name: b\n    <<: *web\n    port: 81\n');
  assert.ok(codes(merged).includes('port-protocol'));
  assert.deepEqual(fixTitles(merged, 'port-protocol'), []);
  assert.equal(fixAll(merged), merged);
});
