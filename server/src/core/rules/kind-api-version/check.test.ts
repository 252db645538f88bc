import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkText } from '../../documents/check-file';
import { DEFAULT_SETTINGS } from '../../settings';

const object = (apiVersion: string, kind: string, spec = '  ports:\n  - port: 80\n') =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: web\nspec:\n${spec}`;

const found = (text: string) =>
  checkText(text, DEFAULT_SETTINGS).map((f) => [f.code, f.severity, f.field, f.message] as const);

test('kind-api-version: a misspelt kind is the error kubectl answers, with the kind to write', () => {
  assert.deepEqual(found(object('v1', 'service')), [
    [
      'kind-api-version',
      'error',
      'kind',
      'kind: Unsupported value: "service": no matches for kind "service" in version "v1" — kubectl apply stops with' +
        ' "resource mapping not found" and nothing of this object is checked: write kind: Service',
    ],
  ]);
  for (const [kind, meant] of [['Services', 'Service'], ['svc', 'Service'], ['Endpoint', 'Endpoints'], ['endpoints', 'Endpoints']]) {
    const findings = found(object('v1', kind, '  ports: []\n'));
    assert.equal(findings.length, 1, kind);
    assert.match(findings[0][3], new RegExp(`no matches for kind "${kind}" in version "v1" .* write kind: ${meant}$`));
  }
  const ingress = found(object('networking.k8s.io/v1', 'ingress', '  defaultBackend: {service: {name: web, port: {number: 80}}}\n'));
  assert.deepEqual(ingress.map((f) => [f[2], f[1]]), [['kind', 'error']]);
  assert.match(ingress[0][3], /write kind: Ingress$/);
});

test('kind-api-version: an apiVersion that serves no Service, Endpoints or Ingress', () => {
  for (const apiVersion of ['apps/v1', 'v2', 'core/v1', 'networking.k8s.io/v1', 'V1']) {
    const findings = found(object(apiVersion, 'Service'));
    assert.deepEqual(findings.map((f) => [f[0], f[1], f[2]]), [['kind-api-version', 'error', 'apiVersion']], apiVersion);
    assert.match(findings[0][3], new RegExp(`no matches for kind "Service" in version "${apiVersion}" .* write apiVersion: v1$`));
  }
  const ingress = found(object('networking.k8s.io/v1beta', 'Ingress', '  defaultBackend: {service: {name: web, port: {number: 80}}}\n'));
  assert.match(ingress[0][3], /write apiVersion: networking\.k8s\.io\/v1$/);
  // Both wrong: both are said.
  assert.deepEqual(found(object('apps/v1', 'service')).map((f) => f[2]), ['kind', 'apiVersion']);
});

test('kind-api-version: custom resources, real kinds and the served versions are never reported', () => {
  const silent = [
    object('serving.knative.dev/v1', 'Service', '  template: {}\n'), // a Knative Service
    object('serving.knative.dev/v1', 'service', '  template: {}\n'), // whatever a CRD names its kinds
    object('example.com/v1', 'Endpoint', '  x: 1\n'),
    object('gateway.networking.k8s.io/v1', 'Service', '  x: 1\n'),
    object('networking.k8s.io/v1', 'IngressClass', '  controller: example.com/ingress\n'),
    object('discovery.k8s.io/v1', 'EndpointSlice', '  x: 1\n').replace('spec:\n  x: 1\n', 'addressType: IPv4\nendpoints: []\n'),
    object('apps/v1', 'Deployment', '  replicas: 1\n'),
    object('v1', 'ServiceAccount', '  x: 1\n').replace('spec:\n  x: 1\n', ''),
    object('v1', 'Service'),
  ];
  for (const text of silent) assert.deepEqual(found(text).filter((f) => f[0] === 'kind-api-version'), [], text);
  // The Ingress versions removed in 1.22 are ingress-api-version's (an info), not a near-miss.
  const old = found(object('extensions/v1beta1', 'Ingress', '  backend: {serviceName: web, servicePort: 80}\n'));
  assert.deepEqual(old.map((f) => f[0]), ['ingress-api-version']);
});
