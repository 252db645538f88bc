import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allFindings, docs, findingsOf, service, workload, workspace } from '../../../../../test/unit/workspace/workspace-fixtures';

function ingressV1(name: string, backends: readonly [string, string][], namespace?: string): string {
  const ns = namespace ? `\n  namespace: ${namespace}` : '';
  const paths = backends
    .map(
      ([svc, port], i) =>
        `      - path: /p${i}\n        pathType: Prefix\n        backend:\n          service:\n            name: ${svc}\n            port:\n              ${port}`,
    )
    .join('\n');
  return `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}${ns}\nspec:\n  rules:\n  - host: example.com\n    http:\n      paths:\n${paths}\n`;
}

function ingressV1beta1(apiVersion: string, backends: readonly [string, string][]): string {
  const paths = backends
    .map(
      ([svc, port]) =>
        `      - path: /\n        backend:\n          serviceName: ${svc}\n          servicePort: ${port}`,
    )
    .join('\n');
  return `apiVersion: ${apiVersion}\nkind: Ingress\nmetadata:\n  name: old\nspec:\n  rules:\n  - http:\n      paths:\n${paths}\n`;
}

const web = service('web', {
  ports: '- name: http\n  port: 80\n  targetPort: 8080\n- name: https\n  port: 443\n  targetPort: 8443',
});
const webApp = workload('web', {
  containers: '- name: web\n  image: x\n  ports:\n  - containerPort: 8080\n  - containerPort: 8443',
});

test('v1 backends by port name and number that the Service has are fine', () => {
  const index = workspace({
    'svc.yaml': docs(web, webApp),
    'i.yaml': ingressV1('i', [
      ['web', 'name: http'],
      ['web', 'number: 443'],
    ]),
  });
  assert.deepEqual(allFindings(index), []);
});

test('ingress-backend-service-missing: a backend naming no Service of the namespace', () => {
  const index = workspace({
    'svc.yaml': docs(web, webApp),
    'i.yaml': docs(ingressV1('i', [['api', 'number: 80']]), ingressV1('j', [['web', 'number: 80']], 'other')),
  });
  const findings = findingsOf(index, 'i.yaml');
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, f.field, f.type]),
    [
      ['ingress-backend-service-missing', 'warning', 'spec.rules[0].http.paths[0].backend.service.name', 'Required'],
      ['ingress-backend-service-missing', 'warning', 'spec.rules[0].http.paths[0].backend.service.name', 'Required'],
    ],
  );
  assert.match(findings[0].message, /no Service "api" in namespace "default" in the workspace/);
  assert.match(
    findings[1].message,
    /a Service "web" exists in namespace "default", but an Ingress only reaches Services of its own namespace/,
  );
  assert.equal(findings[0].range.start.line, 13);
});

test('ingress-backend-port-missing: a port name or number the Service does not have', () => {
  const index = workspace({
    'svc.yaml': docs(web, webApp),
    'i.yaml': ingressV1('i', [
      ['web', 'name: grpc'],
      ['web', 'number: 8080'],
    ]),
  });
  const findings = findingsOf(index, 'i.yaml');
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, f.field]),
    [
      ['ingress-backend-port-missing', 'warning', 'spec.rules[0].http.paths[0].backend.service.port.name'],
      ['ingress-backend-port-missing', 'warning', 'spec.rules[0].http.paths[1].backend.service.port.number'],
    ],
  );
  assert.match(
    findings[0].message,
    /Invalid value: "grpc": Service "web" has no port named "grpc" \(its ports: 80 "http", 443 "https"\)/,
  );
  assert.match(
    findings[1].message,
    /8080 is the targetPort of spec\.ports\[0\]; an Ingress names the Service's port \(80\), not the container's/,
  );
});

test('v1beta1 backends (extensions and networking.k8s.io) use serviceName and servicePort', () => {
  for (const apiVersion of ['extensions/v1beta1', 'networking.k8s.io/v1beta1']) {
    const index = workspace({
      'svc.yaml': docs(web, webApp),
      'i.yaml': ingressV1beta1(apiVersion, [
        ['web', 'http'],
        ['web', '443'],
        ['web', '81'],
        ['nope', '80'],
      ]),
    });
    assert.deepEqual(
      findingsOf(index, 'i.yaml').map((f) => [f.code, f.field]),
      [
        ['ingress-backend-port-missing', 'spec.rules[0].http.paths[2].backend.servicePort'],
        ['ingress-backend-service-missing', 'spec.rules[0].http.paths[3].backend.serviceName'],
      ],
      apiVersion,
    );
  }
});

test('the default backend is checked; an ExternalName Service is not port-checked', () => {
  const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: i
spec:
  defaultBackend:
    service:
      name: gone
      port:
        number: 80
  rules:
  - http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: ext
            port:
              number: 443
`;
  const index = workspace({
    'i.yaml': ingress,
    'svc.yaml': service('ext', { type: 'ExternalName', extra: 'externalName: api.example.com', selector: {} }),
  });
  assert.deepEqual(
    findingsOf(index, 'i.yaml').map((f) => f.field),
    ['spec.defaultBackend.service.name'],
  );
});
