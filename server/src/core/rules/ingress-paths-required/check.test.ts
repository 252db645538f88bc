import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingressPathsRequired } from './check';
import { ingress, runRule } from '../../../../../test/unit/rules/rule-harness';

test('ingress-paths-required: http with no paths', () => {
  assert.deepEqual(runRule(ingressPathsRequired, ingress('  rules:\n  - host: a.example.com\n    http:\n      paths: []')), [
    {
      field: 'spec.rules[0].http.paths',
      type: 'Required',
      message: 'spec.rules[0].http.paths: Required value — add a path: - path: /, pathType: Prefix, backend: {service: {name, port}}',
      text: 'paths: []',
    },
  ]);
  assert.equal(runRule(ingressPathsRequired, ingress('  rules:\n  - http: {}')).length, 1);
});

test('ingress-paths-required: a rule without http, or with paths, is fine', () => {
  assert.deepEqual(runRule(ingressPathsRequired, ingress('  rules:\n  - host: a.example.com')), []);
  assert.deepEqual(runRule(ingressPathsRequired, ingress('  rules:\n  - http: {paths: [{path: /, pathType: Prefix}]}')), []);
});
