import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkText } from '../../documents/check-file';
import { DEFAULT_SETTINGS } from '../../settings';
import { ingressApiVersion } from './check';
import { ingress, runRule } from '../../../../../test/unit/rules/rule-harness';

const v1beta1 = (apiVersion: string) =>
  `apiVersion: ${apiVersion}\nkind: Ingress\nmetadata: {name: web}\nspec:\n  backend: {serviceName: web, servicePort: 80}\n`;

test('ingress-api-version: the Ingress versions removed in 1.22 get an info, and nothing else is checked', () => {
  for (const apiVersion of ['extensions/v1beta1', 'networking.k8s.io/v1beta1']) {
    assert.deepEqual(runRule(ingressApiVersion, v1beta1(apiVersion)), [
      {
        field: 'apiVersion',
        type: 'NotSupported',
        message:
          `apiVersion: Unsupported value: "${apiVersion}": no matches for kind "Ingress" in version "${apiVersion}":` +
          ' not served since Kubernetes 1.22 — use apiVersion: networking.k8s.io/v1 (backend.service.name /' +
          ' service.port, spec.defaultBackend, a pathType on every path)',
        text: apiVersion,
      },
    ]);
  }
  // Its serviceName / servicePort are v1beta1's own fields: no unknown-field, no validation.
  const findings = checkText(v1beta1('extensions/v1beta1'), DEFAULT_SETTINGS);
  assert.deepEqual(findings.map((f) => [f.code, f.severity]), [['ingress-api-version', 'info']]);
});

test('ingress-api-version: networking.k8s.io/v1 is served', () => {
  assert.deepEqual(runRule(ingressApiVersion, ingress('  defaultBackend: {service: {name: web, port: {number: 80}}}')), []);
  assert.equal(ingressApiVersion.severity, 'info');
});
