import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingressBackendPort } from './check';
import { fieldsOf, ingress, runRule } from '../../../../../test/unit/rules/rule-harness';

const backend = (port: string) => ingress(`  defaultBackend: {service: {name: web, port: ${port}}}`);

test('ingress-backend-port: a number or a name is fine', () => {
  assert.deepEqual(runRule(ingressBackendPort, backend('{number: 443}')), []);
  assert.deepEqual(runRule(ingressBackendPort, backend('{name: https}')), []);
});

test('ingress-backend-port: both, neither, or out of range', () => {
  assert.deepEqual(runRule(ingressBackendPort, backend('{name: http, number: 80}')).map((h) => h.message), [
    'spec.defaultBackend: Invalid value: "": cannot set both port name & port number — keep either service.port.number or service.port.name, not both',
  ]);
  assert.deepEqual(runRule(ingressBackendPort, backend('{number: 0}')).map((h) => h.message), [
    'spec.defaultBackend: Required value: port name or number is required — set service.port.number (the Service port, e.g. 80) or service.port.name',
  ]);
  assert.deepEqual(runRule(ingressBackendPort, backend('{number: 70000}')), [
    {
      field: 'spec.defaultBackend.service.port.number',
      type: 'Invalid',
      message: 'spec.defaultBackend.service.port.number: Invalid value: 70000: must be between 1 and 65535, inclusive — use the Service port number, 1-65535',
      text: '70000',
    },
  ]);
  assert.deepEqual(fieldsOf(ingressBackendPort, backend('{name: HTTP_WEB}')), [
    ['spec.defaultBackend.service.port.name', 'Invalid'],
    ['spec.defaultBackend.service.port.name', 'Invalid'],
  ]);
});

test('ingress-backend-port: a port the decoder refuses is not ours', () => {
  assert.deepEqual(runRule(ingressBackendPort, backend('{number: "80"}')), []);
});
