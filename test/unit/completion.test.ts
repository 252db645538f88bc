import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fieldDocs, valueDocs } from '../../server/src/core/docs';
import { localizer } from '../../server/src/core/l10n';
import { checkText, FileChecker } from '../../server/src/core/documents/check-file';
import { completionsAt } from '../../server/src/core/features/completion';
import type { CompletionModel } from '../../server/src/core/features/completion';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';

/** Completions at the caret `‸` in `source` (the `‸` is removed from the text). */
function at(source: string, language: 'en' | 'ko' = 'en'): CompletionModel[] {
  const offset = source.indexOf('‸');
  assert.notEqual(offset, -1, 'the source marks the caret with ‸');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const lines = text.slice(0, offset).split('\n');
  const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
  return completionsAt(new FileChecker().analyse(text), text, position, localizer(language));
}

const labels = (items: readonly CompletionModel[]): string[] => items.map((i) => i.label);

/** A snippet as it reads once every placeholder keeps its default: `${1:name}` → `name`, `$0` → nothing. */
function expand(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, '');
}

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n';
const ENDPOINTS = 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: web\n';

// --- values --------------------------------------------------------------------------------------------------

test('spec.type offers the four Service types, with their docs, replacing what is typed', () => {
  const items = at(`${SERVICE}  type: Node‸\n  ports:\n  - port: 80\n`);
  assert.deepEqual(labels(items), ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);
  assert.ok(items.every((i) => i.kind === 'value' && !i.snippet && i.insertText === i.label));
  assert.deepEqual(items[0].range, { start: { line: 5, character: 8 }, end: { line: 5, character: 12 } });
  const nodePort = items[1];
  assert.equal(nodePort.detail, 'spec.type');
  assert.match(nodePort.documentation ?? '', /^\*\*type: NodePort\*\*/);
  assert.ok((nodePort.documentation ?? '').includes(valueDocs(localizer('en'))['Service:spec.type=NodePort'].summary));
});

test('value docs follow the language', () => {
  const ko = at(`${SERVICE}  type: ‸\n`, 'ko');
  assert.ok((ko[0].documentation ?? '').includes(valueDocs(localizer('ko'))['Service:spec.type=ClusterIP'].summary));
});

test('protocol of a Service port and of an Endpoints port: TCP, UDP, SCTP', () => {
  assert.deepEqual(labels(at(`${SERVICE}  ports:\n  - port: 80\n    protocol: ‸\n  selector:\n    app: web\n`)), [
    'TCP',
    'UDP',
    'SCTP',
  ]);
  const endpoints = at(`${ENDPOINTS}subsets:\n  - addresses:\n      - ip: 10.0.0.1\n    ports:\n      - port: 80\n        protocol: ‸\n`);
  assert.deepEqual(labels(endpoints), ['TCP', 'UDP', 'SCTP']);
  assert.equal(endpoints[0].detail, 'subsets[].ports[].protocol');
  assert.ok((endpoints[0].documentation ?? '').length > 0);
});

test('the other enumerations of a Service spec', () => {
  const cases: Array<[string, string[]]> = [
    ['sessionAffinity', ['None', 'ClientIP']],
    ['externalTrafficPolicy', ['Cluster', 'Local']],
    ['internalTrafficPolicy', ['Cluster', 'Local']],
    ['ipFamilyPolicy', ['SingleStack', 'PreferDualStack', 'RequireDualStack']],
    ['trafficDistribution', ['PreferClose', 'PreferSameZone', 'PreferSameNode']],
    ['clusterIP', ['None']],
    ['publishNotReadyAddresses', ['true', 'false']],
  ];
  for (const [key, expected] of cases) {
    const items = at(`${SERVICE}  ${key}: ‸\n`);
    assert.deepEqual(labels(items), expected, key);
    assert.ok(items.every((i) => i.documentation !== undefined), `${key} values carry docs`);
  }
});

test('ipFamilies items, in block and in flow style', () => {
  assert.deepEqual(labels(at(`${SERVICE}  ipFamilies:\n  - IPv4\n  - ‸\n`)), ['IPv4', 'IPv6']);
  assert.deepEqual(labels(at(`${SERVICE}  ipFamilies:\n    - IP‸\n`)), ['IPv4', 'IPv6']);
  assert.deepEqual(labels(at(`${SERVICE}  ipFamilies: [IPv4, ‸]\n`)), ['IPv4', 'IPv6']);
});

test('flow maps: the parsed tree gives the path', () => {
  assert.deepEqual(labels(at(`${SERVICE}  ports: [{port: 80, protocol: ‸}]\n`)), ['TCP', 'UDP', 'SCTP']);
  const typed = at(`${SERVICE}  ports: [{port: 80, protocol: U‸}]\n`);
  assert.deepEqual(typed[0].range, { start: { line: 5, character: 31 }, end: { line: 5, character: 32 } });
});

test('`key:` without a space gets one inserted; a quoted value is completed inside its quotes', () => {
  const bare = at(`${SERVICE}  type:‸\n`);
  assert.equal(bare[0].insertText, ' ClusterIP');
  const quoted = at(`${SERVICE}  type: "Load‸"\n`);
  assert.equal(quoted[0].insertText, 'ClusterIP');
  assert.deepEqual(quoted[0].range, { start: { line: 5, character: 9 }, end: { line: 5, character: 13 } });
});

test('kind and apiVersion at the top level', () => {
  assert.deepEqual(labels(at('apiVersion: v1\nkind: ‸\n')), ['Service', 'Endpoints']);
  assert.deepEqual(labels(at('kind: Service\napiVersion: ‸\n')), ['v1']);
  assert.deepEqual(labels(at('apiVersion: networking.k8s.io/v1\nkind: ‸\n')), ['Ingress']);
  assert.deepEqual(labels(at('kind: Ingress\napiVersion: ‸\n')), ['networking.k8s.io/v1']);
  assert.deepEqual(labels(at('apiVersion: ‸\n')), ['v1', 'networking.k8s.io/v1']);
  assert.deepEqual(at('apiVersion: apps/v1\nkind: ‸\n'), []);
});

const INGRESS = 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: shop\nspec:\n';
const PATH = `${INGRESS}  rules:\n    - host: shop.example.com\n      http:\n        paths:\n          - path: /api\n`;

test('an Ingress path offers the three pathType values, Prefix first, with their docs in the language', () => {
  for (const language of ['en', 'ko'] as const) {
    const items = at(`${PATH}            pathType: ‸\n`, language);
    assert.deepEqual(labels(items), ['Prefix', 'Exact', 'ImplementationSpecific']);
    assert.equal(items[0].detail, 'spec.rules[].http.paths[].pathType');
    const prefix = valueDocs(localizer(language))['Ingress:spec.rules[].http.paths[].pathType=Prefix'];
    assert.ok((items[0].documentation ?? '').includes(prefix.summary), language);
  }
  assert.deepEqual(labels(at(`${PATH}            pathType: "Ex‸"\n`)), ['Prefix', 'Exact', 'ImplementationSpecific']);
  // Only in networking.k8s.io/v1: a removed version's Ingress, or another kind's pathType, gets nothing.
  assert.deepEqual(at(PATH.replace('networking.k8s.io/v1', 'extensions/v1beta1') + '            pathType: ‸\n'), []);
  assert.deepEqual(at(`${SERVICE}  pathType: ‸\n`), []);
});

test('Ingress keys: the missing fields of a path and of a backend, documented', () => {
  const path = at(`${PATH}            ‸\n`);
  assert.deepEqual(labels(path), ['pathType', 'backend']);
  const pathType = path.find((i) => i.label === 'pathType');
  assert.ok((pathType?.documentation ?? '').includes(fieldDocs(localizer('en'))['Ingress:spec.rules[].http.paths[].pathType'].summary));
  assert.deepEqual(labels(at(`${INGRESS}  defaultBackend:\n    service:\n      port:\n        ‸\n`)), ['name', 'number']);
  assert.deepEqual(labels(at(`${INGRESS}  ‸\n`)), ['ingressClassName', 'defaultBackend', 'tls', 'rules']);
});

test('no values where nothing is enumerated, in comments, or in objects that are not ours', () => {
  assert.deepEqual(at(`${SERVICE}  externalName: ‸\n`), []);
  assert.deepEqual(at(`${SERVICE}  type: ClusterIP # ‸\n`), []);
  assert.deepEqual(at('apiVersion: serving.knative.dev/v1\nkind: Service\nspec:\n  type: ‸\n'), []);
  assert.deepEqual(at('apiVersion: apps/v1\nkind: Deployment\nspec:\n  ‸\n'), []);
});

// --- keys ----------------------------------------------------------------------------------------------------

test('spec: the missing keys are offered, the present ones are not', () => {
  const items = at(`${SERVICE}  type: NodePort\n  ‸\n  ports:\n  - port: 80\n    nodePort: 30080\n`);
  const offered = labels(items);
  for (const present of ['type', 'ports']) assert.ok(!offered.includes(present), present);
  for (const missing of ['selector', 'clusterIP', 'externalTrafficPolicy', 'sessionAffinityConfig', 'ipFamilies']) {
    assert.ok(offered.includes(missing), missing);
  }
  assert.ok(!offered.includes('port') && !offered.includes('nodePort'), 'keys of a port item are not spec keys');
  assert.ok(items.every((i) => i.kind === 'key'));
  const externalTrafficPolicy = items.find((i) => i.label === 'externalTrafficPolicy');
  assert.equal(externalTrafficPolicy?.insertText, 'externalTrafficPolicy: ');
  assert.equal(externalTrafficPolicy?.snippet, false);
  assert.equal(externalTrafficPolicy?.detail, 'v1.ServiceExternalTrafficPolicy');
  assert.ok((externalTrafficPolicy?.documentation ?? '').includes(fieldDocs(localizer('en'))['Service:spec.externalTrafficPolicy'].summary));
  const selector = items.find((i) => i.label === 'selector');
  assert.deepEqual([selector?.insertText, selector?.snippet], ['selector:\n  $0', true]);
  const ipFamilies = items.find((i) => i.label === 'ipFamilies');
  assert.deepEqual([ipFamilies?.insertText, ipFamilies?.snippet], ['ipFamilies:\n  - $0', true]);
});

test('a port item: its missing keys, on a later line and on a new `- ` line', () => {
  const later = labels(at(`${SERVICE}  ports:\n    - port: 80\n      name: http\n      ‸\n`));
  assert.deepEqual(later, ['protocol', 'appProtocol', 'targetPort', 'nodePort']);
  const between = labels(at(`${SERVICE}  ports:\n  - name: http\n    ‸\n    port: 80\n  - name: b\n    port: 81\n`));
  assert.deepEqual(between, ['protocol', 'appProtocol', 'targetPort', 'nodePort']);
  const fresh = labels(at(`${SERVICE}  ports:\n  - port: 80\n    name: a\n  - ‸\n`));
  assert.deepEqual(fresh, ['name', 'protocol', 'appProtocol', 'port', 'targetPort', 'nodePort']);
});

test('metadata keys, without the ones the API server fills in', () => {
  const offered = labels(at('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  ‸\nspec:\n  ports:\n  - port: 80\n'));
  assert.deepEqual(offered, ['generateName', 'namespace', 'labels', 'annotations', 'ownerReferences', 'finalizers']);
});

test('top level of a Service and sessionAffinityConfig.clientIP', () => {
  assert.deepEqual(labels(at('apiVersion: v1\nkind: Service\n‸')), ['metadata', 'spec']);
  assert.deepEqual(labels(at(`${SERVICE}  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      ‸\n`)), [
    'timeoutSeconds',
  ]);
  assert.deepEqual(labels(at(`${SERVICE}  sessionAffinityConfig:\n    ‸\n`)), ['clientIP']);
});

test('Endpoints: keys of a subset, of an address and of a port', () => {
  const subset = labels(at(`${ENDPOINTS}subsets:\n  - addresses:\n      - ip: 10.0.0.1\n    ‸\n`));
  assert.deepEqual(subset, ['notReadyAddresses', 'ports']);
  const address = labels(at(`${ENDPOINTS}subsets:\n  - addresses:\n      - ip: 10.0.0.1\n        ‸\n    ports:\n      - port: 80\n`));
  assert.deepEqual(address, ['hostname', 'nodeName', 'targetRef']);
  const port = labels(at(`${ENDPOINTS}subsets:\n- addresses:\n  - ip: 10.0.0.1\n  ports:\n  - port: 80\n    ‸\n`));
  assert.deepEqual(port, ['name', 'protocol', 'appProtocol']);
  assert.deepEqual(labels(at(`${ENDPOINTS}‸`)), ['subsets']);
});

test('editing a key name in front of its colon inserts the name only', () => {
  const items = at(`${SERVICE}  sessionAff‸inity: None\n`);
  const item = items.find((i) => i.label === 'sessionAffinity');
  assert.equal(item?.insertText, 'sessionAffinity');
  assert.deepEqual(item?.range, { start: { line: 5, character: 2 }, end: { line: 5, character: 17 } });
});

test('a kind: List item is completed as the object it holds', () => {
  const list = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata:\n    name: a\n  spec:\n    type: ‸\n';
  assert.deepEqual(labels(at(list)), ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);
});

// --- half-typed YAML -----------------------------------------------------------------------------------------

test('half-typed lines: a key being typed and an empty value', () => {
  const typing = at(`${SERVICE}  ports:\n    - port: 80\n      prot‸\n`);
  assert.ok(labels(typing).includes('protocol'));
  assert.deepEqual(typing[0].range, { start: { line: 7, character: 6 }, end: { line: 7, character: 10 } });
  assert.deepEqual(labels(at(`${SERVICE}  ports:\n    - port: 80\n      protocol: ‸`)), ['TCP', 'UDP', 'SCTP']);
});

test('a document with a syntax error still completes from its indentation', () => {
  const broken = `${SERVICE}  selector: {app: web\n  ports:\n  - port: 80\n    protocol: `;
  assert.ok(new FileChecker().analyse(broken)[0].analysis.parsed.syntaxErrors.length > 0);
  assert.deepEqual(labels(at(`${broken}‸\n`)), ['TCP', 'UDP', 'SCTP']);
  assert.deepEqual(labels(at(`${SERVICE}  type: [oops\n  ‸\n`)).includes('type'), false);
  assert.ok(labels(at(`${SERVICE}  type: [oops\n  ‸\n`)).includes('selector'));
});

test('only the document under the caret is read; CRLF line ends are fine', () => {
  const text = `${SERVICE}  type: NodePort\n---\n${ENDPOINTS}subsets:\n  - ‸\n`;
  assert.deepEqual(labels(at(text)), ['addresses', 'notReadyAddresses', 'ports']);
  const crlf = `${SERVICE}  type: NodePort\n  ‸\n`.replace(/\n/g, '\r\n');
  const offered = labels(at(crlf));
  assert.ok(offered.includes('ports') && !offered.includes('type'));
});

test('nothing inside a block scalar, under a scalar, or in Helm templates', () => {
  assert.deepEqual(at(`${SERVICE}  externalName: |\n    type: ‸\n`), []);
  assert.deepEqual(at('apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n    ‸\n'), []);
  assert.deepEqual(at('apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Values.name }}\nspec:\n  type: ‸\n'), []);
});

// --- snippets ------------------------------------------------------------------------------------------------

const SNIPPETS = [
  'Service (ClusterIP)',
  'Service (NodePort)',
  'Service (LoadBalancer)',
  'Service (headless)',
  'Service (ExternalName)',
  'Service without selector + Endpoints',
];

test('in Korean the snippets\' prose is Korean; a kind\'s name stays as written', () => {
  const items = at('‸', 'ko');
  assert.deepEqual(labels(items), [
    'Service (ClusterIP)',
    'Service (NodePort)',
    'Service (LoadBalancer)',
    'Service (헤드리스)',
    'Service (ExternalName)',
    'Service(셀렉터 없음) + Endpoints',
  ]);
  for (const item of items) assert.match(item.detail ?? '', /^kube-svc: .*[\uAC00-\uD7A3]/, item.label);
  assert.deepEqual(
    items.map((i) => i.insertText),
    at('‸').map((i) => i.insertText),
    'the YAML inserted is the same in both languages',
  );
});

test('an empty file, an empty document and the top level of a non-Kubernetes document offer the snippets', () => {
  for (const source of ['‸', '---\n‸', `${SERVICE}  type: NodePort\n---\n‸`, 'foo: 1\n‸', 'Serv‸']) {
    const items = at(source);
    assert.deepEqual(labels(items), SNIPPETS, source);
    assert.ok(items.every((i) => i.kind === 'snippet' && i.snippet), source);
  }
  const typed = at('Serv‸');
  assert.deepEqual(typed[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } });
  assert.deepEqual(at('foo:\n  ‸\n'), [], 'not below the top level');
  assert.ok(!labels(at('apiVersion: v1\nkind: Service\n‸')).some((l) => SNIPPETS.includes(l)), 'not in a Service');
});

test('every snippet uses placeholders and, expanded, checks clean', () => {
  const items = at('‸');
  assert.equal(items.length, 6);
  for (const item of items) {
    assert.match(item.insertText, /\$\{1:[a-z-]+\}/, item.label);
    const expanded = expand(item.insertText);
    assert.doesNotMatch(expanded, /\$/, item.label);
    assert.deepEqual(checkText(`${expanded}\n`, DEFAULT_SETTINGS), [], item.label);
    assert.ok((item.documentation ?? '').includes(expanded), 'the documentation previews the expanded text');
  }
  const twoDocuments = expand(items[5].insertText);
  assert.match(twoDocuments, /\n---\n/);
  assert.match(twoDocuments, /kind: Endpoints/);
  assert.ok(!/selector:/.test(twoDocuments));
});

test('each snippet is the kind of Service its label says', () => {
  const bodies = new Map(at('‸').map((i) => [i.label, expand(i.insertText)]));
  assert.match(bodies.get('Service (ClusterIP)') ?? '', /type: ClusterIP/);
  assert.match(bodies.get('Service (NodePort)') ?? '', /type: NodePort[\s\S]*nodePort: 30080/);
  assert.match(bodies.get('Service (LoadBalancer)') ?? '', /type: LoadBalancer/);
  assert.match(bodies.get('Service (headless)') ?? '', /clusterIP: None/);
  assert.match(bodies.get('Service (ExternalName)') ?? '', /type: ExternalName\n {2}externalName: db\.example\.com/);
});

test('a snippet typed into a file after other documents checks clean there too', () => {
  const before = `${SERVICE}  ports:\n  - port: 80\n---\n`;
  for (const item of at(`${before}‸`)) {
    assert.deepEqual(checkText(`${before}${expand(item.insertText)}\n`, DEFAULT_SETTINGS), [], item.label);
  }
});

test('lone \\r, \\r\\n and \\n line ends give the same items at the same ranges (a \\u2028 is no line break)', () => {
  const source = [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: web',
    '  annotations: {note: "a\u2028b"}',
    'spec:',
    '  type: Node',
    '  ports:',
    '  - port: 80',
    '    protocol: ',
    '    ',
    '  sessionAffinity: ',
    '',
  ];
  const lf = source.join('\n');
  const breaks = ['\r', '\r\n', '\n'];
  const mixed = source.map((line, i) => line + (i < source.length - 1 ? breaks[i % breaks.length] : '')).join('');
  const items = (text: string, line: number, character: number) =>
    completionsAt(new FileChecker().analyse(text), text, { line, character }, localizer('en')).map((item) => ({
      label: item.label,
      range: item.range,
      insertText: item.insertText,
    }));
  let compared = 0;
  source.forEach((line, lineNo) => {
    for (let character = 0; character <= line.length; character++) {
      const expected = items(lf, lineNo, character);
      assert.deepEqual(items(mixed, lineNo, character), expected, `at ${lineNo}:${character}`);
      compared += expected.length;
    }
  });
  assert.ok(compared > 100, `only ${compared} items compared`);
  assert.deepEqual(labels(completionsAt(new FileChecker().analyse(mixed), mixed, { line: 9, character: 14 }, localizer('en'))), ['TCP', 'UDP', 'SCTP']);
});
