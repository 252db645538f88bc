import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { createLanguageService } from '../../../server/src/core/language-service';
import type { LanguageService } from '../../../server/src/core/language-service';
import { service } from './workspace-fixtures';

/** Issue 12 row 1: a document a kustomization of the workspace uses as a patch is a partial object. */

const TREE = join(__dirname, '../../fixtures/kustomize');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The fixture tree as a workspace, keyed `file:///ws/<path>`, and the files left out. */
function tree(leaveOut: readonly string[] = []): LanguageService {
  const ls = createLanguageService({ host: { nextTurn: () => Promise.resolve() } });
  for (const path of filesUnder(TREE)) {
    const name = relative(TREE, path).split('\\').join('/');
    if (!leaveOut.includes(name)) ls.setFile(`file:///ws/${name}`, readFileSync(path, 'utf8'));
  }
  return ls;
}

function codesOf(ls: LanguageService, name: string): string[] {
  return ls.checkFile(`file:///ws/${name}`).findings.map((f) => `${f.code} ${f.severity}`);
}

test('a kustomize patch gets no completeness findings: its ports and selector come from the base', () => {
  const ls = tree();
  assert.deepEqual(codesOf(ls, 'overlays/prod/service-patch.yaml'), []);
  // The staging build's broken selector is reported at the patch (row 11), but nothing about the patch's completeness.
  assert.deepEqual(codesOf(ls, 'overlays/staging/service-patch.yaml'), ['service-selects-nothing warning']);
  // Without the kustomization that uses it, the same document is a whole Service, and it has no ports.
  const alone = tree(['overlays/prod/kustomization.yaml']);
  assert.deepEqual(codesOf(alone, 'overlays/prod/service-patch.yaml'), ['ports-required error', 'service-without-endpoints info']);
});

test('a patch does not join the index as an object of its own', () => {
  const ls = tree();
  // The staging patch's selector (track: canary) selects no workload, but it is not a Service of its own: the
  // finding there is the staging build's (row 11), about the merged Service.
  const messages = ls.checkFile('file:///ws/overlays/staging/service-patch.yaml').findings.map((f) => f.message);
  assert.equal(messages.length, 1);
  assert.match(messages[0], /^in overlay staging: spec\.selector: Invalid value: "app=web,track=canary,env=staging"/);
  const alone = tree(['overlays/staging/kustomization.yaml']);
  assert.deepEqual(codesOf(alone, 'overlays/staging/service-patch.yaml'), ['service-selects-nothing warning']);
});

test('a patch still gets the findings about what it writes; strategic-merge directives are not unknown fields', () => {
  const ls = createLanguageService({ host: { nextTurn: () => Promise.resolve() } });
  ls.setFile('file:///ws/o/kustomization.yaml', 'resources:\n  - ../base\npatchesStrategicMerge:\n  - patch.yaml\n');
  const patch = `${service('web', { selector: {}, ports: '- port: 80\n  protocol: tcp' })}$patch: replace\n`;
  ls.setFile('file:///ws/o/patch.yaml', patch);
  const findings = ls.checkFile('file:///ws/o/patch.yaml').findings;
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, f.range.start.line]),
    [['port-protocol', 'error', 7]],
  );
  // The kustomization goes (or stops naming the file): the document is a whole object again.
  ls.setFile('file:///ws/o/kustomization.yaml', 'resources:\n  - ../base\n');
  assert.deepEqual(
    ls.checkFile('file:///ws/o/patch.yaml').findings.map((f) => f.code),
    ['unknown-field', 'port-protocol', 'service-without-endpoints'],
  );
});
