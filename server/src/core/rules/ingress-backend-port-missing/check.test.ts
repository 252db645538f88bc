import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingressV1, ingressV1beta1, web, webApp } from '../../../../../test/unit/workspace/cross-resource-fixtures';
import { allFindings, docs, findingsOf, service, workspace } from '../../../../../test/unit/workspace/workspace-fixtures';

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

test('ingress-backend-port-missing: among same-named Services the one of the same file, then folder, is meant', () => {
  // Two samples of one repository each have a Service "web"; the Ingress's own fits, 8 lines below it.
  const own = service('web', { ports: '- name: http\n  port: 8080\n  targetPort: 8080' });
  const index = workspace({
    'a-sample/svc.yaml': docs(service('web', { ports: '- name: http\n  port: 80' }), webApp),
    'b-sample/all.yaml': docs(ingressV1('i', [['web', 'number: 8080']]), own),
    'b-sample/other.yaml': service('web', { ports: '- name: grpc\n  port: 9090' }),
  });
  assert.deepEqual(
    findingsOf(index, 'b-sample/all.yaml').filter((f) => f.code.startsWith('ingress-backend')),
    [],
  );
});

test('ingress-backend-port-missing: when no same-named Service fits, the nearest is named', () => {
  const index = workspace({
    'a/svc.yaml': service('web', { ports: '- name: http\n  port: 80' }),
    'b/ingress.yaml': ingressV1('i', [['web', 'number: 8080']]),
    'b/svc.yaml': service('web', { ports: '- name: grpc\n  port: 9090' }),
  });
  const findings = findingsOf(index, 'b/ingress.yaml');
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity]),
    [['ingress-backend-port-missing', 'warning']],
  );
  assert.match(findings[0].message, /Service "web" has no port 8080 \(its ports: 9090 "grpc"\)/);
});
