import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allQuickFixes, applyQuickFix, fixTitles, service } from '../../../../../test/unit/fixes/fix-harness';

test('unknown-field: a key of the wrong case is renamed (safe); a spelling guess is only offered', () => {
  const text = service('  ports:\n  - port: 80\n    targetport: 8080\n  - name: b\n    prot: 81\n').replace('  - port: 80', '  - name: a\n    port: 80');
  const actions = allQuickFixes(text, 'unknown-field');
  assert.deepEqual(actions.map((a) => a.title), ["Rename to 'targetPort'", "Rename to 'port'"]);
  assert.equal(applyQuickFix(text, 'unknown-field', "Rename to 'targetPort'"), text.replace('targetport', 'targetPort'));
  const taken = service('  ports:\n  - port: 80\n    Port: 81\n');
  assert.deepEqual(fixTitles(taken, 'unknown-field'), []);
});

const v1Ingress = (backend: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n  - http:\n      paths:\n` +
  `      - path: /\n        pathType: Prefix # all\n        backend:\n${backend}`;

test('unknown-field: v1beta1 serviceName / servicePort are rewritten in v1\'s shape, keeping the rest', () => {
  const before = v1Ingress('          serviceName: web # the shop\n          servicePort: 8080\n');
  const after = v1Ingress('          service:\n            port:\n              number: 8080\n            name: web # the shop\n');
  assert.equal(applyQuickFix(before, 'unknown-field'), after);
  assert.equal(fixTitles(before, 'unknown-field')[0], 'Rewrite as service.name / service.port (networking.k8s.io/v1)');
  assert.equal(allQuickFixes(before, 'unknown-field')[0].preferred, true);
});

test('unknown-field: a named servicePort becomes port.name; a flow backend stays flow', () => {
  const flow = v1Ingress('          {serviceName: "web", servicePort: http}\n');
  assert.equal(applyQuickFix(flow, 'unknown-field'), v1Ingress('          {service: {name: "web", port: {name: http}}}\n'));
});
