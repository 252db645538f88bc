import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingressRulesRequired } from './check';
import { ingress, runRule } from '../../../../../test/unit/rules/rule-harness';

test('ingress-rules-required: an Ingress with neither rules nor defaultBackend, as the API server words it', () => {
  assert.deepEqual(runRule(ingressRulesRequired, ingress('  ingressClassName: nginx')), [
    {
      field: 'spec',
      type: 'Invalid',
      message:
        'spec: Invalid value: []networking.IngressRule(nil): either `defaultBackend` or `rules` must be specified' +
        ' — add spec.rules (a host and its http.paths) or spec.defaultBackend',
      text: 'spec',
    },
  ]);
  assert.match(runRule(ingressRulesRequired, ingress('  rules: []'))[0].message, /\[\]networking\.IngressRule\{\}/);
});

test('ingress-rules-required: rules or a default backend is enough; a refused spec is the decoder\'s', () => {
  assert.deepEqual(runRule(ingressRulesRequired, ingress('  defaultBackend: {service: {name: web, port: {number: 80}}}')), []);
  assert.deepEqual(runRule(ingressRulesRequired, ingress('  rules: [{host: a.example.com}]')), []);
  assert.deepEqual(runRule(ingressRulesRequired, ingress('  rules: {host: a}')), []);
  const v1beta1 = 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: {name: a}\nspec: {}\n';
  assert.deepEqual(runRule(ingressRulesRequired, v1beta1), []);
});
