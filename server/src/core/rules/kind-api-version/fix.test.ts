import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../settings';
import { fixAll } from '../../features/code-actions';
import { allQuickFixes, applyQuickFix, applyRangeEdits, fixed } from '../../../../../test/unit/fixes/fix-harness';

const text = 'apiVersion: apps/v1   # copied from the Deployment\nkind: "service"\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n';

test('kind-api-version: the right spelling, in place, and fix-all applies it', () => {
  assert.deepEqual(allQuickFixes(text, 'kind-api-version').map((a) => a.title), ['Change kind to Service', 'Change apiVersion to v1']);
  const kind = applyQuickFix(text, 'kind-api-version', 'Change kind to Service');
  assert.equal(kind, text.replace('"service"', '"Service"'), 'the quotes and the comment stay');
  const ingress = 'apiVersion: networking.k8s.io/v1\nkind: ingress\nmetadata: {name: web}\nspec:\n  defaultBackend: {service: {name: web, port: {number: 80}}}\n';
  assert.equal(fixed(ingress, 'kind-api-version'), ingress.replace('kind: ingress', 'kind: Ingress'));
  const [all] = fixAll(text, DEFAULT_SETTINGS);
  assert.equal(
    applyRangeEdits(text, all.edits),
    'apiVersion: v1   # copied from the Deployment\nkind: "Service"\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n',
  );
});
