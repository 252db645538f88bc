import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyQuickFix, codes, fixTitles, service } from '../../../../../test/unit/fixes/fix-harness';

test('field-type: quote what YAML reads as a number or boolean; unquote an int', () => {
  const text = service('  selector:\n    app: web\n    version: 1.10\n    canary: yes\n  ports:\n  - port: "80"\n');
  assert.deepEqual(fixTitles(text, 'field-type'), ['Quote the value: "1.10"', 'Quote the value: "yes"', 'Remove the quotes: 80']);
  let out = text;
  for (const title of ['Quote the value: "1.10"', 'Quote the value: "yes"', 'Remove the quotes: 80']) {
    out = applyQuickFix(out, 'field-type', title);
  }
  assert.equal(out, service('  selector:\n    app: web\n    version: "1.10"\n    canary: "yes"\n  ports:\n  - port: 80\n'));
  assert.ok(!codes(out).includes('field-type'));
});
