import { localizer } from '../../../server/src/core/l10n';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkText } from '../../../server/src/core/documents/check-file';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';

/** What the user sees of a text's findings: code, severity, first line (0-based) and message. */
const seen = (text: string) => checkText(text, DEFAULT_SETTINGS).map((f) => [f.code, f.severity, f.range.start.line, f.message]);
const codes = (text: string) => checkText(text, DEFAULT_SETTINGS).map((f) => f.code);

const service = (metadata: string, ports: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n${metadata}\nspec:\n  ports:\n${ports}\n`;

test('issue 12.6: a key written twice is a warning at the dropped key, and the object is checked with the last value', () => {
  const text = service('  name: web', '  - port: 80\n    port: 700000');
  assert.deepEqual(seen(text).slice(0, 1), [
    [
      'yaml-duplicate-key',
      'warning',
      6,
      '`port` is written twice: the first value (line 7) is dropped; kubectl keeps the one at line 8',
    ],
  ]);
  // The object is read with the last value, as kubectl sends it: 700000 is out of range.
  assert.deepEqual(codes(text), ['yaml-duplicate-key', 'port-number', 'target-port']);
  // No yaml-syntax error any more, and an object whose last value is right has nothing else.
  assert.deepEqual(codes(service('  name: web\n  name: api', '  - port: 80')), ['yaml-duplicate-key']);
  const ko = checkText(service('  name: web\n  name: api', '  - port: 80'), DEFAULT_SETTINGS, localizer('ko'))[0];
  assert.match(ko.message, /`name`이\(가\) 두 번 쓰였습니다.*4행.*kubectl은 5행/);
});

test('issue 12.6: a key written three times warns at both dropped keys; merged keys overridden on purpose are not duplicates', () => {
  const three = service('  name: a\n  name: b\n  name: c', '  - port: 80');
  assert.deepEqual(
    seen(three).map(([code, , line]) => [code, line]),
    [
      ['yaml-duplicate-key', 3],
      ['yaml-duplicate-key', 4],
    ],
  );
  const merged = 'x: &base {port: 80, name: a}\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - <<: *base\n    port: 81\n';
  assert.deepEqual(codes(merged).filter((c) => c.startsWith('yaml')), []);
});

test('issue 12.12: {{ in a comment or an annotation value does not make a document a Helm template', () => {
  const bad = '  - port: 80\n  - port: 81';
  // Both documents are checked: the two unnamed ports are found.
  assert.deepEqual(codes(service('  name: web # {{ not a template }}', bad)), ['port-name-required', 'port-name-required']);
  const annotated = service('  name: web\n  annotations:\n    alert: "{{ $labels.instance }} is down"', bad);
  assert.deepEqual(codes(annotated), ['port-name-required', 'port-name-required']);
  // A template directive in the YAML, or in another string, or text that does not parse, is still skipped.
  assert.deepEqual(codes(service('  name: {{ .Release.Name }}', bad)), []);
  assert.deepEqual(codes(service('  name: "{{ .Release.Name }}"', bad)), []);
  assert.deepEqual(codes(service('  {{- include "labels" . | nindent 2 }}\n  name: web', bad)), []);
});

test('issue 12.13: one bad indent gives one yaml-syntax error per document, the rest folded into it', () => {
  const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n   labels:\n  app: web\nspec:\n  ports:\n   - port: 80\n  - port: 81\n';
  const syntax = checkText(text, DEFAULT_SETTINGS).filter((f) => f.code === 'yaml-syntax');
  assert.equal(syntax.length, 1);
  assert.equal(syntax[0].range.start.line, 3);
  assert.match(syntax[0].message, /^YAML syntax error: .*\(kubectl stops here: error converting YAML to JSON: yaml: line 4; \d+ more errors? after it in this document, which may follow from it, left out\)$/);
  assert.ok(Number(syntax[0].data?.more) >= 1);
  // Each document has its own first error.
  assert.equal(checkText(`${text}---\n${text}`, DEFAULT_SETTINGS).filter((f) => f.code === 'yaml-syntax').length, 2);
});

test('issue 12.5: ${VAR:-default} is checked as its default; a value holding ${VAR} is unknown, so nothing is said of it', () => {
  const twoPorts = '  - port: ${PORT}\n    name: http\n  - port: 81\n    name: admin';
  assert.deepEqual(codes(service('  name: web', twoPorts)), []);
  assert.deepEqual(codes(service('  name: ${NAME}', '  - port: 80')), []);
  // The default is what is checked: a valid one passes, an invalid one is reported where it is written.
  assert.deepEqual(codes(service('  name: ${NAME:-web}', '  - port: ${PORT:-80}')), []);
  assert.deepEqual(seen(service('  name: ${NAME:-Web_1}', '  - port: 80')).map(([code, , line]) => [code, line]), [['metadata-name', 3]]);
  // A plain default is read as go-yaml reads the substituted text: 70000 is a number, out of range.
  assert.deepEqual(codes(service('  name: web', '  - port: ${PORT:-70000}')), ['port-number', 'target-port']);
  // Other findings of the Service stay.
  assert.deepEqual(codes(service('  name: ${NAME}', '  - port: 80\n  - port: 81')), ['port-name-required', 'port-name-required']);
});

test('issue 12.7: a single-quoted scalar whose continuation lines are not indented past its key reads as go-yaml reads it', () => {
  // As `kubectl get -o yaml` folds a long quoted value, then moved left (kubectl 1.32 reads this as "a b c d").
  const text = service(
    "  name: web\n  annotations:\n    note: '{\"a\": 1} is a long value\n    that kubectl folded'\n    other: 'x\nat column zero'",
    "  - port: 80\n  - port: 81\n    name: 'two words\n    here'",
  );
  const findings = checkText(text, DEFAULT_SETTINGS);
  // No yaml-syntax error: the Service is checked, and the port name is the folded value.
  assert.deepEqual(
    findings.map((f) => [f.code, f.message.split(' — ')[0]]),
    [
      ['port-name-required', 'spec.ports[0].name: Required value'],
      ['port-name-invalid', "spec.ports[1].name: Invalid value: \"two words here\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"],
    ],
  );
  // A quote never closed is still an error.
  assert.deepEqual(codes(service("  name: 'web", '  - port: 80')), ['yaml-syntax']);
});
