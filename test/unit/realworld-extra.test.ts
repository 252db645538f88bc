import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { checkText } from '../../server/src/core/documents/check-file';
import { WorkspaceIndex } from '../../server/src/core/index/workspace-index';
import { workspaceFindings } from '../../server/src/core/features/workspace-findings';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';

/** Tricky-but-valid manifests (see test/fixtures/valid/README.md): each one alone, as a workspace of one file. */
const VALID = path.resolve(__dirname, '../fixtures/valid');

function errorsOf(name: string, text: string): string[] {
  const index = new WorkspaceIndex();
  index.setFile(name, text);
  const findings = [...checkText(text, DEFAULT_SETTINGS), ...workspaceFindings(index, name, DEFAULT_SETTINGS)];
  return findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.message}`);
}

const files = readdirSync(VALID)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

test('valid fixtures: there are some', () => {
  assert.ok(files.length >= 20, `found ${files.length}`);
});

for (const file of files) {
  test(`valid fixture ${file}: no error`, () => {
    assert.deepEqual(errorsOf(file, readFileSync(path.join(VALID, file), 'utf8')), []);
  });
}

const DATE_LABEL = `apiVersion: v1
kind: Service
metadata:
  name: released
  labels:
    released: 2024-01-15
spec:
  selector:
    released: 2024-01-15
  ports:
  - port: 80
`;

// go-yaml v2 decodes an unquoted timestamp into interface{} as its own text ("for backward compatibility", decode.go),
// so kubectl sends the label value "2024-01-15", a valid label value.
test(
  'an unquoted date as a label or selector value is the string kubectl sends, not an RFC 3339 time',
  () => {
    assert.deepEqual(errorsOf('date-label.yaml', DATE_LABEL), []);
  },
);

const GO_PREFIXED_INTS = `apiVersion: v1
kind: Service
metadata:
  name: prefixed
spec:
  selector:
    app: prefixed
  ports:
  - name: octal
    port: 0o120
  - name: hex
    port: 0X51
  - name: binary
    port: 0B1010010
`;

// go-yaml v2 resolves plain numbers with strconv.ParseInt(s, 0, 64) (resolve.go), which since Go 1.13 takes the
// 0o / 0O / 0X / 0B prefixes: these ports are 80, 81 and 82. The \`yaml\` package's 1.1 schema leaves them strings.
test(
  'Go-style prefixed integers (0o, 0X, 0B) are numbers, as for go-yaml v2',
  () => {
    assert.deepEqual(errorsOf('prefixed-ints.yaml', GO_PREFIXED_INTS), []);
  },
);
