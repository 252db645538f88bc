import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseDocument } from '../../documents/analyse-document';
import { fieldType } from './check';
import { fieldsOf, runRule, service } from '../../../../../test/unit/rules/rule-harness';

/** The decoder's text of each finding, without the path prefix and the advice. */
function details(yaml: string): string[] {
  return analyseDocument(yaml, [fieldType]).problems.map((p) => p.problem.detail ?? '');
}

test('field-type: values of the right JSON type decode, null included', () => {
  const yaml = `apiVersion: v1
kind: Service
metadata:
  name: web
  labels: {app: web, version: "1.0", empty:, tilde: ~, "80": numeric-key-is-fine}
  annotations: {a: "true"}
  generation: 3
  creationTimestamp: null
  deletionTimestamp: 2024-01-01T00:00:00Z
  ownerReferences: [{name: x, controller: yes}]
  finalizers: ~
  managedFields: [{fieldsV1: 12}]
spec:
  type:
  selector:
  ports:
  - name: http
    port: 0x50
    targetPort: "8080"
    nodePort: 30000.0
  - name: https
    port: 443
    targetPort: https
  - ~
  publishNotReadyAddresses: on
  allocateLoadBalancerNodePorts: ~
  healthCheckNodePort: 2147483647
  sessionAffinityConfig: {clientIP: {timeoutSeconds: 1e3}}
  externalIPs: [~]
status: {}
`;
  assert.deepEqual(runRule(fieldType, yaml), []);
});

test('field-type: a quoted port is a string, which the decoder cannot put into an int32', () => {
  assert.deepEqual(runRule(fieldType, service('  ports:\n  - port: "80"')), [
    {
      field: 'spec.ports[0].port',
      type: 'Invalid',
      message:
        'spec.ports[0].port: Invalid value: "80": json: cannot unmarshal string into Go struct field' +
        ' ServicePort.spec.ports.port of type int32 — remove the quotes: write 80',
      text: '"80"',
    },
  ]);
});

test('field-type: a label value YAML reads as a number or a boolean', () => {
  const yaml = service('  ports: [{port: 80}]', '  name: web\n  labels:\n    version: 1.0\n    canary: yes');
  assert.deepEqual(runRule(fieldType, yaml), [
    {
      field: 'metadata.labels.version',
      type: 'Invalid',
      message:
        'metadata.labels.version: Invalid value: 1: json: cannot unmarshal number into Go struct field' +
        ' ObjectMeta.metadata.labels of type string — put the value in quotes: YAML reads it as a number, and this' +
        ' field takes a string',
      text: '1.0',
    },
    {
      field: 'metadata.labels.canary',
      type: 'Invalid',
      message:
        'metadata.labels.canary: Invalid value: true: json: cannot unmarshal bool into Go struct field' +
        ' ObjectMeta.metadata.labels of type string — put the value in quotes: YAML reads an unquoted' +
        ' true/false/yes/no/on/off as a boolean',
      text: 'yes',
    },
  ]);
});

test('field-type: annotations and selector values must be strings too', () => {
  const yaml = service('  selector:\n    tier: 2\n  ports: [{port: 80}]', '  name: web\n  annotations:\n    prometheus.io/scrape: true');
  assert.deepEqual(details(yaml), [
    'json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.annotations of type string',
    'json: cannot unmarshal number into Go struct field ServiceSpec.spec.selector of type string',
  ]);
  assert.deepEqual(fieldsOf(fieldType, yaml), [
    ['metadata.annotations.prometheus.io/scrape', 'Invalid'],
    ['spec.selector.tier', 'Invalid'],
  ]);
});

test('field-type: ports given a map, selector given a list', () => {
  const yaml = service('  ports:\n    port: 80\n  selector:\n  - app: web');
  assert.deepEqual(runRule(fieldType, yaml), [
    {
      field: 'spec.ports',
      type: 'Invalid',
      message:
        'spec.ports: Invalid value: json: cannot unmarshal object into Go struct field ServiceSpec.spec.ports of type' +
        ' []v1.ServicePort — write it as a YAML list: start each item with "- "',
      text: 'port: 80',
    },
    {
      field: 'spec.selector',
      type: 'Invalid',
      message:
        'spec.selector: Invalid value: json: cannot unmarshal array into Go struct field ServiceSpec.spec.selector of' +
        ' type map[string]string — write it as a map of key: value pairs, not as a list',
      text: '- app: web',
    },
  ]);
});

test('field-type: a name that YAML reads as a number', () => {
  assert.deepEqual(details(service('  ports:\n  - name: 123\n    port: 80')), [
    'json: cannot unmarshal number into Go struct field ServicePort.spec.ports.name of type string',
  ]);
});

test('field-type: targetPort goes through IntOrString.UnmarshalJSON into an int32 unless it is a string', () => {
  const yaml = service(
    '  ports:\n  - {name: a, port: 80, targetPort: 80.5}\n  - {name: b, port: 81, targetPort: true}\n' +
      '  - {name: c, port: 82, targetPort: {port: 8080}}\n  - {name: d, port: 83, targetPort: 4294967296}',
  );
  assert.deepEqual(runRule(fieldType, yaml), [
    {
      field: 'spec.ports[0].targetPort',
      type: 'Invalid',
      message:
        'spec.ports[0].targetPort: Invalid value: 80.5: json: cannot unmarshal number 80.5 into Go struct field' +
        ' ServicePort.spec.ports.targetPort of type int32 — use a whole number',
      text: '80.5',
    },
    {
      field: 'spec.ports[1].targetPort',
      type: 'Invalid',
      message:
        'spec.ports[1].targetPort: Invalid value: true: json: cannot unmarshal bool into Go struct field' +
        ' ServicePort.spec.ports.targetPort of type int32 — write a port number or a port name here',
      text: 'true',
    },
    {
      field: 'spec.ports[2].targetPort',
      type: 'Invalid',
      message:
        'spec.ports[2].targetPort: Invalid value: json: cannot unmarshal object into Go struct field' +
        ' ServicePort.spec.ports.targetPort of type int32 — write a port number or a port name here',
      text: '{port: 8080}',
    },
    {
      field: 'spec.ports[3].targetPort',
      type: 'Invalid',
      message:
        'spec.ports[3].targetPort: Invalid value: 4294967296: json: cannot unmarshal number 4294967296 into Go struct' +
        ' field ServicePort.spec.ports.targetPort of type int32 — use a whole number that fits in int32',
      text: '4294967296',
    },
  ]);
});

test('field-type: int32 bounds are inclusive, and a number Go prints in exponent form is not an integer', () => {
  const yaml = service(
    '  healthCheckNodePort: -2147483648\n  ports:\n  - {name: a, port: 2147483648}\n  - {name: b, port: 1e21}',
  );
  assert.deepEqual(details(yaml), [
    'json: cannot unmarshal number 2147483648 into Go struct field ServicePort.spec.ports.port of type int32',
    'json: cannot unmarshal number 1e+21 into Go struct field ServicePort.spec.ports.port of type int32',
  ]);
});

test('field-type: int64 fields take the whole int64 range', () => {
  const yaml = service('  ports: [{port: 80}]', '  name: web\n  generation: 9007199254740992\n  deletionGracePeriodSeconds: 1e19');
  assert.deepEqual(details(yaml), [
    'json: cannot unmarshal number 10000000000000000000 into Go struct field ObjectMeta.metadata.deletionGracePeriodSeconds of type int64',
  ]);
});

test('field-type: a string field given a map or a list, a bool given a quoted string, named string types', () => {
  const yaml = service(
    '  type: {name: NodePort}\n  clusterIP: [10.0.0.1]\n  publishNotReadyAddresses: "true"\n' +
      '  ipFamilies: [4]\n  ipFamilyPolicy: 1\n  ports: [{port: 80, protocol: 6}]',
  );
  assert.deepEqual(details(yaml), [
    'json: cannot unmarshal object into Go struct field ServiceSpec.spec.type of type v1.ServiceType',
    'json: cannot unmarshal array into Go struct field ServiceSpec.spec.clusterIP of type string',
    'json: cannot unmarshal string into Go struct field ServiceSpec.spec.publishNotReadyAddresses of type bool',
    'json: cannot unmarshal number into Go struct field ServiceSpec.spec.ipFamilies of type v1.IPFamily',
    'json: cannot unmarshal number into Go struct field ServiceSpec.spec.ipFamilyPolicy of type v1.IPFamilyPolicy',
    'json: cannot unmarshal number into Go struct field ServicePort.spec.ports.protocol of type v1.Protocol',
  ]);
  assert.deepEqual(fieldsOf(fieldType, yaml).map(([field]) => field), [
    'spec.type',
    'spec.clusterIP',
    'spec.publishNotReadyAddresses',
    'spec.ipFamilies[0]',
    'spec.ipFamilyPolicy',
    'spec.ports[0].protocol',
  ]);
});

test('field-type: a one-value list written as a plain value', () => {
  assert.deepEqual(runRule(fieldType, service('  externalIPs: 192.0.2.1\n  ports: [{port: 80}]')), [
    {
      field: 'spec.externalIPs',
      type: 'Invalid',
      message:
        'spec.externalIPs: Invalid value: "192.0.2.1": json: cannot unmarshal string into Go struct field' +
        ' ServiceSpec.spec.externalIPs of type []string — write it as a list, even for one value: put "- " before' +
        ' the value on its own line',
      text: '192.0.2.1',
    },
  ]);
});

test('field-type: matchLabels under a Service selector', () => {
  const hits = runRule(fieldType, service('  selector:\n    matchLabels:\n      app: web\n  ports: [{port: 80}]'));
  assert.deepEqual(hits, [
    {
      field: 'spec.selector.matchLabels',
      type: 'Invalid',
      message:
        'spec.selector.matchLabels: Invalid value: json: cannot unmarshal object into Go struct field' +
        ' ServiceSpec.spec.selector of type string — a Service selector is a plain map of labels, not a label' +
        ' selector: put the labels directly under spec.selector',
      text: 'app: web',
    },
  ]);
});

test('field-type: nested structs, list items and metav1.Time name their own Go struct', () => {
  const yaml = service(
    '  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: "60"\n  ports:\n  - 80',
    '  name: web\n  creationTimestamp: 0\n  ownerReferences:\n  - {name: x, controller: "true"}',
  );
  assert.deepEqual(details(yaml), [
    'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.creationTimestamp of type string',
    'json: cannot unmarshal string into Go struct field OwnerReference.metadata.ownerReferences.controller of type bool',
    'json: cannot unmarshal string into Go struct field ClientIPConfig.spec.sessionAffinityConfig.clientIP.timeoutSeconds of type int32',
    'json: cannot unmarshal number into Go struct field ServiceSpec.spec.ports of type v1.ServicePort',
  ]);
  assert.deepEqual(fieldsOf(fieldType, yaml).map(([field]) => field), [
    'metadata.creationTimestamp',
    'metadata.ownerReferences[0].controller',
    'spec.sessionAffinityConfig.clientIP.timeoutSeconds',
    'spec.ports[0]',
  ]);
});

test('field-type: status and Endpoints', () => {
  const svc = service('  ports: [{port: 80}]\nstatus:\n  loadBalancer:\n    ingress:\n      ip: 192.0.2.1');
  assert.deepEqual(details(svc), [
    'json: cannot unmarshal object into Go struct field LoadBalancerStatus.status.loadBalancer.ingress of type []v1.LoadBalancerIngress',
  ]);
  const endpoints = `apiVersion: v1
kind: Endpoints
metadata: {name: web}
subsets:
- addresses:
  - ip: 10.1.0.1
    nodeName: true
  ports:
  - port: "8080"
`;
  assert.deepEqual(fieldsOf(fieldType, endpoints), [
    ['subsets[0].addresses[0].nodeName', 'Invalid'],
    ['subsets[0].ports[0].port', 'Invalid'],
  ]);
  assert.deepEqual(details(endpoints), [
    'json: cannot unmarshal bool into Go struct field EndpointAddress.subsets.addresses.nodeName of type string',
    'json: cannot unmarshal string into Go struct field EndpointPort.subsets.ports.port of type int32',
  ]);
});

test('field-type: YAML infinity cannot become JSON', () => {
  assert.deepEqual(runRule(fieldType, service('  ports:\n  - port: .inf')), [
    {
      field: 'spec.ports[0].port',
      type: 'Invalid',
      message:
        'spec.ports[0].port: Invalid value: json: unsupported value: +Inf — write a finite number: YAML reads .inf' +
        ' and .nan as infinity and not-a-number, which JSON cannot hold',
      text: '.inf',
    },
  ]);
});

test('field-type: only .nan/.NaN/.NAN are NaN; `.`, `.e1`, `-.` stay strings as in go-yaml v2', () => {
  assert.deepEqual(fieldsOf(fieldType, service('  externalName: .nan\n  ports:\n  - port: 80')), [
    ['spec.externalName', 'Invalid'],
  ]);
  for (const plain of ['.', '.e1', '-.', '+.', '._']) {
    assert.deepEqual(runRule(fieldType, service(`  externalName: ${plain}\n  ports:\n  - port: 80`)), [], plain);
  }
});

test('field-type: nothing inside a refused value, an unknown key or fieldsV1 is checked', () => {
  const yaml = service(
    '  ports:\n    first: {port: "80"}\n  extra: {port: "80"}',
    '  name: web\n  managedFields:\n  - fieldsV1: {port: "80"}',
  );
  assert.deepEqual(fieldsOf(fieldType, yaml), [['spec.ports', 'Invalid']]);
});

test('field-type: data says what a quick fix would do', () => {
  const yaml = service('  publishNotReadyAddresses: "false"\n  ports:\n  - port: "80"\n    name: 8080', '  name: web\n  labels: {on: on}');
  assert.deepEqual(
    analyseDocument(yaml, [fieldType]).problems.map((p) => p.problem.data),
    [
      { expected: 'string', found: 'bool', fix: 'quote' },
      { expected: 'bool', found: 'string', fix: 'unquote', replacement: 'false' },
      { expected: 'int', found: 'string', fix: 'unquote', replacement: '80' },
      { expected: 'string', found: 'number', fix: 'quote' },
    ],
  );
});

test('field-type: only core/v1 Service and Endpoints', () => {
  const knative = 'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: {name: a, labels: {v: 1}}\nspec: {}\n';
  assert.deepEqual(runRule(fieldType, knative), []);
});
