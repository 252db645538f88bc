import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseDocument } from '../../documents/analyse-document';
import { ENGLISH } from '../../l10n';
import { unknownField } from './check';
import { fieldsOf, ingress, runRule, service } from '../../../../../test/unit/rules/rule-harness';

const FULL_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
  generateName: web-
  namespace: default
  selfLink: /api/v1/namespaces/default/services/web
  uid: 0b4e1d3c-8f1e-4a57-9d6b-1f3b0e0c9a11
  resourceVersion: "42"
  generation: 1
  creationTimestamp: null
  deletionTimestamp: "2024-01-01T00:00:00Z"
  deletionGracePeriodSeconds: 30
  labels: {app: web, Any.Key/Goes: here}
  annotations: {anything: goes, "service.beta.kubernetes.io/aws-load-balancer-type": nlb}
  ownerReferences:
  - {apiVersion: apps/v1, kind: Deployment, name: web, uid: abc, controller: true, blockOwnerDeletion: true}
  finalizers: [service.kubernetes.io/load-balancer-cleanup]
  managedFields:
  - manager: kubectl
    operation: Apply
    apiVersion: v1
    time: "2024-01-01T00:00:00Z"
    fieldsType: FieldsV1
    fieldsV1: {"f:spec": {"f:ports": {}}, Whatever: [1, 2]}
    subresource: ""
spec:
  ports:
  - {name: http, protocol: TCP, appProtocol: http, port: 80, targetPort: 8080, nodePort: 30080}
  selector: {app: web, Whatever: goes}
  clusterIP: 10.0.0.10
  clusterIPs: [10.0.0.10]
  type: LoadBalancer
  externalIPs: [192.0.2.1]
  sessionAffinity: ClientIP
  loadBalancerIP: 192.0.2.2
  loadBalancerSourceRanges: [10.0.0.0/8]
  externalName: ""
  externalTrafficPolicy: Local
  healthCheckNodePort: 30500
  publishNotReadyAddresses: false
  sessionAffinityConfig: {clientIP: {timeoutSeconds: 600}}
  ipFamilies: [IPv4]
  ipFamilyPolicy: SingleStack
  allocateLoadBalancerNodePorts: true
  loadBalancerClass: example.com/lb
  internalTrafficPolicy: Cluster
  trafficDistribution: PreferClose
status:
  loadBalancer:
    ingress:
    - ip: 192.0.2.3
      hostname: lb.example.com
      ipMode: VIP
      ports: [{port: 80, protocol: TCP, error: ""}]
  conditions:
  - {type: Ready, status: "True", observedGeneration: 1, lastTransitionTime: "2024-01-01T00:00:00Z", reason: Ok, message: fine}
`;

const FULL_ENDPOINTS = `apiVersion: v1
kind: Endpoints
metadata:
  name: web
subsets:
- addresses:
  - ip: 10.1.0.1
    hostname: web-0
    nodeName: node-1
    targetRef: {kind: Pod, namespace: default, name: web-0, uid: abc, apiVersion: v1, resourceVersion: "1", fieldPath: spec}
  notReadyAddresses: [{ip: 10.1.0.2}]
  ports: [{name: http, port: 8080, protocol: TCP, appProtocol: http}]
`;

test('unknown-field: every field of Service and Endpoints at upstream master is known', () => {
  assert.deepEqual(runRule(unknownField, FULL_SERVICE), []);
  assert.deepEqual(runRule(unknownField, FULL_ENDPOINTS), []);
});

test('unknown-field: a lower-case targetport is reported on its key with the strict decoder path', () => {
  const yaml = service('  ports:\n  - port: 80\n    targetport: 8080');
  assert.deepEqual(runRule(unknownField, yaml), [
    {
      field: 'spec.ports[0].targetport',
      type: 'NotSupported',
      message:
        'spec.ports[0].targetport: Unsupported value: "targetport": unknown field "spec.ports[0].targetport"' +
        ' — field names are case-sensitive: write "targetPort"',
      text: 'targetport',
    },
  ]);
});

test('unknown-field: the removed alpha field spec.ipFamily (kubernetes/website dual-stack example)', () => {
  const yaml = service('  ipFamily: IPv6\n  type: LoadBalancer\n  selector:\n    app: MyApp\n  ports:\n  - protocol: TCP\n    port: 80');
  assert.deepEqual(runRule(unknownField, yaml), [
    {
      field: 'spec.ipFamily',
      type: 'NotSupported',
      message:
        'spec.ipFamily: Unsupported value: "ipFamily": unknown field "spec.ipFamily" — remove it: spec.ipFamily was' +
        ' replaced by spec.ipFamilies (a list, e.g. [IPv6]) and spec.ipFamilyPolicy',
      text: 'ipFamily',
    },
  ]);
});

test('unknown-field: spec.topologyKeys, removed in 1.22, gets its own advice', () => {
  assert.deepEqual(runRule(unknownField, service('  topologyKeys: ["*"]\n  ports: [{port: 80}]')), [
    {
      field: 'spec.topologyKeys',
      type: 'NotSupported',
      message:
        'spec.topologyKeys: Unsupported value: "topologyKeys": unknown field "spec.topologyKeys" — remove it:' +
        ' spec.topologyKeys was removed in Kubernetes 1.22; use spec.trafficDistribution or the' +
        ' service.kubernetes.io/topology-mode annotation',
      text: 'topologyKeys',
    },
  ]);
});

test('unknown-field: keys are case-sensitive, so a capitalised field is unknown', () => {
  const yaml = service('  LoadBalancerSourceRanges:\n  - 10.0.0.0/8\n  Type: NodePort');
  assert.deepEqual(runRule(unknownField, yaml), [
    {
      field: 'spec.LoadBalancerSourceRanges',
      type: 'NotSupported',
      message:
        'spec.LoadBalancerSourceRanges: Unsupported value: "LoadBalancerSourceRanges": unknown field' +
        ' "spec.LoadBalancerSourceRanges" — field names are case-sensitive: write "loadBalancerSourceRanges"',
      text: 'LoadBalancerSourceRanges',
    },
    {
      field: 'spec.Type',
      type: 'NotSupported',
      message: 'spec.Type: Unsupported value: "Type": unknown field "spec.Type" — field names are case-sensitive: write "type"',
      text: 'Type',
    },
  ]);
});

test('unknown-field: advice points at a misplaced field, a near spelling, or says to remove it', () => {
  const yaml = service('  port: 80\n  selectr: {app: web}\n  labels: {app: web}\n  frobnicate: 1\n  ports:\n  - port: 80\n    protocl: TCP');
  assert.deepEqual(
    runRule(unknownField, yaml).map((h) => h.message.split(' — ')[1]),
    [
      'ServiceSpec has no field "port": it belongs at spec.ports[].port',
      'did you mean "selector"?',
      'ServiceSpec has no field "labels": it belongs at metadata.labels',
      'remove it or fix its spelling: ServiceSpec has no field "frobnicate"',
      'did you mean "protocol"?',
    ],
  );
});

test('unknown-field: top level, metadata and status are checked too', () => {
  const yaml = `apiVersion: v1
kind: Service
metadata:
  name: web
  clusterName: east
  label: {app: web}
selector: {app: web}
spec:
  ports: [{port: 80}]
status:
  loadBalancer:
    ingress:
    - ip: 192.0.2.3
      ipmode: VIP
`;
  assert.deepEqual(fieldsOf(unknownField, yaml), [
    ['metadata.clusterName', 'NotSupported'],
    ['metadata.label', 'NotSupported'],
    ['selector', 'NotSupported'],
    ['status.loadBalancer.ingress[0].ipmode', 'NotSupported'],
  ]);
  assert.match(runRule(unknownField, yaml)[0].message, /removed in Kubernetes 1\.25$/);
  assert.match(runRule(unknownField, yaml)[2].message, /Service has no field "selector": it belongs at spec\.selector$/);
});

test('unknown-field: Endpoints fields, with indices through subsets and addresses', () => {
  const yaml = `apiVersion: v1
kind: Endpoints
metadata:
  name: web
subsets:
- addresses:
  - ip: 10.1.0.1
  - ip: 10.1.0.2
    nodename: node-1
    targetRef: {kind: Pod, name: web-1, podName: web-1}
  ports:
  - port: 8080
    targetPort: 8080
status: {}
`;
  assert.deepEqual(fieldsOf(unknownField, yaml), [
    ['subsets[0].addresses[1].nodename', 'NotSupported'],
    ['subsets[0].addresses[1].targetRef.podName', 'NotSupported'],
    ['subsets[0].ports[0].targetPort', 'NotSupported'],
    ['status', 'NotSupported'],
  ]);
});

test('unknown-field: free-form maps, unknown keys\' values and values of the wrong type are not looked into', () => {
  // The decoder skips the value of an unknown key and a value it could not decode; labels, annotations,
  // selector and managedFields[].fieldsV1 take any keys.
  const yaml = service(
    '  selector: {Anything: goes}\n  extra: {port: 80, whatever: 1}\n  ports: {targetport: 80}\n  sessionAffinityConfig: [clientip]',
    '  name: web\n  labels: {Port: x}\n  managedFields:\n  - fieldsV1: {f:spec: {}}',
  );
  assert.deepEqual(fieldsOf(unknownField, yaml), [['spec.extra', 'NotSupported']]);
});

test('unknown-field: keys that name Object.prototype members are unknown too', () => {
  const yaml = service('  ports: [{port: 80, constructor: 1}]\n  toString: x');
  assert.deepEqual(fieldsOf(unknownField, yaml), [
    ['spec.ports[0].constructor', 'NotSupported'],
    ['spec.toString', 'NotSupported'],
  ]);
});

test('unknown-field: the items of a kind: List are checked one by one', () => {
  const yaml = `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata: {name: a}
  spec: {ports: [{port: 80, nodeport: 30000}]}
- apiVersion: v1
  kind: Endpoints
  metadata: {name: a}
  subset: []
`;
  assert.deepEqual(fieldsOf(unknownField, yaml), [
    ['spec.ports[0].nodeport', 'NotSupported'],
    ['subset', 'NotSupported'],
  ]);
});

test('unknown-field: only core/v1 Service and Endpoints', () => {
  const knative = 'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: {name: a}\nspec:\n  template: {}\n';
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers: []\n';
  assert.deepEqual(runRule(unknownField, knative), []);
  assert.deepEqual(runRule(unknownField, pod), []);
});

test('unknown-field: data carries the key and, when there is one, the replacement', () => {
  const analysis = analyseDocument(service('  ports:\n  - port: 80\n    containerPort: 8080\n    Name: x'), [unknownField]);
  assert.deepEqual(
    analysis.problems.map((p) => [p.problem.advice?.(ENGLISH), p.problem.data]),
    [
      ['a Service port sends traffic to targetPort: rename it to "targetPort"', { key: 'containerPort', replacement: 'targetPort' }],
      ['field names are case-sensitive: write "name"', { key: 'Name', replacement: 'name' }],
    ],
  );
  assert.equal(analysis.problems[0].origin, 'decoding');
  assert.equal(analysis.problems[0].severity, 'error');
});

test('unknown-field: like the decoder, stops at 100 problems, even when aliases repeat one map many times', () => {
  const keys = Array.from({ length: 50 }, (_, i) => `k${i}: 1`).join(', ');
  const aliases = Array.from({ length: 2000 }, () => '*p').join(', ');
  const yaml = service(`  x: &p {port: 80, ${keys}}\n  ports: [${aliases}]`);
  // 2,000 aliases of a map with 51 unknown keys: without the stop, 102,000 problems.
  const hits = runRule(unknownField, yaml);
  assert.equal(hits.length, 100);
  assert.deepEqual(hits[0].field, 'spec.x');
  assert.deepEqual(hits[1].field, 'spec.ports[0].k0');
});

test('unknown-field: a networking.k8s.io/v1 Ingress with v1beta1\'s serviceName / servicePort (issue 12\'s miss)', () => {
  const yaml = ingress(
    '  backend: {service: {name: web, port: {number: 80}}}\n  rules:\n  - http:\n      paths:\n      - path: /\n' +
      '        pathType: Prefix\n        backend:\n          serviceName: web\n          servicePort: 80',
  );
  assert.deepEqual(runRule(unknownField, yaml), [
    {
      field: 'spec.backend',
      type: 'NotSupported',
      message: 'spec.backend: Unsupported value: "backend": unknown field "spec.backend" — networking.k8s.io/v1 renamed it: write defaultBackend',
      text: 'backend',
    },
    {
      field: 'spec.rules[0].http.paths[0].backend.serviceName',
      type: 'NotSupported',
      message:
        'spec.rules[0].http.paths[0].backend.serviceName: Unsupported value: "serviceName": unknown field' +
        ' "spec.rules[0].http.paths[0].backend.serviceName" — networking.k8s.io/v1 moved it: write service.name' +
        ' (and the port as service.port.number or service.port.name)',
      text: 'serviceName',
    },
    {
      field: 'spec.rules[0].http.paths[0].backend.servicePort',
      type: 'NotSupported',
      message:
        'spec.rules[0].http.paths[0].backend.servicePort: Unsupported value: "servicePort": unknown field' +
        ' "spec.rules[0].http.paths[0].backend.servicePort" — networking.k8s.io/v1 moved it: write' +
        ' service.port.number (a number) or service.port.name (a port name)',
      text: 'servicePort',
    },
  ]);
});

test('unknown-field: every field of a networking.k8s.io/v1 Ingress is known', () => {
  const yaml = ingress(
    '  ingressClassName: nginx\n  defaultBackend: {resource: {apiGroup: k8s.example.com, kind: Bucket, name: b}}\n' +
      '  tls: [{hosts: [a.example.com], secretName: a-tls}]\n  rules:\n  - host: a.example.com\n    http:\n' +
      '      paths:\n      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {name: http, number: 0}}}}\n' +
      'status:\n  loadBalancer:\n    ingress: [{ip: 192.0.2.1, hostname: lb.example.com, ports: [{port: 80, protocol: TCP, error: ""}]}]',
  );
  assert.deepEqual(runRule(unknownField, yaml), []);
});
