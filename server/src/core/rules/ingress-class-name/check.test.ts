import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingressClassName } from './check';
import { fieldsOf, ingress, runRule } from '../../../../../test/unit/rules/rule-harness';

const BACKEND = '  defaultBackend: {service: {name: web, port: {number: 80}}}';

test('ingress-class-name: a class name, the annotation, or both equal, are fine (upstream TestValidateIngressCreate)', () => {
  assert.deepEqual(runRule(ingressClassName, ingress(`  ingressClassName: bar\n${BACKEND}`)), []);
  const annotated = '  name: web\n  annotations: {kubernetes.io/ingress.class: foo}';
  assert.deepEqual(runRule(ingressClassName, ingress(BACKEND, annotated)), []);
  assert.deepEqual(runRule(ingressClassName, ingress(`  ingressClassName: foo\n${BACKEND}`, annotated)), []);
});

test('ingress-class-name: the annotation must match, at upstream\'s own path', () => {
  const annotated = '  name: web\n  annotations: {kubernetes.io/ingress.class: foo}';
  assert.deepEqual(runRule(ingressClassName, ingress(`  ingressClassName: bar\n${BACKEND}`, annotated)), [
    {
      field: 'annotations.kubernetes.io/ingress.class',
      type: 'Invalid',
      message:
        'annotations.kubernetes.io/ingress.class: Invalid value: "foo": must match `ingressClassName` when both are' +
        ' specified — remove the deprecated kubernetes.io/ingress.class annotation, or make it equal ingressClassName',
      text: 'foo',
    },
  ]);
});

test('ingress-class-name: a class name is a DNS-1123 subdomain; an empty one is set, and invalid', () => {
  assert.deepEqual(fieldsOf(ingressClassName, ingress(`  ingressClassName: Nginx_Internal\n${BACKEND}`)), [
    ['spec.ingressClassName', 'Invalid'],
  ]);
  assert.equal(runRule(ingressClassName, ingress(`  ingressClassName: ""\n${BACKEND}`)).length, 1);
  assert.deepEqual(runRule(ingressClassName, ingress(`  ingressClassName: null\n${BACKEND}`)), []);
});
