import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingressBackend } from './check';
import { fieldsOf, ingress, ingressPath, runRule } from '../../../../../test/unit/rules/rule-harness';

test('ingress-backend: a Service backend with a DNS-1035 name is fine', () => {
  assert.deepEqual(runRule(ingressBackend, ingress('  defaultBackend: {service: {name: web, port: {number: 80}}}')), []);
});

test('ingress-backend: both service and resource, or neither', () => {
  const both = ingress('  defaultBackend:\n    service: {name: web, port: {number: 80}}\n    resource: {apiGroup: example.com, kind: Bucket, name: b}');
  assert.deepEqual(runRule(ingressBackend, both).map((h) => h.message), [
    'spec.defaultBackend: Invalid value: "": cannot set both resource and service backends — keep either service or resource, not both',
  ]);
  const none = ingressPath('path: /\n        pathType: Prefix');
  assert.deepEqual(fieldsOf(ingressBackend, none), [['spec.rules[0].http.paths[0].backend', 'Invalid']]);
  assert.match(runRule(ingressBackend, none)[0].message, /resource or service backend is required/);
});

test('ingress-backend: the Service name is required and a DNS-1035 label', () => {
  const yaml = ingressPath('path: /\n        pathType: Prefix\n        backend: {service: {name: 1web, port: {number: 80}}}');
  assert.deepEqual(runRule(ingressBackend, yaml), [
    {
      field: 'spec.rules[0].http.paths[0].backend.service.name',
      type: 'Invalid',
      message:
        'spec.rules[0].http.paths[0].backend.service.name: Invalid value: "1web": a DNS-1035 label must consist of lower' +
        " case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric" +
        " character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')" +
        ' — a Service name is a lowercase DNS-1035 label (e.g. my-app), as metadata.name of the Service',
      text: '1web',
    },
  ]);
  assert.deepEqual(fieldsOf(ingressBackend, ingress('  defaultBackend: {service: {port: {number: 80}}}')), [
    ['spec.defaultBackend.service.name', 'Required'],
  ]);
});

test('ingress-backend: a resource backend names apiGroup, kind and name', () => {
  const yaml = ingress('  defaultBackend:\n    resource: {apiGroup: Example.com, kind: "a/b", name: ""}');
  assert.deepEqual(fieldsOf(ingressBackend, yaml), [
    ['spec.defaultBackend.resource.apiGroup', 'Invalid'],
    ['spec.defaultBackend.resource.kind', 'Invalid'],
    ['spec.defaultBackend.resource.name', 'Required'],
  ]);
  assert.match(runRule(ingressBackend, yaml)[1].message, /may not contain '\/'/);
});

test('ingress-backend: a path without pathType is not validated further; a refused service is the decoder\'s', () => {
  assert.deepEqual(runRule(ingressBackend, ingressPath('path: /\n        backend: {}')), []);
  assert.deepEqual(runRule(ingressBackend, ingress('  defaultBackend: {service: web}')), []);
});
