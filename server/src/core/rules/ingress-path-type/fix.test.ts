import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixTitles, fixed } from '../../../../../test/unit/fixes/fix-harness';
import { ingressPath } from '../../../../../test/unit/rules/rule-harness';

test('ingress-path-type: the case fix keeps quotes and comments', () => {
  const yaml = ingressPath('path: /\n        pathType: "exact" # one page\n        backend: {service: {name: web, port: {number: 80}}}');
  assert.equal(fixed(yaml, 'ingress-path-type'), yaml.replace('"exact"', '"Exact"'));
  assert.deepEqual(fixTitles(yaml.replace('"exact"', 'Regex'), 'ingress-path-type'), []);
});
