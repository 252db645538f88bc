import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { checkText } from '../../server/src/core/documents/check-file';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';

/** 249 manifests from public projects, copied into test/fixtures/realworld (SOURCES.md there gives their origin and licences). */
const CORPUS = path.resolve(__dirname, '../fixtures/realworld');

function corpusFiles(): string[] {
  assert.ok(existsSync(CORPUS), `the real-world corpus is missing at ${CORPUS}`);
  return readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
}

function knownInvalid(): Set<string> {
  const lines = readFileSync(path.join(CORPUS, 'KNOWN_INVALID.txt'), 'utf8').split('\n');
  return new Set(lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

function errorsIn(file: string): string[] {
  const findings = checkText(readFileSync(path.join(CORPUS, file), 'utf8'), DEFAULT_SETTINGS);
  return findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.message}`);
}

test('real-world corpus: every manifest the API server accepts gets no error', () => {
  const invalid = knownInvalid();
  const files = corpusFiles().filter((f) => !invalid.has(f));
  assert.ok(files.length >= 230, `expected the whole corpus, found ${files.length} files`);
  const wrong = files.map((f) => [f, errorsIn(f)] as const).filter(([, errors]) => errors.length > 0);
  assert.deepEqual(wrong, []);
});

test('real-world corpus: the multi-port Services without port names are caught', () => {
  const errors = errorsIn('istio__istio/pkg__config__analysis__analyzers__testdata__service-no-port-name.yaml');
  assert.deepEqual(
    errors.filter((e) => e.startsWith('port-name-required')).map((e) => e.split(':')[0]),
    ['port-name-required spec.ports[0].name', 'port-name-required spec.ports[1].name'],
  );
});

test('real-world corpus: Helm templates get no findings at all', () => {
  const helm = corpusFiles().filter((f) => f.startsWith('helm-templates'));
  assert.equal(helm.length, 10);
  for (const file of helm) {
    assert.deepEqual(checkText(readFileSync(path.join(CORPUS, file), 'utf8'), DEFAULT_SETTINGS), [], file);
  }
});
