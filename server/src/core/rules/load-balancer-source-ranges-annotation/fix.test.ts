import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixed } from '../../../../../test/unit/fixes/fix-harness';

test('load-balancer-source-ranges-annotation: on another type, remove it or make the Service a LoadBalancer', () => {
  const annotated =
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    team: web\n    service.beta.kubernetes.io/load-balancer-source-ranges: 10.0.0.0/8\nspec:\n  ports:\n  - port: 80\n';
  assert.equal(
    fixed(annotated, 'load-balancer-source-ranges-annotation', 'Remove the source-ranges annotation'),
    annotated.replace('    service.beta.kubernetes.io/load-balancer-source-ranges: 10.0.0.0/8\n', ''),
  );
  assert.equal(
    fixed(annotated, 'load-balancer-source-ranges-annotation', 'Change type to LoadBalancer'),
    annotated.replace('spec:\n', 'spec:\n  type: LoadBalancer\n'),
  );
});
