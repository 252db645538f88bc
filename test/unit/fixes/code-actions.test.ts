import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FileChecker } from '../../../server/src/core/documents/check-file';
import {
  FIX_ALL_KIND,
  fixAll,
  fixAllEdits,
  fixAllText,
  quickFixes,
} from '../../../server/src/core/features/code-actions';
import { FIX_PROVIDERS } from '../../../server/src/core/features/fix-providers';
import { ALL_RULES } from '../../../server/src/core/rules/registry';
import { splitDocuments } from '../../../server/src/core/parse/split-documents';
import { DEFAULT_SETTINGS, settingsFrom } from '../../../server/src/core/settings';
import { applyRangeEdits, codes } from './fix-harness';

/** A real-looking file: comments everywhere, flow style, a List, an Endpoints, a Helm document, a clean Deployment. */
const MANIFESTS = `# Storefront services — applied with kubectl apply -f
apiVersion: v1
kind: Service
metadata:
  name: storefront   # public entry
  labels: {app: storefront, tier: "web"}
spec:
  type: loadbalancer          # TODO: internal LB?
  externalTrafficPolicy: local
  sessionAffinity: clientip
  sessionAffinityConfig:
    clientIP:
      timeoutSeconds: 0       # "forever"
  selector:
    app: storefront
  ports:
  # plain HTTP, redirected by the app
  - port: 80
    targetPort: http
    protocol: tcp
  - {port: 443, targetPort: "8443", nodePort: 443}
  - name: Metrics_Port
    port: 9090
---
# The database is headless; someone added an external policy.
apiVersion: v1
kind: Service
metadata: {name: db, namespace: shop}
spec:
  clusterIP: None
  externalTrafficPolicy: Cluster
  ports:
  - nodePort: 30001   # left over from a NodePort era
    port: 5432
  - port: 5433
    name: pg-replica
---
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata:
    name: cache
  spec:
    type: clusterip
    ports:
    - port: 6379
      nodePort: 30379
    - port: 26379
      name: sentinel
- apiVersion: v1
  kind: Endpoints
  metadata:
    name: legacy
  subsets:
  - addresses: [{ip: 10.0.0.12}]
    ports:
    - {name: web, port: 8080, protocol: tcp}
---
{{- if .Values.enabled }}
apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}
spec:
  type: nodeport
{{- end }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: storefront
spec:
  replicas: 2
`;

const FIXED_RULES = [
  'service-type',
  'external-traffic-policy',
  'session-affinity',
  'port-name-required',
  'port-name-invalid',
  'port-protocol',
  'target-port',
  'node-port-forbidden',
  'endpoints-port-protocol',
];

test('fix-all fixes every safe fix of a multi-document file; what is left has fixes that are only offered', () => {
  const before = codes(MANIFESTS);
  for (const rule of FIXED_RULES) assert.ok(before.includes(rule), `${rule} is reported before`);
  // Uncovered by the type and affinity fixes: the timeout (only checked for ClientIP) and the node-port range.
  assert.ok(!before.includes('session-affinity-timeout') && !before.includes('node-port-range'));
  const out = fixAllText(MANIFESTS, DEFAULT_SETTINGS);
  // What the author wrote on purpose stays for them to decide: a timeout of 0 ("forever" is not 1 second), the
  // nodePorts of the ClusterIP Services (or is the type wrong?) and the out-of-range one (the cluster's range?).
  assert.deepEqual(codes(out), ['session-affinity-timeout', 'node-port-forbidden', 'node-port-forbidden', 'node-port-range']);
  assert.equal(
    out,
    `# Storefront services — applied with kubectl apply -f
apiVersion: v1
kind: Service
metadata:
  name: storefront   # public entry
  labels: {app: storefront, tier: "web"}
spec:
  type: LoadBalancer          # TODO: internal LB?
  externalTrafficPolicy: Local
  sessionAffinity: ClientIP
  sessionAffinityConfig:
    clientIP:
      timeoutSeconds: 0       # "forever"
  selector:
    app: storefront
  ports:
  # plain HTTP, redirected by the app
  - name: http
    port: 80
    targetPort: http
    protocol: TCP
  - {name: https, port: 443, targetPort: 8443, nodePort: 443}
  - name: metrics-port
    port: 9090
---
# The database is headless; someone added an external policy.
apiVersion: v1
kind: Service
metadata: {name: db, namespace: shop}
spec:
  clusterIP: None
  ports:
  - name: postgres
    nodePort: 30001   # left over from a NodePort era
    port: 5432
  - port: 5433
    name: pg-replica
---
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata:
    name: cache
  spec:
    type: ClusterIP
    ports:
    - name: redis
      port: 6379
      nodePort: 30379
    - port: 26379
      name: sentinel
- apiVersion: v1
  kind: Endpoints
  metadata:
    name: legacy
  subsets:
  - addresses: [{ip: 10.0.0.12}]
    ports:
    - {name: web, port: 8080, protocol: TCP}
---
{{- if .Values.enabled }}
apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}
spec:
  type: nodeport
{{- end }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: storefront
spec:
  replicas: 2
`,
  );
});

test('fix-all is idempotent: on its own output it has nothing to do', () => {
  const out = fixAllText(MANIFESTS, DEFAULT_SETTINGS);
  assert.deepEqual(fixAll(out, DEFAULT_SETTINGS), []);
  assert.deepEqual(fixAllEdits(out, DEFAULT_SETTINGS), []);
});

test('fix-all: one source.fixAll action whose edits, applied as an editor does, give the fixed text', () => {
  const actions = fixAll(MANIFESTS, DEFAULT_SETTINGS);
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, FIX_ALL_KIND);
  assert.equal(actions[0].diagnostic, undefined);
  assert.equal(applyRangeEdits(MANIFESTS, actions[0].edits), fixAllText(MANIFESTS, DEFAULT_SETTINGS));
});

test('fix-all edits are small, disjoint and leave untouched documents byte-for-byte', () => {
  const edits = fixAllEdits(MANIFESTS, DEFAULT_SETTINGS);
  for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].span.end <= edits[i].span.start, 'sorted and disjoint');
  for (const edit of edits) assert.ok(edit.span.end - edit.span.start <= 80, `edit too big: ${JSON.stringify(edit)}`);
  const out = fixAllText(MANIFESTS, DEFAULT_SETTINGS);
  const before = splitDocuments(MANIFESTS).map((c) => c.text);
  const after = splitDocuments(out).map((c) => c.text);
  assert.equal(after.length, before.length);
  assert.equal(after[3], before[3], 'the Helm template is untouched');
  assert.equal(after[4], before[4], 'the Deployment is untouched');
});

test('fix-all keeps CRLF line ends', () => {
  const crlf = MANIFESTS.replace(/\n/g, '\r\n');
  const out = fixAllText(crlf, DEFAULT_SETTINGS);
  assert.equal(out, fixAllText(MANIFESTS, DEFAULT_SETTINGS).replace(/\n/g, '\r\n'));
  assert.ok(!/[^\r]\n/.test(out), 'no bare LF');
  assert.deepEqual(fixAll(out, DEFAULT_SETTINGS), []);
});

test('fix-all follows a fix to the problem it uncovers (clientip → ClientIP, then the timeout)', () => {
  const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  type: clusterip\n  sessionAffinity: clientip\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 999999}}\n  ports:\n  - {port: 80, nodePort: 30080}\n';
  assert.ok(!codes(text).includes('session-affinity-timeout'), 'hidden until the affinity is fixed');
  assert.ok(!codes(text).includes('node-port-forbidden'), 'hidden until the type is fixed');
  const out = fixAllText(text, DEFAULT_SETTINGS);
  assert.equal(
    out,
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  type: ClusterIP\n  sessionAffinity: ClientIP\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 86400}}\n  ports:\n  - {port: 80, nodePort: 30080}\n',
  );
  // The uncovered nodePort is only offered for removal: the author may rather have meant a NodePort.
  assert.deepEqual(codes(out), ['node-port-forbidden']);
});

test('fix-all leaves out fixes that are not safe and rules that are off', () => {
  const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  type: NodePort\n  loadBalancerClass: x.io/lb\n  ports:\n  - {port: 80, protocol: tcp}\n';
  assert.equal(fixAllText(text, DEFAULT_SETTINGS), text.replace('tcp', 'TCP'));
  const off = settingsFrom({ rules: { 'port-protocol': 'off' } });
  assert.deepEqual(fixAll(text, off), []);
  assert.deepEqual(fixAll(text, settingsFrom({ enable: false })), []);
});

test('fix-all on a clean file or a file without Kubernetes objects does nothing', () => {
  assert.deepEqual(fixAll('apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n', DEFAULT_SETTINGS), []);
  assert.deepEqual(fixAll('services:\n  web:\n    ports: ["80:80"]\n', DEFAULT_SETTINGS), []);
  assert.deepEqual(fixAll('', DEFAULT_SETTINGS), []);
});

test('quickFixes: only for diagnostics at the caret, each tied to its diagnostic in file coordinates', () => {
  const problems = new FileChecker().ruleProblems(MANIFESTS, DEFAULT_SETTINGS);
  const atProtocol = quickFixes(problems, { start: { line: 19, character: 15 }, end: { line: 19, character: 15 } });
  assert.deepEqual(
    atProtocol.map((a) => a.diagnostic?.code),
    ['port-name-required', 'port-name-required', 'port-protocol'],
    'the caret is in the port item too, which lacks a name',
  );
  assert.deepEqual(atProtocol.filter((a) => a.diagnostic?.code === 'port-protocol'), [
    {
      title: "Change to 'TCP'",
      kind: 'quickfix',
      diagnostic: { code: 'port-protocol', range: { start: { line: 19, character: 14 }, end: { line: 19, character: 17 } } },
      preferred: true,
      edits: [{ range: { start: { line: 19, character: 14 }, end: { line: 19, character: 17 } }, newText: 'TCP' }],
    },
  ]);
  const inDb = quickFixes(problems, { start: { line: 32, character: 0 }, end: { line: 33, character: 0 } });
  assert.deepEqual(
    inDb.map((a) => [a.diagnostic?.code, a.title]),
    [
      ['port-name-required', 'Name every port (postgres)'],
      ['node-port-forbidden', 'Remove nodePort'],
    ],
  );
  const name = inDb[0].edits[0];
  assert.deepEqual(name, { range: { start: { line: 32, character: 4 }, end: { line: 32, character: 4 } }, newText: 'name: postgres\n    ' });
  assert.deepEqual(quickFixes(problems, { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }), []);
});

test('quickFixes: a fix offered for several diagnostics is listed once', () => {
  const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n  - port: 80\n  - port: 81\n';
  const problems = new FileChecker().ruleProblems(text, DEFAULT_SETTINGS);
  const all = quickFixes(problems, { start: { line: 5, character: 0 }, end: { line: 6, character: 12 } });
  assert.deepEqual(
    all.map((a) => a.title),
    ['Name every port (http, tcp-81)', "Name this port 'http'", "Name this port 'tcp-81'"],
  );
  assert.equal(applyRangeEdits(text, all[0].edits), 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n  - name: http\n    port: 80\n  - name: tcp-81\n    port: 81\n');
});

test('every fix provider belongs to a rule of the registry', () => {
  const ids = new Set(ALL_RULES.map((rule) => rule.id));
  for (const id of Object.keys(FIX_PROVIDERS)) assert.ok(ids.has(id), id);
});
