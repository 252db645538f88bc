import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingressTlsSecretName } from './check';
import { ingress, runRule } from '../../../../../test/unit/rules/rule-harness';

test('ingress-tls-secret-name: a Secret name, or none, is fine', () => {
  assert.deepEqual(runRule(ingressTlsSecretName, ingress('  tls:\n  - secretName: valid\n  - hosts: [a.example.com]')), []);
});

test('ingress-tls-secret-name: upstream "invalid secret"', () => {
  assert.deepEqual(runRule(ingressTlsSecretName, ingress('  tls:\n  - secretName: invalid name')), [
    {
      field: 'spec.tls[0].secretName',
      type: 'Invalid',
      message:
        'spec.tls[0].secretName: Invalid value: "invalid name": a lowercase RFC 1123 subdomain must consist of lower' +
        " case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g." +
        " 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')" +
        ' — use the metadata.name of a Secret of type kubernetes.io/tls, e.g. shop-tls',
      text: 'invalid name',
    },
  ]);
});
